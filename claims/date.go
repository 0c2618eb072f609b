package claims

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"time"
)

// Date: a date at the precision it is written — a day ("Dec. 10",
// "December 13, 2021", "13/12/2021"), a month ("in June", "June 2021"), a
// year ("2019"), a decade ("the 1960s") — or relative to the report's own
// date ("on Friday", "yesterday", "last week", "earlier this year").
//
// A date without its year, and a relative one, is resolved against the
// source's published date, never into the future of it: "on Friday" in a
// report of Sunday 2021-12-12 is 2021-12-10, and "in June" in a report of
// March is June of the year before. With no published date such dates are
// left unresolved and say so; they are never guessed.
//
// Numeric dates are read day first (13/12/2021 is 13 December), unless the
// first number cannot be a day-of-month that the second could be a month
// for — 12/13/2021 is December 13 — and ISO dates (2021-12-10) year first.

// dateMatch is a date found in a sentence.
type dateMatch struct {
	first, end int       // token indices, end exclusive
	iso        string    // at the precision written: "2021-12-10", "2021-06", "2019", "2021-W49", "1960/1969"
	from, to   time.Time // the first and last day it covers
	resolved   bool      // false for a relative date with no published date
	weekday    string    // a weekday written with the date: "Friday" in "Friday, Dec. 10"
}

var monthNumber = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNumber = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// weekdays are the names of the days of the week.
var weekdays = setOf(`monday tuesday wednesday thursday friday saturday sunday`)

// IsWeekday reports whether a lower-cased word names a day of the week.
func IsWeekday(w string) bool { return weekdays[w] }

// datePrepositions may come before a month standing alone ("in June").
var datePrepositions = setOf(`in since until till by from during early late mid last next this before after through`)

// findDates finds the dates of a sentence. published is the source's date,
// or the zero time when unknown.
func findDates(toks []token, published time.Time) []dateMatch {
	return appendDates(nil, toks, published)
}

// appendDates appends the dates of a sentence to out.
//
// Most tokens are words of no date class, or punctuation, in no order a
// branch on each could foretell: the numbers and the words of the date
// class are first marked, 64 tokens at a time, with no branch, and only
// they are then tried, one bit of the mark at a time. dateAt is tried at
// each with no test before it: its own first tests, of the number's
// length and of the word's case, tell at once the few that start none.
func appendDates(out []dateMatch, toks []token, published time.Time) []dateMatch {
	next := 0 // the first token a date may start at: the end of the last one
	for base := 0; base < len(toks); base += 64 {
		for may := dateCandidates(toks[base:min(base+64, len(toks))]); may != 0; may &= may - 1 {
			i := base + bits.TrailingZeros64(may)
			if i < next {
				continue
			}
			// The date is read into the slot past out's end, and kept
			// there when there is one: a dateMatch is too large to be
			// returned in registers, and copied from each reader to the
			// next it cost more than reading most numbers.
			if len(out) == cap(out) {
				out = slices.Grow(out, 1)
			}
			m := &out[:len(out)+1][len(out)]
			if !dateAt(m, toks, i, published) {
				continue
			}
			out = out[:len(out)+1]
			next = m.end
		}
	}
	return out
}

// dateCandidates returns a bit for each number and word of the date class
// of group, of 64 tokens at most. It is not inlined into appendDates,
// where what its loop needs would not stay in registers.
//
//go:noinline
func dateCandidates(group []token) uint64 {
	var may uint64
	for i := range group {
		t := &group[i]
		may |= uint64(dateStarts[t.kind&3][t.class]) << (i & 63)
	}
	return may
}

// dateStarts is 1 for the kinds and classes of tokens a date may start at,
// numbers and words of the date class, and 0 for the others: one load
// tells them apart.
var dateStarts = func() (starts [4][256]uint8) {
	for c := range 256 {
		starts[tNumber][c] = 1
		if wordClass(c)&classDateWord != 0 {
			starts[tWord][c] = 1
		}
	}
	return starts
}()

// relativeDateStarts are the words relativeDate reads a date from.
var relativeDateStarts = setOf(`yesterday today last this earlier early late later`)

// dateAt reads a date starting at toks[i] into m, and reports whether
// there is one. The readers of dates write m whole when they find one,
// and may leave it written in part when they do not.
func dateAt(m *dateMatch, toks []token, i int, pub time.Time) bool {
	t := &toks[i]
	if t.kind == tNumber {
		// Most dates start with a number, and of what follows only
		// numberDate reads one: a number is no weekday, month nor word
		// of a relative date.
		return numberDate(m, toks, i, pub)
	}
	if !t.isCapitalized() {
		// A weekday, its possessive and a month are capitalized: a word
		// in lower case opens a relative date or none.
		return relativeDate(m, toks, i, pub)
	}
	if wd, ok := possessiveWeekday(t); ok { // "Monday's collapse"
		relativeWeekday(m, toks, i, wd, pub)
		return true
	}
	// A weekday before a date: "Friday, Dec. 10".
	if wd, ok := lookup(weekdayFilter, weekdayNumber, t.lower); ok && t.isCapitalized() {
		j := i + 1
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if absoluteDate(m, toks, j, pub) && len(m.iso) == 10 {
			m.first, m.weekday = i, wd.String()
			return true
		}
		relativeWeekday(m, toks, i, wd, pub)
		return true
	}
	return absoluteDate(m, toks, i, pub) || relativeDate(m, toks, i, pub)
}

// absoluteDate reads a date written with a month name, in numbers, or a
// year or decade into m, as dateAt does.
func absoluteDate(m *dateMatch, toks []token, i int, pub time.Time) bool {
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	// Month first: "Dec. 10", "December 13, 2021", "June 2021", "in June".
	if mo, ok := monthAt(t); ok {
		j := i + 1
		if j < len(toks) && toks[j].text == "." && toks[j].adjacent() {
			j++
		}
		if day, k, ok := dayAt(toks, j); ok {
			year, k2 := yearAfter(toks, k)
			return dayDate(m, i, k2, year, mo, day, pub)
		}
		if year, ok := yearAt(toks, j); ok {
			monthDate(m, i, j+1, year, mo, pub)
			return true
		}
		// A month alone needs a preposition before it or punctuation after
		// it, so that "May" the verb and "June" the name are left alone.
		prev := ""
		if i > 0 {
			prev = toks[i-1].lower
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].text
		}
		if datePrepositions[prev] || (next == "," || next == "." || next == ";") && t.lower != "may" {
			monthDate(m, i, i+1, 0, mo, pub)
			return true
		}
		return false
	}
	return t.kind == tNumber && numberDate(m, toks, i, pub)
}

// numberDate reads a date that starts with the number at toks[i]: a day
// before its month, a date in numbers, a decade, a span of years or a
// year, into m as dateAt does.
//
// A day has one or two digits, and a year, a decade and the first year of
// a span four: the number's length tells which of them to try. Most
// numbers of one or two digits are counts ("10 people"), with no month
// one to three tokens on for a day to go before.
func numberDate(m *dateMatch, toks []token, i int, pub time.Time) bool {
	t := &toks[i]
	if len(t.text) <= 2 && dateWordWithin3(toks, i) && dayFirstDate(m, toks, i, pub) {
		return true
	}
	year := len(t.text) == 4
	// A date in numbers, a decade and a span of years go on from the
	// number with no space: after most numbers a space comes, and none
	// of the three is tried.
	if i+1 < len(toks) && toks[i+1].adjacent() {
		// Numbers: "2021-12-10", "13/12/2021", "12/13/2021".
		if i+4 < len(toks) && toks[i+1].adjacent() && toks[i+2].adjacent() && toks[i+3].adjacent() && toks[i+4].adjacent() &&
			toks[i+2].kind == tNumber && toks[i+4].kind == tNumber && toks[i+1].text == toks[i+3].text &&
			(toks[i+1].text == "-" || toks[i+1].text == "/" || toks[i+1].text == ".") {
			a, b, c := atoi(toks[i].text), atoi(toks[i+2].text), atoi(toks[i+4].text)
			var y, mo, d int
			switch {
			case len(toks[i].text) == 4:
				y, mo, d = a, b, c
			case len(toks[i+4].text) == 4 && a > 12 && b <= 12, len(toks[i+4].text) == 4 && a <= 12 && b <= 12:
				y, mo, d = c, b, a // day first
			case len(toks[i+4].text) == 4 && a <= 12 && b > 12:
				y, mo, d = c, a, b // month first, as the day cannot be the month
			}
			return y > 0 && dayDate(m, i, i+5, y, time.Month(mo), d, pub)
		}
		// A decade: "1960s", "the 1960s".
		if year && i+1 < len(toks) && toks[i+1].text == "s" && toks[i+1].adjacent() {
			y := atoi(t.text)
			if y >= 1000 && y <= 2100 && y%10 == 0 {
				from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
				*m = dateMatch{first: i, end: i + 2, iso: yearISO(y) + "/" + yearISO(y+9), from: from,
					to: time.Date(y+9, 12, 31, 0, 0, 0, 0, time.UTC), resolved: true}
				return true
			}
		}
		// A span of years: "from 1951-1957", "1951–1957". Both years are
		// written whole; "2012-13", a season, is left alone.
		if year && i+2 < len(toks) && (toks[i+1].text == "-" || toks[i+1].text == "–") && toks[i+1].adjacent() &&
			toks[i+2].adjacent() && toks[i+2].kind == tNumber && len(toks[i+2].text) == 4 {
			// yearAt reads the first year alone, without the dash after it.
			y1, ok := yearAt(toks[:i+1], i)
			y2 := atoi(toks[i+2].text)
			followed := i+3 < len(toks) && toks[i+3].adjacent() && (toks[i+3].kind == tNumber || toks[i+3].kind == tWord)
			// "1500-2000 people" counts: round hundreds at both ends.
			round := y1%100 == 0 && y2%100 == 0
			if ok && y2 > y1 && y2 <= 2100 && !followed && !round {
				from := time.Date(y1, 1, 1, 0, 0, 0, 0, time.UTC)
				to := time.Date(y2, 12, 31, 0, 0, 0, 0, time.UTC)
				*m = dateMatch{first: i, end: i + 3, iso: yearISO(y1) + "/" + yearISO(y2), from: from, to: to, resolved: true}
				return true
			}
		}
	}
	// A year: "in 2019", "2019."
	if !year {
		return false
	}
	if y, ok := yearAt(toks, i); ok {
		from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		*m = dateMatch{first: i, end: i + 1, iso: yearISO(y), from: from, to: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), resolved: true}
		return true
	}
	return false
}

// dayFirstDate reads a date written day first at toks[i] into m, as
// dateAt does: "13 December 2021", "1st of June".
func dayFirstDate(m *dateMatch, toks []token, i int, pub time.Time) bool {
	day, k, ok := dayAt(toks, i)
	if !ok {
		return false
	}
	if k < len(toks) && toks[k].lower == "of" {
		k++
	}
	if k < len(toks) {
		if mo, ok := monthAt(&toks[k]); ok {
			year, k2 := yearAfter(toks, k+1)
			return dayDate(m, i, k2, year, mo, day, pub)
		}
	}
	return false
}

// dateWordWithin3 reports whether a word of the date class is among the
// three tokens after toks[i], or as many as there are: after a day its
// month comes next, after its suffix ("1st") or after "of", or after
// both. Most numbers are not among a sentence's last three tokens, and
// their three are read with no loop, whose end would be mispredicted.
func dateWordWithin3(toks []token, i int) bool {
	if i+3 < len(toks) {
		return (toks[i+1].class|toks[i+2].class|toks[i+3].class)&classDateWord != 0
	}
	var classes wordClass
	for k := i + 1; k < len(toks); k++ {
		classes |= toks[k].class
	}
	return classes&classDateWord != 0
}

// monthAt returns the month that the capitalized word t names. A month's
// name is a word of the date class: the other words, most of those a
// month is tried at ("10 people"), are not looked up.
func monthAt(t *token) (time.Month, bool) {
	if t.class&classDateWord == 0 || !t.isCapitalized() {
		return 0, false
	}
	mo, ok := monthNumber[t.lower]
	return mo, ok
}

// dayAt reads a day of the month at toks[i]: "10", "1st".
func dayAt(toks []token, i int) (int, int, bool) {
	if i >= len(toks) || toks[i].kind != tNumber || len(toks[i].text) > 2 {
		return 0, i, false
	}
	d := atoi(toks[i].text)
	if d < 1 || d > 31 {
		return 0, i, false
	}
	j := i + 1
	if j < len(toks) && toks[j].adjacent() && toks[j].kind == tWord {
		switch toks[j].lower {
		case "st", "nd", "rd", "th":
			j++
		default:
			return 0, i, false
		}
	}
	// Not a time ("10:30") nor a count ("10 people" is not after a month).
	if j < len(toks) && toks[j].text == ":" && toks[j].adjacent() {
		return 0, i, false
	}
	return d, j, true
}

// yearAt reads a four-digit year at toks[i].
func yearAt(toks []token, i int) (int, bool) {
	if i >= len(toks) || toks[i].kind != tNumber || len(toks[i].text) != 4 {
		return 0, false
	}
	// Not part of a longer number or code: "2021-12-10" is read whole.
	if i+1 < len(toks) && toks[i+1].adjacent() && (toks[i+1].kind == tNumber || toks[i+1].kind == tWord ||
		(toks[i+1].text == "-" || toks[i+1].text == "/") && i+2 < len(toks) && toks[i+2].kind == tNumber) {
		return 0, false
	}
	if i > 0 && toks[i].adjacent() && (toks[i-1].kind == tWord || toks[i-1].kind == tSymbol || toks[i-1].text == "-" || toks[i-1].text == "/") {
		return 0, false
	}
	y := atoi(toks[i].text)
	return y, y >= 1800 && y <= 2100 || y >= earliestYear && y < 1800 && earlyYear(toks, i)
}

// yearAfter reads an optional ", 2021" or " 2021" after a day.
func yearAfter(toks []token, i int) (int, int) {
	j := i
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if y, ok := yearAt(toks, j); ok {
		return y, j + 1
	}
	return 0, i
}

// dayDate makes a day-precision date in m, taking the year from the
// published date when none is written, and reports whether the day is one
// of the calendar.
func dayDate(m *dateMatch, first, end, year int, mo time.Month, day int, pub time.Time) bool {
	if year == 0 {
		if pub.IsZero() {
			*m = dateMatch{first: first, end: end, iso: yearlessISO(mo, day)}
			return validDay(2000, mo, day)
		}
		year = pub.Year()
		if time.Date(year, mo, day, 0, 0, 0, 0, time.UTC).After(pub) {
			year--
		}
	}
	if !validDay(year, mo, day) {
		return false
	}
	from := time.Date(year, mo, day, 0, 0, 0, 0, time.UTC)
	*m = dateMatch{first: first, end: end, iso: isoDate(from, len(time.DateOnly)), from: from, to: from, resolved: true}
	return true
}

func validDay(year int, mo time.Month, day int) bool {
	if mo < 1 || mo > 12 || day < 1 {
		return false
	}
	return time.Date(year, mo, day, 0, 0, 0, 0, time.UTC).Day() == day
}

// monthDate makes a month-precision date in m.
func monthDate(m *dateMatch, first, end, year int, mo time.Month, pub time.Time) {
	if year == 0 {
		if pub.IsZero() {
			*m = dateMatch{first: first, end: end, iso: yearlessISO(mo, 0)}
			return
		}
		year = pub.Year()
		if mo > pub.Month() {
			year--
		}
	}
	from := time.Date(year, mo, 1, 0, 0, 0, 0, time.UTC)
	*m = dateMatch{first: first, end: end, iso: isoDate(from, len("2006-01")), from: from, to: from.AddDate(0, 1, -1), resolved: true}
}

// relativeWeekday resolves "Friday" to the last Friday on or before the
// published date, in m.
func relativeWeekday(m *dateMatch, toks []token, i int, wd time.Weekday, pub time.Time) {
	*m = dateMatch{first: i, end: i + 1}
	if i > 0 && (toks[i-1].lower == "on" || toks[i-1].lower == "last") {
		m.first = i - 1
		if toks[i-1].lower == "last" && !pub.IsZero() {
			pub = pub.AddDate(0, 0, -1)
		}
	}
	if pub.IsZero() {
		// A report of no known date: the weekday alone, as ISO 8601 writes
		// a day of an unknown week ("-W-4", a Thursday). Two such reports
		// of one story still tell whether they name one day.
		m.iso = WeekdayDate(wd)
		return
	}
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	m.from = pub.AddDate(0, 0, -back)
	m.to, m.iso, m.resolved = m.from, isoDate(m.from, len(time.DateOnly)), true
}

// WeekdayDate is the date of a weekday of an unknown week: "-W-1" a
// Monday, "-W-7" a Sunday.
func WeekdayDate(wd time.Weekday) string {
	if 0 <= wd && int(wd) < len(weekdayDates) {
		return weekdayDates[wd]
	}
	return weekdayDate(wd)
}

// weekdayDate is WeekdayDate worked out.
func weekdayDate(wd time.Weekday) string {
	return "-W-" + strconv.Itoa((int(wd)+6)%7+1)
}

// weekdayDates are the dates of the weekdays of an unknown week, by
// time.Weekday, so that a report of no known date makes no new string for
// each weekday it names.
var weekdayDates = func() (d [7]string) {
	for wd := range d {
		d[wd] = weekdayDate(time.Weekday(wd))
	}
	return d
}()

// IsWeekdayDate reports whether a date's ISO form is a weekday alone.
func IsWeekdayDate(iso string) bool { return len(iso) == 4 && iso[:3] == "-W-" }

// relativeDate reads "yesterday", "today", "last week", "earlier this
// week", "last month", "this year", "early this year", "last year", into
// m as dateAt does.
func relativeDate(m *dateMatch, toks []token, i int, pub time.Time) bool {
	w := toks[i].lower
	unit := func(j int) string {
		if j < len(toks) {
			return toks[j].lower
		}
		return ""
	}
	var (
		end  int
		span string // day, week, month or year
		back int    // how many of them before the published date's
	)
	switch {
	case w == "yesterday":
		end, span, back = i+1, "day", 1
	case w == "today":
		end, span = i+1, "day"
	case (w == "last" || w == "this") && (unit(i+1) == "week" || unit(i+1) == "month" || unit(i+1) == "year"):
		end, span = i+2, unit(i+1)
		if w == "last" {
			back = 1
		}
	case (w == "earlier" || w == "early" || w == "late" || w == "later") && unit(i+1) == "this" &&
		(unit(i+2) == "week" || unit(i+2) == "month" || unit(i+2) == "year"):
		end, span = i+3, unit(i+2)
	default:
		return false
	}
	*m = dateMatch{first: i, end: end}
	if pub.IsZero() {
		return true
	}
	m.resolved = true
	switch span {
	case "day":
		m.from = pub.AddDate(0, 0, -back)
		m.to, m.iso = m.from, isoDate(m.from, len(time.DateOnly))
	case "week":
		monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)-7*back)
		m.from, m.to = monday, monday.AddDate(0, 0, 6)
		y, wk := monday.ISOWeek()
		m.iso = fmt.Sprintf("%d-W%02d", y, wk)
	case "month":
		first := time.Date(pub.Year(), pub.Month()-time.Month(back), 1, 0, 0, 0, 0, time.UTC)
		m.from, m.to, m.iso = first, first.AddDate(0, 1, -1), isoDate(first, len("2006-01"))
	case "year":
		y := pub.Year() - back
		m.from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		m.to, m.iso = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), yearISO(y)
	}
	// What is resolved against the published date does not run past it.
	if m.to.After(pub) && back == 0 {
		m.to = pub
	}
	return true
}

// isoDate returns the first n bytes of t's date as time.DateOnly writes
// it: n is 10 for the day, 7 for the month. It writes the digits itself,
// as Format would after parsing its layout anew, for the four-digit years
// that reports name.
func isoDate(t time.Time, n int) string {
	y, m, d := t.Date()
	if y < 1000 || y > 9999 {
		return t.Format(time.DateOnly[:n])
	}
	b := [len(time.DateOnly)]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-',
		byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:n])
}

// yearlessISO returns the ISO form of a day of a month of no known year,
// "--12-10", or of the month alone when day is 0, "--12", as Sprintf's
// "--%02d-%02d" and "--%02d" write them.
func yearlessISO(mo time.Month, day int) string {
	if mo < 1 || mo > 12 || day < 0 || day > 99 {
		if day == 0 {
			return fmt.Sprintf("--%02d", mo)
		}
		return fmt.Sprintf("--%02d-%02d", mo, day)
	}
	b := [len("--12-10")]byte{'-', '-', byte('0' + mo/10), byte('0' + mo%10), '-', byte('0' + day/10), byte('0' + day%10)}
	if day == 0 {
		return string(b[:len("--12")])
	}
	return string(b[:])
}

// yearNames are the years from earliestYear to lastYearName as written,
// so that a year's date, the commonest, needs no new string.
var yearNames = func() (names [lastYearName - earliestYear + 1]string) {
	for i := range names {
		names[i] = strconv.Itoa(earliestYear + i)
	}
	return names
}()

// lastYearName is the last year of yearNames, the last yearAt reads.
const lastYearName = 2100

// yearISO returns year y as written: "2019".
func yearISO(y int) string {
	if earliestYear <= y && y <= lastYearName {
		return yearNames[y-earliestYear]
	}
	return strconv.Itoa(y)
}

// atoi returns the integer s holds, or 0 when it holds none, as
// strconv.Atoi does. The numbers of dates and times it is asked of are
// of four digits or fewer, whose value it adds up itself: for those
// strconv.Atoi's sign, range and error handling cost several times the
// loop.
func atoi(s string) int {
	if len(s) == 0 || len(s) > 4 {
		n, _ := strconv.Atoi(s)
		return n
	}
	n := 0
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 { // a sign, or no number at all
			n, _ := strconv.Atoi(s)
			return n
		}
		n = n*10 + int(d)
	}
	return n
}

// weekdayMismatch reports, for a date written with a weekday, whether the
// weekday is not the calendar's for that day.
func (m dateMatch) weekdayMismatch() bool {
	return m.weekday != "" && m.resolved && m.from.Weekday().String() != m.weekday
}

// dates adds the dates of the sentence as claims, and gives every claim of
// the sentence the first whole day it names (eventDay). Their context is
// the whole sentence: a date's subject is the event the sentence reports.
func (x *sentenceExtractor) dates() {
	if !x.facts.mayHoldDate() {
		return
	}
	x.found = appendDates(x.found[:0], x.toks, x.published)
	var context []string // the sentence's content words, once a date is kept
	day := 0.0           // the first whole day of the dates kept, resolved
	for k := range x.found {
		m := &x.found[k] // in place: a dateMatch is large
		// The tests first, on the tokens: most dates that fail them are
		// parts of quantities already read, and a claim's place in the
		// file costs more to work out than the tests.
		if x.overlaps(x.toks[m.first].start, x.toks[m.end-1].end) || isMetadataDate(x.toks, m.first, m.end) ||
			len(m.iso) == 4 && inDimensions(x.toks, m.first, m.end) { // "2880 pixels by 1800"
			continue
		}
		c := x.bareClaim(Date, m.first, m.end)
		c.Date, c.Weekday = m.iso, m.weekday
		if m.resolved {
			c.Value = epochDays(m.from)
			if !m.to.Equal(m.from) {
				// Both bounds in one allocation.
				bounds := &[2]float64{c.Value, epochDays(m.to)}
				c.Min, c.Max = &bounds[0], &bounds[1]
			}
		}
		if len(c.Date) == len(time.DateOnly) && c.Min == nil && (day == 0 || c.Value < day) {
			day = c.Value
		}
		// A date is about its whole sentence: the dates of one sentence
		// share its words, which no one writes to.
		if context == nil {
			x.needContent()
			// Read from a copy of the slice: stored to through words,
			// the heap, x.content would be loaded again at each word.
			content := x.content
			words := x.contextRoom(len(content))[:len(content)]
			for k := range content {
				words[k] = content[k].stem
			}
			context = x.keepContext(words)
		}
		c.Context = context
	}
	if day != 0 {
		x.eventDay(day)
	}
}

// eventDay gives every claim of the sentence the first whole day the
// sentence names, resolved to the calendar. It is called by dates, which
// alone makes date claims, and finds the day as it makes them: the claims
// are made with no day, and those of the sentences that name none, most
// of them, are not written to.
func (x *sentenceExtractor) eventDay(day float64) {
	for i := range x.out {
		x.out[i].EventDay = day
	}
}

// overlaps reports whether a claim already found covers part of [start, end).
func (x *sentenceExtractor) overlaps(start, end int) bool {
	for i := range x.out {
		if c := &x.out[i]; c.TextStart < end && start < c.TextEnd {
			return true
		}
	}
	return false
}

func epochDays(t time.Time) float64 { return float64(t.Unix() / 86400) }

// DayOf returns the date of a day number, as Value, Min and Max hold them.
func DayOf(days float64) time.Time { return time.Unix(int64(days)*86400, 0).UTC() }

// WeekdayMismatch reports whether a date claim gives a weekday that is not
// the calendar's for its day: a claim in conflict with itself.
func (c *Claim) WeekdayMismatch() bool {
	return c.Kind == Date && c.Weekday != "" && len(c.Date) == 10 && DayOf(c.Value).Weekday().String() != c.Weekday
}

// dateLabels are the words that label a report's own date: "date
// 2021-12-12", "Published: Dec 13, 2021".
var dateLabels = setOf(`date dated published posted updated`)

var dateLabelsFilter = filterOf(dateLabels)

// isMetadataDate reports whether the date of tokens [first, end) dates the
// report rather than anything in it: one labelled as the report's date,
// or a wire dateline's ("WASHINGTON, Dec. 10 (Reuters) –").
func isMetadataDate(toks []token, first, end int) bool {
	if first > 0 {
		prev := first - 1
		if isMark(&toks[prev], ':') && prev > 0 {
			prev--
		}
		if has(dateLabelsFilter, dateLabels, toks[prev].lower) {
			return true
		}
	}
	return end+2 < len(toks) && isMark(&toks[end], '(') && toks[end+1].isCapitalized() &&
		(isMark(&toks[end+2], ')') || end+3 < len(toks) && isMark(&toks[end+3], ')'))
}

// isMark reports whether t is the one byte c, as t.text == string(c) does.
// It compares the byte first: after a date come words and marks of one
// byte or more in no order a test of the length first could foretell,
// and the byte is seldom the one asked for. A token is never empty.
func isMark(t *token, c byte) bool { return t.text[0] == c && len(t.text) == 1 }
