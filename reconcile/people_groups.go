package reconcile

import (
	"slices"

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
// one claim a source in each group. A person's claims first gather into
// classes of compatible claims ("associate director" with "associate
// director of the FBI"); classes whose sources are disjoint then merge,
// and their difference is a conflict. A source that states both titles a
// person held ("deputy associate director" in 1971, "associate director"
// in 1972) has a class in common with a report that states one of them,
// so the other is not set against it.
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
	var keys []key
	byKey := map[key][]int{}
	for _, i := range idx {
		k := key{people.find(seen[cs[i].Person]), cs[i].Kind}
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], i)
	}
	var out [][]int
	for _, k := range keys {
		out = append(out, personClasses(cs, byKey[k])...)
	}
	return out
}

// personClasses groups one person's claims of one kind: each claim joins
// the first class that lacks its source and whose claims it is compatible
// with, else starts one; then each class absorbs the later classes whose
// sources it does not share.
func personClasses(cs []claims.Claim, idx []int) [][]int {
	type class struct {
		claims  []int
		sources map[string]bool
		values  map[string]int // a claim of each distinct value, by its valueKey
	}
	var classes []*class
	for _, i := range idx {
		var home *class
		for _, c := range classes {
			if c.sources[cs[i].Source] {
				continue
			}
			fits := true
			if _, same := c.values[valueKey(&cs[i])]; !same {
				for _, j := range c.values {
					fits = fits && compatible(&cs[i], &cs[j])
				}
			}
			if fits {
				home = c
				break
			}
		}
		if home == nil {
			home = &class{sources: map[string]bool{}, values: map[string]int{}}
			classes = append(classes, home)
		}
		home.claims = append(home.claims, i)
		home.sources[cs[i].Source] = true
		if _, ok := home.values[valueKey(&cs[i])]; !ok {
			home.values[valueKey(&cs[i])] = i
		}
	}
	var out [][]int
	for x, a := range classes {
		if a == nil {
			continue
		}
		for y := x + 1; y < len(classes); y++ {
			b := classes[y]
			if b == nil || !disjointSources(a.sources, b.sources) {
				continue
			}
			a.claims = append(a.claims, b.claims...)
			for s := range b.sources {
				a.sources[s] = true
			}
			classes[y] = nil
		}
		slices.Sort(a.claims)
		out = append(out, a.claims)
	}
	return out
}

// disjointSources reports whether two sets of sources share none.
func disjointSources(a, b map[string]bool) bool {
	for s := range a {
		if b[s] {
			return false
		}
	}
	return true
}
