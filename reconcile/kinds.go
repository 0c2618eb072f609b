package reconcile

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// How each kind of claim is compared, where kinds differ from plain
// numbers: durations in days, to the precision they are written in; dates
// by the days they cover, or, for a date whose year the report does not
// give, by month and day.

// numeric reports whether a claim's values are compared as intervals.
func numeric(c *claims.Claim) bool {
	return c.Kind != claims.Title && c.Kind != claims.Score && !(c.Kind == claims.Date && partialDate(c))
}

// unitKey is the unit claims must share to be compared. Durations in
// different units compare ("136 days", "four and a half months"), and so
// do lengths ("10 metres", "33 feet"; convert.go).
func unitKey(c *claims.Claim) string {
	if c.Kind == claims.Duration {
		return ""
	}
	if _, ok := inMetres(c); ok {
		return lengthKey
	}
	return c.Unit
}

// valueRange is the interval of values a claim allows, in the unit it is
// compared in: a length in metres, a duration in days, give or take less than half its unit
// ("four and a half months" is 137 days, give or take 15).
func valueRange(c *claims.Claim) span {
	var s span
	s.lo, s.hi, s.loOpen, s.hiOpen = c.Range()
	s = converted(c, roundedMeasure(c, s))
	if d, ok := c.Days(); ok {
		per := d / c.Value
		if c.Value == 0 {
			per = 1
		}
		half := per / 2
		if c.Value > 0 && c.Value < 1 {
			// A fraction of a unit is as precise as the fraction: "a
			// quarter-century" is 25 years give or take half a quarter,
			// not half a century.
			half = per * c.Value / 2
		}
		// The margin's ends are open: "three weeks" rounds what is under
		// three and a half, so it and "four weeks" do not meet. A bound
		// at the figure itself is no rounding: "nearly seven minutes"
		// is under seven, "more than three decades" over thirty years,
		// so "nearly seven minutes" and "almost eight minutes" do not
		// meet.
		switch {
		case math.IsInf(s.lo, -1):
			s.lo = math.Inf(-1)
		case c.Min != nil && *c.Min == c.Value:
			s.lo *= per
		default:
			s.lo, s.loOpen = s.lo*per-half, true
		}
		switch {
		case math.IsInf(s.hi, 1):
			s.hi = math.Inf(1)
		case c.Max != nil && *c.Max == c.Value:
			s.hi *= per
		default:
			s.hi, s.hiOpen = s.hi*per+half, true
		}
	}
	return s
}

// partialDate reports a date without its year ("--12-10", "--06").
// A weekday of an unknown week ("-W-4", "died Thursday" in a report of no
// known date) is a partial date too.
func partialDate(c *claims.Claim) bool {
	return strings.HasPrefix(c.Date, "--") || claims.IsWeekdayDate(c.Date)
}

// sameMonthDay compares two dates on the month and day that both give:
// "--06" and "2021-06" agree, "--12-10" and "2021-12-11" do not.
func sameMonthDay(a, b string) bool {
	md := func(d string) (string, string) {
		d = strings.TrimPrefix(d, "--")
		if len(d) >= 5 && d[4] == '-' { // YYYY-MM[-DD]
			d = d[5:]
		}
		month, day, _ := strings.Cut(d, "-")
		return month, day
	}
	ma, da := md(a)
	mb, db := md(b)
	if len(ma) != 2 || len(mb) != 2 {
		return false // a year, a week or a decade against a month
	}
	return ma == mb && (da == "" || db == "" || da == db)
}

// Links between dates. A date has no noun: its subject is the event its
// sentence reports. Dates written to the same precision (two days, two
// months) agree on four shared words of their sentences; they conflict only
// on five, when the same actor is named and each states its date plainly
// ("early December" or "since October 23" do not). A year holds many days,
// so a year and a day are never linked here (eventDateLinks links dates by
// their event).
const (
	dateWeakShared   = 4
	dateStrongShared = 5
)

func (m *matcher) dateLink(a, b *claims.Claim) (link, bool) {
	if precision(a.Date) != precision(b.Date) {
		return link{}, false
	}
	n := m.shared(a, b)
	if n >= dateStrongShared {
		// A date after the day the other report was published is of
		// another occurrence, as for dates linked by their event.
		if oa, ob := m.feature(a).owner, m.feature(b).owner; oa != "" && oa == ob && plainDate(a) && plainDate(b) &&
			(compatible(a, b) || !m.afterPublished(a, b)) {
			return link{strong: true, score: n}, true
		}
	}
	if n >= dateWeakShared && compatible(a, b) {
		return link{score: n}, true
	}
	return link{}, false
}

// precision names what a date's ISO form gives: a day, a month, a week,
// a year or a span of years.
func precision(iso string) string {
	d := strings.TrimPrefix(iso, "--")
	switch {
	case claims.IsWeekdayDate(iso):
		return "weekday"
	case strings.Contains(d, "W"):
		return "week"
	case strings.Contains(d, "/"):
		return "span"
	case len(d) == 10 || len(d) == 5 && d[2] == '-':
		return "day"
	case len(d) == 7 || len(d) == 2:
		return "month"
	}
	return "year"
}

// weekdayFindings reports each date written with a weekday that is not the
// calendar's: a claim in conflict with itself.
func weekdayFindings(cs []claims.Claim) []Finding {
	var out []Finding
	for _, c := range cs {
		if !c.WeekdayMismatch() {
			continue
		}
		day := claims.DayOf(c.Value)
		out = append(out, Finding{
			Topic:       "weekday of " + c.Date,
			Kind:        claims.Date,
			Verdict:     Conflict,
			Spread:      fmt.Sprintf("%s, but %s is a %s", c.Weekday, c.Date, day.Weekday()),
			Claims:      []claims.Claim{c},
			Independent: 1,
		})
	}
	return out
}

// weekdayName names the weekday of a date of an unknown week: "-W-4" is
// "Thursday".
func weekdayName(iso string) string {
	n := atoiN(iso[3:])
	if n < 1 || n > 7 {
		return iso
	}
	return time.Weekday(n % 7).String()
}
