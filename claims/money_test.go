package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMoneyNamePrefix(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"The cuts save euro30 billion.", []got{{Kind: Money, Text: "euro30 billion", Value: 30e9, Unit: "EUR"}}},
		{"Berlin lends euro8.5 billion.", []got{{Kind: Money, Text: "euro8.5 billion", Value: 8.5e9, Unit: "EUR"}}},
		// The currency's name apart from the figure is no prefix.
		{"The euro rose 3 times.", []got{{Kind: Count, Text: "3 times", Value: 3, Noun: "times"}}},
	})
}

func TestMoneyCrowns(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"The winner earns a bonus of 20,000 crowns.", []got{{Kind: Money, Text: "20,000 crowns", Value: 20000, Unit: "crown"}}},
		{"The race brought 21 million crowns into the city.", []got{{Kind: Money, Text: "21 million crowns", Value: 21e6, Unit: "crown"}}},
		{"She won 50,000 crowns plus a 20,000-crown bonus.", []got{
			{Kind: Money, Text: "50,000 crowns", Value: 50000, Unit: "crown"},
			{Kind: Money, Text: "20,000-crown", Value: 20000, Unit: "crown", Noun: "bonus"}}},
		{"The fund pays 500 Swedish crowns a month.", []got{{Kind: Money, Text: "500 Swedish crowns", Value: 500, Unit: "SEK"}}},
		// A king's crowns or a champion's are no money.
		{"She has won three crowns.", []got{{Kind: Count, Text: "three crowns", Value: 3, Noun: "crowns"}}},
		{"The dentist fitted 2 crowns.", []got{{Kind: Count, Text: "2 crowns", Value: 2, Noun: "crowns"}}},
	})
}

// TestCurrencyAfterFilter holds currencyAfter's gate to the words it
// reads after a number: each is let by.
func TestCurrencyAfterFilter(t *testing.T) {
	var words []string
	for w := range isoCodes {
		words = append(words, w)
	}
	for w := range subunits {
		words = append(words, w)
	}
	for w := range currencyNames {
		words = append(words, w, w+"s")
	}
	for w := range currencyPlurals {
		words = append(words, w)
	}
	for phrase := range qualifiedCurrencies {
		words = append(words, strings.Fields(phrase)[0])
	}
	got, want := map[string]bool{}, map[string]bool{}
	for _, w := range words {
		got[w], want[w] = currencyAfterFilter.mayHold(w), true
	}
	for _, w := range []string{"people", "percent", "of", "killed"} {
		got[w], want[w] = currencyAfterFilter.mayHold(w), false
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("currencyAfterFilter (-want +got):\n%s", d)
	}
}
