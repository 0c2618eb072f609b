package claims

import (
	"fmt"
	"strings"
)

// Clock: a time of day, "7:37 a.m.", "8 p.m.", "8:30pm", "0737 GMT",
// "07:37 UTC", "7:37 AM local time". A time needs what makes it one: a.m.
// or p.m., or a time zone. "2:56" alone may be a game clock or a race
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

// particles end phrasal verbs: "set off", "broke out".
var particles = setOf(`off out up down`)

// stampWords put a time on the page itself, not on an event of the story.
var stampWords = setOf(`updated posted published modified edited filed created`)

// approxClockWords make a time approximate.
var approxClockWords = setOf(`about around approximately roughly circa`)

// approxClock is how far, in minutes, "about 8 p.m." reaches either way.
const approxClock = 15

// clockAt reads a time of day starting at toks[i]. It returns the index
// past it, minutes after midnight, and the zone.
func clockAt(toks []token, i int) (end, minutes int, zone string, ok bool) {
	t := toks[i]
	if t.kind != tNumber || strings.ContainsAny(t.text, ".,") {
		return 0, 0, "", false
	}
	h, m := atoi(t.text), 0
	j := i + 1
	fourDigits := len(t.text) == 4
	switch {
	case fourDigits: // "0737 GMT"
		h, m = atoi(t.text[:2]), atoi(t.text[2:])
	case len(t.text) <= 2 && tokenAt(toks, j).text == ":" && tokenAt(toks, j).adjacent():
		mt := tokenAt(toks, j+1)
		if mt.kind != tNumber || len(mt.text) != 2 || strings.ContainsAny(mt.text, ".,") {
			return 0, 0, "", false
		}
		m = atoi(mt.text)
		j += 2
	case len(t.text) <= 2:
	default:
		return 0, 0, "", false
	}
	if h > 24 || m > 59 {
		return 0, 0, "", false
	}
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
	if z, k := zoneAt(toks, j); z != "" {
		zone, j = z, k
	}
	if half == "" && zone == "" {
		return 0, 0, "", false
	}
	return j, h*60 + m, zone, true
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

// zoneAt reads a time zone at toks[j]: "GMT", "UTC", "EST", "local time".
func zoneAt(toks []token, j int) (string, int) {
	t := tokenAt(toks, j)
	if t.kind != tWord {
		return "", j
	}
	if t.lower == "local" && tokenAt(toks, j+1).lower == "time" {
		return "local", j + 2
	}
	if z, ok := zones[t.lower]; ok && t.text == strings.ToUpper(t.text) {
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
	for k >= 0 && clockPrepositions[toks[k].lower] {
		k--
	}
	if k >= 1 && particles[toks[k].lower] {
		k-- // "set off at"
	}
	if k >= 0 && toks[k].kind == tWord && !stopwords[toks[k].lower] {
		return toks[k].lower
	}
	return ""
}

// clock makes a time-of-day claim of the time that starts at toks[i], or
// reports none.
func (x *sentenceExtractor) clock(i int) (Claim, int, bool) {
	end, minutes, zone, ok := clockAt(x.toks, i)
	if !ok {
		return Claim{}, i, false
	}
	first := i
	if i > 0 && approxClockWords[x.toks[i-1].lower] {
		first = i - 1 // "about 8 p.m."
	}
	if stampWords[clockEvent(x.toks, first)] {
		return Claim{}, end, true // "Updated 8:52 PM EDT": the page's, not the story's
	}
	c := x.claim(Clock, first, end)
	c.Value, c.Unit = float64(minutes), zone
	c.Noun = clockEvent(x.toks, first)
	if first < i { // "about 8 p.m."
		lo, hi := c.Value-approxClock, c.Value+approxClock
		c.Min, c.Max, c.MinOpen, c.MaxOpen, c.Approx = &lo, &hi, true, true, true
	}
	c.endToken = end
	return c, end, true
}

// ClockString writes minutes after midnight as "07:37".
func ClockString(minutes float64) string {
	m := int(minutes)
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}

// timeOrScore reads a time of day or a game's score at toks[i]. A claim
// without a kind is a span to pass over: a page's time stamp.
func (x *sentenceExtractor) timeOrScore(i int) (Claim, int, bool) {
	if approxClockFilter.mayHold(x.toks[i].lower) && approxClockWords[x.toks[i].lower] && i+1 < len(x.toks) { // "about 8 p.m."
		i++
	}
	if x.toks[i].kind != tNumber {
		return Claim{}, i, false
	}
	if c, end, ok := x.clock(i); ok {
		return c, end, true
	}
	return x.score(i)
}
