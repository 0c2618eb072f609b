package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/sources"
)

func TestRelativeOrdinalsAndPercentOf(t *testing.T) {
	type item struct {
		Kind  Kind
		Text  string
		Value float64
		Unit  string
	}
	tests := []struct {
		text string
		want []item
	}{
		{"Show me the penultimate.", []item{{Ordinal, "penultimate", -1, "end"}}},
		{"I meant the one before the last one.", []item{{Ordinal, "the one before the last one", -1, "end"}}},
		{"Show me the second to last.", []item{{Ordinal, "the second to last", -1, "end"}}},
		{"Turn to the next page.", []item{{Ordinal, "next", 1, "current"}}},
		{"She finished second.", []item{{Ordinal, "second", 2, ""}}},
		{"It rose last week, and at last it fell.", []item{{Date, "last week", 0, ""}}},
		{"Prices rose per cent of twenty-two.", []item{{Percent, "per cent of twenty-two", 22, "%"}}},
		{"Five percent of 10 voters said yes.", []item{{Percent, "Five percent", 5, "%"}, {Count, "10 voters", 10, ""}}},
	}
	for _, tt := range tests {
		var got []item
		for _, c := range Extract(sources.New("t", "t.txt", tt.text)) {
			v := c.Value
			if c.Kind == Date {
				v = 0
			}
			got = append(got, item{c.Kind, c.Text, v, c.Unit})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}
