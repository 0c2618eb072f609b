package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSharePrices(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "the price a buyer pays, told two ways",
			reports: map[string]string{
				"a": "Corvid Foods agreed to acquire Lumen Bakeries for $21.40 a share in cash.",
				"b": "Corvid is paying $20.40 per share, which analysts at Lumen's biggest holder called fair.",
			},
			want: []groupView{{Conflict, []string{"a: $21.40", "b: $20.40"}}},
		},
		{
			name: "the price paid against the price a share traded at",
			reports: map[string]string{
				"a": "Corvid Foods agreed to acquire Lumen Bakeries for $21.40 a share in cash.",
				"b": "Lumen shares jumped to $20.90 a share as Corvid confirmed its talks.",
			},
			want: []groupView{
				{Single, []string{"a: $21.40"}},
				{Single, []string{"b: $20.90"}},
			},
		},
		{
			name: "a dividend declared is no price paid for the company",
			reports: map[string]string{
				"a": "Lumen Bakeries will pay a dividend of 30 cents a share this quarter.",
				"b": "Lumen Bakeries declared a dividend of 32 cents a share this quarter.",
			},
			want: []groupView{
				{Single, []string{"a: 30 cents"}},
				{Single, []string{"b: 32 cents"}},
			},
		},
		{
			name: "a report that gives two prices per share is not matched on a guess",
			reports: map[string]string{
				"a": "Corvid Foods agreed to acquire Lumen Bakeries for $21.40 a share in cash.",
				"b": "Corvid is paying $20.40 per share for Lumen, after Lumen had offered itself at $20.90 a share.",
			},
			want: []groupView{
				{Single, []string{"a: $21.40"}},
				{Single, []string{"b: $20.40"}},
				{Single, []string{"b: $20.90"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := view(Group(extract(tt.reports), Options{}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
