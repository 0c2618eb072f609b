package claims

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAttributionOf(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"The company is preparing a US$768 million listing, according to The Wall Street Journal and Bloomberg News.", "The Wall Street Journal and Bloomberg News"},
		{"The firm said it would publish a new timetable, American news channel CNBC reported.", "CNBC"},
		{`"It is a lie," said Foreign Ministry Spokesman Wang Wenbin, as quoted by Global Times.`, "Global Times"},
		{"“More than one million Uygurs have been detained in Xinjiang,” the department said.", "the department"},
		{"The company began talks on the proposed $ 767 million offering, two people with direct knowledge of the matter said.", "two people with direct knowledge of the matter"},
		{"At least 82 people were killed in a single day in April, according to the Treasury Department.", "the Treasury Department"},
		{"It will be part of a package of sanctions, according to three people familiar with the decision.", "three people familiar with the decision"},
		{"“We act today,” said Assistant Secretary of the Treasury Wally Adeyemo in a statement.", "Assistant Secretary of the Treasury Wally Adeyemo"},
		{"According to estimates from United Nations experts and human rights groups, over a million people were held.", "estimates from United Nations experts and human rights groups"},
		{"The company plans to sell 1.5 billion shares in its offering.", ""},
		{"He said it was wrong.", ""},
		// Each pattern runs on part of the sentence only: from a space
		// before its word, or over the sentence's tail.
		{"The mayor has reported by letter that 40 homes burned.", ""},
		{strings.Repeat("The council met again and again over the plans for the harbour. ", 5) +
			"The Harbour Post and Reuters reported 40 homes burned.", "The Harbour Post and Reuters"},
		{"About 40 homes burned, " + strings.Repeat("with more roofs and walls lost in the hills, ", 12) +
			"the fire service said.", "the fire service"},
		{"Reaccording to nothing, 40 homes burned.", ""},
		// Pronouns in any case: "İ" lower-cases to "i".
		{"About 40 homes burned, WHİCH said.", ""},
		{"About 40 homes burned, THİS said.", ""},
		{"About 40 homes burned, Kelvin said.", "Kelvin"},
	}
	for _, tt := range tests {
		if got := attributionOf(tt.sentence); got != tt.want {
			t.Errorf("attributionOf(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
		// The patterns the sentence's words let through find the same.
		mask := attributionsIn(lex(nil, tt.sentence, 0, len(tt.sentence)))
		if got := attributionBy(tt.sentence, mask); got != tt.want {
			t.Errorf("attributionBy(%q, %b) = %q, want %q", tt.sentence, mask, got, tt.want)
		}
	}
}

// TestAttributionsIn checks which patterns the words of a sentence let
// through: those whose triggers it holds, wherever they stand.
func TestAttributionsIn(t *testing.T) {
	if allAttributions != 1<<len(attributions)-1 {
		t.Fatalf("allAttributions = %b for %d patterns", allAttributions, len(attributions))
	}
	tests := []struct {
		sentence string
		want     uint
	}{
		{"Forty homes burned.", 0},
		{"Forty homes burned, according to the Post.", 1 << 0},
		{"Forty homes burned, as reported by the Post.", 1<<1 | 1<<2 | 1<<3},
		{"The Post reported forty homes burned.", 1<<1 | 1<<2 | 1<<3},
		{"Forty homes burned, the mayor told reporters.", 1 << 2},
		{"Forty homes burned, the mayor said.", 1<<3 | 1<<4},
		{"Forty homes burned, the Post said in a statement.", 1<<2 | 1<<3 | 1<<4},
		{"Forty homes burned, the mayor estimates.", 1 << 3},
		{"Forty homes burned, the mayor added.", 1 << 3},
		// A trigger's letters inside a word, and in a web address.
		{"Forty homes burned, unsaid by all.", 1 << 4},
		{"Forty homes burned, as quoted by the Post.", 1 << 1},
		{"Forty homes burned, www.according to the Post.", 1 << 0},
	}
	for _, tt := range tests {
		if got := attributionsIn(lex(nil, tt.sentence, 0, len(tt.sentence))); got != tt.want {
			t.Errorf("attributionsIn(%q) = %05b, want %05b", tt.sentence, got, tt.want)
		}
	}
}

// tailPattern returns the pattern of attributions anchored at the end of
// a sentence.
func tailPattern(t testing.TB) *regexp.Regexp {
	for _, a := range attributions {
		if a.tail > 0 {
			return a.re
		}
	}
	t.Fatal("no pattern anchored at the end")
	return nil
}

// TestEndsWithSaying checks endingVerb on sentence ends written many
// ways, and that the pattern anchored at the end matches none of the
// sentences of the project's own reports that it rules out.
func TestEndsWithSaying(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"It rose, the mayor said.", true},
		{"It rose, the mayor said ,  ", true},
		{"It rose, the mayor said\t.", true},
		{"It rose, the agency estimated.", true},
		{"It rose, the agency estimate", true},
		{"It rose, she said on Monday.", true},
		{"It rose, she said on Monday that it fell.", false},
		{"It rose, she said,.", false},
		{"It rose, the mayor resaid.", false},
		{"said.", false},
		{"It rose.", false},
		{"", false},
	}
	for _, tt := range tests {
		if _, got := endingVerb(tt.s); got != tt.want {
			t.Errorf("endingVerb(%q) = _, %v, want %v", tt.s, got, tt.want)
		}
	}
	re := tailPattern(t)
	for _, text := range append(fuzzSeeds, reports(t)...) {
		for _, s := range sentences(text, 0, len(text)) {
			if sentence := text[s.start:s.end]; !endsWithSayingOK(sentence) && re.MatchString(sentence) {
				t.Errorf("endingVerb rules out %q, which the pattern matches", sentence)
			}
		}
	}
}

// endsWithSayingOK is whether endingVerb lets s by.
func endsWithSayingOK(s string) bool {
	_, ok := endingVerb(s)
	return ok
}

// FuzzEndsWithSaying checks on any text that endingVerb rules out no
// match of the pattern anchored at the end, and lets by what the rule
// read plainly (endsWithSayingPlain) does.
func FuzzEndsWithSaying(f *testing.F) {
	for _, s := range append([]string{"It rose, she said on Monday.", "x, the mayor noted ,"}, fuzzSeeds...) {
		f.Add(s)
	}
	re := tailPattern(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !endsWithSayingOK(s) && re.MatchString(s) {
			t.Fatalf("endingVerb rules out %q, which the pattern matches", s)
		}
		if got, want := endsWithSayingOK(s), endsWithSayingPlain(s); got != want {
			t.Fatalf("endingVerb(%q) lets it by: %v, by the rule read plainly %v", s, got, want)
		}
	})
}

func TestEndingVerb(t *testing.T) {
	type result struct {
		Verb int
		OK   bool
	}
	tests := []struct {
		s    string
		want result
	}{
		{"It rose, the mayor said.", result{19, true}},
		{"It rose, the mayor said ,  ", result{19, true}},
		{"It rose, the mayor said\t.", result{19, true}},
		{"It rose, the agency estimated.", result{20, true}},
		{"It rose, the agency estimate", result{20, true}},
		{"It rose, she says", result{13, true}},
		{"It rose, she said on Monday.", result{0, true}},
		{"It rose, she said on Monday that it fell.", result{0, false}},
		{"It rose, the mayor resaid.", result{0, false}},
		{"said.", result{0, false}},
		{" said.", result{1, true}},
		{"", result{0, false}},
	}
	for _, tt := range tests {
		var got result
		got.Verb, got.OK = endingVerb(tt.s)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("endingVerb(%q) (-want +got):\n%s", tt.s, diff)
		}
	}
}

// endsWithSayingPlain is whether endingVerb lets s by, as the rule reads:
// the end of s trimmed, then each verb compared.
func endsWithSayingPlain(s string) bool {
	const space = " \t\n\f\r"
	e := strings.TrimRight(s, space)
	if strings.HasSuffix(e, ".") || strings.HasSuffix(e, ",") {
		e = e[:len(e)-1]
	}
	e = strings.TrimRight(e, space)
	if strings.HasSuffix(e, "day") {
		return true
	}
	for _, v := range []string{"said", "says", "added", "noted", "reported", "estimated", "estimate"} {
		if n := len(e) - len(v); n > 0 && e[n:] == v && strings.IndexByte(space, e[n-1]) >= 0 {
			return true
		}
	}
	return false
}

// FuzzNarrowToLastMark checks narrowToLastMark against its rule read
// plainly: a sentence that ends with a verb (endsWithSayingPlain) and
// holds a trigger in its last endWord bytes, from its last mark.
func FuzzNarrowToLastMark(f *testing.F) {
	for _, s := range append([]string{"“It rose,” the mayor said.", "x, the mayor noted\t.", "a, b said on Monday.", "a,\" said", "a, said" + strings.Repeat(" ", 60) + ".", "a,\tsaid."}, fuzzSeeds...) {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, from int) {
		from = max(0, min(from, len(s)))
		want := -1
		if endsWithSayingPlain(s) && containsAny(s[max(0, len(s)-endWord):], tailNeedles) {
			end := len(s)
			if end > 0 && s[end-1] == ',' {
				end--
			}
			if q := lastMark(s[:end]); q >= from {
				want = q
			}
		}
		if got := narrowToLastMark(s, from); got != want {
			t.Fatalf("narrowToLastMark(%q, %d) = %d, by the rule %d", s, from, got, want)
		}
	})
}

// attributionsByAffix is attributionsIn comparing every affix whole.
func attributionsByAffix(toks []token) uint {
	var mask uint
	for _, t := range toks {
		for k, a := range attributions {
			for _, w := range a.starts {
				if strings.HasPrefix(t.text, w) {
					mask |= 1 << k
				}
			}
			for _, w := range a.ends {
				if strings.HasSuffix(t.text, w) {
					mask |= 1 << k
				}
			}
		}
	}
	return mask
}

// FuzzAttributionsIn checks attributionsIn against every affix compared
// whole, on any text, and that the patterns it leaves out match nothing:
// trying only those it keeps finds what trying them all finds.
func FuzzAttributionsIn(f *testing.F) {
	for _, s := range append([]string{"Accordingly, by bye sa said saids told sold reporters estimates noted notes"}, fuzzSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := lex(nil, s, 0, len(s))
		mask := attributionsIn(toks)
		if want := attributionsByAffix(toks); mask != want {
			t.Fatalf("attributionsIn(%q) = %05b, by whole affixes %05b", s, mask, want)
		}
		if got, want := attributionBy(s, mask), attributionOf(s); got != want {
			t.Fatalf("attribution of %q through attributionsIn = %q, trying every pattern %q", s, got, want)
		}
	})
}

func TestLastMark(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", -1},
		{"no mark at all", -1},
		{"one, two", 3},
		{`“quoted,” she said`, 10},
		{`“quoted”, she said`, 12},
		{`a "b" c`, 4},
		{"\x9d, x", 1},
		{"end”", 3},
	}
	for _, tt := range tests {
		if got := lastMark(tt.s); got != tt.want {
			t.Errorf("lastMark(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// FuzzLastMark checks lastMark against searching s for each mark.
func FuzzLastMark(f *testing.F) {
	for _, s := range append([]string{`“a,” b "c" d”, e`}, fuzzSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := max(strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '"'), strings.LastIndex(s, "”"))
		if got := lastMark(s); got != want {
			t.Fatalf("lastMark(%q) = %d, searching for each mark %d", s, got, want)
		}
	})
}

// FuzzIndexWord checks indexWord against strings.Index, with the needles
// of the patterns of attributions and with any.
func FuzzIndexWord(f *testing.F) {
	for _, s := range append([]string{"The Post reported it; it said in a statement that the mayor told reporters"}, fuzzSeeds...) {
		f.Add(s, "said ")
	}
	f.Add("ppp", "pp")
	var subs []string
	for _, a := range attributions {
		for _, n := range a.triggers {
			subs = append(subs, n.s)
		}
	}
	for _, n := range reportNeedles {
		subs = append(subs, n.s)
	}
	f.Fuzz(func(t *testing.T, s, sub string) {
		for _, sub := range append(subs, sub) {
			if got, want := indexWord(s, needles(sub)[0]), strings.Index(s, sub); got != want {
				t.Fatalf("indexWord(%q, %q) = %d, strings.Index %d", s, sub, got, want)
			}
		}
	})
}
