package claims

import (
	"math"
	"sort"
	"strings"
)

var (
	posInf = math.Inf(1)
	negInf = math.Inf(-1)
)

// bound is what a modifier before a number says of it.
type bound uint8

const (
	exact     bound = iota
	above           // "more than", "over": (v, ∞)
	atLeast         // "at least": [v, ∞)
	below           // "fewer than", "under": (-∞, v)
	atMost          // "up to", "at most": [-∞, v]
	about           // "about", "some": v ± 10%
	almost          // "nearly", "almost": [0.9v, v], v included: "nearly 400" and "400" are one figure, rounded
	justAbove       // "just over": (v, 1.1v]
	justBelow       // "just under": [0.9v, v)
	equalTo         // "equal to": [v, v]
)

// modifiers are the words before a number that bound it, by their first
// word, longest first.
var modifiers = indexModifiers(append([]modifier{
	{[]string{"in", "excess", "of"}, above},
	{[]string{"upwards", "of"}, above},
	{[]string{"upward", "of"}, above},
	{[]string{"well", "over"}, above},
	{[]string{"well", "above"}, above},
	{[]string{"just", "over"}, justAbove},
	{[]string{"just", "above"}, justAbove},
	{[]string{"over"}, above},
	{[]string{"above"}, above},
	{[]string{"exceeding"}, above},
	{[]string{"exceed"}, above},
	{[]string{"exceeds"}, above},
	{[]string{"exceeded"}, above},
	{[]string{"surpass"}, above},
	{[]string{"surpasses"}, above},
	{[]string{"surpassed"}, above},
	{[]string{"at", "least"}, atLeast},
	{[]string{"at", "least", "or", "equal", "to"}, atLeast},
	{[]string{"no", "fewer", "than"}, atLeast},
	{[]string{"no", "less", "than"}, atLeast},
	{[]string{"not", "less", "than"}, atLeast},
	{[]string{"a", "minimum", "of"}, atLeast},
	{[]string{"equal", "to", "or", "more", "than"}, atLeast},
	{[]string{"equal", "to", "or", "greater", "than"}, atLeast},
	{[]string{"just", "under"}, justBelow},
	{[]string{"just", "below"}, justBelow},
	{[]string{"under"}, below},
	{[]string{"below"}, below},
	{[]string{"up", "to"}, atMost},
	{[]string{"at", "most"}, atMost},
	{[]string{"at", "most", "or", "equal", "to"}, atMost},
	{[]string{"no", "more", "than"}, atMost},
	{[]string{"not", "more", "than"}, atMost},
	{[]string{"as", "many", "as"}, atMost},
	{[]string{"as", "much", "as"}, atMost},
	{[]string{"a", "maximum", "of"}, atMost},
	{[]string{"equal", "to", "or", "less", "than"}, atMost},
	{[]string{"equal", "to", "or", "fewer", "than"}, atMost},
	{[]string{"equal", "to"}, equalTo},
	{[]string{"equals", "to"}, equalTo},
	{[]string{"equals"}, equalTo},
	{[]string{"equaling", "to"}, equalTo},
	{[]string{"equalling", "to"}, equalTo},
	{[]string{">"}, above},
	{[]string{">", "="}, atLeast},
	{[]string{"≥"}, atLeast},
	{[]string{"<"}, below},
	{[]string{"<", "="}, atMost},
	{[]string{"≤"}, atMost},
	{[]string{"an", "estimated"}, about},
	{[]string{"about"}, about},
	{[]string{"around"}, about},
	{[]string{"approximately"}, about},
	{[]string{"approx"}, about},
	{[]string{"roughly"}, about},
	{[]string{"some"}, about},
	{[]string{"circa"}, about},
	{[]string{"estimated"}, about},
	{[]string{"close", "to"}, almost},
	{[]string{"nearly"}, almost},
	{[]string{"almost"}, almost},
	{[]string{"some", "of"}, exact}, // "some of" is not a bound
}, comparatives()...))

type modifier struct {
	words []string
	b     bound
}

// comparatives are "more than", "larger than", "less than or equal to",
// "higher or equal than" and the like.
func comparatives() []modifier {
	var out []modifier
	for _, c := range []struct {
		words     string
		strict    bool
		inclusive bound
	}{
		{"more greater larger bigger higher", true, atLeast},
		{"less fewer smaller lower", true, atMost},
	} {
		strict := above
		if c.inclusive == atMost {
			strict = below
		}
		for _, w := range strings.Fields(c.words) {
			out = append(out,
				modifier{[]string{w, "than"}, strict},
				modifier{[]string{w, "than", "or", "equal", "to"}, c.inclusive},
				modifier{[]string{w, "or", "equal", "than"}, c.inclusive},
				modifier{[]string{w, "or", "equal", "to"}, c.inclusive})
		}
	}
	return out
}

func indexModifiers(ms []modifier) map[string][]modifier {
	sort.SliceStable(ms, func(i, j int) bool { return len(ms[i].words) > len(ms[j].words) })
	index := map[string][]modifier{}
	for _, m := range ms {
		index[m.words[0]] = append(index[m.words[0]], m)
	}
	return index
}

// oneWordModifiers holds the modifiers of one word ("over", "about"), and
// secondModifierWords the second words of the others ("than", "least").
var oneWordModifiers, secondModifierWords = func() (*wordFilter, *wordFilter) {
	one, second := new(wordFilter), new(wordFilter)
	for _, ms := range modifiers {
		for _, m := range ms {
			if len(m.words) == 1 {
				one.add(m.words[0])
			} else {
				second.add(m.words[1])
			}
		}
	}
	return one, second
}()

// matchModifier reports the bound named by the words at toks[i], and the
// index of the first token after them.
func matchModifier(toks []token, i int) (bound, int, bool) {
	if i >= len(toks) {
		return exact, i, false
	}
	// Most words the modifiers' filter lets by begin only modifiers of
	// more than one word ("in excess of", "a maximum of", "at least"),
	// and the word after them is the second of none ("in the", "a
	// few"): the filters tell so without a lookup.
	if !oneWordModifiers.mayHold(toks[i].lower) &&
		(i+1 >= len(toks) || !secondModifierWords.mayHold(toks[i+1].lower)) {
		return exact, i, false
	}
	return lookupModifier(toks, i)
}

// lookupModifier is matchModifier with no gate before the lookup: every
// word the modifiers' filter lets by is looked up.
func lookupModifier(toks []token, i int) (bound, int, bool) {
	ms, _ := lookup(modifiersFilter, modifiers, toks[i].lower)
	for _, m := range ms {
		ok := wordsAt(toks, i+1, m.words[1:]) // its first word is toks[i]'s, by which it was found
		// A sign is no bound inside "<>" or "=>".
		if ok && i > 0 && toks[i].kind == tPunct && toks[i].adjacent() &&
			(toks[i-1].text == "<" || toks[i-1].text == ">" || toks[i-1].text == "=") {
			ok = false
		}
		if ok {
			if m.b == exact {
				return exact, i, false
			}
			return m.b, i + len(m.words), true
		}
	}
	return exact, i, false
}

// interval is the set of values a quantity allows.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
	approx         bool
}

// apply turns a bound on value v into an interval.
func (b bound) apply(v float64) interval {
	switch b {
	case above:
		return interval{lo: v, hi: posInf, loOpen: true}
	case atLeast:
		return interval{lo: v, hi: posInf}
	case below:
		return interval{lo: negInf, hi: v, hiOpen: true}
	case atMost:
		return interval{lo: negInf, hi: v}
	case about:
		d := math.Abs(v) * 0.1
		return interval{lo: v - d, hi: v + d, approx: true}
	case almost:
		return interval{lo: v - math.Abs(v)*0.1, hi: v, approx: true}
	case justBelow:
		return interval{lo: v - math.Abs(v)*0.1, hi: v, hiOpen: true, approx: true}
	case justAbove:
		return interval{lo: v, hi: v + math.Abs(v)*0.1, loOpen: true, approx: true}
	}
	return interval{lo: v, hi: v}
}

// setBounds records an interval on a claim, leaving exact values unbounded.
func (c *Claim) setBounds(iv interval) {
	c.Approx = iv.approx
	if iv.lo == c.Value && iv.hi == c.Value {
		return
	}
	if !math.IsInf(iv.lo, -1) {
		lo := iv.lo
		c.Min, c.MinOpen = &lo, iv.loOpen
	}
	if !math.IsInf(iv.hi, 1) {
		hi := iv.hi
		c.Max, c.MaxOpen = &hi, iv.hiOpen
	}
}

// wordsAt reports whether the lower-cased words at toks[i] are words.
func wordsAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].lower != w {
			return false
		}
	}
	return true
}
