package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRoundedMeasures(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "a whole-number measure agrees with a decimal that rounds to it",
			reports: map[string]string{
				"a": "The tremor hit at a depth of just 8 miles under the lake, the survey said.",
				"b": "The tremor hit at a depth of 13 kilometres (8.1 miles) under the lake, the survey said.",
			},
			want: []groupView{
				{Agree, []string{"a: 8 miles", "b: 8.1 miles"}},
				{Single, []string{"b: 13 kilometres"}},
			},
		},
		{
			name: "written decimals are as precise as they are",
			reports: map[string]string{
				"a": "The tremor hit at a depth of just 8.0 miles under the lake, the survey said.",
				"b": "The tremor hit at a depth of 13 kilometres (8.1 miles) under the lake, the survey said.",
			},
			want: []groupView{
				{Conflict, []string{"a: 8.0 miles", "b: 8.1 miles"}},
				{Single, []string{"b: 13 kilometres"}},
			},
		},
		{
			name: "a measure that does not round to the other conflicts",
			reports: map[string]string{
				"a": "The tremor hit at a depth of just 8 miles under the lake, the survey said.",
				"b": "The tremor hit at a depth of 14 kilometres (8.7 miles) under the lake, the survey said.",
			},
			want: []groupView{
				{Conflict, []string{"a: 8 miles", "b: 8.7 miles"}},
				{Single, []string{"b: 14 kilometres"}},
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
