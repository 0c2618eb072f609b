package claims

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestSmallInteger(t *testing.T) {
	type result struct {
		V  float64
		OK bool
	}
	for _, tc := range []struct {
		in   string
		want result
	}{
		{"", result{}},
		{"0", result{0, true}},
		{"7", result{7, true}},
		{"007", result{7, true}},
		{"2021", result{2021, true}},
		{"999999999999999", result{999999999999999, true}},
		{"1000000000000000", result{}}, // 16 digits: left to strconv
		{"1,300", result{1300, true}},
		{"12,000,000", result{12000000, true}},
		{"1,3", result{}},  // a decimal comma
		{"1,30", result{}}, // a decimal comma
		{"1,,300", result{1300, true}},
		{",", result{}},
		{",,,,", result{}},
		{"999,999,999,999,999", result{999999999999999, true}},
		{"1,000,000,000,000,000", result{}}, // 16 digits
		{"1.5", result{}},
		{"-5", result{}},
		{"12a", result{}},
		{"½", result{}},
	} {
		v, ok := smallInteger(tc.in)
		if d := cmp.Diff(tc.want, result{v, ok}); d != "" {
			t.Errorf("smallInteger(%q) (-want +got):\n%s", tc.in, d)
		}
		// What it reads, it reads as strconv does without the commas.
		in := strings.ReplaceAll(tc.in, ",", "")
		if f, err := strconv.ParseFloat(in, 64); ok && (err != nil || f != v) {
			t.Errorf("smallInteger(%q) = %v, strconv.ParseFloat(%q) = %v, %v", tc.in, v, in, f, err)
		}
	}
}

func TestVulgarFraction(t *testing.T) {
	type result struct {
		V  float64
		OK bool
	}
	for _, tc := range []struct {
		in   string
		want result
	}{
		{"", result{}},
		{"½", result{0.5, true}},
		{"¾", result{0.75, true}},
		{"1/2", result{}},
		{"half", result{}},
		{"€", result{}},
	} {
		v, ok := vulgarFraction(tc.in)
		if d := cmp.Diff(tc.want, result{v, ok}); d != "" {
			t.Errorf("vulgarFraction(%q) (-want +got):\n%s", tc.in, d)
		}
	}
	for s, want := range vulgarFractions {
		if v, ok := vulgarFraction(s); !ok || v != want {
			t.Errorf("vulgarFraction(%q) = %v, %v; want %v, true", s, v, ok, want)
		}
	}
}

// TestIsVulgarFraction checks isVulgarFraction against vulgarFractions on
// every code point.
func TestIsVulgarFraction(t *testing.T) {
	var got, want []rune
	for r := rune(0); r <= utf8.MaxRune+1; r++ {
		if isVulgarFraction(r) {
			got = append(got, r)
		}
		if vulgarFractions[string(r)] != 0 {
			want = append(want, r)
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("vulgar fractions (-map +isVulgarFraction):\n%s", d)
	}
}

// TestBeginsSingle checks that readSingle, which tries no word that
// beginsSingle rules out, misses nothing by it: no number and no currency
// before one begins with such a word.
func TestBeginsSingle(t *testing.T) {
	words := strings.Fields(`the in at as from up s just over last no
	MUSD MEUR Musd MILK USD usd US HK Rs rs euro Euro u U a an A minus negative half quarter
	dozens hundreds tens one twenty Twenty thousand million dozen third point and`)
	for _, m := range []map[string]bool{starters, stopwords, monthNames, measureUnits, timeUnits} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range isoCodes {
		words = append(words, w, strings.ToUpper(w), "M"+strings.ToUpper(w))
	}
	for w := range dollarPrefixes {
		words = append(words, w, strings.ToUpper(w))
	}
	for _, w := range words {
		for _, after := range []string{" 5", "$5", " $5", "$ 5", ". 5", ".S.$5", " hundred", " million", " half", " third",
			" a half", " 5 million", " dozen", " of thousands"} {
			text := w + after
			toks := lex(nil, text, 0, len(text))
			if len(toks) == 0 || toks[0].kind != tWord {
				continue
			}
			_, _, n := currencyBefore(toks, 0)
			_, isNum := parseNumber(toks, 0)
			if (n > 0 || isNum) && !beginsSingle(&toks[0]) {
				t.Errorf("%q: beginsSingle(%q) = false, but currencyBefore reads %d tokens and parseNumber %v",
					text, toks[0].text, n, isNum)
			}
		}
	}
}

// TestBeginsOrdinal checks that parseOrdinal reads nothing at a token that
// beginsOrdinal rules out.
func TestBeginsOrdinal(t *testing.T) {
	words := strings.Fields(`the in at as from up s just over last no - 21 21st 3 a an and point
	one two twenty twenty-first hundred thousand million dozen half quarter first second third
	fifths thirds hundredth minus`)
	for _, m := range []map[string]bool{starters, stopwords, monthNames, measureUnits, timeUnits} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range ordinals {
		words = append(words, w)
	}
	for _, w := range words {
		for _, after := range []string{"", "st", " first", " hundredth", "-first", " and first", " half", " a half",
			" five", " point five", " hundred", " million", " thousand millionth", " fifths", " and a half"} {
			text := w + after
			toks := lex(nil, text, 0, len(text))
			if len(toks) == 0 {
				continue
			}
			if _, ok := parseOrdinal(toks, 0); ok && !beginsOrdinal(&toks[0]) {
				t.Errorf("%q: parseOrdinal reads an ordinal, but beginsOrdinal(%q) = false", text, toks[0].text)
			}
		}
	}
}

// TestBeginsSpelled checks that beginsSpelled holds every word that
// readSpelled reads: units, tens, scales, dozens, "and" and "point".
func TestBeginsSpelled(t *testing.T) {
	words := []string{"and", "point", "hundred"}
	for _, m := range []map[string]float64{units, tens, scales} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range dozens {
		words = append(words, w)
	}
	for _, w := range words {
		if !beginsSpelled(w) {
			t.Errorf("beginsSpelled(%q) = false", w)
		}
	}
}

func TestHasPointOrComma(t *testing.T) {
	var got, want []bool
	for _, s := range []string{"", "7", "2021", "1.5", "1,300", ".", ",", "12a", "1.111,11", "½", "3·5", "٫"} {
		got = append(got, hasPointOrComma(s))
		want = append(want, strings.ContainsAny(s, ".,"))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("hasPointOrComma (-ContainsAny +got):\n%s", d)
	}
}

func TestLastOrdinalWord(t *testing.T) {
	got, want := map[string]int{}, map[string]int{}
	for _, tc := range []struct {
		text string
		from int
		want int
	}{
		{"", 0, -1},
		{"Three people died", 0, -1},
		{"the 21st floor", 0, -1},
		{"the third man", 0, 1},
		{"the third man", 1, 1},
		{"the third man", 2, -1},
		{"The Third Man", 0, 1},
		{"twenty-first", 0, 2},
		{"the first and the second", 0, 4},
		{"the first and the second", 5, -1},
		{"a hundred trillionth of a second, then more", 3, 5},
	} {
		key := fmt.Sprintf("%q from %d", tc.text, tc.from)
		got[key] = lastOrdinalWord(lex(nil, tc.text, 0, len(tc.text)), tc.from)
		want[key] = tc.want
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("lastOrdinalWord (-want +got):\n%s", d)
	}
}

// TestOrdinalsAreFigures holds lastOrdinalWord's gate: every ordinal
// word is of the figure class.
func TestOrdinalsAreFigures(t *testing.T) {
	for w := range ordinals {
		if wordClasses.of(w)&classFigure == 0 {
			t.Errorf("%q is no figure by its class: lastOrdinalWord would pass over it", w)
		}
	}
}

// TestProportionWords holds parseNumber's gate before proportion: the
// words a proportion goes on with are stopwords, by the lexer's class.
func TestProportionWords(t *testing.T) {
	for _, w := range []string{"in", "over", "out"} {
		if wordClasses.of(w)&classStopword == 0 {
			t.Errorf("%q is no stopword by its class: parseNumber would not call proportion after it", w)
		}
	}
}
