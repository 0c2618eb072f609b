package claims

import "strings"

// Counts said with an ordinal. A streak or tally of one kind of thing
// ("his 16th straight fight", "the fourth successful raid", "a third
// successive strike") counts that many of it: a Count whose Noun is the
// qualifier and the noun ("straight fight"). A streak of nights or days
// ("a third straight night") is a length of time and is left alone.
//
// "The Nth one to do something" counts those who did it: "only the second
// woman to host the ceremony" says two women have hosted it. Its Noun is
// the noun and the verb, "woman to host", so that it is compared with
// counts of those who did the same thing: the third woman to head the
// Academy is no conflict with the second woman to host its ceremony.
//
// Counts of times said with an ordinal or an adverb: "for the second time",
// "for a third time", "for the 10th time", "married twice", "was canceled
// twice". Saying an event happens for the Nth time says it has happened N
// times, as "two times" says: a Count whose Noun is "time", compared as
// counts of times are (by the verb before them where there is one, else
// only to agree).
//
// "For the first time" says that something is new, not how often it
// happened, and is left an ordinal.
//
// "twice" counts times only right after a verb of the past and not before
// a comparison or a rate: "twice as many", "twice a day", "twice the
// size" are no counts of events.

// timesAdverbs are the adverbs that count times.
var timesAdverbs = map[string]float64{"twice": 2, "thrice": 3}

// notTimesAfter, after "twice", make it a multiplier or a rate.
var notTimesAfter = setOf(`as a an the per than that more less over every each daily weekly monthly yearly`)

// nthTime reads a count of times at toks[i]: "the|a <ordinal> time" after
// "for", or "twice" after a verb of the past. It returns the claim's span,
// the span of its figure, and the count.
func nthTime(toks []token, i int) (first, end, valueFirst, valueEnd int, value float64, ok bool) {
	if i == 0 {
		return 0, 0, 0, 0, 0, false
	}
	switch toks[i].lower {
	case "the", "a":
	case "twice", "thrice": // timesAdverbs
		v := timesAdverbs[toks[i].lower]
		prev, next := toks[i-1], tokenAt(toks, i+1)
		if prev.kind != tWord || !strings.HasSuffix(prev.lower, "ed") || len(prev.lower) < 5 || notTimesAfter[next.lower] {
			return 0, 0, 0, 0, 0, false
		}
		return i, i + 1, i, i + 1, v, true
	default:
		return 0, 0, 0, 0, 0, false
	}
	if toks[i-1].lower != "for" || i+2 >= len(toks) {
		return 0, 0, 0, 0, 0, false
	}
	o, isOrdinal := parseOrdinal(toks, i+1)
	if !isOrdinal || o.end >= len(toks) || toks[o.end].lower != "time" || o.value < 2 || o.value > 1000 {
		return 0, 0, 0, 0, 0, false
	}
	return i, o.end + 1, o.first, o.end, o.value, true
}

// streakWords, between an ordinal and a noun, make the ordinal a count of
// the noun's things so far.
var streakWords = setOf(`straight consecutive successive successful`)

// nthStreak reads "[a] <ordinal> straight|consecutive|successive|successful
// <noun>" at toks[i]. It returns the ordinal's index, the index past the
// noun, the qualifier's index and the count, and whether the noun is a
// unit of time ("a third straight night"): then the span is no count, and
// "a third" no fraction either.
func nthStreak(toks []token, i int) (first, end, qualifier int, value float64, ofTime, ok bool) {
	first = i
	if toks[i].lower == "a" && i+1 < len(toks) {
		first++
	}
	if !beginsOrdinal(&toks[first]) {
		return 0, 0, 0, 0, false, false // "the", "in", "-": most starters
	}
	if toks[first].kind == tNumber && !(first+1 < len(toks) && toks[first+1].adjacent() && toks[first+1].kind == tWord) {
		return 0, 0, 0, 0, false, false // most numbers: no suffix, as "16th" has, to make one an ordinal
	}
	// Most quantities have no streak word in the few tokens after them:
	// look for one before reading an ordinal.
	streak := false
	for k := i + 1; k < len(toks) && k <= i+4 && !streak; k++ {
		switch toks[k].lower {
		case "straight", "consecutive", "successive", "successful": // streakWords
			streak = true
		}
	}
	if !streak {
		return 0, 0, 0, 0, false, false
	}
	o, isOrdinal := parseOrdinal(toks, first)
	if !isOrdinal || o.value < 2 || o.end+1 >= len(toks) || !streakWords[toks[o.end].lower] {
		return 0, 0, 0, 0, false, false
	}
	n := &toks[o.end+1]
	if n.kind != tWord || n.isStopword() || n.isCapitalized() {
		return 0, 0, 0, 0, false, false
	}
	return first, o.end + 2, o.end, o.value, timeUnits[n.lower], true
}

// rankVerbs, before "the Nth one to do", say what someone or something
// is: "became only the second woman to", "is the third team to". Without
// one, "to" may say why ("stopped him in the sixth round to keep the
// title") or where ("up to the fifth floor to see").
var rankVerbs = setOf(`only is was are were be been being become became becomes becoming as`)

// nthToDo reads "the <ordinal> <noun> to <verb>" at toks[i], at "the". It
// returns the ordinal's span, the noun's index, the index past the verb,
// and the count.
func nthToDo(toks []token, i int) (first, ordEnd, noun, end int, value float64, ok bool) {
	if toks[i].lower != "the" || i == 0 || i+4 >= len(toks) || !has(rankVerbsFilter, rankVerbs, toks[i-1].lower) {
		return 0, 0, 0, 0, 0, false
	}
	// Most "the"s are followed by no ordinal: look for "to" first.
	to := -1
	for k := i + 3; k < len(toks) && k <= i+4; k++ {
		if toks[k].lower == "to" {
			to = k
			break
		}
	}
	if to < 0 || to+1 >= len(toks) {
		return 0, 0, 0, 0, 0, false
	}
	o, isOrdinal := parseOrdinal(toks, i+1)
	if !isOrdinal || o.value < 2 || o.value > 1000 || o.end+1 != to {
		return 0, 0, 0, 0, 0, false
	}
	n, v := &toks[o.end], &toks[to+1]
	if n.kind != tWord || n.isStopword() || n.isCapitalized() || has(timeUnitsFilter, timeUnits, n.lower) || periodWords[n.lower] ||
		v.kind != tWord || v.isStopword() || v.isCapitalized() {
		return 0, 0, 0, 0, 0, false
	}
	return i + 1, o.end, o.end, to + 2, o.value, true
}

// ordinalCount reads a count said with an ordinal or an adverb at toks[i]:
// "for the second time", "married twice", "the second woman to host", "his
// 16th straight fight". It appends the claim to x.out and returns the index
// past it; a span without a claim is passed over: "a third straight night".
func (x *sentenceExtractor) ordinalCount(i int) (int, bool) {
	toks := x.toks
	if first, end, vf, ve, v, ok := nthTime(toks, i); ok {
		c := x.claim(Count, first, end)
		c.Value, c.Noun = v, "time"
		c.valueStart, c.valueEnd = toks[vf].start, toks[ve-1].end
		return end, true
	}
	if first, ordEnd, noun, end, v, ok := nthToDo(toks, i); ok {
		c := x.claim(Count, first, noun+1)
		c.Value, c.Noun = v, x.phrase(noun, noun+1)+" to "+x.phrase(end-1, end)
		c.valueStart, c.valueEnd = toks[first].start, toks[ordEnd-1].end
		return noun + 1, true
	}
	if first, end, q, v, ofTime, ok := nthStreak(toks, i); ok {
		if !ofTime {
			c := x.claim(Count, first, end)
			c.Value, c.Noun = v, x.phrase(q, end)
			c.valueStart, c.valueEnd = toks[first].start, toks[q-1].end
		}
		return end, true
	}
	return i, false
}
