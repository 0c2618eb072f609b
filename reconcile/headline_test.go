package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHeadlinesOfDifferentDays(t *testing.T) {
	reports := map[string]string{
		"a": "Four climbers brought down alive from Mount Orla\nRescuers brought four climbers down from the north face of Mount Orla.",
		"b": "Six climbers rescued from Mount Orla\nRescuers brought six more climbers down from the north face of Mount Orla.",
	}
	tests := []struct {
		name      string
		published map[string]string
		want      []groupView
	}{
		{
			name:      "each day's headline counts that day's news",
			published: map[string]string{"a": "2026-03-03", "b": "2026-03-04"},
			want: []groupView{
				{Single, []string{"a: Four climbers"}},
				{Single, []string{"b: Six climbers"}},
				{Single, []string{"b: six more climbers"}},
			},
		},
		{
			name:      "headlines of one day are set against each other",
			published: map[string]string{"a": "2026-03-04", "b": "2026-03-04"},
			want: []groupView{
				{Conflict, []string{"a: Four climbers", "b: Six climbers"}},
				{Single, []string{"b: six more climbers"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, groupReports(reports, tt.published)); d != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", d)
			}
		})
	}
}
