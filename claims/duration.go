package claims

import "strings"

// Duration and Age: a number of time units ("136 days", "four and a half
// months", "six months") and a person's age ("32-year-old", "aged 91",
// "91 years old"). Unit is the singular time unit as written ("day",
// "month"); Days converts a duration for comparison.

// timeUnitOf maps the words of time units to their canonical names.
var timeUnitOf = map[string]string{
	"second": "second", "seconds": "second", "sec": "second", "secs": "second",
	"minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
	"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
	"day": "day", "days": "day", "night": "day", "nights": "day",
	"week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
	"month": "month", "months": "month", "year": "year", "years": "year",
	"decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}

// daysIn is the length of each time unit in days.
var daysIn = map[string]float64{
	"second": 1.0 / 86400, "minute": 1.0 / 1440, "hour": 1.0 / 24, "day": 1, "week": 7,
	"fortnight": 14, "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525,
}

// Days returns a duration's value in days, and false for other claims.
func (c *Claim) Days() (float64, bool) {
	d, ok := daysIn[c.Unit]
	if c.Kind != Duration || !ok {
		return 0, false
	}
	return c.Value * d, true
}

// timeUnitAt reports the time unit written at toks[i], and the index past it.
func timeUnitAt(toks []token, i int) (string, int) {
	if i >= len(toks) || toks[i].kind != tWord {
		return "", i
	}
	if u, ok := lookup(timeUnitOfFilter, timeUnitOf, toks[i].lower); ok {
		return u, i + 1
	}
	return "", i
}

// ageAt reports an age written after a number at toks[i]: "-year-old",
// " years old", "-month-old". It returns the unit and the index past it.
// u and k are the time unit at toks[i] and the index past it, as
// timeUnitAt returns them, which classify reads for a duration anyway:
// ageAt reads the unit again only after a hyphen.
func ageAt(toks []token, i int, u string, k int) (string, int) {
	j := i
	hyphen := j < len(toks) && toks[j].text == "-" && toks[j].adjacent()
	if hyphen {
		j++
		u, k = timeUnitAt(toks, j)
	}
	if u != "year" && u != "month" && u != "week" && u != "day" {
		return "", i
	}
	// "32-year-old", "91 years old", "two-year-old", "70-year old"
	if k < len(toks) && toks[k].text == "-" && toks[k].adjacent() && k+1 < len(toks) && toks[k+1].lower == "old" {
		return u, k + 2
	}
	if k < len(toks) && toks[k].lower == "old" && (!hyphen || u == "year" && toks[j].lower == "year") {
		return u, k + 1
	}
	return "", i
}

// agedBefore returns the index of "aged", "age" or "age of" written just
// before toks[i] ("aged 91", "at age 91", "at the age of 91"), or -1.
func agedBefore(toks []token, i int) int {
	switch {
	case i > 0 && (toks[i-1].lower == "aged" || toks[i-1].lower == "age"):
		return i - 1
	case i > 1 && toks[i-1].lower == "of" && toks[i-2].lower == "age":
		return i - 2
	}
	return -1
}

// compoundDuration reads a duration written as a compound adjective after
// a number ending at toks[i], with the noun it qualifies: "a 12-year
// sentence", "a 50-year career", "another three-year prison term". It
// returns the time unit and the index past the noun (one to three words, up
// to a function word, a name, a participle or punctuation), and whether
// one was found; "-year-old" is an age, read before. The noun is part of
// the claim's words for the reader but not its Noun: a story tells of
// many people's sentences and careers ("a 15-year sentence" of the boss
// before him), and the words around them seldom tell whose, so such
// durations group only when they agree, as durations without a noun do.
func compoundDuration(toks []token, i int) (unit string, end int, ok bool) {
	if i+2 >= len(toks) || toks[i].text != "-" || !toks[i].adjacent() || !toks[i+1].adjacent() {
		return "", i, false
	}
	u, k := timeUnitAt(toks, i+1)
	if u == "" || toks[i+1].lower != u { // the singular, as compounds write it: "12-year", not "12-years"
		return "", i, false
	}
	j := k
	for j < len(toks) && j < k+3 && toks[j].kind == tWord && toks[j].space && !toks[j].isStopword() &&
		!toks[j].isCapitalized() && !(j+1 < len(toks) && toks[j+1].text == "-" && toks[j+1].adjacent()) &&
		!(j > k && isParticiple(toks[j].lower)) {
		j++
	}
	if j == k {
		return "", i, false
	}
	return u, j, true
}

// isParticiple reports a word that reads as a verb's participle: "imposed",
// "linking". It ends a noun phrase: "a 12-year sentence imposed in 1997".
func isParticiple(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// fractionOfTime reports the time unit joined by a hyphen to a fraction
// ending at toks[i] ("a quarter-century", "a half-hour"), or "": a span of
// time, not a share.
func fractionOfTime(toks []token, i int) string {
	if i+1 >= len(toks) || toks[i].text != "-" || !toks[i].adjacent() || !toks[i+1].adjacent() {
		return ""
	}
	u, _ := timeUnitAt(toks, i+1)
	if u == "" || toks[i+1].lower != u {
		return ""
	}
	return u
}
