package claims

import (
	"strings"
	"time"
)

// Weekdays in the possessive: "Monday's collapse", "Sunday's theft",
// "Tuesday's morning rush hour". The day owns the event the noun after it
// names, which is the day the event happened, as "the collapse on Monday"
// says; it is read as "on Monday" is (relativeWeekday).

// possessiveWeekday returns the weekday of a capitalized weekday written
// in "'s" at t: "Monday's".
func possessiveWeekday(t *token) (time.Weekday, bool) {
	// Most words are no weekday: look at their length and ends first.
	if n := len(t.text); n < len("Monday's") || t.text[n-1] != 's' || t.text[0] < 'F' || t.text[0] > 'W' {
		return 0, false
	}
	w, ok := strings.CutSuffix(t.lower, "'s")
	if !ok {
		w, ok = strings.CutSuffix(t.lower, "’s")
	}
	if !ok || !t.isCapitalized() {
		return 0, false
	}
	wd, ok := weekdayNumber[w]
	return wd, ok
}
