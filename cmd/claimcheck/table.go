package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/reconcile"
	"github.com/claimcheck/claimcheck/sources"
)

// tableStyle is how the table is drawn.
type tableStyle struct {
	color    bool
	width    int
	evidence string // "", "conflicts" or "all"
}

const (
	topicWidth   = 20 // the widest a topic cell gets before it wraps
	verdictWidth = 8  // "CONFLICT"
	minCell      = 10 // the narrowest a source's column may be in the wide layout
	maxCell      = 18 // the widest a source's column gets before it wraps
	wideMax      = 8  // more sources than this always take the long layout
)

// cellWidth returns the width of each source's column in the wide layout
// for n sources in width columns: what is left after the topic, the verdict
// and the borders (three columns per cell and one more).
func cellWidth(n, width int) int {
	return min(maxCell, (width-1-3*(n+2)-topicWidth-verdictWidth)/n)
}

// writeTable prints the findings shown as a table, the conflicts' evidence
// under it, and a summary line of all findings.
func writeTable(w io.Writer, rep report, st tableStyle) error {
	srcs := rep.sources
	shown := rep.shown
	if len(shown) > 0 {
		var err error
		if wideFits(srcs, st.width) {
			err = wideTable(w, srcs, shown, st)
		} else {
			err = longTable(w, shown, st)
		}
		if err != nil {
			return err
		}
	}
	for _, f := range shown {
		if st.evidence == "all" || f.Verdict == reconcile.Conflict || f.Verdict == reconcile.Rounding {
			writeEvidence(w, rep, f, st.evidence != "", st.color)
		}
	}
	for _, ids := range rep.stories() {
		fmt.Fprintf(w, "\ncopies of one story, counted as one source: %s\n", strings.Join(ids, ", "))
	}
	fmt.Fprintf(w, "\n%s\n", summarize(rep).line())
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// quote shows a claim in its words, with the person for titles.
func quote(c claims.Claim) string {
	if c.Kind == claims.Title {
		return fmt.Sprintf("%q (%s)", c.Text, c.Person)
	}
	return fmt.Sprintf("%q", c.Text)
}

// writeEvidence lists the claims behind a finding as path:line:col, which
// terminals and editors open as they do compiler errors; with full, also
// each claim's value and its sentence with the claim's words marked.
func writeEvidence(w io.Writer, rep report, f reconcile.Finding, full, color bool) {
	head := string(f.Verdict) + ": " + f.Topic
	if f.Spread != "" {
		head += ": " + f.Spread
	}
	if f.Verdict == reconcile.Agree && f.Independent < 2 {
		head += " (copies of one story only: no independent confirmation)"
	}
	fmt.Fprintf(w, "\n%s\n", head)
	for _, who := range f.SharedAttribution {
		fmt.Fprintf(w, "  (several sources give this to %s: they repeat one originator, not confirm each other)\n", who)
	}
	for _, c := range f.Claims {
		fmt.Fprintf(w, "  %s:%d:%d: %s", rep.path(c.Source), c.Line, c.Col, quote(c))
		if !full {
			fmt.Fprintln(w)
			continue
		}
		fmt.Fprintf(w, " = %s", reconcile.ValueString(&c))
		if c.AttributedTo != "" {
			fmt.Fprintf(w, ", according to %s", c.AttributedTo)
		}
		fmt.Fprintf(w, "\n      %s\n", highlight(c, color))
	}
}

// highlight returns a claim's sentence on one line with the claim's words
// marked: bold on a terminal, between » and « elsewhere.
func highlight(c claims.Claim, color bool) string {
	open, close := "»", "«"
	if color {
		open, close = "\x1b[1;4m", "\x1b[0m"
	}
	s := c.Sentence
	a, b := c.TextStart-c.SentenceStart, c.TextEnd-c.SentenceStart
	if a < 0 || b > len(s) || a > b {
		return oneLine(s)
	}
	return oneLine(s[:a]) + open + oneLine(s[a:b]) + close + oneLine(s[b:])
}

// oneLine folds the white space of s, newlines included, into single spaces.
func oneLine(s string) string {
	f := strings.Fields(s)
	out := strings.Join(f, " ")
	if len(s) > 0 && len(f) > 0 {
		if s[0] == ' ' || s[0] == '\n' {
			out = " " + out
		}
		if e := s[len(s)-1]; e == ' ' || e == '\n' {
			out += " "
		}
	}
	return out
}

// cell is a claim's value as written, short: the quantity without the noun
// it counts, which the topic names.
func cell(c claims.Claim) string {
	t := c.Text
	if c.Noun != "" && c.Kind == claims.Count {
		t = strings.TrimSpace(strings.TrimSuffix(t, c.Noun))
		t = strings.TrimSuffix(t, " of")
	}
	return strings.Join(strings.Fields(t), " ")
}

// verdictCell names a verdict, coloured on a terminal: red for conflicts,
// green for agreements. Only this short cell is coloured, as colour bleeds
// across wrapped cells.
func verdictCell(f reconcile.Finding, color bool) string {
	s := strings.ToUpper(string(f.Verdict))
	if color {
		switch f.Verdict {
		case reconcile.Conflict:
			s = "\x1b[31m" + s + "\x1b[0m"
		case reconcile.Agree:
			s = "\x1b[32m" + s + "\x1b[0m"
		}
	}
	if n := len(f.Claims); f.Independent < n {
		// Copies of one story: say so, on a line of its own.
		s += fmt.Sprintf("\n%d copies", n-f.Independent+1)
		if f.Independent < 2 {
			s += "\nonly"
		}
	}
	return s
}

// wideFits reports whether one column a source fits the width, each at
// least minCell wide and wide enough for its source's id.
func wideFits(srcs []*sources.Source, width int) bool {
	if len(srcs) > wideMax {
		return false
	}
	cw := cellWidth(len(srcs), width)
	if cw < minCell {
		return false
	}
	for _, s := range srcs {
		if utf8.RuneCountInString(s.ID) > cw {
			return false
		}
	}
	return true
}

func newTable(w io.Writer, maxWidth int, widths map[int]int) *tablewriter.Table {
	return tablewriter.NewTable(w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Symbols:  tw.NewSymbols(tw.StyleLight),
			Settings: tw.Settings{Separators: tw.Separators{BetweenRows: tw.On}},
		})),
		tablewriter.WithConfig(tablewriter.Config{
			MaxWidth: maxWidth,
			Header: tw.CellConfig{
				Formatting:   tw.CellFormatting{AutoFormat: tw.Off, AutoWrap: tw.WrapNormal},
				Alignment:    tw.CellAlignment{Global: tw.AlignLeft},
				ColMaxWidths: tw.CellWidth{PerColumn: widths},
			},
			Row: tw.CellConfig{
				Formatting:   tw.CellFormatting{AutoWrap: tw.WrapNormal},
				Alignment:    tw.CellAlignment{Global: tw.AlignLeft},
				ColMaxWidths: tw.CellWidth{PerColumn: widths},
			},
		}),
	)
}

// wideTable prints topic, one column a source, and the verdict.
func wideTable(w io.Writer, srcs []*sources.Source, fs []reconcile.Finding, st tableStyle) error {
	widths := map[int]int{0: topicWidth}
	cw := cellWidth(len(srcs), st.width)
	for i := range srcs {
		widths[i+1] = cw
	}
	t := newTable(w, st.width, widths)
	header := []any{"TOPIC"}
	for _, s := range srcs {
		header = append(header, columnHeader(s))
	}
	header = append(header, "VERDICT")
	t.Header(header...)
	for _, f := range fs {
		row := []string{f.Topic}
		for _, s := range srcs {
			v := ""
			for _, c := range f.Claims {
				if c.Source == s.ID {
					v = cell(c)
				}
			}
			row = append(row, v)
		}
		row = append(row, verdictCell(f, st.color))
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// columnHeader names a source's column: its id, and under it its outlet
// and published date where they are known.
func columnHeader(s *sources.Source) string {
	h := s.ID
	for _, x := range []string{s.Outlet, s.Published} {
		if x != "" {
			h += "\n" + x
		}
	}
	return h
}

// longTable prints topic, verdict and the sources' values, for more sources
// than fit side by side.
func longTable(w io.Writer, fs []reconcile.Finding, st tableStyle) error {
	// The sources' column: what the topic, the verdict and four borders
	// with their padding leave.
	width := max(minCell, st.width-(topicWidth+10)-verdictWidth-10)
	t := newTable(w, st.width, map[int]int{0: topicWidth + 10, 2: width})
	t.Header("TOPIC", "VERDICT", "SOURCES")
	for _, f := range fs {
		if err := t.Append([]string{f.Topic, verdictCell(f, st.color), valueLines(f.Claims, width-2)}); err != nil {
			return err
		}
	}
	return t.Render()
}

// byValueFrom is the number of claims from which a group's values are
// listed each once, with the sources that state it, rather than a line a
// source: a dozen reports of one figure then take a line, not a dozen.
const byValueFrom = 4

// valueLines lists the values of a group's claims: a "source: value" line
// a claim, or, for byValueFrom claims or more that repeat a value, a
// "value: source, source" entry a value as written, in order of first
// appearance, wrapped at width with its further lines indented.
func valueLines(cs []claims.Claim, width int) string {
	var (
		values  []string
		sources = map[string][]string{}
	)
	for _, c := range cs {
		v := cell(c)
		if _, ok := sources[v]; !ok {
			values = append(values, v)
		}
		sources[v] = append(sources[v], c.Source)
	}
	var lines []string
	if len(cs) < byValueFrom || len(values) == len(cs) {
		for _, c := range cs {
			lines = append(lines, c.Source+": "+cell(c))
		}
	} else {
		for _, v := range values {
			lines = append(lines, wrapIndented(v+": "+strings.Join(sources[v], ", "), width, "  "))
		}
	}
	return strings.Join(lines, "\n")
}

// wrapIndented wraps s at spaces into lines of at most width characters
// (a longer word keeps a line of its own), its further lines indented.
func wrapIndented(s string, width int, indent string) string {
	var b strings.Builder
	line := 0
	for i, word := range strings.Fields(s) {
		n := utf8.RuneCountInString(word)
		switch {
		case i == 0:
		case line+1+n > width:
			b.WriteString("\n" + indent)
			line = utf8.RuneCountInString(indent)
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(word)
		line += n
	}
	return b.String()
}
