package claims

// starters are the lower-cased words a quantity can begin with: number
// words, scales, ordinals, bounds ("more", "at", "between"), currency
// prefixes and codes, and the verbs and phrases that read as proportions.
// A word outside them starts no quantity, and the parsers are not tried
// on it: most words of a sentence are skipped at the cost of one lookup.
var starters = buildStarters()

func buildStarters() map[string]bool {
	s := setOf(`a an half halves quarter quarters third thirds minus negative between from point
per percent percents percentage pct pc last next previous current penultimate antepenultimate the
second one some u`) // "u" of "U.S.$"
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
