package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWordSet checks that each wordSet answers as the maps it was built
// from, on all their words and on words that are in none of them.
func TestWordSet(t *testing.T) {
	others := strings.Fields(`company said monday buy stake firm dollars people matter
	talks private x zz thee an' ° °c km2 presidents secretarys`)
	for _, tc := range []struct {
		name string
		set  *wordSet
		maps []map[string]bool
	}{
		{"starters", starterSet, []map[string]bool{starters}},
		{"notContent", notContentSet, []map[string]bool{notContent}},
		{"officeHeads", officeHeadSet, []map[string]bool{officeHeads}},
		{"titleWords", titleWords, []map[string]bool{officeHeads, rankWords}},
		{"empty word", setOfSets(map[string]bool{"": true, "a": true, "b": false}), []map[string]bool{{"": true, "a": true, "b": false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := append([]string{""}, others...)
			for _, m := range tc.maps {
				for w := range m {
					words = append(words, w)
				}
			}
			got, want := map[string]bool{}, map[string]bool{}
			for _, w := range words {
				got[w] = tc.set.has(w)
				for _, m := range tc.maps {
					want[w] = want[w] || m[w]
				}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("has (-map +set):\n%s", d)
			}
		})
	}
}
