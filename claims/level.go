package claims

// Levels: a figure that a report gives as where a count now stands, its
// noun said before the number as the subject of the clause: "the death
// toll rose to 7", "the number of containers lost has risen to 31",
// "the toll stood at 11 dead", "raising the death toll from the collapse
// to 9", "bringing the number of stolen works to six", "the number of
// injured was unchanged at 26", "the number of injured is now 212".
// Reports give a rising toll so from day to day, and the number is a count of what the subject counts: a "toll" is
// a death toll, as in "a death toll of 50" (count.go); "the number of X"
// counts X.
//
// The verb must say where a figure stands or moved to (levelToVerbs with
// "to", levelAtVerbs with "at", "is now"); a verb that moves or gives its
// object ("raising", "bringing" to; "puts" at) has the subject after it,
// before "to" or "at". The subject is
// looked for in the same clause, with no punctuation between it and the
// number, within levelReach words: a "toll" or "number of" further away
// may be of something else.

// levelToVerbs say that a figure rose or fell to the number after "to".
var levelToVerbs = setOf(`rose risen rises rise rising climbed climbs climbing increased increases
jumped jumps grew grown grows fell fallen falls dropped drops`)

// levelMoveVerbs move their object's figure to the number after "to":
// "raising the death toll to 9", "brings the number of stolen works to six".
var levelMoveVerbs = setOf(`raising raised raises bringing brought brings pushing pushed pushes taking took takes`)

// levelPutVerbs give their object's figure as the number after "at":
// "the fire service puts the toll at 11", "officials put the number of
// dead at 30".
var levelPutVerbs = setOf(`put puts putting placed places placing`)

// levelAtVerbs say that a figure stands at the number after "at".
var levelAtVerbs = setOf(`stood stands standing remained remains unchanged steady`)

// levelReach is how many tokens before the number the subject may be.
const levelReach = 16

// levelOutcome reports a word that, after the noun of "the number of",
// says what happened to what it counts ("the number of people killed"),
// or stands for it ("the number of injured"): a word of harm or of death.
func levelOutcome(w string) bool { return isOutcome(w) }

// levelVerb reports a word that may follow a level's subject: its verb or
// an auxiliary ("the toll has risen", "the toll stood").
func levelVerb(w string) bool {
	return levelToVerbs[w] || levelAtVerbs[w] || w == "has" || w == "had" || w == "was" || w == "is" || w == "now"
}

// levelNoun reads the subject of a level for the amount a (its number
// ending at toks[end]) and returns the noun it counts.
func levelNoun(toks []token, a *amount) (noun int, nounEnd int, ok bool) {
	if a.isRange || a.num.fraction || a.num.indefinite || a.first < 2 {
		return 0, 0, false
	}
	prep, verb := toks[a.first-1].lower, toks[a.first-2].lower
	from, to := 0, 0 // where the subject is looked for
	switch {
	case prep == "at" && levelAtVerbs[verb], prep == "to" && levelToVerbs[verb],
		prep == "now" && (verb == "is" || verb == "was"): // "the number of injured is now 212"
		from, to = max(0, a.first-levelReach), a.first-2
	case prep == "to" || prep == "at":
		moves := levelMoveVerbs
		if prep == "at" {
			moves = levelPutVerbs // "puts the toll at 11"
		}
		for k := a.first - 2; k >= 0 && k > a.first-levelReach; k-- {
			if toks[k].kind == tPunct {
				return 0, 0, false
			}
			if moves[toks[k].lower] {
				from, to = k+1, a.first-1
				break
			}
		}
	}
	if to <= from {
		return 0, 0, false
	}
	// The nearest "toll" or "number of" before the verb, in the clause.
	for k := to - 1; k >= from; k-- {
		t := &toks[k]
		if t.kind == tPunct {
			return 0, 0, false
		}
		if t.lower == "toll" {
			if n := tokenAt(toks, k+1); n.kind == tWord && !n.isStopword() && !levelVerb(n.lower) {
				return 0, 0, false // "the toll road", "toll booths": no death toll
			}
			return k, k + 1, true
		}
		if t.lower != "number" || k+2 >= len(toks) || toks[k+1].lower != "of" {
			continue
		}
		if k == 0 || toks[k-1].lower != "the" {
			return 0, 0, false // "a number of" is some, not a figure
		}
		f, e, found := countedNoun(toks, k+2, number{value: 2})
		if !found || e > to {
			if levelOutcome(toks[k+2].lower) {
				return k + 2, k + 3, true // "the number of injured"
			}
			return 0, 0, false
		}
		if e < len(toks) && levelOutcome(toks[e].lower) {
			e++ // "the number of people killed"
		}
		return f, e, true
	}
	return 0, 0, false
}
