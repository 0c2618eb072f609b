package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/reconcile"
	"github.com/claimcheck/claimcheck/sources"
)

const compareUsage = `usage: claimcheck [flags] PATH...

Cross-references several reports of one story. A PATH is a file, a
directory (walked for *.txt, *.md, *.html, sorted) or - for standard input.

Examples:
  claimcheck testdata/sensetime
  claimcheck --only conflicts reports/*.txt
  claimcheck --format json reports/ > report.json
  claimcheck extract report.txt

Exit status: 0 no conflict, 1 at least one conflict, 2 trouble.

Flags:
`

// options are the flags of a comparison.
type options struct {
	format  string
	only    string
	noColor bool
	width   int
	dates   []string // SOURCE=YYYY-MM-DD
}

// runCompare implements `claimcheck [flags] PATH...`.
func runCompare(args []string, stdout, stderr io.Writer) int {
	var opt options
	fs := pflag.NewFlagSet("claimcheck", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opt.format, "format", "table", "output format: table or json")
	fs.StringVar(&opt.only, "only", "all", "which groups to show: conflicts, agreements or all")
	fs.BoolVar(&opt.noColor, "no-color", false, "never colour the table")
	fs.IntVar(&opt.width, "width", 0, "table width in columns (default: the terminal's, or 100)")
	fs.StringArrayVar(&opt.dates, "date", nil, "set a source's published date: SOURCE=YYYY-MM-DD (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(stderr, compareUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return 0
		}
		fmt.Fprintf(stderr, "claimcheck: %v (see claimcheck --help)\n", err)
		return 2
	}
	switch opt.format {
	case "table", "json":
	default:
		fmt.Fprintf(stderr, "claimcheck: unknown --format %q (want table or json)\n", opt.format)
		return 2
	}
	switch opt.only {
	case "all", "conflicts", "agreements":
	default:
		fmt.Fprintf(stderr, "claimcheck: unknown --only %q (want conflicts, agreements or all)\n", opt.only)
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	dates, err := parseDates(opt.dates)
	if err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return 2
	}
	srcs, ok := readSources(fs.Args(), stderr)
	if !ok {
		fmt.Fprintln(stderr, "claimcheck: no readable input")
		return 2
	}
	if err := applyDates(srcs, dates); err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return 2
	}
	var all []claims.Claim
	for _, s := range srcs {
		all = append(all, claims.Extract(s)...)
	}
	copies := reconcile.Copies(srcs)
	findings := reconcile.Group(all, reconcile.Options{Copies: copies})
	rep := report{sources: srcs, copies: copies, findings: findings}

	switch opt.format {
	case "json":
		err = writeJSON(stdout, rep)
	default:
		color, width := terminalSettings(stdout, opt)
		err = writeTable(stdout, rep, filter(findings, opt.only), tableStyle{color: color, width: width})
	}
	if err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return 2
	}
	for _, f := range findings {
		if f.Verdict == reconcile.Conflict {
			return 1
		}
	}
	return 0
}

// parseDates reads --date SOURCE=YYYY-MM-DD values.
func parseDates(vals []string) (map[string]string, error) {
	out := map[string]string{}
	for _, v := range vals {
		id, date, ok := strings.Cut(v, "=")
		if !ok || id == "" {
			return nil, fmt.Errorf("--date %q: want SOURCE=YYYY-MM-DD", v)
		}
		if _, err := time.Parse(time.DateOnly, date); err != nil {
			return nil, fmt.Errorf("--date %q: %q is not a date YYYY-MM-DD", v, date)
		}
		out[id] = date
	}
	return out, nil
}

// applyDates sets the published dates given on the command line, which win
// over what the sources say of themselves.
func applyDates(srcs []*sources.Source, dates map[string]string) error {
	ids := make([]string, 0, len(dates))
	for id := range dates {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		date := dates[id]
		found := false
		for _, s := range srcs {
			if s.ID == id {
				s.Published = date
				found = true
			}
		}
		if !found {
			return fmt.Errorf("--date %s=%s: no source %q", id, date, id)
		}
	}
	return nil
}

// filter keeps the findings that --only asks for.
func filter(fs []reconcile.Finding, only string) []reconcile.Finding {
	if only == "all" {
		return fs
	}
	var out []reconcile.Finding
	for _, f := range fs {
		if only == "conflicts" && f.Verdict == reconcile.Conflict ||
			only == "agreements" && f.Verdict == reconcile.Agree {
			out = append(out, f)
		}
	}
	return out
}

// terminalSettings decides colour and width: colour only on a terminal,
// and never with NO_COLOR or --no-color; width from --width, else the
// terminal's, else 100.
func terminalSettings(w io.Writer, opt options) (color bool, width int) {
	width = 100
	f, isFile := w.(*os.File)
	tty := isFile && term.IsTerminal(int(f.Fd()))
	if tty {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 40 {
			width = cols
		}
	}
	if opt.width > 0 {
		width = opt.width
	}
	_, noColorEnv := os.LookupEnv("NO_COLOR")
	return tty && !opt.noColor && !noColorEnv, width
}

// report is what the printers print: the sources, which of them are
// copies of one story, and the findings.
type report struct {
	sources  []*sources.Source
	copies   map[string]string
	findings []reconcile.Finding
}

// stories lists the stories that have copies, each as the ids of its
// sources in input order.
func (r report) stories() [][]string {
	var out [][]string
	index := map[string]int{}
	for _, s := range r.sources {
		story, ok := r.copies[s.ID]
		if !ok {
			continue
		}
		i, seen := index[story]
		if !seen {
			i = len(out)
			index[story] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], s.ID)
	}
	return out
}

// sameStoryAs names, for a source that has copies, another copy of its
// story: the story's first source, or for that one the second.
func (r report) sameStoryAs(id string) string {
	for _, ids := range r.stories() {
		for _, x := range ids {
			if x != id {
				continue
			}
			if ids[0] != id {
				return ids[0]
			}
			return ids[1]
		}
	}
	return ""
}

// independent counts the sources, copies of one story once.
func (r report) independent() int {
	n := len(r.sources)
	for _, ids := range r.stories() {
		n -= len(ids) - 1
	}
	return n
}
