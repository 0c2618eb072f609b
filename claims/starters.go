package claims

// starters are the lower-cased words a quantity can begin with: number
// words, scales, ordinals, bounds ("more", "at", "between"), currency
// prefixes and codes, and the verbs and phrases that read as proportions.
// A word outside them starts no quantity, and the parsers are not tried
// on it: most words of a sentence are skipped at the cost of one lookup.
var starters = buildStarters()

func buildStarters() map[string]bool {
	s := setOf(`half halves quarter quarters third thirds last next previous current penultimate
antepenultimate second one`)
	for w := range markerWords {
		s[w] = true
	}
	for _, m := range []map[string]float64{units, tens, scales, pluralScales, ordinals, multiplierVerbs} {
		for w := range m {
			s[w] = true
		}
	}
	for w := range dozens {
		s[w] = true
	}
	for w := range modifiers {
		s[w] = true
	}
	for w := range dollarPrefixes {
		s[w] = true
	}
	for w := range isoCodes {
		s[w] = true
	}
	for w := range timesAdverbs {
		s[w] = true // "twice"
	}
	s["euro"] = true // "euro30 billion"
	return s
}

// markerWords are the starters that open a quantity without saying any
// figure of it: articles, signs, "between" and "from" before a range, the
// words of "per cent" before "of 10". With the modifiers ("more than"),
// the prefixes of dollars ("US$") and the currency codes, they are the
// markers: every other starter, and every number, is a figure.
var markerWords = setOf(`a an minus negative between from point per percent percents percentage pct pc
the some u`) // "u" of "U.S.$"

// isFigure reports whether a starter says a figure itself: whether it is
// a number word ("six", "million", "dozens", "third", "twice", "doubled",
// "last"), and not one of the markers only (markerWords, the modifiers,
// the dollar prefixes and currency codes), which open a quantity whose
// figure comes after them.
func isFigure(w string) bool {
	_, modifier := modifiers[w]
	_, dollar := dollarPrefixes[w]
	_, code := isoCodes[w]
	marker := markerWords[w] || modifier || dollar || code || w == "euro"
	return starters[w] && (!marker || IsNumberWord(w) || ordinals[w] != 0 || pluralScales[w] != 0 ||
		multiplierVerbs[w] != 0 || timesAdverbs[w] != 0)
}

// lastFigure returns the index of the last token of toks that is a figure
// (a number or a sign, or a word that isFigure), or -1. Every quantity
// holds a figure at or after the token it starts at, whatever words open
// it ("more than", "the", "between"): none starts after the last.
func lastFigure(toks []token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		switch t := &toks[i]; t.kind {
		case tNumber, tSymbol:
			return i
		case tWord:
			if t.class&classFigure != 0 {
				return i
			}
		}
	}
	return -1
}

// mayHoldFigure reports whether a figure may be among the tokens: a
// number, a sign or a word of the figure class (lastFigure).
func (f lexFacts) mayHoldFigure() bool {
	return f.has(tNumber) || f.has(tSymbol) || f.classes&classFigure != 0
}

// startsQuantity reports whether a quantity may begin at toks[i]. The
// lexer has looked the word up in starters (its class).
func startsQuantity(toks []token, i int) bool {
	t := &toks[i]
	switch t.kind {
	case tWord:
		return t.class&classStarter != 0
	case tPunct: // a sign or a bound: "-5", "<5%"
		return isMinus(t.text) || t.text == "+" || t.class&classStarter != 0
	}
	return true
}
