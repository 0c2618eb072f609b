package sources

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) string {
	var b []byte
	put := func(u uint16) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	put(0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return string(b)
}

// where is what a test expects of one place in a Source's Text.
type where struct {
	Find string // the text at the place: its first occurrence in Text
	Orig int    // byte offset in Raw
	Line int    // 1-based line in the original file
	Col  int    // 1-based column, in characters of the original file
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		text     string
		enc      Encoding
		identity bool // Text is Raw and no map is kept
		at       []where
	}{
		{
			name:     "plain UTF-8",
			raw:      "Café sales rose 5%.\nProfit – €2m – fell “sharply”.\n",
			text:     "Café sales rose 5%.\nProfit – €2m – fell “sharply”.\n",
			enc:      UTF8,
			identity: true,
			at: []where{
				{"rose", 12, 1, 12},
				{"€2m", 32, 2, 10},
				{"“sharply”", 47, 2, 21},
			},
		},
		{
			name: "UTF-8 with BOM",
			raw:  "\ufeffUp 5%.\nDown 3%.",
			text: "Up 5%.\nDown 3%.",
			enc:  UTF8,
			at: []where{
				{"Up", 3, 1, 1},
				{"5%", 6, 1, 4},
				{"Down", 10, 2, 1},
			},
		},
		{
			name: "UTF-16 LE with BOM",
			raw:  utf16Bytes("Sales rose 5%.\r\nCosts €3m.", false),
			text: "Sales rose 5%.\nCosts €3m.",
			enc:  UTF16LE,
			at: []where{
				{"Sales", 2, 1, 1},
				{"5%", 24, 1, 12},
				{"Costs", 34, 2, 1},
				{"€3m", 46, 2, 7},
			},
		},
		{
			name: "UTF-16 BE with BOM and a surrogate pair",
			raw:  utf16Bytes("🚀 Launch: 12 rockets", true),
			text: "🚀 Launch: 12 rockets",
			enc:  UTF16BE,
			at: []where{
				{"🚀", 2, 1, 1},
				{"Launch", 8, 1, 3},
				{"12", 24, 1, 11},
			},
		},
		{
			name: "Windows-1252",
			raw:  "\x93Caf\xe9 profits\x94 \x96 up 5%\r\nsaid Ren\xe9e.",
			text: "“Café profits” – up 5%\nsaid Renée.",
			enc:  Windows1252,
			at: []where{
				{"“", 0, 1, 1},
				{"Café", 1, 1, 2},
				{"profits", 6, 1, 7},
				{"up 5%", 17, 1, 18},
				{"said", 24, 2, 1},
				{"Renée", 29, 2, 6},
			},
		},
		{
			name: "UTF-8 with one stray Windows-1252 byte",
			raw:  "Müller\x92s firm – 5 staff",
			text: "Müller’s firm – 5 staff",
			enc:  Windows1252,
			at: []where{
				{"’s", 7, 1, 7},
				{"firm", 10, 1, 10},
				{"5 staff", 19, 1, 17},
			},
		},
		{
			name: "CRLF and lone CR",
			raw:  "One 1.\r\nTwo 2.\rThree 3.\r\n",
			text: "One 1.\nTwo 2.\nThree 3.\n",
			enc:  UTF8,
			at: []where{
				{"1.", 4, 1, 5},
				{"Two", 8, 2, 1},
				{"Three", 15, 3, 1},
				{"3.", 21, 3, 7},
			},
		},
		{
			name: "no-break spaces",
			raw:  "US$\u00a0768\u00a0million and 5\u202f%",
			text: "US$ 768 million and 5 %",
			enc:  UTF8,
			at: []where{
				{"768", 5, 1, 5},
				{"million", 10, 1, 9},
				{"5 %", 22, 1, 21},
			},
		},
		{
			name: "NFC",
			raw:  "Cafe\u0301 owner Zoe\u0308 paid €5.",
			text: "Café owner Zoë paid €5.",
			enc:  UTF8,
			at: []where{
				{"Café", 0, 1, 1},
				{"owner", 7, 1, 7},
				{"Zoë", 13, 1, 13},
				{"paid", 19, 1, 18},
			},
		},
		{
			name: "zero-width characters",
			raw:  "Sense\u200bTime raised $1bn",
			text: "SenseTime raised $1bn",
			enc:  UTF8,
			at: []where{
				{"Time", 8, 1, 7},
				{"$1bn", 20, 1, 19},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := read("t", "t.txt", []byte(tt.raw))
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if s.Text != tt.text {
				t.Errorf("Text = %q, want %q", s.Text, tt.text)
			}
			if s.Raw != tt.raw {
				t.Errorf("Raw is not the file's bytes")
			}
			if s.Encoding != tt.enc {
				t.Errorf("Encoding = %s, want %s", s.Encoding, tt.enc)
			}
			if got := s.orig == nil; got != tt.identity {
				t.Errorf("identity map = %v, want %v", got, tt.identity)
			}
			var got []where
			for _, w := range tt.at {
				off := strings.Index(s.Text, w.Find)
				if off < 0 {
					t.Fatalf("%q not in Text", w.Find)
				}
				got = append(got, where{w.Find, s.Orig(off), s.Line(off), s.Col(off)})
			}
			if d := cmp.Diff(tt.at, got); d != "" {
				t.Errorf("places (-want +got):\n%s", d)
			}
			if s.Orig(len(s.Text)) != len(s.Raw) {
				t.Errorf("Orig(end) = %d, want %d", s.Orig(len(s.Text)), len(s.Raw))
			}
		})
	}
}

// TestOrigMapsEveryCharacter checks, for UTF-8 inputs, that every character
// of Text that cleaning does not change stands at Orig in Raw.
func TestOrigMapsEveryCharacter(t *testing.T) {
	for _, raw := range []string{
		"\ufeffOne\r\ntwo – “three”\r\n\r\nfour\u00a0five",
		"a\u0301bc\rdé\u200bf",
		"Plain text, “quoted”, no change.\n",
	} {
		s := New("t", "t.txt", raw)
		for i, r := range s.Text {
			if r == ' ' || r == '\n' || r >= 0x80 && !strings.ContainsRune(raw, r) {
				continue // changed by cleaning
			}
			o := s.Orig(i)
			if got, _ := utf8.DecodeRuneInString(s.Raw[o:]); got != r {
				t.Errorf("%q: Text[%d] = %q, Raw[Orig = %d] = %q", raw, i, r, o, got)
			}
		}
		if s.textLines() != strings.Count(s.Text, "\n")+1 || s.Lines() != s.rawLine(len(s.Raw)) {
			t.Errorf("%q: textLines() = %d, Lines() = %d", raw, s.textLines(), s.Lines())
		}
	}
}

func TestReadBinary(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"nul.txt":   "some text\x00more text",
		"pdf.txt":   "%PDF-1.7\n1 0 obj",
		"png.txt":   "\x89PNG\r\n\x1a\nIHDR",
		"zip.txt":   "PK\x03\x04\x14\x00",
		"gzip.txt":  "\x1f\x8b\x08\x00",
		"late.html": strings.Repeat("<p>a</p>\n", 500) + "\x00",
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Read(path)
		if !errors.Is(err, ErrBinary) {
			t.Errorf("Read(%s) error = %v, want ErrBinary", name, err)
			continue
		}
		if want := path + ": skipped: binary file"; err.Error() != want {
			t.Errorf("Read(%s) error = %q, want %q", name, err, want)
		}
	}
	// UTF-16 has NUL bytes but is text.
	path := filepath.Join(dir, "utf16.txt")
	if err := os.WriteFile(path, []byte(utf16Bytes("A 5% rise", false)), 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := Read(path); err != nil || s.Text != "A 5% rise" {
		t.Errorf("Read(utf16.txt) = %v, %v", s, err)
	}
}

// TestLineSpan checks that LineSpan(Line(off)) starts at or before off in
// every kind of input, and holds off in a text file.
func TestLineSpan(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*/*")
	for _, path := range paths {
		if strings.HasSuffix(path, ".golden") || strings.HasSuffix(path, ".json") {
			continue
		}
		s, err := Read(path)
		if err != nil {
			continue // not ours to judge here
		}
		page := isHTML(path, s.Text)
		for off := range s.Text {
			sp := s.LineSpan(s.Line(off))
			if sp.Start > off || sp.End < sp.Start || sp.End > len(s.Text) {
				t.Fatalf("%s: LineSpan(Line(%d)) = %v", path, off, sp)
			}
			if !page && s.Text[off] != '\n' && off >= sp.End {
				t.Fatalf("%s: LineSpan(Line(%d)) = %v does not hold it", path, off, sp)
			}
		}
	}
	s := New("t", "t.txt", "One 1.\r\nTwo 2.\r\n")
	if d := cmp.Diff([]Span{{0, 6}, {7, 13}, {14, 14}}, []Span{s.LineSpan(1), s.LineSpan(2), s.LineSpan(3)}); d != "" {
		t.Errorf("CRLF LineSpan (-want +got):\n%s", d)
	}
}

func TestOrigSpan(t *testing.T) {
	tests := []struct {
		name, raw, word string // word: as it stands in Text
		want            string // the bytes of Raw the span covers
	}{
		{"plain", "It cost $5 million.", "$5 million", "$5 million"},
		{"no-break space", "It cost $5\u00a0million.", "$5 million", "$5\u00a0million"},
		{"windows-1252", "It cost \x805 million.", "€5 million", "\x805 million"},
		{"a multibyte last character", "It rose 5\u00a0€ today.", "5 €", "5\u00a0€"},
	}
	for _, tt := range tests {
		s := New("t", "t.txt", tt.raw)
		i := strings.Index(s.Text, tt.word)
		if i < 0 {
			t.Fatalf("%s: %q not in Text %q", tt.name, tt.word, s.Text)
		}
		a, b := s.OrigSpan(i, i+len(tt.word))
		if got := s.Raw[a:b]; got != tt.want {
			t.Errorf("%s: OrigSpan covers %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDeclaredCharset(t *testing.T) {
	// "Пожар" (fire) in Windows-1251 and in KOI8-R.
	cp1251, koi8 := "\xcf\xee\xe6\xe0\xf0", "\xf0\xcf\xd6\xc1\xd2"
	page := func(head, word string) string {
		return "<html><head>" + head + "<title>t</title></head><body><article><p>" + word +
			" destroyed 40 homes on Monday, officials said in a statement to reporters.</p></article></body></html>"
	}
	tests := []struct {
		name, data string
		want       string
		enc        Encoding
	}{
		{"meta charset", page(`<meta charset="windows-1251">`, cp1251), "Пожар", "windows-1251"},
		{"http-equiv", page(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`, koi8), "Пожар", "koi8-r"},
		{"no declaration: Windows-1252", page("", cp1251), "Ïîæàð", Windows1252},
		{"UTF-8 despite a declaration", page(`<meta charset="windows-1251">`, "Пожар"), "Пожар", UTF8},
		{"a multi-byte declaration is left to UTF-8 and Windows-1252", page(`<meta charset="shift_jis">`, cp1251), "Ïîæàð", Windows1252},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".html")
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(s.Text, tt.want) || s.Encoding != tt.enc {
				t.Errorf("Read() = text %q, encoding %q; want %q in it, encoding %q", s.Text, s.Encoding, tt.want, tt.enc)
			}
		})
	}
}
