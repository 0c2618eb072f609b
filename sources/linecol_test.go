package sources

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestLineCol checks LineCol, which counts on from the column it was last
// asked for, and LineColFrom, which counts on from its cursor's, with a
// cursor used with another source now and then, against a fresh Source
// for each character's offset, asked in order,
// backwards and back and forth, on texts with long lines, byte-order
// marks, characters of several bytes and UTF-16.
func TestLineCol(t *testing.T) {
	texts := map[string]string{
		"lines":   "one two\nthree four five\n\nsix\n",
		"long":    "a b c d e f g h i j k l m n o p q r s t u v w x y z",
		"bom":     "\xef\xbb\xbfFirst line\nsecond line",
		"runes":   "Łódź and Kraków\n€5 for café, 2½ hours\nend",
		"utf16le": utf16Bytes("Łódź\nsecond 𝄞 line\nthird", false),
		"utf16be": utf16Bytes("one\ntwo 𝄞 two\nthree", true),
		"crlf":    "one\r\ntwo\r\nthree",
		"empty":   "",
		"many":    strings.Repeat("a line\nŁódź, then\n\n", 20), // more lines than rawLineFrom looks at one by one
	}
	type pos struct{ Line, Col int }
	for name, raw := range texts {
		t.Run(name, func(t *testing.T) {
			text := New("0", "x.txt", raw).Text
			var starts []int // where the characters of the text start, as claims do
			for off := range text {
				starts = append(starts, off)
			}
			starts = append(starts, len(text))
			var offs []int
			offs = append(offs, starts...) // in order
			for k := range starts {
				offs = append(offs, starts[len(starts)-1-k]) // backwards
			}
			for k := range starts {
				offs = append(offs, starts[k*7%len(starts)]) // back and forth
			}
			s := New("0", "x.txt", raw)
			other := New("1", "y.txt", "another\nsource of\nfour\nlines")
			var cur Cursor
			var got, gotFrom, want []pos
			for k, off := range offs {
				l, c := s.LineCol(off)
				got = append(got, pos{l, c})
				l, c = s.LineColFrom(&cur, off)
				gotFrom = append(gotFrom, pos{l, c})
				l, c = New("0", "x.txt", raw).LineCol(off)
				want = append(want, pos{l, c})
				if k%5 == 4 {
					other.LineColFrom(&cur, min(off, len(other.Text))) // a cursor used with another source starts afresh
				}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("LineCol (-fresh +reused):\n%s", d)
			}
			if d := cmp.Diff(want, gotFrom); d != "" {
				t.Errorf("LineColFrom (-fresh +cursor):\n%s", d)
			}
		})
	}
}

// FuzzLineCol checks the same, and LineColFrom against LineCol, on any
// text, asked at the starts of its characters in the order walk gives.
func FuzzLineCol(f *testing.F) {
	f.Add("Łódź and Kraków\n€5 for café, 2½ hours\nend", []byte{3, 200, 7, 1, 90})
	f.Add("\xef\xbb\xbfFirst line\nsecond line", []byte{0, 5, 2})
	f.Fuzz(func(t *testing.T, raw string, walk []byte) {
		s := New("0", "x.txt", raw)
		var starts []int
		for off := range s.Text {
			starts = append(starts, off)
		}
		starts = append(starts, len(s.Text))
		var cur Cursor
		for _, b := range walk {
			off := starts[int(b)%len(starts)]
			l, c := s.LineCol(off)
			if wl, wc := New("0", "x.txt", raw).LineCol(off); l != wl || c != wc {
				t.Fatalf("LineCol(%d) of %q: %d:%d, a fresh Source says %d:%d", off, raw, l, c, wl, wc)
			}
			if fl, fc := s.LineColFrom(&cur, off); l != fl || c != fc {
				t.Fatalf("LineColFrom(%d) of %q: %d:%d, LineCol says %d:%d", off, raw, fl, fc, l, c)
			}
		}
	})
}

// TestRuneCount checks runeCount's eight-byte steps against
// utf8.RuneCountInString, at every length around a step and with invalid
// bytes, which count one each.
func TestRuneCount(t *testing.T) {
	for _, s := range []string{
		"", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnopq",
		"é", "abcdefgé", "abcdefghé", "éabcdefghijklmnop", "Łódź and Kraków, 2½ hours",
		"abcdefg\xff", "\xffabcdefgh", "abcdef\xe2\x82", "\xe2\x82\xacabcdefgh\xe2\x82",
		"𝄞𝄞 and 𝄞", "abcdefgh\x80\x80\x80\x80\x80\x80\x80\x80",
		// ASCII but for one byte in the bytes loaded twice, or in the
		// loop's last step, at lengths around sixteen and thirty-two.
		"abcdefghijklmnoé", "abcdefghijklmno\xff", "abcdefghijklmnopqrstuvwxyz0é",
		"abcdefghijklmnopqrstuvwxyz01234é", "abcdefghijklmnopqrstuvwxyz012345é",
		"abcdefghijklmnopqrstuvwxyz012345\x80abc", "abcdefghi\xffjklmnopqrstu",
		"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQ",
	} {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzRuneCount checks runeCount against utf8.RuneCountInString on any
// bytes.
func FuzzRuneCount(f *testing.F) {
	f.Add("Łódź and Kraków\n€5 for café, 2½ hours")
	f.Add("abcdefg\xffabcdefgh\xe2\x82")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	})
}
