package reconcile

import (
	"github.com/claimcheck/claimcheck/claims"
)

// Titles, and ages with a named person, are about a person: they group by
// the person, not by words around them. The distinct names of a run are
// few, so names are joined pairwise (spelling variants, short forms,
// aliases) and every claim goes to its person's group at once: linear in
// the claims, where pairing the claims themselves would be quadratic.

// personal reports whether a claim groups by its person.
func personal(c *claims.Claim) bool {
	return c.Kind == claims.Title || c.Kind == claims.Age && c.Person != ""
}

// personGroups groups the claims at indices idx of cs by person and kind,
// one claim a source in each group; a source's further claims about the
// same person start groups of their own.
func personGroups(cs []claims.Claim, idx []int, m *matcher) [][]int {
	// The distinct names, joined when they are one person's.
	var names []string
	seen := map[string]int{}
	for _, i := range idx {
		n := cs[i].Person
		if _, ok := seen[n]; !ok {
			seen[n] = len(names)
			names = append(names, n)
		}
	}
	people := newUnionFind(len(names))
	for a := range names {
		for b := a + 1; b < len(names); b++ {
			if m.samePerson(names[a], names[b]) {
				people.union(a, b)
			}
		}
	}
	type key struct {
		person int
		kind   claims.Kind
	}
	var (
		out     [][]int
		sources []map[string]bool // the sources of each group of out
		open    = map[key][]int{} // a person's groups, by index in out
	)
	for _, i := range idx {
		k := key{people.find(seen[cs[i].Person]), cs[i].Kind}
		g := -1
		for _, gi := range open[k] {
			if !sources[gi][cs[i].Source] {
				g = gi
				break
			}
		}
		if g < 0 {
			g = len(out)
			out = append(out, nil)
			sources = append(sources, map[string]bool{})
			open[k] = append(open[k], g)
		}
		out[g] = append(out[g], i)
		sources[g][cs[i].Source] = true
	}
	return out
}
