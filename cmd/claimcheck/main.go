// Command claimcheck cross-references several reports of one story and
// shows, in a table, where their figures and titles agree and conflict.
//
// Usage:
//
//	claimcheck [flags] PATH...
//	claimcheck extract [--lines] PATH...
//
// This file holds only the command's entry point; the flags and printers
// live beside it.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/claimcheck/claimcheck/sources"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command, with its streams, so tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "extract" {
		return runExtract(args[1:], stdout, stderr)
	}
	return runCompare(args, stdout, stderr)
}

// readSources reads every input named by paths, reporting each one that
// cannot be read on stderr, one line each. It reports false when no input
// could be read.
func readSources(paths []string, stderr io.Writer) ([]*sources.Source, bool) {
	files, errs := sources.Expand(paths)
	var out []*sources.Source
	for _, f := range files {
		src, err := sources.Read(f)
		if err != nil {
			errs.Add(f, err)
			continue
		}
		out = append(out, src)
	}
	errs.Sort()
	for _, e := range errs {
		fmt.Fprintln(stderr, "claimcheck:", e)
	}
	return out, len(out) > 0
}
