package claims

import (
	"strconv"
	"testing"

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
		{"1,300", result{}},
		{"1.5", result{}},
		{"-5", result{}},
		{"12a", result{}},
		{"½", result{}},
	} {
		v, ok := smallInteger(tc.in)
		if d := cmp.Diff(tc.want, result{v, ok}); d != "" {
			t.Errorf("smallInteger(%q) (-want +got):\n%s", tc.in, d)
		}
		// What it reads, it reads as strconv does.
		if f, err := strconv.ParseFloat(tc.in, 64); ok && (err != nil || f != v) {
			t.Errorf("smallInteger(%q) = %v, strconv.ParseFloat = %v, %v", tc.in, v, f, err)
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
