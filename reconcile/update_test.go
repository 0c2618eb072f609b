package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRisingUpdates(t *testing.T) {
	tests := []struct {
		name               string
		reports, published map[string]string
		want               []groupView
	}{
		{
			name: "a death toll whose verb is out of reach grows from day to day",
			reports: map[string]string{
				"a": "Divers found two more bodies in the river Orne, raising the death toll from the collapse of the Vell Bridge to 9.",
				"b": "Divers found two more bodies in the river Orne, and the death toll from the collapse of the Vell Bridge has risen to 11.",
			},
			published: map[string]string{"a": "2026-04-15", "b": "2026-04-16"},
			want: []groupView{
				{Update, []string{"a: 9", "b: 11"}},
				{Agree, []string{"a: two more bodies", "b: two more bodies"}},
			},
		},
		{
			name: "a report says the count rose: an earlier lower count is an earlier level",
			reports: map[string]string{
				"a": "Oil reached the Orne shore, and the Orne rescue centres have taken in about 60 oiled birds.",
				"b": "The number of oiled birds brought to the Orne rescue centres has risen to 210.",
			},
			published: map[string]string{"a": "2026-04-15", "b": "2026-04-16"},
			want:      []groupView{{Update, []string{"a: about 60 oiled birds", "b: 210"}}},
		},
		{
			name: "the same day, they conflict",
			reports: map[string]string{
				"a": "Oil reached the Orne shore, and the Orne rescue centres have taken in about 60 oiled birds.",
				"b": "The number of oiled birds brought to the Orne rescue centres has risen to 210.",
			},
			published: map[string]string{"a": "2026-04-16", "b": "2026-04-16"},
			want:      []groupView{{Conflict, []string{"a: about 60 oiled birds", "b: 210"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, groupReports(tt.reports, tt.published)); d != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", d)
			}
		})
	}
}
