package claims

import "math"

// amount is a number with what it is a number of, as far as the words
// touching it say: "US$768 million", "15-20 usd", "more than 1,300".
type amount struct {
	first, end int // token indices, end exclusive
	body       int // index of the first token after the bounding words
	num        number
	value      float64
	iv         interval
	mod        bound   // what the words around a single amount say of it
	currency   string  // ISO 4217 code, when the amount is money
	factor     float64 // what the currency multiplies the number by: 0.01 for cents
	percent    bool    // a percent sign follows: "3%", "40 per cent"
	isRange    bool
}

// parseAmount reads an optionally bounded amount or range at toks[i]:
// modifiers ("more than"), an optional currency before the number, the
// number, an optional currency after it, and a second end for ranges
// ("between 20 and 35", "10-20", "from 5 to 7").
func parseAmount(toks []token, i int) (amount, bool) {
	var a amount
	if !readAmount(&a, toks, i) {
		return amount{}, false
	}
	return a, true
}

// readAmount is parseAmount writing the amount to a, which it leaves
// undefined when it reads none. An amount is larger than a few registers:
// written in place, it is not copied out of each function that reads a
// part of it, nor cleared for each of the many words at which none is
// found.
func readAmount(a *amount, toks []token, i int) bool {
	b, j, _ := matchModifier(toks, i)
	between := false
	from := false
	if j < len(toks) && b == exact {
		switch toks[j].lower {
		case "between":
			between = true
			j++
		case "from":
			from = true
			j++
		}
	}
	if !readSingle(a, toks, j) {
		return false
	}
	// a is the first end as readSingle read it until the range is ruled
	// in or out.
	body := a.first
	// A range: "between 20 and 35", "from 5 to 7", "10-20", "10 to 20".
	k := a.end
	if suspendedHyphen(toks, k) {
		k++ // "24- to 30-foot": the first end's unit is left to the second's
	}
	if k+1 < len(toks) {
		sep := toks[k].lower
		dash := sep == "-" || sep == "–" || sep == "~"
		okSep := (between && sep == "and") || (from && (sep == "to" || dash)) ||
			(!between && !from && (dash || sep == "to" && !(a.currency != "" && movedTo(toks, i)) || sep == "through" || sep == "thru") && b == exact)
		if okSep {
			var second amount
			if readSingle(&second, toks, k+1) && rangeFits(toks, a, &second, sep) {
				lo := a.value
				// The scale of the upper end applies to the lower: "15-20 million".
				if s := trailingScale(toks, second.num); s > 0 && trailingScale(toks, a.num) == 0 && lo*s <= second.value {
					lo *= s
				}
				if a.currency == "" {
					a.currency = second.currency
					lo *= second.factor // "15-20 cents"
				}
				a.end = second.end
				a.isRange = true
				a.value = lo
				a.iv = interval{lo: lo, hi: second.value}
				a.percent = a.percent || second.percent
				a.body, a.mod = body, b
				a.first = i
				if !between && !from {
					a.first = body
				}
				return true
			}
		}
	}
	if between || from {
		return false
	}
	a.body, a.mod = body, b
	a.first = i
	if b == exact {
		a.first = body
	}
	a.mod, a.end = boundAfter(toks, a.end, a.mod)
	a.iv = a.mod.apply(a.value)
	// "at most 100 and at least 20", "above 1000 and below 1500"
	if b != exact && a.end+1 < len(toks) {
		switch toks[a.end].lower {
		case "and", "but", ",":
			var second amount
			if readAmount(&second, toks, a.end+1) && !second.isRange && second.currency == a.currency {
				if iv, ok := a.iv.meet(second.iv); ok {
					a.iv, a.end, a.isRange = iv, second.end, true
				}
			}
		}
	}
	return true
}

// movedVerbs say that a figure moved by the amount after them.
var movedVerbs = setOf(`rose rise rises fell fall falls dropped drop drops climbed climb gained gain jumped jump
slid slipped cut cuts raised lowered increased decreased grew shrank plunged surged soared tumbled`)

// movedTo reports an amount at toks[i] after a verb of change, whose "to"
// says where the figure ended, not where a range does: "has dropped $100
// to $1199" is a fall of $100 and a price of $1199, as "fell 2.5 cents to
// $3.41" is. It is asked of sums of money only: "cut 5 to 10 percent of
// jobs" is a range.
func movedTo(toks []token, i int) bool {
	return i > 0 && movedVerbs[toks[i-1].lower]
}

// suspendedHyphen reports a hyphen glued to a number and left hanging
// before "to", its word given once after the second number: the "24-" of
// "a 24- to 30-foot dhow".
func suspendedHyphen(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].text != "-" || !toks[k].adjacent() || !toks[k+1].space {
		return false
	}
	return toks[k+1].lower == "to" && toks[k+2].kind == tNumber
}

// suffixBounds are the words after a number that bound it: "30 or more",
// "500 or less", "10 and over", "-plus".
var suffixBounds = map[string]bound{
	"or more": atLeast, "or greater": atLeast, "or above": atLeast, "or higher": atLeast,
	"or over": atLeast, "and more": atLeast, "and above": atLeast, "and over": atLeast,
	"or less": atMost, "or fewer": atMost, "or below": atMost, "or lower": atMost, "or under": atMost,
	"or so": about, "-plus": atLeast,
}

// boundAfter reads the words after a number ending at toks[i] that bound
// it, given the bound before it. "or equal (to)" closes a bound ("less than
// 5000 or equal"). Words followed by another number are left to it ("5000
// or more than 4500").
func boundAfter(toks []token, i int, b bound) (bound, int) {
	if i+1 >= len(toks) {
		return b, i
	}
	// Every bound after a number begins "or", "and" or a hyphen: after
	// most numbers, no phrase is made to look up.
	switch toks[i].lower {
	case "or", "and":
	default:
		if toks[i].text != "-" {
			return b, i
		}
	}
	w := toks[i].lower + " " + toks[i+1].lower
	if toks[i].text == "-" && toks[i].adjacent() {
		w = "-" + toks[i+1].lower
	}
	j := i + 2
	nb, ok := suffixBounds[w]
	if w == "or equal" && (b == above || b == below) {
		nb, ok = map[bound]bound{above: atLeast, below: atMost}[b], true
		if tokenAt(toks, j).lower == "to" || tokenAt(toks, j).lower == "than" {
			j++
		}
	} else if ok && tokenAt(toks, j).lower == "than" {
		j++
	}
	if !ok {
		return b, i
	}
	if _, isNum := parseNumber(toks, j); isNum {
		return b, i
	}
	return nb, j
}

// meet returns the intersection of two one-sided intervals, and false when
// they are not one lower and one upper bound or do not overlap.
func (iv interval) meet(other interval) (interval, bool) {
	lower := func(x interval) bool { return math.IsInf(x.hi, 1) && !math.IsInf(x.lo, -1) }
	upper := func(x interval) bool { return math.IsInf(x.lo, -1) && !math.IsInf(x.hi, 1) }
	lo, hi := iv, other
	if upper(iv) && lower(other) {
		lo, hi = other, iv
	}
	if !lower(lo) || !upper(hi) || lo.lo > hi.hi || lo.lo == hi.hi && (lo.loOpen || hi.hiOpen) {
		return interval{}, false
	}
	return interval{lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen}, true
}

// trailingScale returns the scale word or suffix that ends a number
// ("million", "bn"), or 0.
func trailingScale(toks []token, n number) float64 {
	if n.end-n.first < 2 {
		return 0
	}
	w := toks[n.end-1].lower
	if s, ok := scales[w]; ok {
		return s
	}
	return suffixes[w]
}

// rangeFits reports whether two amounts joined by sep read as a range
// rather than a score ("20-13"), a date or a code.
func rangeFits(toks []token, lo, hi *amount, sep string) bool {
	if lo.currency != "" && hi.currency != "" && lo.currency != hi.currency {
		return false
	}
	if (lo.percent || hi.percent) && (lo.currency != "" || hi.currency != "") || lo.percent && !hi.percent {
		return false // "25 % to 34,500 tons"
	}
	if lo.num.fraction || hi.num.fraction {
		return false
	}
	if sep == "-" || sep == "–" {
		// A third number ("2021-12-10", "555-123-4567") is no range.
		if hi.end < len(toks) && (toks[hi.end].text == "-" || toks[hi.end].text == "/") && toks[hi.end].adjacent() {
			return false
		}
	}
	return lo.value < hi.value || lo.num.value < hi.num.value
}

// readSingle reads one number with the currency written around it into
// a, which it leaves undefined when it reads none.
func readSingle(a *amount, toks []token, i int) bool {
	// "the", "in", "at": most words that parseAmount is tried at. The
	// kind and the class are tested together, with no branch: words and
	// numbers come in no order a branch on the kind alone could foretell.
	if i < len(toks) {
		t := &toks[i]
		if boolBit(t.kind == tWord)&boolBit(t.class&classSingleStart == 0) != 0 && !beginsSingle(t) {
			return false
		}
	}
	*a = amount{first: i, factor: 1}
	j := i
	if code, f, n := currencyBefore(toks, j); n > 0 {
		a.currency, a.factor = code, f
		j += n
	}
	num, ok := parseNumber(toks, j)
	if !ok {
		return false
	}
	if a.currency != "" && (num.fraction || num.indefinite) {
		return false
	}
	a.num = num
	a.end = num.end
	if code, f, n := currencyAfter(toks, a.end); n > 0 && (a.currency == "" || f < 1) {
		if a.currency == "" {
			a.currency = code
		}
		a.factor *= f
		a.end += n
		// "75 USD million"
		if s := scales[tokenAt(toks, a.end).lower]; s >= 1e3 && trailingScale(toks, num) == 0 {
			a.factor *= s
			a.end++
		}
	} else if n := percentSign(toks, a.end); n > 0 && a.currency == "" {
		a.percent = true
		a.end += n
	}
	a.value = num.value * a.factor
	if a.currency != "" && a.factor == 1 {
		a.value, a.end = addCents(toks, a)
	}
	a.iv = interval{lo: a.value, hi: a.value}
	return true
}

// addCents reads the cents written after a whole amount: "3 dollars 50
// cents", "thirteen dollars and forty-five cents", "15 dollars 50", "c $ 100
// and fifty".
func addCents(toks []token, a *amount) (float64, int) {
	v := a.num.value
	if v != math.Trunc(v) || trailingScale(toks, a.num) != 0 || a.end >= len(toks) {
		return a.value, a.end
	}
	j := a.end
	if toks[j].lower == "and" {
		j++
	}
	c, ok := parseNumber(toks, j)
	if !ok || c.value != math.Trunc(c.value) || c.value < 1 || c.value > 99 || c.fraction || c.indefinite {
		return a.value, a.end
	}
	end := c.end
	if next := tokenAt(toks, end); subunits[next.lower] != "" {
		end++
	} else if next.kind == tWord || next.kind == tNumber || next.kind == tSymbol {
		return a.value, a.end // "$5 and 20 people"
	}
	return v + c.value/100, end
}

// tokenAt returns toks[i], or an empty token past the end. It returns
// the token in place rather than a copy of it: the recognizers call it
// after most numbers, and only read the one field or two they test.
func tokenAt(toks []token, i int) *token {
	if i < len(toks) {
		return &toks[i]
	}
	return &pastEnd
}

// pastEnd is the empty token that tokenAt returns past the end of a
// sentence. It is never written.
var pastEnd = token{kind: tPunct}

// singleStarts are the lower-cased words that may begin a number with the
// currency before it (readSingle): the words of currencyBefore (dollar
// prefixes, codes, the "u" of "U.S.$", "euro") and those parseWords reads
// first.
var singleStarts = func() map[string]bool {
	s := setOf(`u euro minus negative a an half quarter`)
	for w := range dollarPrefixes {
		s[w] = true
	}
	for w := range isoCodes {
		s[w] = true
	}
	for _, m := range []map[string]float64{pluralScales, units, tens} {
		for w := range m {
			s[w] = true
		}
	}
	return s
}()

// beginsSingle reports whether the word t may begin a number with the
// currency before it: whether it is in singleStarts or is a code written
// with an "M" for millions ("MUSD", isoCode). Most words parseSingle is
// tried at are in singleStarts ("a", "two"): the class says so with no
// lookup (no token but a word is in the set).
func beginsSingle(t *token) bool {
	return t.kind == tWord && t.class&classSingleStart != 0 || len(t.text) == 4 && t.text[0] == 'M'
}
