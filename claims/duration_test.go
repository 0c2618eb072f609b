package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCompoundDuration(t *testing.T) {
	type duration struct {
		Text  string
		Value float64
		Unit  string
	}
	tests := []struct {
		in   string
		want []duration
	}{
		{"She is serving a 20-year sentence for fraud.", []duration{{"20-year sentence", 20, "year"}}},
		{"It ended a 40-year career.", []duration{{"40-year career", 40, "year"}}},
		{"That earned him another two-year prison term.", []duration{{"two-year prison term", 2, "year"}}},
		{"A six-month ban imposed last year ends today.", []duration{{"six-month ban", 6, "month"}}},
		{"They have a 30-day window to appeal.", []duration{{"30-day window", 30, "day"}}},
		{"It called a 24-hour nationwide general strike.", []duration{{"24-hour nationwide general strike", 24, "hour"}}},
		// Ages, names and plural units are no compound durations.
		{"The 30-year-old won.", nil},
		{"A 70-year old pensioner spoke.", nil},
		{"A 10-year Treasury note.", nil},
		{"A 12-years sentence.", nil},
	}
	for _, tt := range tests {
		var got []duration
		for _, c := range extractAll(tt.in) {
			if c.Kind == Duration {
				got = append(got, duration{c.Text, c.Value, c.Unit})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) durations (-want +got):\n%s", tt.in, d)
		}
	}
}
