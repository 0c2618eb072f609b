package reconcile

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
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

// The fast scans that cut a clause must find what strings.LastIndexAny,
// strings.IndexAny and a lower-cased lookup find.
func TestClauseCutScans(t *testing.T) {
	texts := []string{
		"",
		"said on Monday that 12 people",
		"the mayor, who said (twice) that",
		"the mayor; then: 40",
		"he said “about 40” — then – left",
		"a \"quoted\" 12, and “curly”",
		"bad \xe2\x80 bytes, and \xff here",
		"\xe2\x80\x94",
		"naïve café, Zoë",
	}
	type cut struct{ Last, First int }
	for _, s := range texts {
		want := cut{strings.LastIndexAny(s, clausePunct), strings.IndexAny(s, clausePunct)}
		got := cut{lastClausePunct(s), firstClausePunct(s)}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("clause punctuation in %q (-want +got):\n%s", s, diff)
		}
	}
	words := []string{"and", "And", "AND", "While", "wHiLe", "andrew", "", "bananas-and-apples-and-pears", "ÄND", "whİle", "though"}
	for _, w := range words {
		if want, got := conjunctions[strings.ToLower(w)], inLower(conjunctions, w); got != want {
			t.Errorf("inLower(conjunctions, %q) = %v, want %v", w, got, want)
		}
	}
}

// clause keeps the clauses it cut: what it gives twice must be alike, and
// two callers that append to it must not write over each other.
func TestClauseMemo(t *testing.T) {
	sentence := "Police said 12 people were hurt and 3 were killed."
	at := strings.Index(sentence, "12 people")
	c := &claims.Claim{Sentence: sentence, TextStart: at, TextEnd: at + len("12 people")}
	before, after := clause(c)
	want := [][]string{{"Police", "said"}, {"were", "hurt"}}
	if diff := cmp.Diff(want, [][]string{before, after}); diff != "" {
		t.Fatalf("clause() (-want +got):\n%s", diff)
	}
	one := append(after, "one") // after was cut short at "and"
	again, againAfter := clause(c)
	two := append(againAfter, "two")
	if diff := cmp.Diff(want, [][]string{again, againAfter}); diff != "" {
		t.Errorf("clause() after appends (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"were", "hurt", "one"}, {"were", "hurt", "two"}}, [][]string{one, two}); diff != "" {
		t.Errorf("appends to one clause (-want +got):\n%s", diff)
	}
	// The same sentence with the claim elsewhere is another clause.
	at = strings.Index(sentence, "3 were")
	other := &claims.Claim{Sentence: sentence, TextStart: at, TextEnd: at + 1}
	b, a := clause(other)
	if diff := cmp.Diff([][]string{{}, {"were", "killed."}}, [][]string{b, a}); diff != "" {
		t.Errorf("clause() of the second figure (-want +got):\n%s", diff)
	}
}
