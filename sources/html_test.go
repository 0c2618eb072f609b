package sources

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/html")

// summary describes a Source for a golden file: its metadata, then each
// line of Text with the line and column where it starts in the original
// file, furniture lines marked F.
func summary(s *Source) string {
	var b strings.Builder
	fmt.Fprintf(&b, "outlet: %s\npublished: %s\nheadline: %s\ndateline: %s\nbyline: %s\nurl: %s\n---\n",
		s.Outlet, s.Published, s.Headline, s.Dateline, s.Byline, s.URL)
	for i := 1; i <= s.textLines(); i++ {
		sp := s.textLineSpan(i)
		mark := " "
		if sp.End > sp.Start && s.IsFurniture(sp.Start) {
			mark = "F"
		}
		fmt.Fprintf(&b, "%s %d:%d %s\n", mark, s.Line(sp.Start), s.Col(sp.Start), s.Text[sp.Start:sp.End])
	}
	return b.String()
}

// TestHTMLGolden reads the saved pages of testdata/html and compares the
// article text, its places in the page and the metadata with the golden
// files beside them (go test -run TestHTMLGolden -update rewrites them).
func TestHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob("../testdata/html/*.htm*")
	if err != nil || len(pages) < 3 {
		t.Fatalf("want at least three pages in testdata/html, have %d (%v)", len(pages), err)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			s, err := Read(page)
			if err != nil {
				t.Fatal(err)
			}
			got := summary(s)
			golden := strings.TrimSuffix(page, filepath.Ext(page)) + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(string(want), got); d != "" {
				t.Errorf("%s (-want +got):\n%s", golden, d)
			}
		})
	}
}

// TestHTMLNoFurniture checks that nothing around the article — navigation,
// adverts, paywall, related links, share buttons, comments, newsletter,
// footer, scripts and JSON-LD — is left in the text.
func TestHTMLNoFurniture(t *testing.T) {
	furniture := map[string][]string{
		"courier.html": {"Skip to main", "Sport", "Subscribe", "Advertisement", "Holiday flights",
			"free articles", "Start my trial", "Share on", "Copy link", "Photo: Jonas Eke",
			"Related stories", "Dock workers vote", "Business Briefing", "newsletter",
			"Comments", "harbourfan77", "About time", "Most read", "Storm warning",
			"All rights reserved", "Privacy", "dataLayer", "@context", "Business reporter"},
		"valdria.htm": {"cookies", "Accept all", "Markets", "Sign in", "Register now", "3 min read",
			"Morning Bulletin", "Facebook", "214 shares", "Reporting by", "Our Standards",
			"Read more", "Flood defences", "Advertisement", "Trending", "Rail strike",
			"quotes delayed", "All rights reserved", "BreadcrumbList", ".promo"},
		"lumen.html": {"Search", "Subscribers only", "Join today", "Priya Desai | June",
			"Share this article", "WhatsApp", "Related Articles", "chip shortage",
			"87 Comments", "Great news for Portugal", "Copyright", "Careers"},
	}
	for name, words := range furniture {
		s, err := Read(filepath.Join("../testdata/html", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words {
			if strings.Contains(s.Text, w) {
				t.Errorf("%s: text has furniture %q", name, w)
			}
		}
	}
}

// TestHTMLLines checks that each paragraph of an HTML page's text is placed
// on the line of the page where its first words stand.
func TestHTMLLines(t *testing.T) {
	pages, _ := filepath.Glob("../testdata/html/*.htm*")
	for _, page := range pages {
		s, err := Read(page)
		if err != nil {
			t.Fatal(err)
		}
		raw := strings.Split(s.Raw, "\n")
		for i := 1; i <= s.textLines(); i++ {
			sp := s.textLineSpan(i)
			words := strings.Fields(s.Text[sp.Start:sp.End])
			first := strings.Join(words[:min(2, len(words))], " ")
			line := html.UnescapeString(New("raw", "", raw[s.Line(sp.Start)-1]).Text)
			if !strings.Contains(collapse(line), first) {
				t.Errorf("%s: paragraph %q placed on line %d: %q", filepath.Base(page), first, s.Line(sp.Start), line)
			}
			// The last word too, which may stand on a later line.
			last := words[len(words)-1]
			end := sp.End - len(last)
			line = html.UnescapeString(New("raw", "", raw[s.Line(end)-1]).Text)
			if !strings.Contains(line, strings.TrimRight(last, ".”\"")) {
				t.Errorf("%s: word %q placed on line %d: %q", filepath.Base(page), last, s.Line(end), line)
			}
		}
	}
}

// TestHTMLSniff checks that a page is read as HTML whatever its name, and
// that text that merely mentions tags is not.
func TestHTMLSniff(t *testing.T) {
	page, err := os.ReadFile("../testdata/html/courier.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "saved-page.txt")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	asTxt, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	asHTML, err := Read("../testdata/html/courier.html")
	if err != nil {
		t.Fatal(err)
	}
	if asTxt.Text != asHTML.Text {
		t.Errorf("saved-page.txt not read as HTML: %q", asTxt.Text[:min(80, len(asTxt.Text))])
	}
	for _, tt := range []struct {
		path, text string
		want       bool
	}{
		{"a.html", "plain words", true},
		{"a.HTM", "plain words", true},
		{"a.txt", "  <!DOCTYPE html><p>x</p>", true},
		{"a.txt", "<html><body>x</body></html>", true},
		{"a", "<p>A paragraph</p>", true},
		{"a.txt", "The <b> tag makes text bold.", false},
		{"a.md", "# Title\n\nText with <br> inside.", false},
	} {
		if got := isHTML(tt.path, tt.text); got != tt.want {
			t.Errorf("isHTML(%q, %q) = %v, want %v", tt.path, tt.text, got, tt.want)
		}
	}
}
