package claims

import "math"

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
	almost          // "nearly", "almost": [0.9v, v)
	justAbove       // "just over": (v, 1.1v]
)

// modifiers are the words before a number that bound it, longest first
// where one is a prefix of another.
var modifiers = []struct {
	words []string
	b     bound
}{
	{[]string{"more", "than"}, above},
	{[]string{"greater", "than"}, above},
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
	{[]string{"at", "least"}, atLeast},
	{[]string{"no", "fewer", "than"}, atLeast},
	{[]string{"no", "less", "than"}, atLeast},
	{[]string{"not", "less", "than"}, atLeast},
	{[]string{"a", "minimum", "of"}, atLeast},
	{[]string{"fewer", "than"}, below},
	{[]string{"less", "than"}, below},
	{[]string{"just", "under"}, almost},
	{[]string{"just", "below"}, almost},
	{[]string{"under"}, below},
	{[]string{"below"}, below},
	{[]string{"up", "to"}, atMost},
	{[]string{"at", "most"}, atMost},
	{[]string{"no", "more", "than"}, atMost},
	{[]string{"not", "more", "than"}, atMost},
	{[]string{"as", "many", "as"}, atMost},
	{[]string{"as", "much", "as"}, atMost},
	{[]string{"a", "maximum", "of"}, atMost},
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
}

// matchModifier reports the bound named by the words at toks[i], and the
// index of the first token after them.
func matchModifier(toks []token, i int) (bound, int, bool) {
	for _, m := range modifiers {
		if i+len(m.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range m.words {
			if toks[i+k].lower != w {
				ok = false
				break
			}
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
