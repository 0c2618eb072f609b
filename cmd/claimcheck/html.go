package main

import (
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/reconcile"
	"github.com/claimcheck/claimcheck/sources"
)

// report.html.tmpl is the page: one self-contained file, with no external
// assets, that an editor can open or mail.
//
//go:embed report.html.tmpl
var htmlPage string

var pageTemplate = template.Must(template.New("report").Parse(htmlPage))

type htmlRow struct {
	Topic   string
	Verdict string
	Note    string
	Cells   []htmlCell
}

type htmlCell struct {
	Text   string
	Anchor string
}

type htmlSource struct {
	ID, Title string
	Body      template.HTML
}

// writeHTML prints the report as one HTML page: the findings, conflicts
// first, with a filter; under them the sources side by side, each claim's
// sentence highlighted in place and linked from the table.
func writeHTML(w io.Writer, rep report) error {
	verdictOf := map[string]string{} // claim anchor → verdict
	var rows []htmlRow
	for _, f := range rep.shown {
		row := htmlRow{Topic: f.Topic, Verdict: string(f.Verdict), Note: f.Spread}
		if n := len(f.Claims); f.Independent < n {
			row.Note = strings.TrimPrefix(row.Note+fmt.Sprintf("; %d copies", n-f.Independent+1), "; ")
		}
		for _, s := range rep.sources {
			cell := htmlCell{}
			for _, c := range f.Claims {
				if c.Source == s.ID {
					cell = htmlCell{Text: claimCell(c), Anchor: anchor(c)}
					verdictOf[cell.Anchor] = string(f.Verdict)
				}
			}
			row.Cells = append(row.Cells, cell)
		}
		rows = append(rows, row)
	}
	var srcs []htmlSource
	for _, s := range rep.sources {
		var cs []claims.Claim
		for _, f := range rep.shown {
			for _, c := range f.Claims {
				if c.Source == s.ID {
					cs = append(cs, c)
				}
			}
		}
		srcs = append(srcs, htmlSource{ID: s.ID, Title: columnTitle(s.ID, s.Outlet, s.Published), Body: markSource(s, cs, verdictOf)})
	}
	sum := summarize(rep)
	return pageTemplate.Execute(w, map[string]any{
		"Heading": "claimcheck report",
		"Sources": srcs,
		"Rows":    rows,
		"Summary": sum.line(),
	})
}

// checkVerdict is the class a draft claim's status takes in the page, so
// that the filter and colours of the report serve the check too.
var checkVerdict = map[reconcile.Status]string{
	reconcile.Contradicted: "conflict", reconcile.Supported: "agree", reconcile.Unsupported: "single",
}

// checkedHTML prints a draft check as one HTML page, as writeHTML does a
// report: a row a draft claim with the source claims that support or
// contradict it, then the draft and the sources side by side with those
// claims highlighted in place.
func checkedHTML(w io.Writer, draft *sources.Source, rep report, rs []reconcile.Checked) error {
	verdictOf := map[string]string{}
	marked := map[string][]claims.Claim{} // source → its claims to mark
	var rows []htmlRow
	counts := map[reconcile.Status]int{}
	for _, r := range rs {
		counts[r.Status]++
		v := checkVerdict[r.Status]
		row := htmlRow{Topic: fmt.Sprintf("%s (line %d)", quote(r.Claim), r.Claim.Line), Verdict: v, Note: string(r.Status)}
		verdictOf[anchor(r.Claim)] = v
		marked[draft.ID] = append(marked[draft.ID], r.Claim)
		evidence := r.For
		if r.Status == reconcile.Contradicted {
			evidence = r.Away
		}
		for _, s := range rep.sources {
			cell := htmlCell{}
			for _, c := range evidence {
				if c.Source == s.ID {
					cell = htmlCell{Text: claimCell(c), Anchor: anchor(c)}
					verdictOf[cell.Anchor] = v
					marked[s.ID] = append(marked[s.ID], c)
				}
			}
			row.Cells = append(row.Cells, cell)
		}
		rows = append(rows, row)
	}
	srcs := []htmlSource{{ID: draft.ID, Title: "draft: " + draft.Path, Body: markSource(draft, marked[draft.ID], verdictOf)}}
	for _, s := range rep.sources {
		srcs = append(srcs, htmlSource{ID: s.ID, Title: columnTitle(s.ID, s.Outlet, s.Published), Body: markSource(s, marked[s.ID], verdictOf)})
	}
	return pageTemplate.Execute(w, map[string]any{
		"Heading": "claimcheck check: " + draft.Path,
		"Sources": srcs[1:], // the table's columns: the sources
		"Pages":   srcs,     // the texts shown: the draft, then the sources
		"Rows":    rows,
		"Summary": fmt.Sprintf("%d supported, %d contradicted, %d unsupported claims in %s against %s",
			counts[reconcile.Supported], counts[reconcile.Contradicted], counts[reconcile.Unsupported],
			draft.Path, plural(len(rep.sources), "source", "sources")),
	})
}

func claimCell(c claims.Claim) string {
	if c.Kind == claims.Title {
		return c.Text
	}
	return cell(c)
}

// anchor is the id of a claim's mark in the page.
func anchor(c claims.Claim) string { return fmt.Sprintf("c-%s-%d", c.Source, c.Start) }

// markSource writes a source's text as HTML with each claim's sentence in
// a highlighted span and the claim's words in a mark. Sentences do not
// overlap and claims do not overlap, so the spans nest.
func markSource(s *sources.Source, cs []claims.Claim, verdictOf map[string]string) template.HTML {
	sort.Slice(cs, func(i, j int) bool { return cs[i].TextStart < cs[j].TextStart })
	var b strings.Builder
	pos := 0
	text := s.Text
	for i := 0; i < len(cs); {
		sStart := cs[i].SentenceStart
		sEnd := sStart + len(cs[i].Sentence)
		if sStart < pos || sEnd > len(text) {
			i++
			continue
		}
		b.WriteString(html.EscapeString(text[pos:sStart]))
		b.WriteString(`<span class="sent">`)
		p := sStart
		for ; i < len(cs) && cs[i].SentenceStart == sStart; i++ {
			c := cs[i]
			if c.TextStart < p || c.TextEnd > sEnd {
				continue
			}
			b.WriteString(html.EscapeString(text[p:c.TextStart]))
			a := anchor(c)
			fmt.Fprintf(&b, `<mark id="%s" class="%s">%s</mark>`, a, verdictOf[a], html.EscapeString(text[c.TextStart:c.TextEnd]))
			p = c.TextEnd
		}
		b.WriteString(html.EscapeString(text[p:sEnd]))
		b.WriteString(`</span>`)
		pos = sEnd
	}
	b.WriteString(html.EscapeString(text[pos:]))
	return template.HTML(b.String())
}
