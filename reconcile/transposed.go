package reconcile

import (
	"math"
	"strconv"

	"github.com/claimcheck/claimcheck/claims"
)

// A figure one report writes with two neighbouring digits swapped ("at a
// depth of 640 meters" against "460 meters down", "$2.84 billion" against
// "$2.48 billion") is the commonest slip of a keyboard or an ear, and lies
// too far off for the near-figure rules. Two reports' figures of one kind
// and unit (a sum in one currency, a measure in one unit, a count of one
// noun) written so are taken to be one figure, and may conflict, when:
//
//   - neither report states the other's figure too: a report that writes
//     both 640 and 460 means two things by them;
//   - they share soleShared context words and nothing tells their
//     subjects apart (owner, outcome; the words around them: sure.go);
//     two years must date one kind of event (the same event head);
//   - each is exact, or about a figure (not "more than"), and of three
//     digits or more, as transposed requires; or a year ("opened in 1979",
//     "opened in 1997").
//
// Candidates are found by the figure each transposition would give, looked
// up in a map: no pair of claims is compared unless one's figure is the
// other's transposed.

// transposable reports whether a claim may be paired by its transposed
// figure.
func (m *matcher) transposable(c *claims.Claim) bool {
	if c.Kind == claims.Date {
		return yearOf(c) != 0
	}
	if personal(c) || vagueAmount(c) || (c.Min == nil) != (c.Max == nil) || c.Value < minTransposed ||
		c.Value != math.Trunc(c.Value) || c.Value > 1e15 {
		return false
	}
	switch c.Kind {
	case claims.Money:
		return true
	case claims.Measure:
		return !isMagnitude(c)
	case claims.Count:
		h := m.feature(c).head
		return h != "" && !vagueHeads[h] && !c.PartOfCount()
	}
	return false
}

// yearOf returns the year a date claim names alone ("opened in 1979"), or
// 0: a year is a figure of four digits, and misreported as one.
func yearOf(c *claims.Claim) int {
	if c.Kind != claims.Date || len(c.Date) != 4 {
		return 0
	}
	y, err := strconv.Atoi(c.Date)
	if err != nil {
		return 0
	}
	return y
}

// sameEventHead reports whether two dates name one kind of event: their
// events share a head ("opened", "opening"; event.go).
func sameEventHead(a, b *claims.Claim) bool {
	return intersects(eventOf(a).heads, eventOf(b).heads)
}

// figureOf returns the figure a claim is written with: a year's number, or
// the value.
func figureOf(c *claims.Claim) float64 {
	if y := yearOf(c); y != 0 {
		return float64(y)
	}
	return c.Value
}

// transpositions returns the figures x reads as with two neighbouring
// digits swapped, leading zeros aside.
func transpositions(x float64) []float64 {
	p := []byte(strconv.FormatInt(int64(x), 10))
	var out []float64
	for i := 0; i+1 < len(p); i++ {
		if p[i] == p[i+1] || i == 0 && p[1] == '0' {
			continue
		}
		p[i], p[i+1] = p[i+1], p[i]
		if v, err := strconv.ParseInt(string(p), 10, 64); err == nil {
			out = append(out, float64(v))
		}
		p[i], p[i+1] = p[i+1], p[i]
	}
	return out
}

// transposedLinks links the figures of two reports of one story that are
// each other's transposed, as the rule above says.
func (m *matcher) transposedLinks(cs []claims.Claim) []link {
	type key struct {
		kind  claims.Kind
		unit  string
		value float64
	}
	byFigure := map[key][]int{}         // figure → its claims
	stated := map[key]map[string]bool{} // figure → the sources that state it
	if storySources(cs, m.transposable) > maxStorySources {
		return nil // a folder of many stories: one figure is no longer one thing
	}
	for i := range cs {
		c := &cs[i]
		if !m.transposable(c) {
			continue
		}
		k := key{c.Kind, unitKey(c), figureOf(c)}
		byFigure[k] = append(byFigure[k], i)
		if stated[k] == nil {
			stated[k] = map[string]bool{}
		}
		stated[k][c.Source] = true
	}
	var out []link
	for k, is := range byFigure {
		for _, v := range transpositions(k.value) {
			if v <= k.value {
				continue // each pair once, from its lower figure
			}
			t := key{k.kind, k.unit, v}
			for _, j := range byFigure[t] {
				for _, i := range is {
					a, b := &cs[i], &cs[j]
					if a.Source == b.Source || stated[t][a.Source] || stated[k][b.Source] {
						continue
					}
					if a.Kind == claims.Count && !sameHead(m.feature(a).head, m.feature(b).head) {
						continue
					}
					n := m.shared(a, b)
					// The words around a year are its event's; what unsure
					// reads of a figure (its year above all) is not.
					if n < soleShared || m.differentSubjects(a, b) || a.Kind != claims.Date && m.unsure(a, b) {
						continue
					}
					if a.Kind == claims.Date && !sameEventHead(a, b) {
						continue // "opened in 1979", "expanded in 1997": two events
					}
					out = append(out, link{a: min(i, j), b: max(i, j), strong: true, score: n})
				}
			}
		}
	}
	return out
}
