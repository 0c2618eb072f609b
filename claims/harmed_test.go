package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHarmedCount(t *testing.T) {
	type count struct {
		Text  string
		Value float64
		Noun  string
	}
	tests := []struct {
		in   string
		want []count
	}{
		{"The storm left over 300 injured.", []count{{"over 300 injured", 300, "injured"}}},
		{"At least 40 reported injured in the blast.", []count{{"At least 40 reported injured", 40, "injured"}}},
		{"Three children died and 9 trapped under the roof.", []count{{"Three children", 3, "children"}, {"9 trapped", 9, "trapped"}}},
		{"Police said 17 arrested overnight.", []count{{"17 arrested", 17, "arrested"}}},
		// A plural noun after the word is what is counted.
		{"The fire left 12 injured firefighters.", []count{{"12 injured firefighters", 12, "injured firefighters"}}},
		// Other participles say nothing of whom.
		{"The shop said 12 sold in an hour.", nil},
		// A death toll is read with its noun only.
		{"The flood left 8 dead.", nil},
	}
	for _, tt := range tests {
		var got []count
		for _, c := range extractAll(tt.in) {
			if c.Kind == Count {
				got = append(got, count{c.Text, c.Value, c.Noun})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) counts (-want +got):\n%s", tt.in, d)
		}
	}
}
