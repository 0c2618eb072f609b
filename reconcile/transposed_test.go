package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTranspositions(t *testing.T) {
	tests := []struct {
		x    float64
		want []float64
	}{
		{640, []float64{460, 604}},
		{2840000000, []float64{8240000000, 2480000000, 2804000000}},
		{1100, []float64{1010}},
		{105, []float64{150}}, // "015" is no figure
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, transpositions(tt.x)); d != "" {
			t.Errorf("transpositions(%v) (-want +got):\n%s", tt.x, d)
		}
	}
}

func TestTransposedFigures(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "a figure with two digits swapped conflicts",
			reports: map[string]string{
				"a": "The tunnel collapsed at a depth of 640 meters in the east field of the Orla mine.",
				"b": "The tunnel collapsed at 460 meters down, in a new part of the east field of the Orla mine.",
			},
			want: []groupView{{Conflict, []string{"a: 640 meters", "b: 460 meters"}}},
		},
		{
			name: "a year with two digits swapped conflicts",
			reports: map[string]string{
				"a": "The Orla bridge opened in 1968 and carries the coast road over the river.",
				"b": "The Orla bridge, which carries the coast road over the river, opened in 1986.",
			},
			want: []groupView{{Conflict, []string{"a: 1968", "b: 1986"}}},
		},
		{
			name: "years of two kinds of event are two years",
			reports: map[string]string{
				"a": "The Orla bridge opened in 1968 and carries the coast road over the river.",
				"b": "The Orla bridge, which carries the coast road over the river, was widened in 1986.",
			},
			want: []groupView{
				{Single, []string{"a: 1968"}},
				{Single, []string{"b: 1986"}},
			},
		},
		{
			name: "a report that states both figures means two things",
			reports: map[string]string{
				"a": "The tunnel collapsed at a depth of 640 meters in the east field of the Orla mine.",
				"b": "The tunnel collapsed at 460 meters down in the east field of the Orla mine; the shaft is 640 meters deep.",
			},
			want: []groupView{
				{Agree, []string{"a: 640 meters", "b: 640 meters"}},
				{Single, []string{"b: 460 meters"}},
			},
		},
		{
			name: "figures that share nothing else are not paired",
			reports: map[string]string{
				"a": "The Orla bridge is 640 meters long.",
				"b": "Rescuers drilled 460 meters into the rock near Tarva.",
			},
			want: []groupView{
				{Single, []string{"a: 640 meters"}},
				{Single, []string{"b: 460 meters"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, view(Group(extract(tt.reports), Options{}))); d != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", d)
			}
		})
	}
}
