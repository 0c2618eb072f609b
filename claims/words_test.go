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

// TestWordClasses checks that each bit of a word's class says whether the
// word is in the sets the bit stands for, on all their words and on words
// that are in none of them.
func TestWordClasses(t *testing.T) {
	others := strings.Fields(`company said buy stake firm dollars people matter
	talks private x zz thee an' ° °c km2 presidents secretarys < >`)
	in := func(w string, sets ...map[string]bool) bool {
		for _, s := range sets {
			if s[w] {
				return true
			}
		}
		return false
	}
	weekdayWords, monthWords := map[string]bool{}, map[string]bool{}
	for w := range weekdayNumber {
		weekdayWords[w] = true
		weekdayWords[w+"'s"] = true
	}
	for w := range monthNumber {
		monthWords[w] = true
	}
	for _, tc := range []struct {
		name  string
		class wordClass
		sets  []map[string]bool
	}{
		{"starters", classStarter, []map[string]bool{starters}},
		{"notContent", classNotContent, []map[string]bool{notContent}},
		{"dates", classDateWord, []map[string]bool{weekdayWords, monthWords, relativeDateStarts}},
		{"officeHeads", classOfficeHead, []map[string]bool{officeHeads}},
		{"stopwords", classStopword, []map[string]bool{stopwords}},
		{"titleWords", classTitleWord, []map[string]bool{officeHeads, rankWords}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := append([]string{""}, others...)
			for _, s := range tc.sets {
				for w := range s {
					words = append(words, w)
				}
			}
			got, want := map[string]bool{}, map[string]bool{}
			for _, w := range words {
				got[w] = wordClasses.of(w)&tc.class != 0
				want[w] = in(w, tc.sets...)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("class (-sets +class):\n%s", d)
			}
		})
	}
}

// FuzzClassNone checks that the words classTable.none rules out have no
// class, and that lookup gives the others theirs, as of does.
func FuzzClassNone(f *testing.F) {
	for _, w := range []string{"the", "said", "company", "deputy", "mondays", "a", "zz"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		w = strings.ToLower(w)
		if w == "" || w[0]-'a' >= 26 || w[len(w)-1]-'a' >= 26 {
			return // none is asked only of words that start and end with a to z
		}
		got := wordClass(0)
		if !wordClasses.none(w) {
			got = wordClasses.lookup(w)
		}
		if want := wordClasses.of(w); got != want {
			t.Fatalf("class of %q: %b by none and lookup, %b by of", w, got, want)
		}
	})
}

// TestHas checks that has, behind each set's filter, answers as the set
// does, on all its words and on words that are in none of the sets.
func TestHas(t *testing.T) {
	others := strings.Fields(`company said monday buy stake firm dollars people matter
	talks private x zz thee an' ° °c km2 presidents secretarys men feet`)
	for _, tc := range []struct {
		name   string
		filter *wordFilter
		set    map[string]bool
	}{
		{"monthNames", monthNamesFilter, monthNames},
		{"timeUnits", timeUnitsFilter, timeUnits},
		{"measureUnits", measureUnitsFilter, measureUnits},
		{"decades", decadesFilter, decades},
		{"irregularPlurals", irregularPluralsFilter, irregularPlurals},
		{"dozens", dozensFilter, dozens},
		{"phraseAdjectives", phraseAdjectivesFilter, phraseAdjectives},
		{"rankVerbs", rankVerbsFilter, rankVerbs},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := append([]string{""}, others...)
			for w := range tc.set {
				words = append(words, w, w+"s", strings.ToUpper(w))
			}
			got, want := map[string]bool{}, map[string]bool{}
			for _, w := range words {
				got[w], want[w] = has(tc.filter, tc.set, w), tc.set[w]
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("has (-set +filtered):\n%s", d)
			}
		})
	}
}

// TestUnitStartsFilter checks that the filter of the units' beginnings
// holds every beginning of every unit's words, as unitAt needs.
func TestUnitStartsFilter(t *testing.T) {
	var missing []string
	for w := range unitOf {
		for n := 1; n <= len(w); n++ {
			if !unitStartsFilter.mayHold(w[:n]) {
				missing = append(missing, w[:n])
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("beginnings of units the filter does not hold: %q", missing)
	}
}

// TestCurrencyName checks that currencyName, behind its filter, still
// reads every name of a currency, its plural in "s" and the others.
func TestCurrencyName(t *testing.T) {
	want, got := map[string]string{}, map[string]string{}
	for w := range currencyNames {
		want[w], want[w+"s"] = w, w
	}
	for w, name := range currencyPlurals {
		want[w] = name
	}
	for _, w := range []string{"people", "years", "s", ""} {
		want[w] = ""
	}
	for w := range want {
		got[w], _ = currencyName(w)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("currencyName (-want +got):\n%s", d)
	}
}
