package claims

// Ordinals relative to a list rather than counted from its start: "last"
// (the end), "penultimate", "next to last", "the one before the last" (one
// before the end), "next", "previous", "current" (relative to the current
// item). Value is the offset and Unit what it is counted from, "end" or
// "current". "last week", "next year" and "at last" are not ordinals.

// relativeOrdinals are the phrases, longest first, with their offset and
// what they count from.
var relativeOrdinals = []relativeOrdinalPhrase{
	{[]string{"the", "one", "before", "the", "last", "one"}, -1, "end"},
	{[]string{"the", "one", "before", "the", "last"}, -1, "end"},
	{[]string{"the", "last", "but", "one"}, -1, "end"},
	{[]string{"the", "second", "to", "last"}, -1, "end"},
	{[]string{"second", "to", "last"}, -1, "end"},
	{[]string{"next", "to", "last"}, -1, "end"},
	{[]string{"antepenultimate"}, -2, "end"},
	{[]string{"penultimate"}, -1, "end"},
	{[]string{"previous", "one"}, -1, "current"},
	{[]string{"next", "one"}, 1, "current"},
	{[]string{"current", "one"}, 0, "current"},
	{[]string{"last"}, 0, "end"},
	{[]string{"next"}, 1, "current"},
	{[]string{"previous"}, -1, "current"},
	{[]string{"current"}, 0, "current"},
}

type relativeOrdinalPhrase struct {
	words  []string
	offset float64
	from   string
}

// relativeOrdinalsByFirst are the relative ordinals by their first word,
// longest first. Most words the filter lets by are "the": of the phrases,
// only the four it begins are compared with the words after it.
var relativeOrdinalsByFirst = func() map[string][]relativeOrdinalPhrase {
	m := map[string][]relativeOrdinalPhrase{}
	for _, r := range relativeOrdinals {
		m[r.words[0]] = append(m[r.words[0]], r)
	}
	return m
}()

// relativeOrdinalsOfThe are the relative ordinals that begin with "the".
var relativeOrdinalsOfThe = relativeOrdinalsByFirst["the"]

// relativeOrdinal reads a relative ordinal at toks[i].
func relativeOrdinal(toks []token, i int) (first, end int, offset float64, from string, ok bool) {
	var rs []relativeOrdinalPhrase
	if w := toks[i].lower; w == "the" {
		rs = relativeOrdinalsOfThe // most words the filter lets by, compared rather than looked up
	} else {
		rs, _ = lookup(relativeOrdinalFilter, relativeOrdinalsByFirst, w)
	}
	for _, r := range rs {
		if !wordsAt(toks, i+1, r.words[1:]) {
			continue
		}
		end := i + len(r.words)
		if len(r.words) == 1 && !standsAsOrdinal(toks, i) {
			return 0, 0, 0, "", false
		}
		return i, end, r.offset, r.from, true
	}
	return 0, 0, 0, "", false
}

// isRelativeOrdinalStart reports an absolute ordinal that begins a relative
// one: "second" in "second to last".
func isRelativeOrdinalStart(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i+1].lower == "to" && toks[i+2].lower == "last"
}

// standsAsOrdinal rules out the one-word relative ordinals that are part
// of a date or an idiom: "last week", "next Monday", "at last", "next to".
func standsAsOrdinal(toks []token, i int) bool {
	if i > 0 && toks[i-1].lower == "at" && toks[i].lower == "last" {
		return false
	}
	if i+1 < len(toks) {
		n := toks[i+1].lower
		if has(timeUnitsFilter, timeUnits, n) || toks[i+1].mayBeDate() && (weekdays[n] || monthNames[n] && toks[i+1].isCapitalized()) ||
			n == "weekend" || n == "summer" || n == "winter" || n == "spring" || n == "autumn" || n == "fall" ||
			n == "season" || n == "to" || n == "quarter" {
			return false
		}
	}
	return true
}

// percentOf reads a percentage written the other way round: "percent of
// 10", "per cent of twenty-two" (10%, 22%), with no number before
// "percent" (where "5 percent of 10" is a share of ten).
func percentOf(toks []token, i int) (first, end int, v float64, ok bool) {
	j := i
	switch toks[i].lower {
	case "percent", "percents", "percentage":
		j++
	case "per":
		if i+1 < len(toks) && toks[i+1].lower == "cent" {
			j += 2
		}
	}
	if j == i || j+1 >= len(toks) || toks[j].lower != "of" {
		return 0, 0, 0, false
	}
	if i > 0 {
		if _, isNum := parseNumber(toks, i-1); isNum || toks[i-1].kind == tNumber {
			return 0, 0, 0, false
		}
	}
	n, ok := parseNumber(toks, j+1)
	if !ok || n.fraction || n.indefinite {
		return 0, 0, 0, false
	}
	return i, n.end, n.value, true
}
