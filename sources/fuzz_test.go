package sources

import (
	"testing"
	"unicode/utf8"
)

// checkSource reports a Source that breaks the readers' invariants: Text is
// UTF-8, every offset of Text maps into Raw, in order, to a line and column
// that exist, and the furniture spans lie inside Text.
func checkSource(t *testing.T, s *Source) {
	t.Helper()
	if !utf8.ValidString(s.Text) {
		t.Fatalf("Text is not UTF-8: %q", s.Text)
	}
	prev := 0
	for off := 0; off <= len(s.Text); off++ {
		o := s.Orig(off)
		if o < 0 || o > len(s.Raw) {
			t.Fatalf("Orig(%d) = %d, outside Raw's %d bytes", off, o, len(s.Raw))
		}
		if o < prev {
			t.Fatalf("Orig(%d) = %d goes back from %d", off, o, prev)
		}
		prev = o
		if off < len(s.Text) {
			if l := s.Line(off); l < 1 || l > s.Lines() {
				t.Fatalf("Line(%d) = %d of %d lines", off, l, s.Lines())
			}
			if c := s.Col(off); c < 1 {
				t.Fatalf("Col(%d) = %d", off, c)
			}
		}
	}
	for _, f := range s.Furniture {
		if f.Start < 0 || f.End > len(s.Text) || f.Start > f.End {
			t.Fatalf("furniture span %v outside Text's %d bytes", f, len(s.Text))
		}
	}
}

var fuzzTexts = []string{
	"date 2021-12-12 The council approved 40 new homes.\nAdvertisement\n– Harbour.com\n",
	"\xef\xbb\xbfWASHINGTON, Dec. 10 (Wire) – It rose 3%.\r\nhttps://wire.example/x-2021-12-10/\r\n",
	"\xff\xfeI\x00t\x00 \x00r\x00o\x00s\x00e\x00",
	"Caf\xe9 prices rose \x805 on Monday.",
	"---\ntitle: A\ndate: 2021-12-12\n---\nThe fine was $5 million.\n",
}

func FuzzReadText(f *testing.F) {
	for _, s := range fuzzTexts {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := read("fuzz", "fuzz.txt", data)
		if err != nil {
			return
		}
		checkSource(t, s)
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><head><meta property="og:site_name" content="Courier"></head><body><nav>Home</nav><article><p>The fine was &euro;5 million.</p><p>It came on Monday.</p></article></body></html>`))
	f.Add([]byte(`<div><div><p>Deep &amp; odd <b>5</b> people</div>`))
	f.Add([]byte("<html><body><p>Caf\xe9 \x805</p></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := read("fuzz", "fuzz.html", data)
		if err != nil {
			return
		}
		checkSource(t, s)
	})
}
