package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

const extractUsage = `usage: claimcheck extract [--lines] [--date YYYY-MM-DD] PATH|-...

Prints every quantity, date and title recognized in each input as one JSON
object a line: the debugging view of what claimcheck sees in a report.

Examples:
  claimcheck extract testdata/sensetime/meridian.txt
  echo "more than 1,300 people on Friday" | claimcheck extract --date 2021-12-12 -
  claimcheck extract --lines cases.txt

Flags:
`

// runExtract implements `claimcheck extract`.
func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("extract", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	lines := fs.Bool("lines", false, "treat each input line as its own document (line is then its number)")
	date := fs.String("date", "", "the inputs' published date, YYYY-MM-DD, for dates written without a year or relative to it")
	fs.Usage = func() {
		fmt.Fprint(stderr, extractUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return 0
		}
		fmt.Fprintf(stderr, "claimcheck: %v (see claimcheck help extract)\n", err)
		return 2
	}
	if *date != "" {
		if _, err := time.Parse(time.DateOnly, *date); err != nil {
			fmt.Fprintf(stderr, "claimcheck: --date %q is not a date YYYY-MM-DD\n", *date)
			return 2
		}
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
	// One extractor for every file and line: its buffers and its table of
	// known words (112 KB) are made once.
	var ex claims.Extractor
	for _, src := range srcs {
		docs := []*sources.Source{src}
		if *lines {
			docs = docs[:0]
			for n, l := range strings.Split(src.Text, "\n") {
				docs = append(docs, sources.New(fmt.Sprint(n+1), src.Path, l))
			}
		}
		for n, d := range docs {
			if *date != "" {
				d.Published = *date
			}
			for _, c := range ex.Extract(d) {
				it := toJSONClaim(c, src.Path)
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
