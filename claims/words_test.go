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
		{"singleStarts", classSingleStart, []map[string]bool{singleStarts}},
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

// TestDateClassHolds checks that the months and weekdays have the date
// class, so that a word without it need not be looked up in monthNames or
// weekdays (token.mayBeDate).
func TestDateClassHolds(t *testing.T) {
	for _, set := range []map[string]bool{monthNames, weekdays} {
		for w := range set {
			if wordClasses.of(w)&classDateWord == 0 {
				t.Errorf("%q has no date class", w)
			}
		}
	}
}

// TestOneWordSets checks the sets written as comparisons against their
// words: each is in its set, and no other word of the sets is.
func TestOneWordSets(t *testing.T) {
	sets := map[string]func(string) bool{"pronoun": isAgePronoun, "copula": isAgeCopula, "turn": isTurnVerb}
	want := map[string]string{"he": "pronoun", "she": "pronoun", "was": "copula", "is": "copula",
		"turned": "turn", "turns": "turn", "turning": "turn"}
	got := map[string]string{}
	for _, w := range append(strings.Fields("he she was is turned turns turning turn He Was it"), "") {
		for name, in := range sets {
			if in(w) {
				got[w] += name
			}
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sets (-want +got):\n%s", d)
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
		{"personNounWords", personNounFilter, personNounWords},
		{"outcomeWords", outcomeFilter, outcomeWords},
		{"voteAfter", voteAfterFilter, voteAfter},
		{"voteWords", voteWordsFilter, voteWords},
		{"resultWords", resultWordsFilter, resultWords},
		{"dateLabels", dateLabelsFilter, dateLabels},
		{"collectiveCounts", collectiveCountsFilter, collectiveCounts},
		{"harmedWords", harmedWordsFilter, harmedWords},
		{"clockPrepositions", clockPrepositionsFilter, clockPrepositions},
		{"particles", particlesFilter, particles},
		{"approxClockWords", approxClockFilter, approxClockWords},
		{"copulas", copulasFilter, copulas},
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
	missing = nil
	for w := range unitOf {
		if !unitNamesFilter.mayHoldBytes([]byte(w)) {
			missing = append(missing, w)
		}
	}
	for w := range currencyPlurals {
		if !currencyPluralsFilter.mayHold(w) {
			missing = append(missing, w)
		}
	}
	if len(missing) > 0 {
		t.Errorf("units and currency plurals their filters do not hold: %q", missing)
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

// TestShortTable checks that the table of short words gives each word of
// up to shortWord bytes the class that of gives it, for the words of the
// class table and for others.
func TestShortTable(t *testing.T) {
	words := []string{"a", "i", "s", "the", "of", "said", "monday's", "seventy", "x", "zz", "it's", "°c", "km2"}
	for _, w := range wordClasses.words.slots {
		words = append(words, w, w+"x", "x"+w)
	}
	got, want := map[string]wordClass{}, map[string]wordClass{}
	for _, w := range words {
		if w == "" || len(w) > shortWord || strings.ContainsRune(w, 0) {
			continue
		}
		got[w] = wordClasses.short.class(shortKey(w))
		want[w] = wordClasses.of(w)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("short table (-of +short):\n%s", d)
	}
	if got["the"] == 0 || got["said"] == 0 {
		t.Errorf("the and said have no class in the short table")
	}
}

// TestLowerRun checks lowerRun against counting the letters from a to z
// byte by byte, on words and on every byte at every place of eight.
func TestLowerRun(t *testing.T) {
	texts := []string{"the cat sat", "abcdefgh", "said, it", "it's not", "iPhone's", "café au lait", "zzzzzzzzzz",
		"a\x00bcdefg", "`abc{xyz", "ABCDEFGH", "\xe1\x80\x80abcde"}
	for p := range 8 {
		for b := range 256 {
			w := []byte("aaaaaaaa")
			w[p] = byte(b)
			texts = append(texts, string(w))
		}
	}
	got, want := map[string]int{}, map[string]int{}
	for _, s := range texts {
		n := 0
		for n < 8 && s[n]-'a' < 26 {
			n++
		}
		want[s] = n
		got[s] = lowerRun(load64(s))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("lowerRun (-byte by byte +lowerRun):\n%s", d)
	}
	if k := load64("abcdefgh"); k&0xffff != shortKey("ab") {
		t.Errorf("load64(abcdefgh) = %#x, not the bytes of shortKey", k)
	}
}

// stemCases are words that end in each suffix Stem knows, at each length
// around its limits, in possessives, and in none.
var stemCases = []string{"", "s", "d", "g", "'s", "’s", "ed", "ing", "ies", "bed", "sing", "ties", "spied", "thing",
	"things", "companies", "detained", "running", "running's", "running’s", "boxes", "churches", "wishes",
	"classes", "class", "virus", "analysis", "cats", "cat's", "cat’s", "cats's", "x's’s", "x’s's", "gas", "bus",
	"red", "king", "kings", "bring", "brings", "seeded", "seeds", "feed", "dog", "said", "news", "series",
	"police", "a\x99s", "™s"}

// TestStem checks Stem against stemRules, its rules one by one.
func TestStem(t *testing.T) {
	got, want := map[string]string{}, map[string]string{}
	for _, w := range stemCases {
		got[w], want[w] = Stem(w), stemRules(w)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Stem (-stemRules +Stem):\n%s", d)
	}
	if got["companies"] != "company" || got["detained"] != "detain" || got["running’s"] != "runn" {
		t.Errorf("Stem: %q %q %q", got["companies"], got["detained"], got["running’s"])
	}
}

// FuzzStem checks the same on any word.
func FuzzStem(f *testing.F) {
	for _, w := range stemCases {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := Stem(w), stemRules(w); got != want {
			t.Fatalf("Stem(%q) = %q, stemRules says %q", w, got, want)
		}
	})
}

// TestMayHoldBytes checks that a filter answers of a word's bytes as it
// does of the word.
func TestMayHoldBytes(t *testing.T) {
	words := strings.Fields(`a km km2 km/h square square_kilometres metric_tons °c ° people thee x zz ½ é 1.5 <`)
	words = append(words, "", "square kilometres", "people were", "abcdefghijklmnopqrstuvwxyz")
	for _, f := range []*wordFilter{unitStartsFilter, monthNamesFilter, measureUnitsFilter} {
		var got, want []bool
		for _, w := range words {
			got = append(got, f.mayHoldBytes([]byte(w)))
			want = append(want, f.mayHold(w))
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("mayHoldBytes (-mayHold +bytes):\n%s", d)
		}
	}
}

// TestMayHold checks mayHold and mayHoldBytes against the rule they
// answer by, written plainly: a word that starts and ends with letters
// from a to z may be in the set when a word of the set of its length (or
// both of wordFilterLen bytes or more) has its first and last letters;
// any other word when one of the set's other words has its first byte.
func TestMayHold(t *testing.T) {
	plain := func(set map[string]bool, w string) bool {
		if w == "" {
			return true
		}
		letter := func(c byte) bool { return 'a' <= c && c <= 'z' }
		both := func(s string) bool { return letter(s[0]) && letter(s[len(s)-1]) }
		for s := range set {
			switch {
			case s == "":
			case both(w) && both(s):
				if min(len(s), wordFilterLen) == min(len(w), wordFilterLen) && s[0] == w[0] && s[len(s)-1] == w[len(w)-1] {
					return true
				}
			case !both(w) && !both(s):
				if s[0] == w[0] {
					return true
				}
			}
		}
		return false
	}
	others := strings.Fields(`company said monday a zz thee an' ° °c °cs km2 km3 k2 2k
	presidents secretarys men feet < <= $ 15 1.5 é école internationalisation`)
	for _, tc := range []struct {
		name string
		set  map[string]bool
	}{
		{"measureUnits", measureUnits},
		{"monthNames", monthNames},
		{"odd", setOf(`°c km2 k9 <= x' 'x`)},
		{"long", setOf(`internationalisation internationalism`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := filterOf(tc.set)
			words := append([]string{""}, others...)
			for w := range tc.set {
				words = append(words, w, w+"s", w+"'", strings.ToUpper(w))
			}
			got, want := map[string][2]bool{}, map[string][2]bool{}
			for _, w := range words {
				got[w] = [2]bool{f.mayHold(w), f.mayHoldBytes([]byte(w))}
				p := plain(tc.set, w)
				want[w] = [2]bool{p, p}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("mayHold, mayHoldBytes (-plain +filter):\n%s", d)
			}
		})
	}
}
