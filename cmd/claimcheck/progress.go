package main

import (
	"fmt"
	"io"
)

// progressMin is the number of inputs from which progress is shown.
const progressMin = 20

// progress shows, on a terminal, how many files are read and how many
// claims found; it shows nothing when stderr is not a terminal or the
// inputs are few.
type progress struct {
	w     io.Writer
	total int
	on    bool
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: total > progressMin && isTerminal(w)}
}

func (p *progress) update(files, claims int) {
	if p.on {
		fmt.Fprintf(p.w, "\rread %d/%d files, %d claims found", files, p.total, claims)
	}
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
