package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDigitalUnits(t *testing.T) {
	type measure struct {
		Text  string
		Value float64
		Unit  string
		Max   float64
	}
	tests := []struct {
		in   string
		want []measure
	}{
		{"The laptop has 8GB of memory.", []measure{{"8GB", 8, "GB", 0}}},
		{"It takes up to 32 GB of RAM.", []measure{{"up to 32 GB", 32, "GB", 32}}},
		{"A 256 gigabyte drive and a 2TB disk.", []measure{{"256 gigabyte", 256, "GB", 0}, {"2TB", 2, "TB", 0}}},
		{"The chip runs at 2.4GHz, or 2,400 MHz.", []measure{{"2.4GHz", 2.4, "GHz", 0}, {"2,400 MHz", 2400, "MHz", 0}}},
		{"The screen packs 326 ppi.", []measure{{"326 ppi", 326, "ppi", 0}}},
		{"That is 326 pixels per inch.", []measure{{"326 pixels per inch", 326, "ppi", 0}}},
	}
	for _, tt := range tests {
		var got []measure
		for _, c := range extractAll(tt.in) {
			if c.Kind == Measure {
				m := measure{c.Text, c.Value, c.Unit, 0}
				if c.Max != nil {
					m.Max = *c.Max
				}
				got = append(got, m)
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) measures (-want +got):\n%s", tt.in, d)
		}
	}
}
