package claims

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/sources"
)

// fuzzSeeds are sentences in the style of news reports.
var fuzzSeeds = []string{
	"The company raised US$768 million, or about HK$5.99 billion, in its listing.",
	"More than 1,300 people were held, two senior officials said on Dec. 10.",
	"Deputy Secretary of the Treasury Wally Adeyemo said the rule took 136 days.",
	"Prices rose 3% to between $10m and $20m; about half of them halved.",
	"A 5.9-magnitude quake struck 10 km (6 miles) away at 02:29, aged 91.",
	"one hundred and twenty-five, three dozen, two-thirds, 1 in 5, 1.1^23, 12,34,567",
	"Call 555-123-4567 or see https://example.com/2021/12/10 — COVID-19 killed 4.",
	"It is 5 ft 2 in tall, weighs 200lbs and costs 3 dollars 50 cents or 10 €.",
	"x >= 30 and < = 100, equal to 5000 or less, greater than 30 and less than or equal to 40",
}

// checkClaims reports claims that break Extract's invariants: the text at
// the claim's offsets in the cleaned text, a span inside the original file
// that holds the same words when cleaning changed nothing, valid UTF-8,
// finite values and ordered bounds.
func checkClaims(t *testing.T, src *sources.Source, cs []Claim) {
	t.Helper()
	for _, c := range cs {
		if c.TextStart < 0 || c.TextEnd > len(src.Text) || c.TextStart > c.TextEnd || c.Text != src.Text[c.TextStart:c.TextEnd] {
			t.Fatalf("claim %q at %d-%d of the text does not match it", c.Text, c.TextStart, c.TextEnd)
		}
		if c.Start < 0 || c.End > len(src.Raw) || c.Start > c.End {
			t.Fatalf("claim %q at %d-%d is outside the file's %d bytes", c.Text, c.Start, c.End, len(src.Raw))
		}
		if src.Text == src.Raw && src.Raw[c.Start:c.End] != c.Text {
			t.Fatalf("claim %q at %d-%d does not match the file", c.Text, c.Start, c.End)
		}
		if !utf8.ValidString(c.Text) && utf8.ValidString(src.Text) {
			t.Fatalf("claim %q is not valid UTF-8", c.Text)
		}
		if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
			t.Fatalf("claim %q has value %v", c.Text, c.Value)
		}
		lo, hi, _, _ := c.Range()
		if math.IsNaN(lo) || math.IsNaN(hi) || lo > hi {
			t.Fatalf("claim %q has range %v-%v", c.Text, lo, hi)
		}
		if c.Min != nil && c.Max != nil && *c.Min > *c.Max {
			t.Fatalf("claim %q has min %v > max %v", c.Text, *c.Min, *c.Max)
		}
		if c.Sentence != src.Text[c.SentenceStart:c.SentenceStart+len(c.Sentence)] {
			t.Fatalf("claim %q has a sentence not in the source", c.Text)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		src := sources.New("fuzz", "fuzz.txt", text)
		checkClaims(t, src, Extract(src))
	})
}

// FuzzNumber runs the number and ordinal parsers at every token, and
// holds the tests that spare them most tokens (beginsOrdinal,
// beginsSingle, lastOrdinalWord) to what they read.
func FuzzNumber(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := lex(nil, text, 0, len(text))
		lastOrdinal := lastOrdinalWord(toks, 0)
		for i := range toks {
			if _, ok := parseOrdinal(toks, i); ok && !beginsOrdinal(&toks[i]) {
				t.Fatalf("parseOrdinal reads an ordinal at %q, which beginsOrdinal rules out", toks[i].text)
			}
			if _, ok := parseOrdinal(toks, i); ok && toks[i].kind == tWord && lastOrdinal < i {
				t.Fatalf("parseOrdinal reads an ordinal at %q, after the last ordinal word", toks[i].text)
			}
			if toks[i].kind == tWord {
				_, _, n := currencyBefore(toks, i)
				if _, isNum := parseNumber(toks, i); (n > 0 || isNum) && !beginsSingle(&toks[i]) {
					t.Fatalf("a number or currency begins at %q, which beginsSingle rules out", toks[i].text)
				}
			}
			for _, parse := range []func([]token, int) (number, bool){parseNumber, parseOrdinal} {
				n, ok := parse(toks, i)
				if !ok {
					continue
				}
				if n.first != i || n.end <= n.first || n.end > len(toks) {
					t.Fatalf("number at token %d spans tokens %d-%d of %d", i, n.first, n.end, len(toks))
				}
				if math.IsNaN(n.value) || math.IsInf(n.value, 0) {
					t.Fatalf("number at token %d (%q) has value %v", i, toks[i].text, n.value)
				}
			}
		}
	})
}

// FuzzAttributionMatchers holds each hand-written matcher of attributions
// to its expression: the same match or none, and the same group.
func FuzzAttributionMatchers(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{
		"Prices rose, according to the Bureau of Labor Statistics and Reuters.",
		"according to theatre staff at the hall",
		"according to the (AAPP), a group",
		"as quoted by Global Times, the figure",
		"as reported by the  local paper",
		"Costs fell, said Deputy Secretary of the Treasury Wally Adeyemo.",
		"It rose,” the department said on Friday.",
		", a spokesman  said.",
		",  x said.",
		", the\tdepartment estimated on Wednesday ,  ",
		"\", several people  familiar with it estimate",
		", an  official noted on Xday.",
		"American news channel CNBC reported on Friday that",
		"McDonald reports it; Bank of  America and the Fed said in a statement",
		"the AT&T Inc. told reportersX, then Smith & Wesson told reporters",
		"Ünal Çelik reportedly left, as Ünal Çelik reported",
		"Bank ofAmerica reported, The Times  of the  City reports.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for k, a := range attributions {
			if a.match == nil {
				continue
			}
			want, wantOK := "", false
			if m := a.re.FindStringSubmatch(s); m != nil {
				want, wantOK = m[1], true
			}
			got, gotOK := a.match(s)
			if got != want || gotOK != wantOK {
				t.Fatalf("pattern %d on %q: matcher gives %q, %v; expression %q, %v", k, s, got, gotOK, want, wantOK)
			}
		}
	})
}
