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
