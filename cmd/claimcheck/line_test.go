package main

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/google/go-cmp/cmp"
)

func TestFirstDisagreeing(t *testing.T) {
	title := func(src, office string) claims.Claim {
		return claims.Claim{Kind: claims.Title, Source: src, Office: office, Person: "Mark Felt"}
	}
	count := func(src string, v float64) claims.Claim {
		return claims.Claim{Kind: claims.Count, Source: src, Value: v}
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		i    int
		want string // the source of the claim set against cs[i], or ""
	}{
		{"skips a compatible title in other words", []claims.Claim{
			title("a", "associate director of the fbi"),
			title("b", "former associate director at the federal bureau of investigation"),
			title("c", "deputy associate director of the fbi"),
		}, 0, "c"},
		{"counts that differ", []claims.Claim{count("a", 3), count("b", 3), count("c", 4)}, 1, "c"},
		{"nothing differs", []claims.Claim{count("a", 3), count("b", 3)}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if c := firstDisagreeing(tt.cs, tt.i); c != nil {
				got = c.Source
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("firstDisagreeing() (-want +got):\n%s", diff)
			}
		})
	}
}
