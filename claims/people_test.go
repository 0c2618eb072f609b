package claims

import (
	"strings"
	"testing"
)

func TestLastIndex(t *testing.T) {
	long := strings.Repeat("x", 1000)
	tests := []struct{ s, sub string }{
		{"", ""},
		{"abc", ""},
		{"", "a"},
		{"a", "a"},
		{"Felt said Felt", "Felt"},
		{"Mark Felt" + long + "Felt" + long, "Felt"},
		{"Mark Felt" + long + long + long, "Felt"},
		{long[:255] + "Felt" + long, "Felt"}, // across pieces
		{long + "Fel" + "t" + long[:254], "Felt"},
		{"aaaa", "aa"},
		{long + "aaa", "aaa"},
		{long, "y"},
		{"short", "longer than short"},
	}
	for _, tt := range tests {
		if got, want := lastIndex(tt.s, tt.sub), strings.LastIndex(tt.s, tt.sub); got != want {
			t.Errorf("lastIndex(%.20q… of %d bytes, %q) = %d, want %d", tt.s, len(tt.s), tt.sub, got, want)
		}
	}
}

// FuzzLastIndex holds lastIndex to strings.LastIndex, on texts long enough
// to be searched in several pieces.
func FuzzLastIndex(f *testing.F) {
	f.Add("Mark Felt said", "Felt", 300)
	f.Add("aaaa", "aa", 1000)
	f.Add("Wang Wenbin", "Wang", 0)
	f.Fuzz(func(t *testing.T, s, sub string, pad int) {
		pad = min(max(pad, 0), 5000)
		s = s + strings.Repeat(" ", pad) + s
		if got, want := lastIndex(s, sub), strings.LastIndex(s, sub); got != want {
			t.Fatalf("lastIndex(%q, %q) = %d, want %d", s, sub, got, want)
		}
	})
}
