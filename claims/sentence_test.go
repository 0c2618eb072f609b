package claims

import (
	"testing"

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
