package reconcile

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// claimsFrom builds a random set of claims from fuzz bytes: a few sources,
// kinds, nouns, values, bounds and context words from small vocabularies, so
// that groups form often.
func claimsFrom(data []byte) []claims.Claim {
	nouns := []string{"", "people", "Chinese companies", "initial public offering", "shares", "offering"}
	words := []string{"Xinjiang", "Uygur", "Uighur", "sanction", "detain", "camp", "Hong", "Kong", "stock", "exchange", "company", "minority"}
	people := []string{"Wally Adeyemo", "Wendy Sherman", "Adeyemo", "Heydar Alishbandi", "Heidar Alishvandi"}
	offices := []string{"Deputy Secretary of the Treasury", "Assistant Secretary of the Treasury", "Secretary of State", "spokesman"}
	kinds := []claims.Kind{claims.Count, claims.Money, claims.Percent, claims.Title}
	var out []claims.Claim
	for i := 0; i+6 <= len(data) && len(out) < 60; i += 6 {
		b := data[i : i+6]
		c := claims.Claim{
			Kind:   kinds[int(b[0])%len(kinds)],
			Source: fmt.Sprintf("s%d", b[1]%5),
			Start:  i,
			Value:  float64(b[2] % 8),
			Noun:   nouns[int(b[3])%len(nouns)],
		}
		c.End = i + 1
		c.Text = fmt.Sprint(c.Value)
		if c.Kind == claims.Money {
			c.Unit = "USD"
		}
		if c.Kind == claims.Title {
			c.Person = people[int(b[2])%len(people)]
			c.Office = offices[int(b[3])%len(offices)]
			c.Text = c.Office
		}
		switch b[4] % 4 {
		case 1:
			lo := c.Value
			c.Min, c.MinOpen = &lo, b[4]%8 == 1
		case 2:
			hi := c.Value + 2
			c.Max = &hi
		}
		for k := 0; k < 8; k++ {
			if b[5]&(1<<k) != 0 {
				c.Context = append(c.Context, words[(k+int(b[3]))%len(words)])
			}
		}
		out = append(out, c)
	}
	return out
}

func FuzzGroup(f *testing.F) {
	f.Add([]byte("seed: a few bytes make a few claims of a few sources, grouped and judged"))
	f.Add([]byte{0, 1, 3, 1, 0, 255, 0, 2, 3, 1, 0, 255, 0, 3, 4, 1, 0, 255, 3, 1, 0, 0, 0, 0, 3, 2, 0, 1, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		cs := claimsFrom(data)
		fs := Group(cs, Options{})
		kept := comparable(cs, newMatcher(Options{}), nil)

		// Every kept claim lands in exactly one group; no group has two
		// claims of one source.
		where := map[[2]interface{}]int{}
		for gi, f := range fs {
			seen := map[string]bool{}
			for _, c := range f.Claims {
				k := [2]interface{}{c.Source, c.Start}
				if _, dup := where[k]; dup {
					t.Fatalf("claim %v in two groups", k)
				}
				where[k] = gi
				if seen[c.Source] {
					t.Fatalf("group %d holds two claims of %s", gi, c.Source)
				}
				seen[c.Source] = true
			}
		}
		if len(where) != len(kept) {
			t.Fatalf("%d claims grouped, %d kept", len(where), len(kept))
		}

		// Each verdict follows from the values.
		for _, f := range fs {
			allCompatible := true
			for i := range f.Claims {
				for j := i + 1; j < len(f.Claims); j++ {
					allCompatible = allCompatible && compatible(&f.Claims[i], &f.Claims[j])
				}
			}
			var want Verdict
			switch {
			case !allCompatible:
				want = Conflict
			case f.Independent < 2:
				want = Single
			default:
				want = Agree
			}
			if f.Verdict != want {
				t.Fatalf("group %q: verdict %s, want %s", f.Topic, f.Verdict, want)
			}
		}

		// The groups do not depend on the order of the claims.
		shuffled := append([]claims.Claim(nil), cs...)
		rand.New(rand.NewSource(int64(len(data)))).Shuffle(len(shuffled), func(i, j int) {
			shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
		})
		a, b := view(fs), view(Group(shuffled, Options{}))
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatalf("order changed the groups:\n%v\n%v", a, b)
		}
	})
}
