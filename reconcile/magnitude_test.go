package reconcile

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
)

func TestMagnitudeLinks(t *testing.T) {
	quake := func(src string, v float64) claims.Claim {
		return claims.Claim{Kind: claims.Measure, Unit: "magnitude", Source: src, Value: v}
	}
	many := func(n int) []claims.Claim {
		var cs []claims.Claim
		for i := range n {
			cs = append(cs, quake(fmt.Sprintf("s%03d", i), 6.1))
		}
		return cs
	}
	type pair struct{ A, B int }
	tests := []struct {
		name string
		cs   []claims.Claim
		want []pair
	}{
		{
			name: "nearest values pair, one to one",
			cs:   []claims.Claim{quake("a", 7.6), quake("a", 7.5), quake("b", 7.4), quake("b", 7.6)},
			want: []pair{{0, 3}, {1, 2}},
		},
		{
			name: "too far apart to be one quake",
			cs:   []claims.Claim{quake("a", 7.6), quake("b", 6.1)},
			want: nil,
		},
		{
			name: "as many sources as the limit still pair",
			cs:   many(3),
			want: []pair{{0, 1}, {0, 2}, {1, 2}},
		},
		{
			name: "past the limit, a run of many stories: no pairing",
			cs:   many(maxStorySources + 1),
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []pair
			for _, l := range magnitudeLinks(tt.cs) {
				if !l.strong {
					t.Errorf("link %d-%d is weak, want strong", l.a, l.b)
				}
				got = append(got, pair{l.a, l.b})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("magnitudeLinks (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStoryPairingsLimit checks that scores, like magnitudes, pair across
// sources only up to maxStorySources.
func TestStoryPairingsLimit(t *testing.T) {
	scores := func(n int) []claims.Claim {
		var cs []claims.Claim
		for i := range n {
			cs = append(cs, claims.Claim{Kind: claims.Score, Noun: "13:41", Source: fmt.Sprintf("s%03d", i)})
		}
		return cs
	}
	for _, tt := range []struct {
		sources, links int
	}{
		{2, 1},
		{4, 6},
		{maxStorySources + 1, 0},
	} {
		if got := len(scoreLinks(scores(tt.sources))); got != tt.links {
			t.Errorf("scoreLinks over %d sources: %d links, want %d", tt.sources, got, tt.links)
		}
	}
}
