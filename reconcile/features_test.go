package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOneName(t *testing.T) {
	tests := []struct {
		sentence, x, y string
		want           bool
	}{
		{"Maria Duarte won her ninth straight race on Sunday.", "maria", "duarte", true},
		{"Duarte has won nine races in a row.", "duarte", "maria", false},
		{"Maria Lopes beat Ana Duarte in the final.", "maria", "duarte", false},
		{"Maria Duarte won.", "maria", "", false},
		{"Doug McDermott scored 23 points.", "doug", "mcdermott", true},
		{"Ana Mariadoug McDermott.", "doug", "mcdermott", false},
	}
	for _, tt := range tests {
		if got := oneName(tt.sentence, tt.x, tt.y); got != tt.want {
			t.Errorf("oneName(%q, %q, %q) = %v, want %v", tt.sentence, tt.x, tt.y, got, tt.want)
		}
	}
}

func TestOwnerGivenAndFamilyName(t *testing.T) {
	got := view(Group(extract(map[string]string{
		"a": "Maria Duarte won her ninth straight race at the Lisbon marathon series on Sunday.",
		"b": "Duarte has won nine races in a row in the Lisbon marathon series.",
	}), Options{}))
	want := []groupView{
		{Agree, []string{"a: ninth straight race", "b: nine races"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Group() mismatch (-want +got):\n%s", diff)
	}
}

func TestClauseWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"Mr. O'Brien, 58, said", []string{"Mr.", "O'Brien", "58", "said"}},
		{"two-thirds of U.S. voters", []string{"two-thirds", "of", "U.S.", "voters"}},
		{"the café’s “owner” — Zoë", []string{"the", "café’s", "owner", "Zoë"}},
		{"bad \xff byte", []string{"bad", "byte"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, clauseWords(tt.text)); diff != "" {
			t.Errorf("clauseWords(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}
