package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Reports count the people an event harmed in different nouns, and the
// verb, not the noun, says what is counted: "wounding two others", "1
// Wounded", "two people were hurt". Two reports' counts of people are
// taken to be one count, and may conflict, when the same thing happened to
// them (the outcome of their clauses: killed, injured, arrested, rescued,
// ...), each is its report's only count of people with that outcome, the
// figures are near each other (as for sole counts, by one or a tenth),
// their clauses share a word, and nothing tells their owners, places,
// parts or dates apart. Counts of people with
// different outcomes ("killed" and "injured", "rescued" and "trapped") are
// never joined, and a part ("three of the seven") is left out by unsure.
// The pairing assumes one story: past maxStorySources sources it is off.

// peopleNouns count people without saying which: the verb says.
var peopleNouns = setOf(`people other person individual`)

// harmOutcome returns the outcome a count of people states, or "": the
// outcome of its clause, or its noun when the noun is the outcome ("1
// Wounded", "249 injured"). Counts of other nouns ("12 bridges
// destroyed") have none here.
func harmOutcome(c *claims.Claim, m *matcher) string {
	f := m.feature(c)
	w := strings.ToLower(lastWordOf(c.Noun))
	if o, ok := outcomes[w]; ok && !strings.HasSuffix(w, "s") {
		// The outcome itself, of people ("1 Wounded", "200 dead"); a
		// plural names events ("50 arrests", "two deaths"), counted by
		// their noun as any other.
		return o
	}
	h := f.head
	if h != "" && !peopleNouns[h] && !strings.HasPrefix(h, "other ") {
		return "" // "other" counts more of whom the sentence speaks: "five other bank workers"
	}
	return f.outcome
}

// lastWordOf returns the last word of a phrase as written, without
// copying it.
func lastWordOf(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// harmLinks links each two reports' only counts of people with one
// outcome.
func (m *matcher) harmLinks(cs []claims.Claim) []link {
	byOutcome := map[string]map[string][]int{} // outcome → source → its counts
	var keys []string
	if storySources(cs, func(c *claims.Claim) bool { return c.Kind == claims.Count }) > maxStorySources {
		return nil // a folder of many stories: their sole counts are of different events
	}
	for i := range cs {
		c := &cs[i]
		if c.Kind != claims.Count || personal(c) {
			continue
		}
		o := harmOutcome(c, m)
		if o == "" {
			continue
		}
		if byOutcome[o] == nil {
			byOutcome[o] = map[string][]int{}
			keys = append(keys, o)
		}
		byOutcome[o][c.Source] = append(byOutcome[o][c.Source], i)
	}
	var out []link
	for _, o := range keys {
		solePairs(byOutcome[o], func(i, j int) {
			a, b := &cs[i], &cs[j]
			n := m.shared(a, b)
			if n == 0 || !nearFigures(a, b) || m.differentSubjects(a, b) || m.unsure(a, b) || !plausibleBounds(a, b) ||
				m.laterEvent(a, b) {
				return
			}
			out = append(out, link{a: i, b: j, strong: true, score: 10 + n})
		})
	}
	return out
}
