package claims

import "testing"

func TestMoneyNamePrefix(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"The cuts save euro30 billion.", []got{{Kind: Money, Text: "euro30 billion", Value: 30e9, Unit: "EUR"}}},
		{"Berlin lends euro8.5 billion.", []got{{Kind: Money, Text: "euro8.5 billion", Value: 8.5e9, Unit: "EUR"}}},
		// The currency's name apart from the figure is no prefix.
		{"The euro rose 3 times.", []got{{Kind: Count, Text: "3 times", Value: 3, Noun: "times"}}},
	})
}
