package main

import (
	"fmt"
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/reconcile"
	"github.com/claimcheck/claimcheck/sources"
)

const compareUsage = `usage: claimcheck [flags] PATH...

Cross-references several reports of one story: finds their amounts,
counts, percentages, durations, ages and people's titles, groups the
claims about the same thing, and marks each group AGREE, CONFLICT or
SINGLE (one source only). A PATH is a file, a directory (walked for
*.txt, *.md, *.html, *.htm, sorted) or - for standard input.

Examples:
  claimcheck testdata/sensetime
  claimcheck --only conflicts --evidence reports/*.txt
  claimcheck --format json reports/ > report.json
  claimcheck --format html reports/ > report.html
  claimcheck check draft.txt --against reports/
  claimcheck extract report.txt

Commands:
  check     check a draft against sources (claimcheck help check)
  extract   list every quantity recognized in a file, as JSON lines
  version   print the version

Exit status: 0 no conflict, 1 at least one conflict (see --fail-on),
2 trouble (a bad flag, no readable input).

Flags:
`

// report is what the printers print: the sources, which of them are
// copies of one story, and the findings.
type report struct {
	sources  []*sources.Source
	copies   map[string]string
	findings []reconcile.Finding // all of them
	shown    []reconcile.Finding // those --only and --min-sources keep
}

// runCompare implements `claimcheck [flags] PATH...`.
func runCompare(args []string, stdout, stderr io.Writer) int {
	var opt options
	fs := flagSet("claimcheck", &opt, stderr, compareUsage)
	if code := opt.parse(fs, args, stderr); code >= 0 {
		return code
	}
	rep, cfg, code := analyse(fs.Args(), &opt, stderr)
	if code >= 0 {
		return code
	}
	all := rep.allClaims
	rep.allClaims = nil // Group keeps what it needs: the rest can go as it works
	rep.findings = reconcile.Group(all, rep.options(&opt, cfg))
	rep.shown = filter(rep.findings, &opt)
	if err := print(stdout, rep.report, &opt); err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return 2
	}
	return exitCode(rep.findings, opt.failOn)
}

// analysis is a report in the making: the sources read and their claims.
type analysis struct {
	report
	allClaims []claims.Claim
}

// analyse reads the inputs, applies --date and the config, and extracts the
// claims. It returns the exit code to stop with, or -1 to go on.
func analyse(paths []string, opt *options, stderr io.Writer) (*analysis, *config, int) {
	cfg, err := loadConfig(opt.config)
	if err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return nil, nil, 2
	}
	dates, err := parseDates(opt.dates)
	if err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return nil, nil, 2
	}
	srcs, all, copies, ok := loadAll(paths, dates, opt.maxRead, opt.format == "html", stderr)
	if !ok {
		fmt.Fprintln(stderr, "claimcheck: no readable input")
		return nil, nil, 2
	}
	if err := checkDates(srcs, dates); err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return nil, nil, 2
	}
	a := &analysis{report: report{sources: srcs, copies: copies}, allClaims: all}
	return a, cfg, -1
}

// options turns the flags and the config into reconcile's options.
func (a *analysis) options(opt *options, cfg *config) reconcile.Options {
	return reconcile.Options{
		Copies:    a.copies,
		Tolerance: opt.tol,
		Synonyms:  cfg.Synonyms,
		Aliases:   cfg.Aliases,
		Ignore:    cfg.Ignore,
		Published: a.published(),
	}
}

// print writes the report in the format --format names.
func print(w io.Writer, rep report, opt *options) error {
	color, width := terminalSettings(w, opt)
	switch opt.format {
	case "json":
		return writeJSON(w, rep)
	case "line":
		return writeLines(w, rep, color)
	case "markdown":
		return writeMarkdown(w, rep)
	case "csv":
		return writeCSV(w, rep)
	case "html":
		return writeHTML(w, rep)
	}
	return writeTable(w, rep, tableStyle{color: color, width: width, evidence: opt.evidence})
}

// published maps each source with a known published date to it.
func (r report) published() map[string]string {
	out := map[string]string{}
	for _, s := range r.sources {
		if s.Published != "" {
			out[s.ID] = s.Published
		}
	}
	return out
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

// sameStoryMap names, for each source that has copies, another copy of its
// story: the story's first source, or for that one the second.
func (r report) sameStoryMap() map[string]string {
	out := map[string]string{}
	for _, ids := range r.stories() {
		out[ids[0]] = ids[1]
		for _, id := range ids[1:] {
			out[id] = ids[0]
		}
	}
	return out
}

// independent counts the sources, copies of one story once.
func (r report) independent() int {
	n := len(r.sources)
	for _, ids := range r.stories() {
		n -= len(ids) - 1
	}
	return n
}

// path returns the path of the source with the given id.
func (r report) path(id string) string {
	for _, s := range r.sources {
		if s.ID == id {
			return s.Path
		}
	}
	return id
}
