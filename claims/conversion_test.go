package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/sources"
)

func TestConversion(t *testing.T) {
	type conv struct {
		Text     string
		Converts *Converted
	}
	tests := []struct {
		in   string
		want []conv // the money claims
	}{
		{"Greece gets a euro110 billion ($141 billion) loan package.", []conv{
			{"euro110 billion", nil}, {"$141 billion", &Converted{110e9, "EUR"}}}},
		{"It was a 110 billion euro (93.6 billion pound) aid package.", []conv{
			{"110 billion euro", nil}, {"93.6 billion pound", &Converted{110e9, "EUR"}}}},
		// The sum converted lost its sign: a bare figure.
		{"They agreed a 110-billion ($143-billion) bailout.", []conv{
			{"$143-billion", &Converted{110e9, ""}}}},
		// Words between them: not a conversion.
		{"It paid euro110 billion, more than planned ($141 billion in all).", []conv{
			{"euro110 billion", nil}, {"$141 billion", nil}}},
		{"The fund ($2 million) opened.", []conv{{"$2 million", nil}}},
	}
	for _, tt := range tests {
		var got []conv
		for _, c := range Extract(sources.New("t", "t.txt", tt.in)) {
			if c.Kind == Money {
				got = append(got, conv{c.Text, c.Converts})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) conversions (-want +got):\n%s", tt.in, d)
		}
	}
}
