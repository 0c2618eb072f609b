package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPartOf(t *testing.T) {
	type count struct {
		Text  string
		Value float64
		Noun  string
		Part  bool
	}
	tests := []struct {
		in   string
		want []count
	}{
		{"The flood killed more than 2,000 people, over 1,700 of them in the north.",
			[]count{{"more than 2,000 people", 2000, "people", false}, {"over 1,700 of them", 1700, "people", true}}},
		{"Police held 40 protesters, 12 of whom were later charged.",
			[]count{{"40 protesters", 40, "protesters", false}, {"12 of whom", 12, "protesters", true}}},
		{"The ferry carried 300 cars, 12 of which were lost.",
			[]count{{"300 cars", 300, "cars", false}, {"12 of which", 12, "cars", true}}},
		// No count just before: nothing to take the noun from.
		{"Over 1,700 of them lived in the north.", nil},
		{"The flood killed more than 2,000 people last year and 1,700 of them were farmers.",
			[]count{{"more than 2,000 people", 2000, "people", false}}},
		// "of the" is another count's part, not read here.
		{"The flood killed 2,000 people, 1,700 of the victims in the north.",
			[]count{{"2,000 people", 2000, "people", false}}},
	}
	for _, tt := range tests {
		var got []count
		for _, c := range extractAll(tt.in) {
			if c.Kind == Count {
				got = append(got, count{c.Text, c.Value, c.Noun, c.PartOfCount()})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) counts (-want +got):\n%s", tt.in, d)
		}
	}
}
