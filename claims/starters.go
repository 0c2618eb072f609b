package claims

import "slices"

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
//
// One load tells a figure by the token's kind and class (figures), with
// no branch on the kind: words, numbers and marks come in no order such a
// branch could foretell, and only the test that ends the search is left.
func lastFigure(toks []token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if t := &toks[i]; figures[t.kind&3][t.class] != 0 {
			return i
		}
	}
	return -1
}

// figures is 1 for the kinds and classes of the tokens that are figures
// (lastFigure): every number and sign, and the words of the figure class.
var figures = func() (f [4][256]uint8) {
	for c := range 256 {
		f[tNumber][c], f[tSymbol][c] = 1, 1
		if wordClass(c)&classFigure != 0 {
			f[tWord][c] = 1
		}
	}
	return f
}()

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

// starterRole says which of the recognizers that numbersUpTo tries in turn
// may read a quantity beginning at a word. Each fails at once at most of
// the words it is tried at ("the", "in", "a"), after a call, a lookup or
// two and a large result; a word's roles are worked out once, at init,
// from the very tests each recognizer begins with, so that numbersUpTo
// calls only those that may find something.
type starterRole uint16

const (
	roleClock        starterRole = 1 << iota // timeOrScore: a word of approximation ("about 8 p.m.")
	roleOrdinalCount                         // ordinalCount: "for the second time", "a third straight"
	roleOrdinal                              // parseOrdinal: beginsOrdinal
	roleSpelled                              // beginsSpelled: a word of a spelled number
	roleWordQuantity                         // wordQuantity: a multiplier, a relative ordinal, "percent of"
	roleAmount                               // parseAmount: a modifier, "between", "from", or beginsSingle
	// The roles a word has only when the word after it says so, as it
	// has for "the", the commonest starter: rolesAt tells which.
	roleOrdinalCountAfter             // roleOrdinalCount, when the next token beginsOrdinal
	roleRelativeAfter                 // roleWordQuantity, when the next word is the second of one of the word's relative ordinals
	roleAmountAfter                   // roleAmount, when the next word is the second of one of the word's modifiers
	allRoles              starterRole = 1<<iota - 1
)

// starterRoleTable maps each starter to its roles.
type starterRoleTable struct {
	words *wordSet
	roles []starterRole // by slot of words
	// The second words of the relative ordinals that the words of
	// roleRelativeAfter begin, and of the modifiers that the words of
	// roleAmountAfter begin, by slot.
	relativeSeconds, modifierSeconds [][]string
	// The first bytes of those second words, each as the bit of its low
	// six bits, by slot: most words after "the" or "in" begin with none
	// of them, and are not compared with the second words.
	initials []uint64
}

var starterRoles = buildStarterRoles()

func buildStarterRoles() *starterRoleTable {
	t := &starterRoleTable{words: setOfSets(starters)}
	t.roles = make([]starterRole, len(t.words.slots))
	t.relativeSeconds = make([][]string, len(t.words.slots))
	t.modifierSeconds = make([][]string, len(t.words.slots))
	t.initials = make([]uint64, len(t.words.slots))
	for w := range starters {
		k := t.words.slot(w)
		t.roles[k] = rolesOf(w)
		if t.roles[k]&roleRelativeAfter != 0 {
			for _, r := range relativeOrdinalsByFirst[w] {
				t.relativeSeconds[k] = append(t.relativeSeconds[k], r.words[1])
			}
		}
		if t.roles[k]&roleAmountAfter != 0 {
			for _, m := range modifiers[w] {
				t.modifierSeconds[k] = append(t.modifierSeconds[k], m.words[1])
			}
		}
		for _, second := range append(t.relativeSeconds[k], t.modifierSeconds[k]...) {
			t.initials[k] |= 1 << (second[0] & 63)
		}
	}
	return t
}

// rolesOf returns the roles of the starter w, by the tests that the
// recognizers make of a word before any other: what a word that fails
// them is, none of them reads further.
func rolesOf(w string) starterRole {
	var r starterRole
	if has(approxClockFilter, approxClockWords, w) { // timeOrScore
		r |= roleClock
	}
	// The class as the lexer gives it: some tests read it (beginsSingle).
	word := token{kind: tWord, text: w, lower: w, class: wordClasses.of(w)}
	switch w {
	case "the", "a":
		// nthTime and nthToDo read an ordinal after "the" ("for the
		// second time", "the second woman to"), and nthTime and
		// nthStreak after "a" ("for a second time", "a third straight
		// night"); parseOrdinal reads none that the next token does not
		// begin (beginsOrdinal).
		r |= roleOrdinalCountAfter
	case "twice", "thrice": // nthTime
		r |= roleOrdinalCount
	}
	if beginsOrdinal(&word) { // parseOrdinal; nthStreak, but after "a"
		r |= roleOrdinal
		if w != "a" {
			r |= roleOrdinalCount
		}
	}
	if beginsSpelled(w) {
		r |= roleSpelled
	}
	_, multiplier := lookup(multiplierFilter, multiplierVerbs, w)
	percent := w == "percent" || w == "percents" || w == "percentage" || w == "per" // percentOf
	oneWord, longer := false, false                                                 // relative ordinals of one word, and of more
	for _, r := range relativeOrdinalsByFirst[w] {
		oneWord = oneWord || len(r.words) == 1
		longer = longer || len(r.words) > 1
	}
	switch {
	case multiplier || percent || oneWord:
		r |= roleWordQuantity
	case longer: // "the one before the last", "second to last"
		r |= roleRelativeAfter
	}
	oneWord, longer = false, false // modifiers of one word, and of more
	for _, m := range modifiers[w] {
		oneWord = oneWord || len(m.words) == 1
		longer = longer || len(m.words) > 1
	}
	switch {
	case oneWord || w == "between" || w == "from" || beginsSingle(&word):
		r |= roleAmount
	case longer: // "at least", "in excess of", "more than"
		r |= roleAmountAfter
	}
	return r
}

// rolesAt returns the roles of the token toks[i], which startsQuantity.
func rolesAt(toks []token, i int) starterRole {
	t := &toks[i]
	switch t.kind {
	case tWord:
		k := starterRoles.words.slot(t.lower)
		if k < 0 {
			return allRoles
		}
		r := starterRoles.roles[k]
		if len(t.text) == 4 && t.text[0] == 'M' { // a code in millions: beginsSingle
			r |= roleAmount
		}
		if r&(roleOrdinalCountAfter|roleRelativeAfter|roleAmountAfter) != 0 && i+1 < len(toks) {
			next := &toks[i+1]
			if r&roleOrdinalCountAfter != 0 && beginsOrdinal(next) {
				r |= roleOrdinalCount
			}
			if w := next.lower; w != "" && starterRoles.initials[k]>>(w[0]&63)&1 != 0 {
				if r&roleRelativeAfter != 0 && slices.Contains(starterRoles.relativeSeconds[k], w) {
					r |= roleWordQuantity
				}
				if r&roleAmountAfter != 0 && slices.Contains(starterRoles.modifierSeconds[k], w) {
					r |= roleAmount
				}
			}
		}
		return r
	case tNumber:
		// An ordinal written in digits has its suffix glued to it: "16th".
		if i+1 < len(toks) && toks[i+1].adjacent() && toks[i+1].kind == tWord {
			return roleClock | roleOrdinalCount | roleOrdinal | roleAmount
		}
		return roleClock | roleAmount
	}
	return roleAmount // a sign, a bound or a currency symbol
}
