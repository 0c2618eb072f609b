package reconcile

import (
	"math"
	"sort"

	"github.com/claimcheck/claimcheck/claims"
)

// An earthquake story gives the magnitude of one quake or a few (the main
// shock, a second one, a strong aftershock, a past quake for background),
// and rarely says which in words that two reports share. Agencies differ by
// a tenth or two on one quake (7.6 against 7.7), while distinct quakes of a
// story lie further apart. So, between two reports, the magnitudes are
// paired one to one, nearest values first, and a pair no more than
// magnitudeSpread apart is taken to be one quake: a strong link, a conflict
// when the values differ.

// magnitudeSpread is the largest difference between two reports'
// magnitudes of one quake.
const magnitudeSpread = 0.25

// magnitudeScore ranks a magnitude pairing among a claim's links.
const magnitudeScore = 10

// isMagnitude reports a claim of an earthquake's magnitude.
func isMagnitude(c *claims.Claim) bool { return c.Kind == claims.Measure && c.Unit == "magnitude" }

// magnitudeLinks pairs the magnitudes of every two sources, when no more
// than maxStorySources state one.
func magnitudeLinks(cs []claims.Claim) []link {
	var out []link
	storyPairs(cs, func(c *claims.Claim) (string, bool) { return "", isMagnitude(c) },
		func(_ string, a, b []int) { out = append(out, pairNearest(cs, a, b)...) })
	return out
}

// pairNearest pairs claims of a with claims of b one to one, nearest values
// first, within magnitudeSpread.
func pairNearest(cs []claims.Claim, a, b []int) []link {
	type pair struct {
		i, j int
		d    float64
	}
	var ps []pair
	for _, i := range a {
		for _, j := range b {
			if d := math.Abs(cs[i].Value - cs[j].Value); d <= magnitudeSpread+1e-9 {
				ps = append(ps, pair{i, j, d})
			}
		}
	}
	sort.SliceStable(ps, func(p, q int) bool { return ps[p].d < ps[q].d })
	used := map[int]bool{}
	var out []link
	for _, p := range ps {
		if used[p.i] || used[p.j] {
			continue
		}
		used[p.i], used[p.j] = true, true
		out = append(out, link{a: min(p.i, p.j), b: max(p.i, p.j), strong: true, score: magnitudeScore})
	}
	return out
}
