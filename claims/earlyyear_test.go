package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEarlyYear(t *testing.T) {
	tests := []struct {
		text string
		want []string // the dates' ISO values
	}{
		{"The altarpiece was painted in 1643.", []string{"1643"}},
		{"The painter died in 1661, aged 54.", []string{"1661"}},
		{"The chapel was built in 1520 by the monks.", []string{"1520"}},
		// A noun after the number: it may count it.
		{"Water reached in 1500 homes.", nil},
		// Not after "in": a count or a code as often as a year.
		{"The library holds 1643 maps.", nil},
		{"Room 1643 was locked.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range datesIn(tt.text, "") {
			got = append(got, d.ISO)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("dates of %q (-want +got):\n%s", tt.text, d)
		}
	}
}
