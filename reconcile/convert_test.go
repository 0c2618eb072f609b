package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
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
			name: "a conflict that shares its words with one of two agreeing reports is still seen",
			reports: map[string]string{
				"a": "The larger boat, a 10-metre dhow named Salama, was towing a skiff off Aden.",
				"b": "Pirates fled on the 10-metre dhow named Salama off Aden.",
				"c": "The larger of the boats was a 24- to 30-foot dhow towing a skiff.",
			},
			want: []groupView{
				{Conflict, []string{"a: 10-metre", "c: 24- to 30-foot"}},
				{Single, []string{"b: 10-metre"}},
			},
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

func TestConversions(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView // of the sums in dollars
		spread  string      // of the first
		topic   string
	}{
		{
			name: "two conversions of one sum differ",
			reports: map[string]string{
				"a": "Ministers agreed a euro80 billion ($104 billion) rescue on Sunday.",
				"b": "The country will get a 80-billion ($106-billion) loan from its partners.",
			},
			want:   []groupView{{Conflict, []string{"a: $104 billion", "b: $106-billion"}}},
			spread: "104B USD vs 106B USD, 1.89%, each converting 80B EUR",
			topic:  "conversion of 80B EUR (amount)",
		},
		{
			name: "a conversion far from another is in another dollar",
			reports: map[string]string{
				"a": "Ministers agreed a euro80 billion ($104 billion) rescue on Sunday.",
				"b": "The country will get a 80-billion ($118-billion) loan from its partners.",
			},
			want: []groupView{
				{Single, []string{"a: $104 billion"}},
				{Single, []string{"b: $118-billion"}},
			},
		},
		{
			name: "conversions of different sums are not linked",
			reports: map[string]string{
				"a": "Ministers agreed a euro80 billion ($104 billion) rescue on Sunday.",
				"b": "The country will get a 81-billion ($105-billion) loan from its partners.",
			},
			want: []groupView{
				{Single, []string{"a: $104 billion"}},
				{Single, []string{"b: $105-billion"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs []Finding
			for _, f := range Group(extract(tt.reports), Options{}) {
				if f.Kind == claims.Money && f.Claims[0].Unit == "USD" {
					fs = append(fs, f)
				}
			}
			if diff := cmp.Diff(tt.want, view(fs)); diff != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", diff)
			}
			if tt.spread != "" && len(fs) > 0 && fs[0].Spread != tt.spread {
				t.Errorf("spread = %q, want %q", fs[0].Spread, tt.spread)
			}
			if tt.topic != "" && len(fs) > 0 && fs[0].Topic != tt.topic {
				t.Errorf("topic = %q, want %q", fs[0].Topic, tt.topic)
			}
		})
	}
}
