package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/reconcile"
	"github.com/claimcheck/claimcheck/sources"
)

const checkUsage = `usage: claimcheck check DRAFT --against PATH...

Checks every claim of a draft against the sources: SUPPORTED (a source
states a compatible value), CONTRADICTED (a source states an
incompatible one; the sources are shown) or UNSUPPORTED (no source
states it). Exits 1 when anything is contradicted, so it can gate
publication in a script.

Examples:
  claimcheck check draft.txt --against testdata/sensetime
  claimcheck check draft.md --against wire.txt --against paper.html
  claimcheck check draft.txt --against reports/ --format line
  claimcheck check draft.txt --against reports/ --fail-on never

Flags:
`

// runCheck implements `claimcheck check DRAFT --against PATH...`.
func runCheck(args []string, stdout, stderr io.Writer) int {
	var opt options
	var against []string
	fs := flagSet("check", &opt, stderr, checkUsage)
	fs.StringArrayVar(&against, "against", nil, "a source to check against: a file, a directory or - (repeatable; more paths may follow)")
	if code := opt.parse(fs, args, stderr); code >= 0 {
		return code
	}
	draftPath, rest := fs.Arg(0), fs.Args()[1:]
	against = append(against, rest...)
	if len(against) == 0 {
		fmt.Fprintln(stderr, "claimcheck: check needs sources: --against PATH...")
		return 2
	}
	draft, err := sources.Read(draftPath)
	if err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return 2
	}
	a, cfg, code := analyse(against, &opt, stderr)
	if code >= 0 {
		return code
	}
	results := reconcile.Check(claims.Extract(draft), a.allClaims, a.options(&opt, cfg))
	if err := printChecked(stdout, draft, a.report, results, &opt); err != nil {
		fmt.Fprintln(stderr, "claimcheck:", err)
		return 2
	}
	if opt.failOn == "never" {
		return 0
	}
	for _, r := range results {
		if r.Status == reconcile.Contradicted {
			return 1
		}
	}
	return 0
}

// printChecked writes a draft check in the format --format names.
func printChecked(w io.Writer, draft *sources.Source, rep report, rs []reconcile.Checked, opt *options) error {
	color, width := terminalSettings(w, opt)
	switch opt.format {
	case "json":
		return checkedJSON(w, draft, rep, rs)
	case "line", "csv", "markdown":
		return checkedLines(w, draft, rep, rs, opt.format)
	case "html":
		return checkedHTML(w, draft, rep, rs)
	}
	return checkedTable(w, draft, rep, rs, tableStyle{color: color, width: width})
}

// sourcesOf lists claims as "source: value" strings.
func sourcesOf(cs []claims.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Source+": "+cell(c))
	}
	return out
}

func statusCell(s reconcile.Status, color bool) string {
	t := strings.ToUpper(string(s))
	if !color {
		return t
	}
	switch s {
	case reconcile.Contradicted:
		return "\x1b[31m" + t + "\x1b[0m"
	case reconcile.Supported:
		return "\x1b[32m" + t + "\x1b[0m"
	}
	return t
}

func checkedTable(w io.Writer, draft *sources.Source, rep report, rs []reconcile.Checked, st tableStyle) error {
	t := newTable(w, st.width, map[int]int{0: 30, 3: 40})
	t.Header("CLAIM", "LINE", "STATUS", "SOURCES")
	counts := map[reconcile.Status]int{}
	for _, r := range rs {
		counts[r.Status]++
		srcs := sourcesOf(r.Away)
		if r.Status == reconcile.Supported {
			srcs = sourcesOf(r.For)
		}
		if err := t.Append([]string{quote(r.Claim), fmt.Sprint(r.Claim.Line), statusCell(r.Status, st.color), strings.Join(srcs, "\n")}); err != nil {
			return err
		}
	}
	if len(rs) > 0 {
		if err := t.Render(); err != nil {
			return err
		}
	}
	for _, r := range rs {
		if r.Status != reconcile.Contradicted {
			continue
		}
		fmt.Fprintf(w, "\ncontradicted: %s:%d:%d: %s\n", draft.Path, r.Claim.Line, r.Claim.Col, quote(r.Claim))
		for _, c := range r.Away {
			fmt.Fprintf(w, "  %s:%d:%d: %s\n", rep.path(c.Source), c.Line, c.Col, quote(c))
		}
	}
	fmt.Fprintf(w, "\n%d supported, %d contradicted, %d unsupported claims in %s against %s\n",
		counts[reconcile.Supported], counts[reconcile.Contradicted], counts[reconcile.Unsupported],
		draft.Path, plural(len(rep.sources), "source", "sources"))
	return nil
}

// checkedLines prints one line a draft claim (line), or the same as CSV
// or a Markdown list.
func checkedLines(w io.Writer, draft *sources.Source, rep report, rs []reconcile.Checked, format string) error {
	if format == "csv" {
		fmt.Fprintln(w, "path,line,col,text,status,sources")
	}
	for _, r := range rs {
		c := r.Claim
		others := r.For
		if r.Status == reconcile.Contradicted {
			others = r.Away
		}
		var refs []string
		for _, o := range others {
			refs = append(refs, fmt.Sprintf("%s:%d", rep.path(o.Source), o.Line))
		}
		switch format {
		case "csv":
			fmt.Fprintf(w, "%s,%d,%d,%s,%s,%s\n", csvField(draft.Path), c.Line, c.Col, csvField(c.Text), r.Status, csvField(strings.Join(refs, " ")))
		case "markdown":
			fmt.Fprintf(w, "- `%s:%d:%d` %s: **%s** %s\n", draft.Path, c.Line, c.Col, escapeMarkdown(quote(c)), strings.ToUpper(string(r.Status)), escapeMarkdown(strings.Join(sourcesOf(others), "; ")))
		default:
			line := fmt.Sprintf("%s:%d:%d: %s: %s", draft.Path, c.Line, c.Col, r.Status, reconcile.ValueString(&c))
			if r.Status == reconcile.Contradicted {
				line += fmt.Sprintf(" vs %s (%s)", reconcile.ValueString(&others[0]), refs[0])
			} else if len(refs) > 0 {
				line += " (" + strings.Join(refs, ", ") + ")"
			}
			fmt.Fprintln(w, line)
		}
	}
	return nil
}

// csvField quotes a CSV field when it needs it.
func csvField(s string) string {
	if strings.ContainsAny(s, ",\"\n\r") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func checkedJSON(w io.Writer, draft *sources.Source, rep report, rs []reconcile.Checked) error {
	type item struct {
		Path   string           `json:"path"`
		Text   string           `json:"text"`
		Line   int              `json:"line"`
		Col    int              `json:"col"`
		Status reconcile.Status `json:"status"`
		For    []jsonClaim      `json:"supported_by"`
		Away   []jsonClaim      `json:"contradicted_by"`
	}
	out := struct {
		Draft  string `json:"draft"`
		Claims []item `json:"claims"`
	}{Draft: draft.Path, Claims: []item{}}
	for _, r := range rs {
		it := item{Path: draft.Path, Text: r.Claim.Text, Line: r.Claim.Line, Col: r.Claim.Col, Status: r.Status,
			For: []jsonClaim{}, Away: []jsonClaim{}}
		for _, c := range r.For {
			it.For = append(it.For, toJSONClaim(c, rep.path(c.Source)))
		}
		for _, c := range r.Away {
			it.Away = append(it.Away, toJSONClaim(c, rep.path(c.Source)))
		}
		out.Claims = append(out.Claims, it)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
