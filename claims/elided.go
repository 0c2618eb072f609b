package claims

import "math"

// Figures whose noun the writer leaves out because the sentence has just
// named it: "he needed 11 points to break the scoring record of 2,106",
// "his 14 points bettered his career high of 13". A record, a high, a best
// or a total "of" a bare number is a figure of the same thing as the
// sentence's count before it, and takes that count's noun: the 2,106 are
// points. The claim's Text runs from the record's noun to the number.
//
// The number must end its clause (nothing but punctuation after it): a
// word after it may be its own noun, which countedNoun reads, or start
// something else ("a record of 12 in 1998") that this rule cannot tell.
// It must be whole, as counts are: "a personal best of 9.58" is a time.
// And the count must be in the same clause: in "three people died and
// the heat reached a high of 41" the high is not of people.

// recordNouns name a figure kept of something counted.
var recordNouns = setOf(`record high best total tally`)

// elidedNoun reads "record of N" for the amount a, its number ending at
// toks[end], when a Count with a noun comes earlier in the sentence (out
// holds the sentence's claims so far). It returns the index of the
// record's noun and the noun the figure takes.
func elidedNoun(toks []token, a *amount, end int, out []Claim) (first int, noun string, ok bool) {
	if a.isRange || a.num.fraction || a.num.indefinite || a.first < 2 ||
		toks[a.first-1].lower != "of" || !recordNouns[toks[a.first-2].lower] {
		return 0, "", false
	}
	if end < len(toks) && toks[end].kind != tPunct || a.value != math.Trunc(a.value) {
		return 0, "", false
	}
	for i := len(out) - 1; i >= 0; i-- {
		c := &out[i]
		if c.endToken > a.first-2 {
			continue
		}
		if c.Kind != Count || c.Noun == "" || c.PartOfCount() || clauseBreak(toks, c.endToken, a.first-2) {
			return 0, "", false
		}
		return a.first - 2, c.Noun, true
	}
	return 0, "", false
}

// clauseBreakWords start another clause.
var clauseBreakWords = setOf(`and but while whereas which who when after before because`)

// clauseBreak reports punctuation or a word that starts another clause
// among toks[from:to].
func clauseBreak(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if t := toks[k]; t.kind == tPunct || clauseBreakWords[t.lower] {
			return true
		}
	}
	return false
}

// A second count joined to a count of people by "and", with its own verb
// and no noun: "nine people died and 31 were injured", "three people were
// killed and about 4,000 were evacuated". The writer leaves the noun out
// because the clause before has just named it: the 31 are people. Only a
// number right after "and", followed by a form of "be" and a word of what
// happened to people (harmedWords), is read so, and only when the count
// before it ends its own clause, which says what happened to it too
// ("died", "are confirmed dead"), within coordinatedReach words of the
// "and" with no punctuation between: "ten people were killed, 140 were
// injured" (a list, which may be of places or parts), "46 were arrested"
// on its own, and "three cars collided and 5 were injured" say nothing of
// whom they count.

// coordinatedReach is how many words may stand between the count of people
// and the "and" (its verb and what it says of them: "are confirmed dead").
const coordinatedReach = 6

// beWords put the word of what happened after the number: "31 were injured".
var beWords = setOf(`were are was is been`)

// coordinatedNoun reads "and N were injured" for the amount a, its number
// ending at toks[end], when a count with a noun comes just before in the
// sentence (out holds the sentence's claims so far). It returns the index
// past the word of what happened and the noun the number takes.
func coordinatedNoun(toks []token, a *amount, end int, out []Claim) (past int, noun string, ok bool) {
	if a.isRange || a.num.fraction || a.num.indefinite || a.first < 1 || toks[a.first-1].lower != "and" ||
		a.value != math.Trunc(a.value) || len(out) == 0 {
		return 0, "", false
	}
	k := end
	for k < len(toks) && k < end+2 && (beWords[toks[k].lower] || toks[k].lower == "have" || toks[k].lower == "had") {
		k++
	}
	if k == end || k >= len(toks) || !has(harmedWordsFilter, harmedWords, toks[k].lower) {
		return 0, "", false
	}
	c := &out[len(out)-1]
	if c.Kind != Count || c.Noun == "" || c.PartOfCount() || c.endToken > a.first-1 ||
		a.first-1-c.endToken > coordinatedReach || clauseBreak(toks, c.endToken, a.first-1) {
		return 0, "", false
	}
	// The count before must be of people something happened to as well:
	// "three cars collided and 5 were injured" does not make the 5 cars.
	harmed := false
	for j := c.endToken; j < a.first-1; j++ {
		harmed = harmed || isOutcome(toks[j].lower)
	}
	if !harmed {
		return 0, "", false
	}
	return k + 1, c.Noun, true
}

// deathWords say that the people a count counts died: "nine people are
// confirmed dead and 31 were injured".
var deathWords = setOf(`died dead killed perished drowned`)
