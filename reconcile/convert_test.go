package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConvertedLengths(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
		spread  string // of the first finding
	}{
		{
			name: "a length in feet outside one in metres conflicts",
			reports: map[string]string{
				"a": "The larger boat, a 10-metre dhow, was towing a skiff.",
				"b": "The larger of the boats was a 24- to 30-foot dhow towing a skiff.",
			},
			want:   []groupView{{Conflict, []string{"a: 10-metre", "b: 24- to 30-foot"}}},
			spread: "10 metre (10 m) vs 24-30 foot (7.32-9.14 m)",
		},
		{
			name: "a conversion rounded to the foot agrees",
			reports: map[string]string{
				"a": "The larger boat, a 10-metre dhow, was towing a skiff.",
				"b": "The larger of the boats was a 33-foot dhow towing a skiff.",
			},
			want: []groupView{{Agree, []string{"a: 10-metre", "b: 33-foot"}}},
		},
		{
			name: "one report's figure and its own conversion are not linked to another's figure",
			reports: map[string]string{
				"a": "The storm dropped 180 mm (about 7 inches) of rain on the town on Sunday.",
				"b": "The town recorded 210 millimetres of rain on Sunday, forecasters said.",
			},
			want: []groupView{
				{Single, []string{"a: 180 mm"}},
				{Single, []string{"a: about 7 inches"}},
				{Single, []string{"b: 210 millimetres"}},
			},
		},
		{
			name: "miles are not converted to nautical miles",
			reports: map[string]string{
				"a": "The warship was some 13 nautical miles away when it answered the distress call.",
				"b": "The warship was some 13 miles away when it answered the distress call.",
			},
			want: []groupView{
				{Single, []string{"a: some 13 nautical miles"}},
				{Single, []string{"b: some 13 miles"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Group(extract(tt.reports), Options{})
			if diff := cmp.Diff(tt.want, view(fs)); diff != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", diff)
			}
			if tt.spread != "" && len(fs) > 0 && fs[0].Spread != tt.spread {
				t.Errorf("spread = %q, want %q", fs[0].Spread, tt.spread)
			}
		})
	}
}
