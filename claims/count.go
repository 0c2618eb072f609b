package claims

// Count: a number followed by what it counts — "four Chinese companies",
// "1.5 billion shares", "more than one million Uygurs", "dozens of people".
// The counted noun phrase runs from the number to its first plural noun, at
// most four words, stopping at function words and punctuation. A number of
// one counts a singular noun ("one person"). Durations and measures ("six
// months", "5 km") are not counts.

// countedNoun finds the noun phrase counted by a number ending at toks[i].
// It returns the phrase's token span and whether one was found.
func countedNoun(toks []token, i int, n number) (first, end int, ok bool) {
	j := i
	// "dozens of people", "millions of Uyghurs", "a dozen of them" (no)
	if n.indefinite && j < len(toks) && toks[j].lower == "of" {
		j++
	}
	if j < len(toks) && !n.indefinite && toks[j].lower == "of" {
		return 0, 0, false // "one of dozens", "two of the men"
	}
	if j >= len(toks) || n.fraction {
		return 0, 0, false
	}
	first = j
	singular := n.value == 1 && !n.indefinite
	limit := j + 4 // words of the phrase, a model's name counting as one
	for k := j; k < len(toks) && k < limit; k++ {
		t := &toks[k]
		if t.kind == tNumber && k > j && isVersion(toks, k) {
			continue // "two USB 3.0 ports": a version inside the name of what is counted
		}
		if quotedWord(toks, k) {
			// A word in quotes qualifies the noun: 200 “made” members.
			k += 2
			limit += 2
			continue
		}
		if k > j && t.lower == "or" && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].isStopword() {
			continue // "200 made or inducted members": two words for one noun
		}
		if t.kind != tWord || t.isStopword() && !phraseAdjectives[t.lower] ||
			has(monthNamesFilter, monthNames, t.lower) && t.isCapitalized() {
			return 0, 0, false
		}
		if _, isNum := lookup(unitsFilter, units, t.lower); isNum {
			return 0, 0, false
		}
		if k == j && (has(timeUnitsFilter, timeUnits, t.lower) || has(measureUnitsFilter, measureUnits, t.lower) ||
			has(decadesFilter, decades, t.lower)) {
			return 0, 0, false
		}
		// A hyphen joins compounds: "military-industrial", "middle-aged".
		last := k
		for last+2 < len(toks) && toks[last+1].text == "-" && toks[last+1].adjacent() && toks[last+2].adjacent() && toks[last+2].kind == tWord {
			last += 2
		}
		// A model's name of capitals and a number, "AK-47", "F-16", names
		// what is counted or qualifies it; "AK-47s" is its plural.
		if last == k && last+2 < len(toks) && toks[last+1].text == "-" && toks[last+1].adjacent() &&
			toks[last+2].kind == tNumber && toks[last+2].adjacent() && isAllCaps(toks[last].text) {
			last += 2
			limit += 2
			if s := tokenAt(toks, last+1); s.text == "s" && s.adjacent() && !singular {
				return first, last + 2, true
			}
			k = last
			continue
		}
		w := toks[last].lower
		if has(phraseAdjectivesFilter, phraseAdjectives, w) {
			k = last
			continue
		}
		if singular {
			// One thing: the phrase ends where a function word or punctuation does.
			if last+1 >= len(toks) || toks[last+1].kind != tWord || toks[last+1].isStopword() {
				if last+1 < len(toks) && toks[last+1].lower == "of" {
					return 0, 0, false // "one part of", "one member of": a share, not a count
				}
				return first, last + 1, true
			}
		} else if isPlural(w) || isDemonymPlural(toks[last]) {
			if isAnonymousSource(toks, last+1) {
				return 0, 0, false
			}
			return first, last + 1 + pairedNoun(toks, last+1), true
		}
		k = last
	}
	return 0, 0, false
}

// isQuoteMark reports a mark that opens or closes a quoted word. Asked
// of each word after a number (countedNoun), it compares the word with
// the few marks rather than hashing it to look it up in a set.
func isQuoteMark(s string) bool {
	switch s {
	case `"`, "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// quotedWord reports a lower-case word between quote marks at toks[k]:
// the '"made"' of '200 "made" members', a word set off by the writer, not
// a new phrase.
func quotedWord(toks []token, k int) bool {
	if k+2 >= len(toks) || !isQuoteMark(toks[k].text) || !isQuoteMark(toks[k+2].text) {
		return false
	}
	w := &toks[k+1]
	return w.kind == tWord && !w.isCapitalized() && !w.isStopword() && w.adjacent() && toks[k+2].adjacent()
}

// pairedNoun returns the length of "and" and a collective noun at toks[i]
// that one number counts together with the noun before it: "some 420
// passengers and crew", "200 officers and staff". Where "and" is followed
// by anything else ("246 passengers and most of the crew", "23 pirates and
// a large arms cache", "two cheetahs and scenes in a jungle") the number
// counts the first noun only; so it does for "200 protesters and police",
// two sides. It returns 0 when there is none.
func pairedNoun(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i].lower != "and" {
		return 0
	}
	t := &toks[i+1]
	if t.kind != tWord || !collectiveNouns[t.lower] || t.isCapitalized() {
		return 0
	}
	if i+2 < len(toks) && (toks[i+2].kind == tWord && !toks[i+2].isStopword() || toks[i+2].kind == tNumber) {
		return 0 // more words follow: "and staff walked out"
	}
	return 2
}

// collectiveNouns name a group with a singular form: "crew", "staff".
var collectiveNouns = setOf(`crew crews staff personnel faculty`)

// phraseAdjectives may stand inside a counted phrase although they are
// function words elsewhere: "two other people", "three more cases".
var phraseAdjectives = setOf(`other more additional further new extra separate different`)

// isAnonymousSource reports a count that names a report's sources rather
// than anything in the story: "two people familiar with the matter", "three
// people with direct knowledge", "people briefed on".
func isAnonymousSource(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "familiar", "briefed":
		return true
	case "with":
		for k := i + 1; k < len(toks) && k < i+4; k++ {
			if toks[k].lower == "knowledge" {
				return true
			}
		}
	}
	return false
}

// inDimensions reports a number that is one side of two joined by "by" or
// "x" ("2880 pixels by 1800", "2,880 by 1,800 pixels", "13 x 9"): a size,
// not a count.
//
// The numbers on the other side are looked for before the word between:
// most counts have none there, and the word's test, of its length first,
// is unforetold.
func inDimensions(toks []token, first, end int) bool {
	joins := func(t *token) bool { return t.lower == "by" || t.lower == "x" || t.text == "×" }
	if first >= 2 && (toks[first-2].kind == tNumber ||
		first >= 3 && toks[first-2].kind == tWord && toks[first-3].kind == tNumber) && joins(&toks[first-1]) { // "2880 pixels by 1800"
		return true
	}
	return end+1 < len(toks) && toks[end+1].kind == tNumber && joins(&toks[end])
}

// collectiveCounts are the singular nouns of a group whose size a number
// gives, written before it with "of" ("a crowd of 22,000", "a majority of
// 160", "a death toll of 50") or after it ("a 22,000 crowd"). They are the
// counted noun.
var collectiveCounts = setOf(`crowd audience attendance turnout majority population workforce membership toll`)

var collectiveCountsFilter = filterOf(collectiveCounts)

// collectiveBefore reports a collective noun and "of" just before the
// number at toks[first] ("crowd of 22,000"), and the noun's index. The
// noun may also be the subject the number is said of: "Attendance was
// 12,000", "The crowd was estimated at 5,000", "attendance was announced
// at 3,100".
func collectiveBefore(toks []token, first int) (int, bool) {
	if first >= 2 && toks[first-1].lower == "of" && has(collectiveCountsFilter, collectiveCounts, toks[first-2].lower) {
		return first - 2, true
	}
	k := first - 1
	if k >= 2 && toks[k].lower == "at" && isParticiple(toks[k-1].lower) {
		k -= 2 // "was estimated at"
	}
	if k >= 1 && isAgeCopula(toks[k].lower) && has(collectiveCountsFilter, collectiveCounts, toks[k-1].lower) {
		return k - 1, true
	}
	return 0, false
}

// collectiveAfter reports a collective noun just after a number ending at
// toks[i] ("a 22,000 crowd"), and the index past it.
func collectiveAfter(toks []token, i int) (int, bool) {
	if i >= len(toks) || !has(collectiveCountsFilter, collectiveCounts, toks[i].lower) || toks[i].isCapitalized() {
		return i, false
	}
	return i + 1, true
}

// sharedNounAfter reads the noun that a number shares with the next of a
// pair, written once after the second: "12 Somali and 11 Yemeni pirates"
// counts 12 Somali pirates. The number ending at toks[i] must be followed
// by one word (the first's own qualifier), "and" or "or", and a number
// with its counted noun phrase of two words or more, whose last word is
// the shared noun. It returns the qualifier's index and the shared noun's.
func sharedNounAfter(toks []token, i int, n number) (qualifier, noun int, ok bool) {
	if n.fraction || n.indefinite {
		return 0, 0, false
	}
	if i+3 >= len(toks) || toks[i].kind != tWord || toks[i].isStopword() ||
		toks[i+1].lower != "and" && toks[i+1].lower != "or" {
		return 0, 0, false
	}
	second, isNum := parseNumber(toks, i+2)
	if !isNum || second.fraction {
		return 0, 0, false
	}
	f, e, found := countedNoun(toks, second.end, second)
	if !found || e-f < 2 || e-f > 3 || toks[f].isCapitalized() != toks[i].isCapitalized() {
		return 0, 0, false
	}
	return i, e - 1, true
}

// isDemonymPlural reports a capitalized plural in "-is" that names people
// of a country ("Somalis", "Iraqis", "Israelis"), which isPlural leaves
// out for the common nouns in "-is" ("crisis", "analysis").
func isDemonymPlural(t token) bool {
	return t.isCapitalized() && len(t.lower) > 4 && t.lower[len(t.lower)-2:] == "is"
}

// memberWords, joined to a number, make it the size of a group named
// after them: "a five-member police force", "a 12-man jury", "a
// 100-strong crowd".
var memberWords = setOf(`member man person woman strong`)

// memberCompound reads a group's size written as a compound adjective
// after a number ending at toks[i]: "-member", "-man", "-strong" and the
// group's noun phrase after it. It returns the span of the noun phrase,
// the counted noun.
func memberCompound(toks []token, i int) (first, end int, ok bool) {
	if i+2 >= len(toks) || toks[i].text != "-" || !toks[i].adjacent() || !toks[i+1].adjacent() ||
		!memberWords[toks[i+1].lower] {
		return 0, 0, false
	}
	first, end = sizedNoun(toks, i+2)
	if end-first > 4 {
		end = first + 4
	}
	for k := first + 1; k < end; k++ {
		if isParticiple(toks[k].lower) { // "the 6,000-member Academy voted"
			end = k
		}
	}
	return first, end, end > first
}

// countAround reads a count whose noun is written around the amount a
// rather than right after it (countedNoun's case), a's number ending at
// toks[end]: "a five-member police force", "a 22,000 crowd", "a crowd of
// 22,000", "12 Somali" of "12 Somali and 11 Yemeni pirates". It returns
// the claim, appended to x.out, the index past it, and whether there was
// one.
func (x *sentenceExtractor) countAround(a *amount, end int) (*Claim, int, bool) {
	toks := x.toks
	if a.num.fraction {
		return nil, end, false
	}
	if f, e, ok := memberCompound(toks, end); ok && !a.isRange {
		c := x.claim(Count, a.first, e)
		c.Noun = x.phrase(f, e)
		return c, e, true
	}
	if e, ok := collectiveAfter(toks, end); ok {
		c := x.claim(Count, a.first, e)
		c.Noun = x.phrase(end, e)
		return c, e, true
	}
	if k, ok := collectiveBefore(toks, a.first); ok {
		c := x.claim(Count, k, end)
		c.Noun = x.phrase(k, k+1)
		return c, end, true
	}
	if q, n, ok := sharedNounAfter(toks, end, a.num); ok {
		c := x.claim(Count, a.first, q+1)
		c.Noun = x.phrase(q, q+1) + " " + x.phrase(n, n+1)
		return c, q + 1, true
	}
	return nil, end, false
}
