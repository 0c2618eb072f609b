package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/claimcheck/claimcheck/reconcile"
	"github.com/claimcheck/claimcheck/sources"
)

// options are the flags shared by a comparison and a draft check.
type options struct {
	format     string
	only       string
	evidence   string // "", "conflicts" or "all"
	noColor    bool
	width      int
	dates      []string // SOURCE=YYYY-MM-DD
	tolerance  string   // "0.5%"
	failOn     string
	minSources int
	config     string
	maxBytes   string // "50MB"

	tol     float64 // tolerance, parsed
	maxRead int64   // maxBytes, parsed
}

var formats = []string{"table", "line", "markdown", "csv", "json", "html"}

// flagSet declares the shared flags on a new flag set named name.
func flagSet(name string, opt *options, stderr io.Writer, usage string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.StringVar(&opt.format, "format", "table", "output format: "+strings.Join(formats, ", "))
	fs.StringVar(&opt.only, "only", "all", "which groups to show: conflicts, agreements or all")
	fs.StringVar(&opt.evidence, "evidence", "", "under the table, the evidence of each conflict (--evidence) or group (--evidence=all)")
	fs.Lookup("evidence").NoOptDefVal = "conflicts"
	fs.StringVar(&opt.tolerance, "tolerance", "", "relative difference under which exact numbers are a ROUNDING difference, e.g. 0.5%")
	fs.StringVar(&opt.failOn, "fail-on", "conflict", "exit 1 on: conflict, update (conflicts and updates) or never")
	fs.IntVar(&opt.minSources, "min-sources", 0, "show only groups stated by at least N independent sources")
	fs.StringArrayVar(&opt.dates, "date", nil, "set a source's published date: SOURCE=YYYY-MM-DD (repeatable)")
	fs.StringVar(&opt.config, "config", "", "config file (default: .claimcheck.toml found upward from the current directory)")
	fs.StringVar(&opt.maxBytes, "max-bytes", "50MB", "read at most this much of each input (e.g. 200KB, 50MB, 1GB)")
	fs.BoolVar(&opt.noColor, "no-color", false, "never colour the output")
	fs.IntVar(&opt.width, "width", 0, "table width in columns (default: the terminal's, or 100)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args and checks the flags' values, reporting problems on
// stderr. It returns the exit code to stop with, or -1 to go on.
func (opt *options) parse(fs *pflag.FlagSet, args []string, stderr io.Writer) int {
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return 0
		}
		fmt.Fprintf(stderr, "claimcheck: %v (see claimcheck --help)\n", err)
		return 2
	}
	bad := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "claimcheck: "+format+"\n", a...)
		return 2
	}
	if !contains(formats, opt.format) {
		return bad("unknown --format %q (want %s)", opt.format, strings.Join(formats, ", "))
	}
	if !contains([]string{"all", "conflicts", "agreements"}, opt.only) {
		return bad("unknown --only %q (want conflicts, agreements or all)", opt.only)
	}
	if !contains([]string{"", "conflicts", "all"}, opt.evidence) {
		return bad("unknown --evidence %q (want conflicts or all)", opt.evidence)
	}
	if !contains([]string{"conflict", "update", "never"}, opt.failOn) {
		return bad("unknown --fail-on %q (want conflict, update or never)", opt.failOn)
	}
	if opt.tolerance != "" {
		t, err := parsePercent(opt.tolerance)
		if err != nil {
			return bad("--tolerance %q: %v", opt.tolerance, err)
		}
		opt.tol = t
	}
	n, err := parseSize(opt.maxBytes)
	if err != nil {
		return bad("--max-bytes %q: %v", opt.maxBytes, err)
	}
	opt.maxRead = n
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	return -1
}

// parseSize reads a size in bytes: "1048576", "200KB", "50MB", "1GB".
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("want a size such as 200KB, 50MB or 1GB")
	}
	return n * mult, nil
}

// parsePercent reads "0.5%" (or "0.005") as a fraction.
func parsePercent(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	if err != nil || v < 0 || v >= 100 {
		return 0, fmt.Errorf("want a percentage such as 0.5%%")
	}
	if strings.HasSuffix(s, "%") {
		v /= 100
	}
	return v, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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

// checkDates reports a --date that names no source. (The dates themselves
// are set as the sources are read, before their claims are extracted.)
func checkDates(srcs []*sources.Source, dates map[string]string) error {
	ids := make([]string, 0, len(dates))
	for id := range dates {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		found := false
		for _, s := range srcs {
			found = found || s.ID == id
		}
		if !found {
			return fmt.Errorf("--date %s=%s: no source %q", id, dates[id], id)
		}
	}
	return nil
}

// terminalSettings decides colour and width: colour only on a terminal,
// and never with NO_COLOR or --no-color; width from --width, else the
// terminal's, else 100.
func terminalSettings(w io.Writer, opt *options) (color bool, width int) {
	width = 100
	tty := isTerminal(w)
	if tty {
		if cols := terminalWidth(w); cols > 40 {
			width = cols
		}
	}
	if opt.width > 0 {
		width = opt.width
	}
	_, noColorEnv := os.LookupEnv("NO_COLOR")
	return tty && !opt.noColor && !noColorEnv, width
}

// filter keeps the findings that --only and --min-sources ask for.
func filter(fs []reconcile.Finding, opt *options) []reconcile.Finding {
	var out []reconcile.Finding
	for _, f := range fs {
		if f.Independent < opt.minSources {
			continue
		}
		switch opt.only {
		case "conflicts":
			if f.Verdict != reconcile.Conflict && f.Verdict != reconcile.Rounding {
				continue
			}
		case "agreements":
			if f.Verdict != reconcile.Agree {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// exitCode is the status a comparison ends with under --fail-on.
func exitCode(fs []reconcile.Finding, failOn string) int {
	for _, f := range fs {
		if failOn == "conflict" && f.Verdict == reconcile.Conflict ||
			failOn == "update" && (f.Verdict == reconcile.Conflict || f.Verdict == reconcile.Update) {
			return 1
		}
	}
	return 0
}
