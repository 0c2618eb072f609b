package claims

import (
	"math/bits"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// markedTokens returns the indices of the bits of mask.
func markedTokens(mask uint64) []int {
	var out []int
	for ; mask != 0; mask &= mask - 1 {
		out = append(out, bits.TrailingZeros64(mask))
	}
	return out
}

func TestDateCandidates(t *testing.T) {
	tests := []struct {
		sentence string
		want     []int
	}{
		{"On Monday, 12 people left in June.", []int{1, 3, 7}},       // "Monday", "12", "June"
		{"It rained yesterday and last week.", []int{2, 4}},          // "yesterday", "last"
		{"The 2021-12-10 report, 3.5%, said so.", []int{1, 3, 5, 8}}, // the numbers of the date and "3.5"
		{"Monday's collapse, MONDAY'S, may stop.", []int{0, 3, 5}},   // a weekday's possessive, "may"
		{"No date is written here, none at all.", nil},               // words of no date class
		{"unreadable: http://x.example/2021 today", []int{10, 11}},   // as lexed, before unlink
	}
	for _, tt := range tests {
		toks := lex(nil, tt.sentence, 0, len(tt.sentence))
		if diff := cmp.Diff(tt.want, markedTokens(dateCandidates(toks))); diff != "" {
			t.Errorf("dateCandidates(%q) (-want +got):\n%s", tt.sentence, diff)
		}
	}
}

// datesByToken is appendDates trying every token in turn, of every kind
// and class.
func datesByToken(toks []token, published time.Time) []dateMatch {
	var out []dateMatch
	for i := 0; i < len(toks); i++ {
		var m dateMatch
		if dateAt(&m, toks, i, published) {
			out = append(out, m)
			i = m.end - 1
		}
	}
	return out
}

// checkDateCandidates checks that appendDates, trying only the tokens
// dateCandidates marks, finds what trying every token finds, and that the
// lexer's facts of a sentence in which it finds a date say it may hold one.
func checkDateCandidates(t *testing.T, text string) {
	t.Helper()
	toks := lex(nil, text, 0, len(text))
	for _, pub := range []time.Time{{}, time.Date(2021, 12, 13, 0, 0, 0, 0, time.UTC)} {
		got, want := appendDates(nil, toks, pub), datesByToken(toks, pub)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(dateMatch{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("dates of %.80q (-every token +candidates):\n%s", text, diff)
		}
		if len(want) > 0 && !factsOf(toks).mayHoldDate() {
			t.Fatalf("%.80q holds a date, but the facts of its tokens say it may not", text)
		}
	}
}

// candidateTexts are sentences for the tests of the candidates of dates
// and titles: the fuzz seeds, each alone and all as one sentence of more
// than 64 tokens, so that candidates are marked in more than one group.
func candidateTexts() []string {
	return append(fuzzSeeds[:len(fuzzSeeds):len(fuzzSeeds)], strings.Join(fuzzSeeds, " "),
		// Words of the date class that start no date, and numbers of
		// every length, alone and glued to what goes on a date.
		"Monday's MONDAY'S monday's Monday’s Mondays Friday friday today Today June 12 the ÉTÉ this This "+
			"2019 1,300 people 300 people 123/12/2021 12345-1 may May; in may, sun Sun sat",
		"007/12/2021 1,300-12-10 12.5 2021-12-10 13/12/2021 1960s 1951–1957 1st of June 3rd, 5th: 10:30 June 10:30",
		strings.Repeat("The rise came on Dec. 10, 2021, ", 12)+"the museum's director, Hanne Solberg, said.",
		strings.Repeat("Hanne Solberg Ilse Varga, ", 30)+"the museum's director, Hanne Solberg, said.")
}

func TestDateCandidatesFindAll(t *testing.T) {
	for _, text := range append(candidateTexts(), reports(t)...) {
		checkDateCandidates(t, text)
	}
}

// FuzzDateCandidates checks the same on any text.
func FuzzDateCandidates(f *testing.F) {
	for _, s := range candidateTexts() {
		f.Add(s)
	}
	f.Fuzz(checkDateCandidates)
}

func TestTitleCandidates(t *testing.T) {
	tests := []struct {
		sentence string
		n        int  // tokens to mark; all when 0
		inName   bool // a word of a name comes before the sentence
		want     []int
	}{
		// "The" with "director" four words on, title words in lower
		// case, the first word of a name.
		{"The museum's deputy managing director, Hanne Solberg, said.", 0, false, []int{0, 2, 4, 6}},
		// "the" with no head of an office within five words, and with
		// one next to it; "He" is a stopword.
		{"He met the people of the town hall today, the mayor said.", 0, false, []int{10, 11}},
		{"He met the people of the town hall today, the mayor said.", 11, false, []int{10}},
		// A capitalized head of an office inside a name, and title words.
		{"Police spokesman senior Al Quintero said so.", 0, false, []int{0, 1, 2, 3}},
		{"Police Chief Al Quintero said so.", 0, false, []int{0, 1}},
		{"Police spokesman senior Al Quintero said so.", 3, false, []int{0, 1, 2}},
		// A name that goes on from before the tokens.
		{"Quintero, the police chief, said so.", 0, true, []int{2, 4}},
		{"Quintero, the police chief, said so.", 0, false, []int{0, 2, 4}},
		// A capitalized rank word is no head of an office, nor a name,
		// but a word of one as nameThenTitle reads it.
		{"Deputy Wally Adeyemo spoke.", 0, false, nil},
		{"prices rose 5% in a week.", 0, false, nil},
	}
	for _, tt := range tests {
		toks := lex(nil, tt.sentence, 0, len(tt.sentence))
		n := tt.n
		if n == 0 {
			n = len(toks)
		}
		if diff := cmp.Diff(tt.want, markedTokens(titleCandidates(toks, n, tt.inName))); diff != "" {
			t.Errorf("titleCandidates(%q, %d, %v) (-want +got):\n%s", tt.sentence, n, tt.inName, diff)
		}
	}
}

// titlesByToken is findTitlesUpTo trying every token in turn, as it did
// before titleCandidates.
func titlesByToken(toks []token, last int) []titleMatch {
	var out []titleMatch
	for i := 0; i < len(toks) && i <= last; i++ {
		if m, after, ok := titleAt(toks, i); ok {
			out = append(out, m)
			i = after - 1
		}
	}
	return out
}

// checkTitleCandidates checks that findTitlesUpTo, trying only the tokens
// titleCandidates marks, finds what trying every token finds, up to the
// last token, up to where findTitles stops, and up to every seventh.
func checkTitleCandidates(t *testing.T, text string) {
	t.Helper()
	toks := lex(nil, text, 0, len(text))
	lasts := []int{len(toks) - 1, lastOfficeHead(toks) + titleReach}
	for last := 0; last < len(toks); last += 7 {
		lasts = append(lasts, last)
	}
	for _, last := range lasts {
		got, want := findTitlesUpTo(toks, last), titlesByToken(toks, last)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(titleMatch{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("titles of %.80q up to %d (-every token +candidates):\n%s", text, last, diff)
		}
	}
}

func TestTitleCandidatesFindAll(t *testing.T) {
	texts := append([]string{
		"Police spokesman senior Al Quintero said so. Wally Adeyemo, the deputy secretary, spoke.",
		"Said chairman Steven Einhorn and FBI director Patrick Gray; Jo Lee served as chief executive.",
		"The Volcanological Institute, whose deputy director, Ilse Varga, said it; its head, Bo Lind, too.",
	}, candidateTexts()...)
	for _, text := range texts {
		checkTitleCandidates(t, text)
	}
	// The reports' lines, one at a time: each last token of a whole
	// report would take too long.
	for _, report := range reports(t) {
		for _, line := range strings.Split(report, "\n") {
			checkTitleCandidates(t, line)
		}
	}
}

// FuzzTitleCandidates checks the same on any text.
func FuzzTitleCandidates(f *testing.F) {
	for _, s := range candidateTexts() {
		f.Add(s)
	}
	f.Fuzz(checkTitleCandidates)
}
