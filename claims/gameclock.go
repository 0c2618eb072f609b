package claims

import "strings"

// Game clocks: a moment of a game told by its clock, "with 4:43 left in the
// first half", "with 13:41 to go", "at 2:56 of the sixth round", "1:47
// into the second period". They are Clock claims whose Unit names the
// clock and the period it runs in ("left in first half", "of sixth
// round", "left"), so that they are compared only with game clocks of the
// same period and never with times of day; Value is the time on the clock
// in seconds, which ClockString writes as minutes and seconds ("04:43").
// A clock of m:ss with nothing to say it is a game's (no "left", no
// period) is no claim: "stopped it at 2:56" may be a time of day. It is
// one when its sentence names the period before it and the clock ends a
// stoppage: "dropped him again in the sixth, and the referee stopped the
// fight at 2:56" (Unit "of sixth"), "he went down late in the round and
// the referee stopped it at 2:56" (Unit "of round").

// remainingWords, after a game clock, say it counts down: "4:43 left".
var remainingWords = map[string]int{"left": 1, "remaining": 1, "to go": 2, "to play": 2}

// periodWords name the periods of a game.
var periodWords = setOf(`half quarter period round set inning innings game match bout regulation overtime`)

// gameClock reads a game clock at toks[i] and appends its claim to x.out,
// or reports none.
func (x *sentenceExtractor) gameClock(i int) (int, bool) {
	toks := x.toks
	if i+3 >= len(toks) || toks[i+1].text != ":" { // most numbers: no clock
		return i, false
	}
	first := i
	if i > 0 && has(approxClockFilter, approxClockWords, toks[i-1].lower) {
		first = i - 1 // "about 10:00 to play"
	}
	m, colon, s := tokenAt(toks, i), tokenAt(toks, i+1), tokenAt(toks, i+2)
	if m.kind != tNumber || colon.text != ":" || !colon.adjacent() || s.kind != tNumber || !s.adjacent() ||
		len(m.text) > 2 || len(s.text) != 2 || !allDigits(m.text) || !allDigits(s.text) || atoi(s.text) > 59 {
		return i, false
	}
	j := i + 3
	unit := ""
	if n := remainingAt(toks, j); n > 0 {
		j += n
		unit = "left"
		if p, e := periodAt(toks, j, "in"); p != "" {
			unit, j = "left in "+p, e
		}
	} else if p, e := periodAt(toks, j, "of", "into"); p != "" {
		unit, j = toks[j].lower+" "+p, e
	} else if p := stoppagePeriod(toks, i); p != "" {
		unit = "of " + p
	} else {
		return i, false
	}
	c := x.claim(Clock, first, j)
	c.Value, c.Unit = float64(atoi(m.text)*60+atoi(s.text)), unit
	if first < i { // "about 10:00 to play": a minute either way
		lo, hi := c.Value-60, c.Value+60
		c.Min, c.Max, c.MinOpen, c.MaxOpen, c.Approx = &lo, &hi, true, true, true
	}
	c.endToken = j
	return j, true
}

// remainingAt returns how many tokens at toks[j] say a clock counts down,
// or 0.
func remainingAt(toks []token, j int) int {
	w := tokenAt(toks, j).lower
	if n, ok := remainingWords[w]; ok && n == 1 {
		return 1
	}
	if n, ok := remainingWords[w+" "+tokenAt(toks, j+1).lower]; ok && n == 2 {
		return 2
	}
	return 0
}

// periodAt reads a period of a game after one of the prepositions at
// toks[j]: "in the first half", "of the sixth round", "into the second
// period", "in overtime". It returns the period, its ordinal first
// ("first half", "half", "sixth round"), and the index past it.
func periodAt(toks []token, j int, preps ...string) (string, int) {
	t := tokenAt(toks, j)
	found := false
	for _, p := range preps {
		found = found || t.lower == p
	}
	if !found {
		return "", j
	}
	k := j + 1
	if tokenAt(toks, k).lower == "the" {
		k++
	}
	var words []string
	if o, ok := parseOrdinal(toks, k); ok {
		var b strings.Builder // "first", "11th"
		for ; k < o.end; k++ {
			b.WriteString(toks[k].lower)
		}
		words = append(words, b.String())
	}
	if !periodWords[tokenAt(toks, k).lower] {
		return "", j
	}
	words = append(words, tokenAt(toks, k).lower)
	return strings.Join(words, " "), k + 1
}

// GameClock reports a game clock, rather than a time of day: a Clock
// whose Unit names a game's period.
func (c *Claim) GameClock() bool {
	u := c.Unit
	return c.Kind == Clock && (strings.HasPrefix(u, "left") || strings.HasPrefix(u, "of ") || strings.HasPrefix(u, "into "))
}

// stopVerbs end a bout or a game before its time: "stopped the fight at
// 2:56".
var stopVerbs = setOf(`stop stops stopped stopping halt halts halted halting`)

// stoppagePeriod reads the period of a clock at toks[i] ("2:56" of
// "stopped the fight at 2:56.") that ends a stoppage: "at" before the
// clock, a verb of stopping a few words before it in its clause, the
// clause ending after it, and a period named earlier in the sentence ("in
// the sixth", "in the sixth round", "late in the round"). It returns the
// period ("sixth", "sixth round", "round"), or "".
func stoppagePeriod(toks []token, i int) string {
	if i < 2 || toks[i-1].lower != "at" {
		return ""
	}
	if next := tokenAt(toks, i+3); i+3 < len(toks) && (next.kind != tPunct || next.text == ":" || next.text == "-") {
		return "" // "at 2:56 p.m.", "at 2:56:30"
	}
	stop := -1
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if toks[k].kind == tPunct {
			break
		}
		if stopVerbs[toks[k].lower] {
			stop = k
			break
		}
	}
	if stop < 0 {
		return ""
	}
	// The period: "in the" and an ordinal, a period word, or both, the
	// last such before the verb.
	period := ""
	for k := 0; k+2 < stop; k++ {
		if toks[k].lower != "in" || toks[k+1].lower != "the" {
			continue
		}
		if o, ok := parseOrdinal(toks, k+2); ok {
			var b strings.Builder
			for m := k + 2; m < o.end; m++ {
				b.WriteString(toks[m].lower)
			}
			switch w := tokenAt(toks, o.end); {
			case periodWords[w.lower]:
				period = b.String() + " " + w.lower
			case w.kind == tPunct || w.lower == "and":
				period = b.String() // "in the sixth,": the period's word left out
			}
		} else if periodWords[toks[k+2].lower] {
			period = toks[k+2].lower // "late in the round"
		}
	}
	return period
}
