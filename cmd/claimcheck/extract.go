package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

// extractItem is one line of `claimcheck extract`.
type extractItem struct {
	Kind    claims.Kind `json:"kind"`
	Text    string      `json:"text"`
	Start   int         `json:"start"`
	End     int         `json:"end"`
	Line    int         `json:"line"`
	Value   float64     `json:"value"`
	Unit    string      `json:"unit,omitempty"`
	Min     *float64    `json:"min,omitempty"`
	Max     *float64    `json:"max,omitempty"`
	MinOpen bool        `json:"min_open,omitempty"`
	MaxOpen bool        `json:"max_open,omitempty"`
	Approx  bool        `json:"approx,omitempty"`
	Noun    string      `json:"noun,omitempty"`
	Person  string      `json:"person,omitempty"`
	Office  string      `json:"office,omitempty"`
}

// runExtract implements `claimcheck extract [--lines] PATH...`: every
// recognized quantity as one JSON object a line.
func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lines := fs.Bool("lines", false, "treat each input line as its own document")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: claimcheck extract [--lines] PATH|-...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	srcs, ok := readSources(fs.Args(), stderr)
	if !ok {
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, src := range srcs {
		docs := []*sources.Source{src}
		if *lines {
			docs = docs[:0]
			for n, l := range strings.Split(src.Text, "\n") {
				docs = append(docs, sources.New(fmt.Sprint(n+1), src.Path, l))
			}
		}
		for n, d := range docs {
			for _, c := range claims.Extract(d) {
				it := extractItem{
					Kind: c.Kind, Text: c.Text, Start: c.Start, End: c.End, Line: c.Line,
					Value: c.Value, Unit: c.Unit, Min: c.Min, Max: c.Max, MinOpen: c.MinOpen,
					MaxOpen: c.MaxOpen, Approx: c.Approx, Noun: c.Noun, Person: c.Person, Office: c.Office,
				}
				if *lines {
					it.Line = n + 1
				}
				if err := enc.Encode(it); err != nil {
					fmt.Fprintln(stderr, "claimcheck:", err)
					return 2
				}
			}
		}
	}
	return 0
}
