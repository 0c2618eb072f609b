package reconcile

import "github.com/claimcheck/claimcheck/claims"

// A report that states one count of a thing twice, once as the other
// report has it and once otherwise, is not contradicting that report with
// the other: "two men who escaped ... after a third was caught" and "the
// three men were locked in their cells" give the two still at large and
// the three who escaped, and a report that says "three men climbed out"
// agrees with the second, whatever it makes of the first.

// countKey is what two counts of one thing share when they state one
// figure: the head of its noun, its value, whose count it is (owner: a
// game's report gives many players' points), what befell what it counts
// (outcome: "killed two workers" is no count of the missing) and the year
// its clause names (the same count of a past event is another thing).
type countKey struct {
	head, owner, outcome string
	value                float64
	year                 int
}

// countKeyOf returns the countKey of c, from its features.
func (m *matcher) countKeyOf(c *claims.Claim) countKey {
	f := m.feature(c)
	return countKey{f.head, f.owner, f.outcome, c.Value, f.year}
}

// statesOther reports whether one of two differing counts of a noun is
// stated, of the same thing, by the other's source too. The index of
// which sources state each count is made on first need, from the claims
// being grouped.
func (m *matcher) statesOther(a, b *claims.Claim) bool {
	if a.Kind != claims.Count || b.Kind != claims.Count || a.Noun == "" || b.Noun == "" || a.Value == b.Value {
		return false
	}
	if m.stated == nil {
		m.stated = map[countKey]map[string]bool{}
		for i := range m.grouped {
			c := &m.grouped[i]
			if c.Kind != claims.Count || c.Noun == "" {
				continue
			}
			k := m.countKeyOf(c)
			if m.stated[k] == nil {
				m.stated[k] = map[string]bool{}
			}
			m.stated[k][c.Source] = true
		}
	}
	return m.stated[m.countKeyOf(a)][b.Source] || m.stated[m.countKeyOf(b)][a.Source]
}
