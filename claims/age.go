package claims

// Ages said without "aged" or "-year-old": obituaries and profiles give a
// person's age as a bare number in a few set phrases.
//
//   - "He was 77." / "She is 91." — a person's pronoun or name, "was" or
//     "is", and a bare number that ends the clause ("He was 5 when ..." too).
//     "The score was 77" has no person for a subject and is no age.
//   - "who turned 68 on Saturday" — turning a number is growing a year older.
//   - "died in prison at 77", "retired at 34" — "at" and a bare number after
//     a verb of a life's events in the same clause.
//
// These ages are left unnamed, as an age without "aged" beside a name is:
// a report gives the age at the event it tells ("dies at 95"), another
// report the same person's age at an earlier one ("Felt, 92, told CNN in
// 2006"), and a named age would set the two against each other. Unnamed
// ages agree with their like (reconcile's sole ages) and conflict with
// none.
//
// The number must end its clause (punctuation, the sentence's end, or a
// preposition or conjunction after it): "He was 77 points behind" counts
// points.

// The words of these phrases are few, and asked of every bare number:
// they are compared, not looked up in a set.

// isAgePronoun reports the subjects that make "was 77" a person's age.
func isAgePronoun(w string) bool { return w == "he" || w == "she" }

// isAgeCopula reports the verbs that join a subject to its age.
func isAgeCopula(w string) bool { return w == "was" || w == "is" }

// isTurnVerb reports the verbs that make the number after them an age
// reached: "turned 68".
func isTurnVerb(w string) bool { return w == "turned" || w == "turns" || w == "turning" }

// lifeEvents are the verbs of a life's events that "at" and an age follow:
// "died at 91", "retired at 34", "married at 20".
var lifeEvents = setOf(`died dies die dying passed retired retires retiring married marries marrying
quit quits debuted debuts widowed orphaned`)

// ageClauseEnds are the words that may follow an age and end its phrase:
// "He was 5 when ...", "died at 91 on Thursday".
var ageClauseEnds = setOf(`when and but on in after at from with while as`)

// maxAge is the oldest age a bare number is read as.
const maxAge = 120

// bareAge reports an age written as a bare number in one of the phrases
// above, and the index of the claim's first token. The caller has ruled
// out units, currencies and percentages.
func bareAge(toks []token, a *amount) (first int, ok bool) {
	n := a.num
	if n.first < 2 || a.isRange || a.first != n.first || n.fraction || n.indefinite || n.value < 1 || n.value > maxAge ||
		n.value != float64(int(n.value)) {
		return 0, false
	}
	prev := toks[n.first-1].lower
	copula, turn := isAgeCopula(prev), isTurnVerb(prev)
	if !copula && !turn && prev != "at" || !endsAgeClause(toks, a.end) {
		return 0, false
	}
	switch {
	case copula:
		subj := &toks[n.first-2]
		if isAgePronoun(subj.lower) {
			return n.first, true
		}
		// A name of two words or more: one capitalized word ("Attendance
		// was 91") may be no person.
		if wordCount(nameBefore(toks, n.first-1)) >= 2 {
			return n.first, true
		}
	case turn:
		return n.first - 1, true
	case prev == "at":
		if partOfDayAfter(toks, a.end) {
			return 0, false // "died at 3 in the morning": a time
		}
		for k := n.first - 2; k >= 0 && k >= n.first-10; k-- {
			t := &toks[k]
			if t.text == "," || t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" || t.text == "—" {
				break
			}
			if lifeEvents[t.lower] {
				return n.first - 1, true
			}
		}
	}
	return 0, false
}

// endsAgeClause reports whether an age's phrase may end at toks[i].
func endsAgeClause(toks []token, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := &toks[i]
	switch t.kind {
	case tPunct:
		switch t.text {
		case "-", "–", "%", "/", ":", "$", "'", "’":
			return false
		}
		return !(t.text == "." && i+1 < len(toks) && toks[i+1].kind == tNumber && toks[i+1].adjacent())
	case tWord:
		return ageClauseEnds[t.lower]
	}
	return false
}

// wordCount counts the words of a name.
func wordCount(s string) int {
	n := 0
	inWord := false
	for _, r := range s {
		if r == ' ' {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// isAge reports whether bareAge reads an age at a.
func isAge(toks []token, a *amount) bool {
	_, ok := bareAge(toks, a)
	return ok
}

// partOfDayAfter reports a part of the day or "o'clock" in the few words
// after toks[i]: "at 3 in the morning", "at 5 o'clock".
func partOfDayAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		switch toks[k].lower {
		case "morning", "afternoon", "evening", "night", "tonight", "o'clock", "o’clock", "o":
			return true
		}
	}
	return false
}
