package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// feature is what linking asks of a claim again and again, worked out once:
// its owner and outcome, its context words lower-cased, and which of them
// are names.
type feature struct {
	owner, outcome string
	words          map[string]bool // lower-cased context words, reporting words left out
	names          []string        // context words that are names, as written
	head           string

	// What the words around the figure say of it (sure.go).
	pronoun, partial bool
	scope            []string        // where it holds
	sentence         map[string]bool // its sentence's words, stemmed
	marks            []string        // proper adjectives of its noun
	demonyms         []string        // nationalities in its clause
}

// feature returns the claim's features, working them out on first use.
func (m *matcher) feature(c *claims.Claim) *feature {
	if f, ok := m.feats[c]; ok {
		return f
	}
	f := &feature{owner: owner(c), outcome: outcome(c), words: map[string]bool{}, head: m.head(c.Noun),
		pronoun: pronounOwned(c), partial: partial(c), scope: scope(c), sentence: sentenceWords(c),
		marks: marks(c.Noun), demonyms: demonyms(c)}
	for _, w := range c.Context {
		l := strings.ToLower(w)
		if reportingWords[l] {
			continue
		}
		f.words[l] = true
		if isName(w) {
			f.names = append(f.names, w)
		}
	}
	if m.feats == nil {
		m.feats = map[*claims.Claim]*feature{}
	}
	m.feats[c] = f
	return f
}

// shared counts the context words two claims share, leaving out the words
// of any news report: the same word, or a spelling variant of a name.
func (m *matcher) shared(a, b *claims.Claim) int {
	fa, fb := m.feature(a), m.feature(b)
	n := 0
	for w := range fa.words {
		if fb.words[w] {
			n++
		}
	}
	// Names that differ in spelling ("Uygurs", "Uighurs"), where the
	// exact words did not match.
	for _, x := range fa.names {
		if fb.words[strings.ToLower(x)] {
			continue
		}
		for _, y := range fb.names {
			if !fa.words[strings.ToLower(y)] && sameWord(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// differentSubjects reports whether two claims name different owners or
// different outcomes, and so are not about the same thing.
func (m *matcher) differentSubjects(a, b *claims.Claim) bool {
	fa, fb := m.feature(a), m.feature(b)
	if fa.owner != "" && fb.owner != "" && fa.owner != fb.owner && !sameWord(fa.owner, fb.owner) {
		return true
	}
	return fa.outcome != "" && fb.outcome != "" && fa.outcome != fb.outcome
}
