package reconcile

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// Two claims that count the same noun in sentences about the same story
// may still count different things, and a reader who is shown them as a
// conflict must be able to see that they are about one thing. Before a
// strong link (the kind that can join different values into a conflict),
// reconcile checks what the words around each figure say of it:
//
//   - whose it is: a figure given to "he" or "it" belongs to someone the
//     sentence does not name ("It gave him 2,117 points");
//   - whether it counts a part: a stretch of an event ("the team's first 17
//     points", "10 points in the first seven minutes", "five points during
//     the run") or a figure named before ("Those 10 points");
//   - where it holds: "170,000 people in the province" and "230,000 people
//     across Asia" count in different places; a part of a count ("170,000
//     of them in the province") is compared only where both say where;
//   - which of them it counts: "11 Yemeni pirates" are some of "23 pirates",
//     "two Thunderbolt ports" are not "two USB ports", and the British navy's
//     pirates are not the Indian navy's.
//
// When any of these tells the claims apart, or leaves it open, they are not
// linked strongly: they may still agree, but never conflict.

// unsure reports whether two claims with the same counted noun may count
// different things, by the words around them.
func (m *matcher) unsure(a, b *claims.Claim) bool {
	fa, fb := m.feature(a), m.feature(b)
	if fa.pronoun || fb.pronoun || fa.partial || fb.partial || fa.rate != fb.rate || fa.change != fb.change ||
		fa.planned != fb.planned || fa.capacity != fb.capacity {
		return true
	}
	if differentScopes(fa.scope, fb.scope, fa.sentenceWords(a), fb.sentenceWords(b)) {
		return true
	}
	if m.differentYears(a, b, fa.year, fb.year) {
		return true
	}
	if m.headlinesOfDifferentDays(a, b) {
		return true // "Four miners brought out alive" on Tuesday, "Six miners freed" on Thursday
	}
	if fa.remaining != fb.remaining && (fa.outcome == "" || fa.outcome != fb.outcome) {
		return true // "210,000 homes were still without power", "cut power to about 1.2 million homes"
	}
	if fa.stance != "" && fb.stance != "" && fa.stance != fb.stance {
		return true // "is asking for 11 percent", "raised its offer to 5 percent"
	}
	if snapshots(a, b, fa, fb) {
		return true // "02:15 - 198 people have been rescued so far", "371 people had been rescued"
	}
	if fa.next != fb.next {
		return true // "would consider starting at 7 a.m. next year"
	}
	if da, db := fa.weekday, fb.weekday; da != "" && db != "" && da != db {
		return true // "310 people spent Monday night", "housed 180 people Wednesday night"
	}
	// A part of a count ("over 1,700 of them in the north") is set against
	// a figure of the same place only: both must say where they hold.
	if (a.PartOfCount() || b.PartOfCount()) && (len(fa.scope) == 0 || len(fb.scope) == 0) {
		return true
	}
	if a.Kind == claims.Count && !sameMarks(fa.marks, fb.marks, fa.sentenceWords(a), fb.sentenceWords(b)) {
		return true
	}
	if m.statesOther(a, b) {
		return true // "three men climbed out", against a report of "two men" at large and of "the three men"
	}
	if fa.ofHead != "" && fb.ofHead != "" && fa.ofHead != fb.ofHead {
		return true // "medical claim records of 86,000 people", "bank details of 312,000 people"
	}
	return len(fa.demonyms) > 0 && len(fb.demonyms) > 0 && !intersects(fa.demonyms, fb.demonyms)
}

// clauseYear returns the latest year (1900 to 2099) written in a claim's
// clause ("recalled 300,000 jars in 2019", "a 2019 outbreak sickened 16
// people"), else in its sentence ("In 2004, a quake …", "the 2018 Cinder
// Flat fire, burned 31,000 acres and destroyed 112 homes"), or 0.
func clauseYear(c *claims.Claim) int {
	before, after := clause(c)
	if y := latestYear(before, after); y != 0 {
		return y
	}
	return latestYear(words(c.Sentence))
}

// latestYear returns the latest of the years among words, or 0.
func latestYear(wss ...[]string) int {
	y := 0
	for _, ws := range wss {
		for _, w := range ws {
			w = strings.TrimRight(w, ".")
			if len(w) != 4 || w[0] != '1' && w[0] != '2' {
				continue
			}
			if n, err := strconv.Atoi(w); err == nil && n >= 1900 && n <= 2099 && n > y {
				y = n
			}
		}
	}
	return y
}

// nextPeriods are the spans a figure's clause may put it in the next of:
// "next year", "next season", "next week".
var nextPeriods = setOf(`year years season week weekend month time edition race game round term`)

// nextOccasion reports whether a claim's clause puts it on a coming
// occasion ("the race would consider starting at 7 a.m. next year", "a
// bigger purse next season"): a plan or a hope, not this one's figure.
func nextOccasion(c *claims.Claim) bool {
	before, after := clause(c)
	for _, ws := range [][]string{before, after} {
		for i := 0; i+1 < len(ws); i++ {
			if strings.EqualFold(ws[i], "next") && nextPeriods[strings.ToLower(strings.TrimRight(ws[i+1], "."))] {
				return true
			}
		}
	}
	return false
}

// clauseWeekday returns the weekday a claim's clause names, lower-cased,
// or "": a count of one day is not a version of another day's.
func clauseWeekday(c *claims.Claim) string {
	before, after := clause(c)
	for _, ws := range [][]string{before, after} {
		for _, w := range ws {
			if l := strings.ToLower(strings.TrimRight(w, ".")); claims.IsWeekday(l) {
				return l
			}
		}
	}
	return ""
}

// differentYears reports whether two figures are of different years: their
// clauses name different years, or one names a year before the other's
// report was published ("recalled 300,000 jars in 2019" in a report of
// 2024 against "has recalled 1.2 million jars"): an earlier event's
// figure, not a version of this one.
func (m *matcher) differentYears(a, b *claims.Claim, ya, yb int) bool {
	switch {
	case ya == yb:
		return false
	case ya != 0 && yb != 0:
		return true
	}
	dated, year := b, ya // the claim with no year, and the other's year
	if ya == 0 {
		dated, year = a, yb
	}
	day, ok := m.published[dated.Source]
	if !ok {
		return false
	}
	return year < claims.DayOf(day).Year()
}

// sentenceWords returns the stemmed words of claim c's sentence, f being
// c's features: worked out on first need, as only claims that may conflict
// need them.
func (f *feature) sentenceWords(c *claims.Claim) map[string]bool {
	if f.sentence.words == nil {
		f.sentence.words = sentenceWords(c)
	}
	return f.sentence.words
}

// pronouns stand for someone a sentence does not name.
var pronouns = setOf(`he she it they him her them`)

// pronounOwned reports whether a claim's clause names nobody before it but
// a pronoun ("It gave him 2,117 career points", "she allowed one person to
// leave"): whose figure it is lies in another sentence. First and second
// persons in quotes ("We have recorded 24 dead") speak for the source, and
// a possessive ("postponed its offering") leaves the subject named.
func pronounOwned(c *claims.Claim) bool {
	if owner(c) != "" {
		return false
	}
	before, _ := clause(c)
	for _, w := range before {
		if pronouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// stretchWords before a figure, or in the phrase after it, make it a count
// of part of an event: "the first 17 points", "in the last two minutes".
var stretchWords = setOf(`first second third fourth last opening final closing initial`)

// anaphors before a figure point back to one stated before: "Those 10
// points".
var anaphors = setOf(`those these`)

// partial reports whether a claim counts part of something: a figure
// qualified as a stretch ("the first 17 points"), one restated from
// before ("Those 10 points"), or one held to a stretch of time by the
// phrase after it ("in the first seven minutes", "during the run") or
// before its sentence's first comma ("During the run, he blocked two
// shots").
func partial(c *claims.Claim) bool {
	for _, w := range strings.Fields(strings.ToLower(c.Noun)) {
		if first, _, ok := strings.Cut(w, "-"); ok && stretchWords[first] {
			return true // "14 first-half points"
		}
	}
	before, after := clause(c)
	if n := len(before); n > 0 {
		w := strings.ToLower(before[n-1])
		if stretchWords[w] || anaphors[w] {
			return true
		}
	}
	if n := len(before); n >= 2 && strings.EqualFold(before[n-2], "of") && wholeDeterminers[strings.ToLower(before[n-1])] {
		// "14 of the 17 counts", "Of the 45 people interviewed, 41…": a
		// whole that a part is taken from, not the figure itself.
		return true
	}
	if n := len(before); n >= 4 && figureWord(before[n-4]) && strings.EqualFold(before[n-3], "of") &&
		strings.EqualFold(before[n-2], "the") && lowerWord(before[n-1]) {
		// "six of the remaining eight men", "4 of the original 12 crew":
		// the whole a part is taken from, with a word that says which
		// whole; another report's "the six men" may count the part.
		return true
	}
	if stretchPhrase(after) || appositivePart(c) {
		return true
	}
	lead, _, found := strings.Cut(c.Sentence, ",")
	if found && len(lead) < c.TextStart-c.SentenceStart {
		return stretchPhrase(words(lead))
	}
	return false
}

// appositivePart reports a figure set off by a comma right after a phrase
// that takes a part of a whole ("one in four of the 310,000 patients on
// the drug, about 78,000 people, received…"): it restates the part.
func appositivePart(c *claims.Claim) bool {
	at := c.TextStart - c.SentenceStart
	if at <= 0 || at > len(c.Sentence) {
		return false
	}
	left := strings.TrimRight(c.Sentence[:at], " ")
	phrase, ok := strings.CutSuffix(left, ",")
	if !ok {
		return false
	}
	for _, mark := range []string{", ", "; ", ": ", "("} { // not the comma of "310,000"
		if i := strings.LastIndex(phrase, mark); i >= 0 {
			phrase = phrase[i+len(mark):]
		}
	}
	ws := words(phrase)
	for i := 0; i+2 < len(ws); i++ {
		if strings.EqualFold(ws[i], "of") && strings.EqualFold(ws[i+1], "the") && figureWord(ws[i+2]) {
			return true
		}
	}
	return false
}

// wholeDeterminers, after "of", introduce the whole a part is taken from:
// "14 of the 17 counts", "one of its two doors", "two of their three
// children".
var wholeDeterminers = setOf(`the its their his her our`)

// figureWord reports a number written in digits or words: "6", "six".
func figureWord(w string) bool {
	if claims.IsNumberWord(strings.ToLower(w)) {
		return true
	}
	return w != "" && strings.Trim(w, "0123456789,") == ""
}

// lowerWord reports a word of lower-case letters that is no number: the
// "remaining" of "six of the remaining eight", not a name or "20".
func lowerWord(w string) bool {
	return w != "" && strings.ToLower(w) == w && lettered(w) && !claims.IsNumberWord(w)
}

// changeVerbs say a figure is how much something moved, not its size.
var changeVerbs = setOf(`rose fell dropped gained climbed declined increased decreased jumped slid plunged surged grew shrank slipped sank soared tumbled rising falling dropping up down`)

// change reports whether a percentage is a change ("revenue dropped 6
// percent", "shares fell 11.4%") rather than a share of something ("about
// 7% of its workforce"): the two are not versions of one figure.
func change(c *claims.Claim) bool {
	if c.Kind != claims.Percent {
		return false
	}
	before, _ := clause(c)
	for _, w := range before[max(0, len(before)-2):] {
		if changeVerbs[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// rateUnits are what a figure may be given per: "a game", "per share".
var rateUnits = setOf(`game games match night season year month week day hour minute share head capita person`)

// rate reports whether a figure is a rate rather than a total: an average
// ("averaging 23.3 points") or a figure per unit ("$5 a share", "20 points
// per game"). A rate and a total of one noun are not two versions of one
// figure.
func rate(c *claims.Claim) bool {
	before, after := clause(c)
	for _, w := range before[max(0, len(before)-2):] {
		if strings.HasPrefix(strings.ToLower(w), "averag") {
			return true
		}
	}
	if len(after) >= 2 {
		switch strings.ToLower(after[0]) {
		case "per":
			return true
		case "a", "an", "each", "every":
			return rateUnits[strings.TrimRight(strings.ToLower(after[1]), ".")]
		}
	}
	return false
}

// capacityWords, right before a count, say it is how many a place can
// hold, not how many were there: "the stadium holds 42,000 people",
// "seats 1,200", "a capacity of 42,000".
var capacityWords = setOf(`holds hold seats seat accommodates accommodate capacity sleeps`)

// capacity reports a count of how many a place can hold.
func capacity(c *claims.Claim) bool {
	before, _ := clause(c)
	n := len(before)
	if n > 0 && strings.EqualFold(before[n-1], "of") {
		n-- // "a capacity of 42,000"
	}
	return n > 0 && capacityWords[strings.ToLower(before[n-1])]
}

// planWords, right after a count and followed by "for" or "to", say that
// what it counts is on a plan or a list: "seven crossings due for major
// work", "40 schools set to close", "12 bridges scheduled for repair".
var planWords = setOf(`due set scheduled slated earmarked planned listed marked`)

// planned reports whether a count counts what a plan or a list names
// rather than all there is of its noun: "a list of seven crossings due for
// major work" is not a count of the city's crossings ("one of three road
// crossings in Darrow"). Two counts of what is planned may still conflict,
// and so may two of what there is; one of each are counts of different
// sets.
func planned(c *claims.Claim) bool {
	if c.Kind != claims.Count {
		return false
	}
	_, after := clause(c)
	if len(after) < 2 || !planWords[strings.ToLower(after[0])] {
		return false
	}
	next := strings.ToLower(after[1])
	return next == "for" || next == "to"
}

// perUnit returns, lower-cased, what a figure is given per when the words
// right after it say ("share" in "$5 a share", "$5 per share"), or "".
func perUnit(c *claims.Claim) string {
	_, after := clause(c)
	if len(after) < 2 {
		return ""
	}
	switch strings.ToLower(after[0]) {
	case "per", "a", "an", "each", "every":
		if u := strings.TrimRight(strings.ToLower(after[1]), "."); rateUnits[u] {
			return u
		}
	}
	return ""
}

// stretchPhrase reports whether a phrase starts by holding a figure to a
// stretch of time: "during …", or "in the first …", "over the last …".
func stretchPhrase(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "during":
		return true
	case "in", "over", "within", "through":
		for _, w := range ws[1:min(len(ws), 3)] {
			if stretchWords[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// stayWords say where a part of a count is, before the place: "remain in
// hospital", "were still in hospital".
var stayWords = setOf(`are were is was remain remained remains stay stayed stays still`)

// scopePrepositions begin a phrase that says where a figure holds.
var scopePrepositions = setOf(`in across around throughout within inside outside`)

// scopeFunctionWords say nothing of a place.
var scopeFunctionWords = setOf(`the a an of in on at to by for from with and or its his her their this that these those alone only`)

// scope returns the content words, stemmed, of the phrase right after a
// claim that says where it holds: "province" in "170,000 people in the
// province", "asia" in "230,000 people across Asia".
func scope(c *claims.Claim) []string {
	_, after := clause(c)
	// A part says where its people are with a verb of being before the
	// place: "Eleven of them remain in hospital", "Nine of them were
	// still in hospital".
	for c.PartOfCount() && len(after) > 1 && stayWords[strings.ToLower(after[0])] {
		after = after[1:]
	}
	if len(after) == 0 || !scopePrepositions[strings.ToLower(after[0])] {
		return nil
	}
	var out []string
	for _, w := range after[1:] {
		l := strings.ToLower(strings.Trim(w, ".-'’"))
		if scopeFunctionWords[l] || claims.IsNumberWord(l) || !lettered(l) {
			continue
		}
		out = append(out, claims.Stem(l))
	}
	return out
}

// lettered reports a word with letters and no digits: "north-east", not
// "15-2" or "9.1-magnitude".
func lettered(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0 && strings.IndexFunc(s, unicode.IsDigit) < 0
}

// differentScopes reports whether two claims that both say where they hold
// say different things: the place one names is nowhere in the other's
// sentence. "in 13 countries around the Indian Ocean" and "in the province"
// differ; "in 14 countries" and "in 13 countries around the Indian Ocean"
// do not.
func differentScopes(a, b []string, sa, sb map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return !anyIn(a, sb) || !anyIn(b, sa)
}

func anyIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// sentenceWords returns the stemmed, lower-cased words of a claim's sentence.
func sentenceWords(c *claims.Claim) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(c.Sentence) {
		out[claims.Stem(strings.ToLower(strings.Trim(w, ".-'’")))] = true
	}
	return out
}

// words splits text into words as clause does.
func words(t string) []string { return clauseWords(t) }

// marks returns the capitalized words that qualify a noun, its head aside,
// lower-cased: "yemeni" in "11 Yemeni pirates", "thunderbolt" in "two
// Thunderbolt ports". In a count a proper adjective singles out some of
// what the head names; of a sum of money ("its Hong Kong offering") it
// only describes the one thing sized, and is not compared. A noun written
// all in capitals (a headline) has none.
func marks(noun string) []string {
	f := strings.Fields(noun)
	if len(f) < 2 || noun == strings.ToUpper(noun) {
		return nil
	}
	var out []string
	m := model(noun)
	for _, w := range f[:len(f)-1] {
		l := strings.ToLower(w)
		if m != "" && strings.HasPrefix(m, strings.TrimRight(strings.ReplaceAll(l, "-", ""), "s")) {
			continue // the model's name ("AK-47 rifles") is its head, not a mark
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			out = append(out, l)
		}
	}
	return out
}

// sameMarks reports whether what one noun's proper adjectives single out
// the other claim says too: in its own noun, spelling variants allowed
// ("Somali", "Somalian"), or elsewhere in its sentence ("its Hong Kong
// offering" and "an offering on the Hong Kong exchange").
func sameMarks(a, b []string, sa, sb map[string]bool) bool {
	covered := func(x string, ys []string, sentence map[string]bool) bool {
		if sentence[claims.Stem(x)] {
			return true
		}
		for _, y := range ys {
			if x == y || strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
				return true
			}
		}
		return false
	}
	for _, x := range a {
		if !covered(x, b, sb) {
			return false
		}
	}
	for _, y := range b {
		if !covered(y, a, sa) {
			return false
		}
	}
	return true
}

// demonyms returns the adjectives of nationality in a claim's clause before
// it, lower-cased: "indian" in "The Indian navy captured 23 pirates".
func demonyms(c *claims.Claim) []string {
	before, _ := clause(c)
	var out []string
	for _, w := range before {
		if isDemonym(w) && isName(w) {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}
