package reconcile

import (
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// matcher decides whether two claims are about the same thing, with the
// synonyms and aliases a user has added to the built-in ones.
type matcher struct {
	phrases [][]string // user synonym classes, lower-cased phrases, first names the class
	aliases [][]string // user classes of one person's names

	grouped   []claims.Claim               // the claims being grouped, whose features featAt keeps
	featAt    []*feature                   // the features of each of grouped, once worked out
	feats     map[*claims.Claim]*feature   // any other claim's features, once worked out
	ids       map[string]uint32            // word ids, for the features' word sets
	words     []string                     // the words, by id
	heads     map[string]string            // each noun's head, once worked out
	sentences map[string]*sentenceCell     // each sentence's stemmed words, shared by its claims' features
	stated    map[countKey]map[string]bool // the sources that state each count (stated.go)

	published map[string]float64 // each source's published day, as days since 1970-01-01
}

func newMatcher(opt Options) *matcher {
	m := &matcher{aliases: opt.Aliases, published: map[string]float64{}}
	for id, d := range opt.Published {
		if t, err := time.Parse(time.DateOnly, d); err == nil {
			m.published[id] = float64(t.Unix() / 86400)
		}
	}
	for _, class := range opt.Synonyms {
		var c []string
		for _, p := range class {
			if p = strings.Join(strings.Fields(strings.ToLower(p)), " "); p != "" {
				c = append(c, p)
			}
		}
		if len(c) > 1 {
			m.phrases = append(m.phrases, c)
		}
	}
	return m
}

// head returns the class of a noun phrase: a user synonym class the phrase
// ends with ("listing", "initial public offering"), else the built-in class
// of its last word.
func (m *matcher) head(noun string) string {
	// Linking asks for the heads of both nouns of each candidate pair,
	// and a story repeats its nouns: each is worked out once.
	if h, ok := m.heads[noun]; ok {
		return h
	}
	h := m.headOf(noun)
	if m.heads == nil {
		m.heads = map[string]string{}
	}
	m.heads[noun] = h
	return h
}

// headOf is head, worked out.
func (m *matcher) headOf(noun string) string {
	n := " " + strings.Join(strings.Fields(strings.ToLower(noun)), " ")
	for _, class := range m.phrases {
		for _, p := range class {
			if strings.HasSuffix(n, " "+p) || strings.HasSuffix(n, " "+p+"s") {
				return "\x00" + class[0]
			}
		}
	}
	return head(noun)
}

// person returns the name that stands for a person: the first name of the
// user's alias class that the name matches, or the name itself.
func (m *matcher) person(name string) string {
	for _, class := range m.aliases {
		for _, a := range class {
			if samePerson(name, a) {
				return class[0]
			}
		}
	}
	return name
}

// samePerson reports whether two names are one person's, aliases included.
func (m *matcher) samePerson(a, b string) bool {
	return samePerson(m.person(a), m.person(b))
}

// ignored reports whether a claim's sentence holds one of the phrases.
func ignored(c *claims.Claim, phrases []string) bool {
	if len(phrases) == 0 {
		return false
	}
	s := strings.ToLower(c.Sentence)
	for _, p := range phrases {
		if p = strings.ToLower(strings.TrimSpace(p)); p != "" && strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// laterEvent reports whether one count's sentence dates what it reports
// after the other claim's source was published: the other report cannot
// be counting the same crowd ("more than 200 people set off Wednesday
// night" against a report published on the Monday before). Sums of money
// and other sizes are left alone: "postponed its $767 million offering on
// Monday" dates the postponement, not the offering's size.
func (m *matcher) laterEvent(a, b *claims.Claim) bool {
	if a.Kind != claims.Count {
		return false
	}
	after := func(x, y *claims.Claim) bool {
		p, ok := m.published[y.Source]
		return ok && x.EventDay > p
	}
	return after(a, b) || after(b, a)
}
