package claims

// amount is a number with what it is a number of, as far as the words
// touching it say: "US$768 million", "15-20 usd", "more than 1,300".
type amount struct {
	first, end int // token indices, end exclusive
	num        number
	value      float64
	iv         interval
	currency   string  // ISO 4217 code, when the amount is money
	subunit    float64 // 0.01 for cents and pence
	isRange    bool
}

// parseAmount reads an optionally bounded amount or range at toks[i]:
// modifiers ("more than"), an optional currency before the number, the
// number, an optional currency after it, and a second end for ranges
// ("between 20 and 35", "10-20", "from 5 to 7").
func parseAmount(toks []token, i int) (amount, bool) {
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
	first, ok := parseSingle(toks, j)
	if !ok {
		return amount{}, false
	}
	a := first
	a.first = i
	a.iv = b.apply(first.value)
	if b == exact && !between && !from {
		a.first = first.first
	}
	// A range: "between 20 and 35", "from 5 to 7", "10-20", "10 to 20".
	k := first.end
	if k+1 < len(toks) {
		sep := toks[k].lower
		okSep := (between && sep == "and") || (from && (sep == "to" || sep == "-" || sep == "–")) ||
			(!between && !from && (sep == "-" || sep == "–" || sep == "to") && b == exact)
		if okSep {
			second, ok := parseSingle(toks, k+1)
			if ok && rangeFits(toks, first, second, sep) {
				lo := first.value
				if first.num.end == first.end && !first.num.suffix && second.num.value != second.value && first.currency == "" || lo < second.value/1000 && second.num.value != second.value {
					// The scale of the upper end applies to the lower: "15-20 million".
					lo *= second.value / second.num.value
				}
				a.end = second.end
				a.isRange = true
				a.value = lo
				a.iv = interval{lo: lo, hi: second.value}
				if a.currency == "" {
					a.currency, a.subunit = second.currency, second.subunit
				}
				a.first = i
				if !between && !from {
					a.first = first.first
				}
				return a, true
			}
		}
	}
	if between || from {
		return amount{}, false
	}
	// "or more", "or so", "-plus"
	if k+1 < len(toks) && toks[k].lower == "or" {
		switch toks[k+1].lower {
		case "more":
			a.iv = atLeast.apply(a.value)
			a.end = k + 2
		case "so":
			a.iv = about.apply(a.value)
			a.end = k + 2
		}
	} else if k+1 < len(toks) && toks[k].text == "-" && toks[k].adjacent() && toks[k+1].lower == "plus" {
		a.iv = atLeast.apply(a.value)
		a.end = k + 2
	}
	return a, true
}

// rangeFits reports whether two amounts joined by sep read as a range
// rather than a score ("20-13"), a date or a code.
func rangeFits(toks []token, lo, hi amount, sep string) bool {
	if lo.currency != "" && hi.currency != "" && lo.currency != hi.currency {
		return false
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

// parseSingle reads one number with the currency written around it.
func parseSingle(toks []token, i int) (amount, bool) {
	a := amount{first: i}
	j := i
	if code, n := currencyBefore(toks, j); n > 0 {
		a.currency = code
		j += n
	}
	num, ok := parseNumber(toks, j)
	if !ok {
		return amount{}, false
	}
	if a.currency != "" && (num.fraction || num.indefinite) {
		return amount{}, false
	}
	a.num = num
	a.value = num.value
	a.end = num.end
	if code, sub, n := currencyAfter(toks, a.end); n > 0 && (a.currency == "" || a.currency == code || sub != 0) {
		if a.currency == "" || sub == 0 {
			a.currency = code
		}
		a.subunit = sub
		a.end += n
		if sub != 0 {
			a.value *= sub
		}
		// "75 million dollars": nothing more to read.
	}
	a.iv = interval{lo: a.value, hi: a.value}
	return a, true
}
