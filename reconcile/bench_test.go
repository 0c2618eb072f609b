package reconcile

import (
	"fmt"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/synth"
	"github.com/claimcheck/claimcheck/sources"
)

// benchClaims extracts claims from a synthetic corpus of ten reports a
// story until there are n.
func benchClaims(b *testing.B, n int) []claims.Claim {
	b.Helper()
	var cs []claims.Claim
	for _, r := range synth.Corpus(n/50+1, 10, 1500, 1) {
		cs = append(cs, claims.Extract(sources.New(r.Name, r.Name, r.Text))...)
		if len(cs) >= n {
			return cs[:n]
		}
	}
	b.Fatalf("the corpus gave %d claims, want %d", len(cs), n)
	return nil
}

// BenchmarkGroup groups 1k, 10k and 100k claims, to show how the cost grows.
func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		cs := benchClaims(b, n)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			for range b.N {
				Group(cs, Options{})
			}
		})
	}
}
