package claims

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"It fell. Then it rose.", []string{"It fell.", "Then it rose."}},
		{"Mr. Lee came. He left.", []string{"Mr. Lee came.", "He left."}},
		{"John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"One line\nanother line", []string{"One line", "another line"}},
		{"It fell by 2.5 percent. Then 3 more.", []string{"It fell by 2.5 percent.", "Then 3 more."}},
		// "a.m." and "p.m." end a sentence only before a word that does
		// not go on telling the time.
		{"It began at 8:30 p.m. Thursday. Police came.", []string{"It began at 8:30 p.m. Thursday.", "Police came."}},
		{"It began at 9 a.m. GMT on Monday.", []string{"It began at 9 a.m. GMT on Monday."}},
		{"The vote is at 4 p.m. June 3.", []string{"The vote is at 4 p.m. June 3."}},
		{"It ended at 8:30 p.m. The crowd left.", []string{"It ended at 8:30 p.m.", "The crowd left."}},
		{"It ended at 8:30 P.M. Police said so.", []string{"It ended at 8:30 P.M.", "Police said so."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range sentences(tt.text, 0, len(tt.text)) {
			got = append(got, tt.text[s.start:s.end])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("sentences(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// stopsByByte returns, for each i of steps, what stopFinder.find(i,
// limit) must: the first byte of mayEndSentence in text[i:limit], byte by
// byte, or limit.
func stopsByByte(text string, steps [][2]int) []int {
	var out []int
	for _, st := range steps {
		i, limit := st[0], st[1]
		for i < limit && strings.IndexByte(string(mayEndSentence[:]), text[i]) < 0 {
			i++
		}
		out = append(out, i)
	}
	return out
}

// stopSteps makes a walk over text for stopFinder: offsets that only go
// on, each with a limit past it, from the bytes of walk.
func stopSteps(text string, walk []byte) [][2]int {
	var steps [][2]int
	i := 0
	for _, b := range walk {
		if i >= len(text) {
			break
		}
		limit := min(len(text), i+1+int(b>>4)*3)
		steps = append(steps, [2]int{i, limit})
		i += int(b & 15)
	}
	return steps
}

func TestStopFinder(t *testing.T) {
	tests := []struct {
		text  string
		steps [][2]int
		want  []int
	}{
		{"No stop here", [][2]int{{0, 12}, {5, 12}}, []int{12, 12}},
		{"One. Two! Three?\nFour", [][2]int{{0, 21}, {4, 21}, {5, 21}, {9, 21}, {16, 21}, {17, 21}}, []int{3, 8, 8, 15, 16, 21}},
		{"A long one. Cut short", [][2]int{{0, 5}, {5, 21}, {11, 21}}, []int{5, 10, 21}},
	}
	for _, tt := range tests {
		f := newStopFinder(tt.text)
		var got []int
		for _, st := range tt.steps {
			got = append(got, f.find(st[0], st[1]))
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("find on %q (-want +got):\n%s", tt.text, d)
		}
		if d := cmp.Diff(stopsByByte(tt.text, tt.steps), got); d != "" {
			t.Errorf("find on %q differs from a byte-by-byte scan (-scan +find):\n%s", tt.text, d)
		}
	}
}

// FuzzStopFinder checks stopFinder against a byte-by-byte scan on any
// text and walk over it.
func FuzzStopFinder(f *testing.F) {
	f.Add("One. Two! Three?\nFour. Five", []byte{0x13, 0x24, 0x05, 0xf1, 0x22})
	f.Fuzz(func(t *testing.T, text string, walk []byte) {
		steps := stopSteps(text, walk)
		sf := newStopFinder(text)
		var got []int
		for _, st := range steps {
			got = append(got, sf.find(st[0], st[1]))
		}
		if d := cmp.Diff(stopsByByte(text, steps), got); d != "" {
			t.Fatalf("find differs from a byte-by-byte scan on %q, %v (-scan +find):\n%s", text, steps, d)
		}
	})
}

// FuzzTrimSpan holds trimSpan to strings.TrimFunc with unicode.IsSpace,
// on any text and any span of it.
func FuzzTrimSpan(f *testing.F) {
	for _, s := range []string{" a ", "\u00a0Hi.\u0085", "\t\v\f\r\n", "x", "\xffa\xe2\x80", "é"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if a < 0 || b > len(text) || a > b {
			return
		}
		s, e := trimSpan(text, a, b)
		left := strings.TrimLeftFunc(text[a:b], unicode.IsSpace)
		wantS := b - len(left)
		wantE := wantS + len(strings.TrimRightFunc(left, unicode.IsSpace))
		if s != wantS || e != wantE {
			t.Fatalf("trimSpan(%q, %d, %d) = %d, %d, want %d, %d", text, a, b, s, e, wantS, wantE)
		}
	})
}
