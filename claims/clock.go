package claims

import "fmt"

// Clock: a time of day, "7:37 a.m.", "8 p.m.", "8:30pm", "0737 GMT",
// "07:37 UTC", "7:37 AM local time", "11 am (IST)", "at 1100 hours". A
// time needs what makes it one: a.m. or p.m., a time zone, or "hours"
// after four digits and a preposition of time. "2:56" alone may be a game clock or a race
// time, and is no claim. Value is minutes after midnight; Unit is the zone
// ("UTC" for GMT and UTC, "local" for "local time", the zone's letters
// otherwise, "" when none is written); Noun is the event the time is of,
// the word before it ("struck at 7:37 a.m.": "struck"), lower-cased.

// zones maps the time zones written after a time to the Unit they give.
var zones = map[string]string{
	"gmt": "UTC", "utc": "UTC", "z": "UTC",
	"et": "ET", "est": "ET", "edt": "ET", "ct": "CT", "cst": "CT", "cdt": "CT",
	"pt": "PT", "pst": "PT", "pdt": "PT", "mt": "MT", "mst": "MT", "mdt": "MT",
	"bst": "BST", "cet": "CET", "cest": "CET", "ist": "IST", "wib": "WIB", "jst": "JST",
}

// clockPrepositions come between an event and its time: "struck at", "began
// around", "starting shortly after".
var clockPrepositions = setOf(`at around about approximately roughly shortly just after before by until from since some nearly`)

// particles end phrasal verbs: "set off", "broke out", "passed away".
var particles = setOf(`off out up down away`)

// Filters of the sets asked of the words around most times.
var (
	clockPrepositionsFilter = filterOf(clockPrepositions)
	particlesFilter         = filterOf(particles)
)

// stampWords put a time on the page itself, not on an event of the story.
var stampWords = setOf(`updated posted published modified edited filed created`)

// approxClockWords make a time approximate.
var approxClockWords = setOf(`about around approximately roughly circa`)

// approxClock is how far, in minutes, "about 8 p.m." reaches either way.
const approxClock = 15

// hedgeClock is how far, in minutes, "after 6:30 a.m." or "before 7 a.m."
// reaches from the time; "shortly" or "just" halves it. A time so hedged
// is a window on one side of the time, not the time.
const hedgeClock = 60

// shortlyWords narrow "after" and "before" to a short while.
var shortlyWords = setOf(`shortly just soon right`)

// clockAt reads a time of day starting at toks[i]. It returns the index
// past it, minutes after midnight, and the zone.
func clockAt(toks []token, i int) (end, minutes int, zone string, ok bool) {
	t := &toks[i]
	if t.kind != tNumber || hasPointOrComma(t.text) {
		return 0, 0, "", false
	}
	// The hour is read where the number's length says how it is written:
	// a year ("2019") is read once, as "20" and "19", and a number of
	// three digits or more than four, not at all.
	var h, m int
	j := i + 1
	fourDigits := len(t.text) == 4
	switch {
	case fourDigits: // "0737 GMT"
		h, m = atoi(t.text[:2]), atoi(t.text[2:])
	case len(t.text) <= 2 && tokenAt(toks, j).text == ":" && tokenAt(toks, j).adjacent():
		mt := tokenAt(toks, j+1)
		if mt.kind != tNumber || len(mt.text) != 2 || hasPointOrComma(mt.text) {
			return 0, 0, "", false
		}
		h, m = atoi(t.text), atoi(mt.text)
		j += 2
	case len(t.text) <= 2:
		h = atoi(t.text)
	default:
		return 0, 0, "", false
	}
	if h > 24 || m > 59 {
		return 0, 0, "", false
	}
	colon := j == i+3 // "6:41"
	half, k := meridiemAt(toks, j)
	if half != "" {
		if fourDigits || h < 1 || h > 12 {
			return 0, 0, "", false
		}
		if h == 12 {
			h = 0
		}
		if half == "pm" {
			h += 12
		}
		j = k
	}
	military := false
	if half == "" && fourDigits && i > 0 && has(clockPrepositionsFilter, clockPrepositions, toks[i-1].lower) {
		switch tokenAt(toks, j).lower {
		case "hours", "hrs", "hr": // "at 1100 hours": "1100 hours" alone may be a duration
			military = true
			j++
		}
	}
	if half == "" && !military && colon && i > 0 && has(clockPrepositionsFilter, clockPrepositions, toks[i-1].lower) {
		// "at 18:41": the 24-hour clock; "at 6:41 last night": the part
		// of the day says which half.
		if h >= 13 && h <= 23 {
			military = true
		} else if pm, ok := dayPartAfter(toks, j, h); ok {
			military = true
			if pm {
				h += 12
			}
		}
	}
	if z, k := zoneAt(toks, j); z != "" {
		zone, j = z, k
	}
	if half == "" && zone == "" && !military {
		return 0, 0, "", false
	}
	return j, h*60 + m, zone, true
}

// dayPartAfter reads the part of the day written after a time of h
// o'clock at toks[j] ("this evening", "last night", "in the morning",
// "Thursday afternoon") and reports whether it makes the time p.m., and
// whether it says which half at all: only for the hours each part holds
// ("6:41 last night", "9:30 this morning"; "1:30 last night" may be after
// midnight).
func dayPartAfter(toks []token, j, h int) (pm, ok bool) {
	for k := j; k < len(toks) && k < j+3; k++ {
		switch toks[k].lower {
		case "morning":
			return false, h >= 1 && h <= 11
		case "afternoon":
			return true, h >= 1 && h <= 6
		case "evening":
			return true, h >= 4 && h <= 11
		case "night", "tonight":
			return true, h >= 6 && h <= 11
		case "this", "last", "in", "the", "at", "on", "yesterday", "tomorrow", "that", "early", "late":
			continue
		}
		if !weekdays[toks[k].lower] {
			return false, false
		}
	}
	return false, false
}

// meridiemAt reads "a.m.", "am", "AM", "p.m.", "pm" at toks[j].
func meridiemAt(toks []token, j int) (string, int) {
	t := tokenAt(toks, j)
	switch t.lower {
	case "am", "pm":
		return t.lower, j + 1
	case "a", "p":
		if tokenAt(toks, j+1).text == "." && tokenAt(toks, j+2).lower == "m" && tokenAt(toks, j+2).adjacent() {
			end := j + 3
			if tokenAt(toks, end).text == "." && tokenAt(toks, end).adjacent() {
				end++
			}
			return t.lower + "m", end
		}
	}
	return "", j
}

// zoneAt reads a time zone at toks[j]: "GMT", "UTC", "EST", "local time",
// "(IST)".
func zoneAt(toks []token, j int) (string, int) {
	t := tokenAt(toks, j)
	if t.text == "(" && tokenAt(toks, j+2).text == ")" {
		if z, k := zoneAt(toks, j+1); z != "" && k == j+2 {
			return z, j + 3
		}
		return "", j
	}
	if t.kind != tWord {
		return "", j
	}
	if t.lower == "local" && tokenAt(toks, j+1).lower == "time" {
		return "local", j + 2
	}
	if z, ok := lookup(zonesFilter, zones, t.lower); ok && isUpperCase(t.text) {
		return z, j + 1
	}
	return "", j
}

// clockEvent returns the word that names what happened at the time that
// starts at toks[i]: the word before it and the prepositions between,
// lower-cased ("struck" in "struck at 7:37 a.m.", "starting" in "Starting
// at about 8 p.m.").
func clockEvent(toks []token, i int) string {
	k := i - 1
	for k >= 0 && has(clockPrepositionsFilter, clockPrepositions, toks[k].lower) {
		k--
	}
	if k >= 1 && has(particlesFilter, particles, toks[k].lower) {
		k-- // "set off at"
		if toks[k].lower == "passed" && toks[k+1].lower == "away" {
			return "died" // "passed away at 6:41": the event is a death
		}
	}
	if k >= 0 && toks[k].kind == tWord && !toks[k].isStopword() {
		return toks[k].lower
	}
	return ""
}

// clock appends to x.out a time-of-day claim of the time that starts at
// toks[i], or reports none.
func (x *sentenceExtractor) clock(i int) (int, bool) {
	end, minutes, zone, ok := clockAt(x.toks, i)
	if !ok {
		return i, false
	}
	first := i
	side, reach := 0, 0 // a window after (1) or before (-1) the time, and how long
	switch {
	case i > 0 && has(approxClockFilter, approxClockWords, x.toks[i-1].lower):
		first = i - 1 // "about 8 p.m."
	case i > 0 && (x.toks[i-1].lower == "after" || x.toks[i-1].lower == "before"):
		first, side, reach = i-1, 1, hedgeClock
		if x.toks[i-1].lower == "before" {
			side = -1
		}
		if i > 1 && shortlyWords[x.toks[i-2].lower] {
			first, reach = i-2, hedgeClock/2 // "shortly after 6:30 a.m."
		}
	}
	if stampWords[clockEvent(x.toks, first)] {
		return end, true // "Updated 8:52 PM EDT": the page's, not the story's
	}
	c := x.claim(Clock, first, end)
	c.Value, c.Unit = float64(minutes), zone
	c.Noun = clockEvent(x.toks, first)
	switch {
	case side != 0: // "shortly after 6:30 a.m.": a window on one side
		lo, hi := c.Value, c.Value+float64(reach)
		if side < 0 {
			lo, hi = c.Value-float64(reach), c.Value
		}
		c.Min, c.Max, c.MinOpen, c.MaxOpen, c.Approx = &lo, &hi, side > 0, side < 0, true
	case first < i: // "about 8 p.m."
		lo, hi := c.Value-approxClock, c.Value+approxClock
		c.Min, c.Max, c.MinOpen, c.MaxOpen, c.Approx = &lo, &hi, true, true, true
	}
	c.endToken = end
	return end, true
}

// ClockString writes minutes after midnight as "07:37".
func ClockString(minutes float64) string {
	m := int(minutes)
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}

// timeOrScore reads an elapsed time, a time of day, a game clock, a
// resolution, a record or run, a vote's tally or a game's score at toks[i],
// appends its claim to x.out and returns the index past it. A span without
// a claim is passed over: a page's time stamp.
//
// It is tried at every token that may start a quantity, most of them no
// number, and the recognizers fail at most numbers: they append what they
// find rather than return a claim, which was zeroed and copied at each
// failure. Each but clock is tried only when the token after the number
// is the one it tests first.
//
// Only a number, or a word of approximation before one ("about 8 p.m."),
// begins any of them: the word is looked up only before a number.
func (x *sentenceExtractor) timeOrScore(i int) (int, bool) {
	if x.toks[i].kind != tNumber {
		if i+1 >= len(x.toks) || x.toks[i+1].kind != tNumber || !has(approxClockFilter, approxClockWords, x.toks[i].lower) {
			return i, false
		}
		i++
	}
	switch tokenAt(x.toks, i+1).text {
	case ":":
		if end, ok := x.raceTime(i); ok { // "2:06:41", before game clocks: "2:06" is no clock of it
			return end, true
		}
		if end, ok := x.gameClock(i); ok { // before times of day: "at 18:41 of the first half"
			return end, true
		}
		return x.clock(i)
	case "-", "–": // what records, votes and scores are written with
		if end, ok := x.clock(i); ok {
			return end, true
		}
		if end, ok := x.record(i); ok {
			return end, true
		}
		if end, ok := x.vote(i); ok {
			return end, true
		}
		return x.score(i)
	}
	if end, ok := x.clock(i); ok {
		return end, true
	}
	return x.resolution(i)
}
