package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/reconcile"
)

// writeMarkdown prints the findings as a Markdown table that pastes into
// chat, wikis and CMSs, with the evidence of each conflict under it.
// tablewriter's Markdown renderer escapes neither "|" nor newlines, so the
// cells are escaped here.
func writeMarkdown(w io.Writer, rep report) error {
	header := []string{"Topic"}
	for _, s := range rep.sources {
		header = append(header, columnTitle(s.ID, s.Outlet, s.Published))
	}
	header = append(header, "Verdict")
	writeMarkdownRow(w, header)
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	writeMarkdownRow(w, sep)
	for _, f := range rep.shown {
		row := []string{f.Topic}
		for _, s := range rep.sources {
			v := ""
			for _, c := range f.Claims {
				if c.Source == s.ID {
					v = cell(c)
				}
			}
			row = append(row, v)
		}
		verdict := "**" + strings.ToUpper(string(f.Verdict)) + "**"
		if n := len(f.Claims); f.Independent < n {
			verdict += fmt.Sprintf(" (%d copies)", n-f.Independent+1)
		}
		writeMarkdownRow(w, append(row, verdict))
	}
	for _, f := range rep.shown {
		if f.Verdict != reconcile.Conflict && f.Verdict != reconcile.Rounding && f.Verdict != reconcile.Update {
			continue
		}
		fmt.Fprintf(w, "\n**%s: %s** (%s)\n\n", f.Verdict, escapeMarkdown(f.Topic), escapeMarkdown(f.Spread))
		for _, c := range f.Claims {
			fmt.Fprintf(w, "- `%s:%d:%d`: %s\n", rep.path(c.Source), c.Line, c.Col, escapeMarkdown(quote(c)))
		}
	}
	return nil
}

// columnTitle joins a source's id, outlet and date for a header cell.
func columnTitle(id, outlet, published string) string {
	t := id
	if outlet != "" || published != "" {
		t += " (" + strings.TrimSpace(outlet+" "+published) + ")"
	}
	return t
}

func writeMarkdownRow(w io.Writer, cells []string) {
	for i, c := range cells {
		cells[i] = escapeMarkdown(c)
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
}

// escapeMarkdown makes text safe inside a Markdown table cell: "|" is
// escaped, newlines become <br>, and other inline markup is neutralized.
func escapeMarkdown(s string) string {
	r := strings.NewReplacer(
		`\`, `\\`, "|", `\|`, "\r\n", "<br>", "\n", "<br>", "\r", "<br>",
		"`", "\\`", "<", "&lt;", ">", "&gt;",
	)
	return r.Replace(s)
}
