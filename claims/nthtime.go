package claims

import "strings"

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

func init() {
	for w := range timesAdverbs {
		starters[w] = true
	}
}

// nthTime reads a count of times at toks[i]: "the|a <ordinal> time" after
// "for", or "twice" after a verb of the past. It returns the claim's span,
// the span of its figure, and the count.
func nthTime(toks []token, i int) (first, end, valueFirst, valueEnd int, value float64, ok bool) {
	if i == 0 {
		return 0, 0, 0, 0, 0, false
	}
	if v, isAdverb := timesAdverbs[toks[i].lower]; isAdverb {
		prev, next := toks[i-1], tokenAt(toks, i+1)
		if prev.kind != tWord || !strings.HasSuffix(prev.lower, "ed") || len(prev.lower) < 5 || notTimesAfter[next.lower] {
			return 0, 0, 0, 0, 0, false
		}
		return i, i + 1, i, i + 1, v, true
	}
	if toks[i-1].lower != "for" || toks[i].lower != "the" && toks[i].lower != "a" || i+2 >= len(toks) {
		return 0, 0, 0, 0, 0, false
	}
	o, isOrdinal := parseOrdinal(toks, i+1)
	if !isOrdinal || o.end >= len(toks) || toks[o.end].lower != "time" || o.value < 2 || o.value > 1000 {
		return 0, 0, 0, 0, 0, false
	}
	return i, o.end + 1, o.first, o.end, o.value, true
}
