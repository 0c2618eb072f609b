package reconcile

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

func TestHarmLinks(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "the only counts of people wounded, in different nouns, conflict",
			reports: map[string]string{
				"a": "A gunman opened fire at the mill, wounding two others.",
				"b": "Mill Shooting: 1 Wounded",
			},
			want: []groupView{{Conflict, []string{"a: two others", "b: 1 Wounded"}}},
		},
		{
			name: "the only counts of people wounded that agree, agree",
			reports: map[string]string{
				"a": "A gunman opened fire at the mill, wounding two others.",
				"b": "At the mill, 2 people were wounded.",
			},
			want: []groupView{{Agree, []string{"a: two others", "b: 2 people"}}},
		},
		{
			name: "others of a kind, rescued, are the people another report counts",
			reports: map[string]string{
				"a": "Five other shop workers were rescued from the roof of the burning store.",
				"b": "Firefighters rescued another five people from the roof.",
			},
			want: []groupView{{Agree, []string{"a: Five other shop workers", "b: five people"}}},
		},
		{
			name: "the killed are not the injured",
			reports: map[string]string{
				"a": "The blast at the depot killed three people.",
				"b": "At the depot, four people were injured in the blast.",
			},
			want: []groupView{
				{Single, []string{"a: three people"}},
				{Single, []string{"b: four people"}},
			},
		},
		{
			name: "a report with two counts of the wounded is not matched on a guess",
			reports: map[string]string{
				"a": "A gunman opened fire at the mill, wounding two others.",
				"b": "Mill Shooting: 1 Wounded. Hours later three people were wounded at a bar.",
			},
			want: []groupView{
				{Single, []string{"a: two others"}},
				{Single, []string{"b: 1 Wounded"}},
				{Single, []string{"b: three people"}},
			},
		},
		{
			name: "figures far apart stay apart",
			reports: map[string]string{
				"a": "A gunman opened fire at the mill, wounding two others.",
				"b": "At the mill, 12 people were wounded.",
			},
			want: []groupView{
				{Single, []string{"a: two others"}},
				{Single, []string{"b: 12 people"}},
			},
		},
		{
			name: "counts of arrests are counted by their noun",
			reports: map[string]string{
				"a": "Police made over 50 arrests during the week of protests.",
				"b": "Police said 46 arrests were made on Wednesday night.",
			},
			want: []groupView{
				{Single, []string{"a: over 50 arrests"}},
				{Single, []string{"b: 46 arrests"}},
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

// TestOneStoryPairingsLimit checks that the pairings that take one figure
// or one outcome for one thing stop past maxStorySources sources.
func TestOneStoryPairingsLimit(t *testing.T) {
	reports := func(n int, text string) []claims.Claim {
		var cs []claims.Claim
		for i := range n {
			id := fmt.Sprintf("s%03d", i)
			cs = append(cs, claims.Extract(sources.New(id, id+".txt", text))...)
		}
		return cs
	}
	for _, tt := range []struct {
		name, text string
		links      func(*matcher, []claims.Claim) []link
	}{
		{"harm", "A gunman opened fire at the mill, wounding two others.", (*matcher).harmLinks},
		{"money", "Analysts said the deal, at $1.6 billion, was fair.", (*matcher).soleFigureLinks},
	} {
		for _, n := range []int{2, maxStorySources + 1} {
			m := newMatcher(Options{})
			got := len(tt.links(m, reports(n, tt.text)))
			want := 1 // two sources, one pair
			if n > maxStorySources {
				want = 0
			}
			if got != want {
				t.Errorf("%s over %d sources: %d links, want %d", tt.name, n, got, want)
			}
		}
	}
}
