package reconcile

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
)

// feature is what linking asks of a claim again and again, worked out once:
// its owner and outcome, its context words lower-cased, and which of them
// are names.
type feature struct {
	owner, outcome string
	words          []uint32 // lower-cased context words, reporting words left out, as word ids, sorted
	names          []string // context words that are names, as written
	nameIDs        []uint32 // the names' lower-cased word ids, in the order of names
	head           string

	// What the words around the figure say of it (sure.go).
	pronoun, partial bool
	rate             bool          // an average or a figure per unit
	capacity         bool          // how many a place can hold ("holds 42,000 people")
	planned          bool          // a count of what a plan or list names (planned)
	change           bool          // a percentage that says how much something moved
	year             int           // the year its clause names, or 0
	weekday          string        // the weekday its clause names, or ""
	next             bool          // its clause puts it on a coming occasion ("next year")
	remaining        bool          // a count of what is still so (remaining.go)
	stamped          bool          // told in a live entry with its time of day (stamped.go)
	stance           string        // "ask" or "offer" in a negotiation (stance.go)
	scope            []string      // where it holds
	sentence         *sentenceCell // its sentence's words, shared with the sentence's other claims
	marks            []string      // proper adjectives of its noun
	demonyms         []string      // nationalities in its clause
	ofHead           string        // the noun it is "of" (ofhead.go)
	model            productModel  // the model a price is of (model.go)
}

// sentenceCell holds the stemmed words of one sentence, once sentenceWords
// has run: the claims of one sentence share it, as a sentence often states
// several figures.
type sentenceCell struct{ words map[string]bool }

// has reports whether the word with id w is among f's words.
func (f *feature) has(w uint32) bool {
	_, ok := slices.BinarySearch(f.words, w)
	return ok
}

// wordID returns the id of a lower-cased word, giving it one on first use.
// Ids make the claims' word sets small sorted slices, compared by merging.
func (m *matcher) wordID(w string) uint32 {
	id, ok := m.ids[w]
	if !ok {
		if m.ids == nil {
			m.ids = map[string]uint32{}
		}
		id = uint32(len(m.words))
		m.ids[w] = id
		m.words = append(m.words, w)
	}
	return id
}

// feature returns the claim's features, working them out on first use.
// A claim of the slice being grouped (m.grouped) keeps them by its index,
// which costs less than a map lookup on each of the many calls a pair of
// claims makes; any other claim, by its address.
func (m *matcher) feature(c *claims.Claim) *feature {
	if i, ok := m.indexOf(c); ok {
		if f := m.featAt[i]; f != nil {
			return f
		}
		f := m.newFeature(c)
		m.featAt[i] = f
		return f
	}
	if f, ok := m.feats[c]; ok {
		return f
	}
	f := m.newFeature(c)
	if m.feats == nil {
		m.feats = map[*claims.Claim]*feature{}
	}
	m.feats[c] = f
	return f
}

// indexOf returns the index of c in m.grouped, when c points into it.
func (m *matcher) indexOf(c *claims.Claim) (int, bool) {
	if len(m.grouped) == 0 {
		return 0, false
	}
	d := uintptr(unsafe.Pointer(c)) - uintptr(unsafe.Pointer(&m.grouped[0]))
	size := unsafe.Sizeof(m.grouped[0])
	if d%size != 0 || d/size >= uintptr(len(m.grouped)) {
		return 0, false
	}
	return int(d / size), true
}

// index makes feature keep the features of the claims of cs by their
// index in cs, and drops those kept before.
func (m *matcher) index(cs []claims.Claim) {
	m.grouped, m.featAt, m.feats, m.sentences, m.stated = cs, make([]*feature, len(cs)), nil, nil, nil
}

// newFeature works out a claim's features.
func (m *matcher) newFeature(c *claims.Claim) *feature {
	f := &feature{owner: owner(c), outcome: outcome(c), head: m.head(c.Noun),
		pronoun: pronounOwned(c), partial: partial(c), rate: rate(c), capacity: capacity(c), planned: planned(c), change: change(c), year: clauseYear(c), weekday: clauseWeekday(c), next: nextOccasion(c), scope: scope(c), remaining: remaining(c), stamped: stamped(c), stance: stance(c),
		marks: marks(c.Noun), demonyms: demonyms(c), ofHead: ofHead(c), model: modelOf(c)}
	f.sentence = m.sentences[c.Sentence]
	if f.sentence == nil {
		f.sentence = &sentenceCell{}
		if m.sentences == nil {
			m.sentences = map[string]*sentenceCell{}
		}
		m.sentences[c.Sentence] = f.sentence
	}
	for _, w := range c.Context {
		l := lower(w)
		if reportingWords[l] {
			continue
		}
		f.words = append(f.words, m.wordID(l))
		if isName(w) {
			f.names = append(f.names, w)
			f.nameIDs = append(f.nameIDs, f.words[len(f.words)-1])
		}
	}
	slices.Sort(f.words)
	f.words = slices.Clip(slices.Compact(f.words))
	return f
}

// shared counts the context words two claims share, leaving out the words
// of any news report: the same word, or a spelling variant of a name.
func (m *matcher) shared(a, b *claims.Claim) int {
	fa, fb := m.feature(a), m.feature(b)
	n := 0
	for i, j := 0, 0; i < len(fa.words) && j < len(fb.words); {
		switch x, y := fa.words[i], fb.words[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			n++
			i++
			j++
		}
	}
	// Names that differ in spelling ("Uygurs", "Uighurs"), where the
	// exact words did not match.
	for i, x := range fa.names {
		if fb.has(fa.nameIDs[i]) {
			continue
		}
		for j, y := range fb.names {
			if !fa.has(fb.nameIDs[j]) && sameWord(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// differentSubjects reports whether two claims name different owners or
// different outcomes, or are prices of different models, and so are not
// about the same thing.
func (m *matcher) differentSubjects(a, b *claims.Claim) bool {
	fa, fb := m.feature(a), m.feature(b)
	if differentModels(fa.model, fb.model) {
		return true // "$1,099 for the 13-inch", "$1,799 for the 15-inch"
	}
	if fa.owner != "" && fb.owner != "" && fa.owner != fb.owner && !sameWord(fa.owner, fb.owner) &&
		!oneName(a.Sentence, fa.owner, fb.owner) && !oneName(b.Sentence, fb.owner, fa.owner) {
		return true
	}
	return fa.outcome != "" && fb.outcome != "" && fa.outcome != fb.outcome
}

// lower lower-cases a context word, without a copy when it is lower-case
// already, as most are.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// oneName reports whether a claim's sentence writes its owner x and the
// other claim's owner y as one name, x then y: "Wladimir Klitschko won his
// 16th straight fight" is owned by "wladimir", "Klitschko has won 16
// fights in a row" by "klitschko", and both are his. Owners are
// lower-cased; the sentence is searched without regard to case
// ("McDermott").
func oneName(sentence, x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	n := len(x) + 1 + len(y)
	for i := 0; i+n <= len(sentence); i++ {
		if sentence[i+len(x)] == ' ' && strings.EqualFold(sentence[i:i+len(x)], x) &&
			strings.EqualFold(sentence[i+len(x)+1:i+n], y) && (i == 0 || sentence[i-1] == ' ') {
			return true
		}
	}
	return false
}
