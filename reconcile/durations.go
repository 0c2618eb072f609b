package reconcile

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// A duration has no noun: what it measures is the event its clause names,
// and two reports seldom name it in the same words — "nine days after
// suffering a heart attack", "a heart attack suffered almost three weeks
// ago"; "in hospital for three weeks with pneumonia", "hospitalized for
// four weeks due to pneumonia"; "the quake was felt for around 15 seconds",
// "the quake shook houses for around one minute". Two reports' durations
// are taken to measure one interval, and may conflict, when
//
//   - their clauses share an event word (a stem: "hospital" and
//     "hospitalized", "score" and "scoreboard" are one word), the phrase
//     an interval is counted from ("after suffering a heart attack") kept
//     in the clause;
//   - their lengths are within durationRatio of each other: a report that
//     says "nine days" and one that says "three weeks" may disagree on one
//     interval, "eight hours" and "nine days" measure different ones; or
//     they give one number in two units ("about 10 days", "about 10
//     weeks"), a slip of the unit;
//   - each is the only duration of its report, near in length, that shares
//     an event word with the other, so that a report that gives several
//     durations of one event ("sentenced to seven years", "a sentence of
//     12 years") is not matched on a guess;
//   - for durations that disagree, they share durationStrong event words
//     ("died at a hospital nine days after suffering a heart attack" is set
//     against "a heart attack suffered almost three weeks ago", three
//     words, not against "in hospital for three weeks with pneumonia", one;
//     a word of the nouns both size, "an 18-month repair program" and "an
//     eight-month repair contract", counts twice), or their clauses open
//     on one subject ("the quake was felt for around 15 seconds", "the
//     quake shook houses for around one minute");
//   - and the words beside them do not say that one is how long something
//     lasted ("for three weeks") and the other the time between two events
//     ("three weeks ago").
//
// Stretches of a larger event ("in the first 20 minutes", "the last two
// decades of her life") are parts, and are left to linkOf.

// durationRatio is how far apart, as a ratio, two reports' lengths of one
// interval may lie: "around 15 seconds" and "around one minute" of one
// shaking.
const durationRatio = 4

// durationStrong is how many event words two durations that disagree must
// share: one word ("plant" in "worked at the plant for 37 years" and "has
// worked at the plant for nearly 30 years") may be the place of two
// people's tenures.
const durationStrong = 2

// intervalOf tells what a duration measures, by the word beside it: how
// long something lasted ("for three weeks"), "span", or the time between
// two events ("nine days after", "three weeks ago"), "gap"; "" when the
// words do not say.
func intervalOf(c *claims.Claim) string {
	before, after := clauseCut(c, durationConjunctions)
	if len(after) > 0 {
		switch strings.ToLower(strings.Trim(after[0], ".-'’")) {
		case "ago", "after", "before", "earlier", "later", "prior", "since":
			return "gap"
		}
	}
	if len(before) > 0 && strings.EqualFold(before[len(before)-1], "for") {
		return "span"
	}
	return ""
}

// sameSubject reports whether two durations' clauses open on one common
// noun, their subject: "the quake was felt for around 15 seconds", "the
// quake shook houses for around one minute". One event word is enough
// evidence then, where a word elsewhere in the clause ("at the plant") is
// not.
func sameSubject(a, b *claims.Claim) bool {
	subject := func(c *claims.Claim) string {
		before, _ := clauseCut(c, durationConjunctions)
		for _, w := range before {
			l := strings.ToLower(w)
			if l == "the" || l == "a" || l == "an" {
				continue
			}
			if isName(w) || !lettered(l) || durationStopWords[l] || scopeFunctionWords[l] || pronouns[l] {
				return "" // a name, a pronoun, a verb without a subject: no common noun
			}
			return claims.Stem(l)
		}
		return ""
	}
	sa := subject(a)
	return sa != "" && sameEventWord(sa, subject(b))
}

// sizesNoun reports a duration that sizes a noun, as a count does ("seven
// hours of battery life", "four months' treatment"): in a story about
// several things (two models of a laptop) each has its own, and the
// words of the noun do not tell which.
func sizesNoun(c *claims.Claim) bool {
	if strings.HasSuffix(c.Text, "'") || strings.HasSuffix(c.Text, "’") {
		return true
	}
	_, after := clause(c)
	return len(after) > 0 && (strings.EqualFold(after[0], "of") || after[0] == "'" || after[0] == "’")
}

// differentDurationSubjects reports whether two durations are of different
// people or outcomes. A duration's owner, the first name of its clause,
// is often a place ("died at a Los Angeles hospital nine days after"),
// left out, or a part of a name ("Bettie", "Page"): owners differ only
// when neither sentence names the other's.
func (m *matcher) differentDurationSubjects(a, b *claims.Claim) bool {
	fa, fb := m.feature(a), m.feature(b)
	if fa.outcome != "" && fb.outcome != "" && fa.outcome != fb.outcome {
		return true
	}
	// In a relative clause ("a forklift operator who had worked at the
	// plant for 24 years", "her husband, who had worked there for 11
	// years") the duration is its antecedent's: two that the other
	// sentence does not mention are two people.
	ra, rb := relativeAntecedent(a), relativeAntecedent(b)
	if ra != "" && !fb.sentenceWords(b)[claims.Stem(ra)] || rb != "" && !fa.sentenceWords(a)[claims.Stem(rb)] {
		if ra != rb {
			return true
		}
	}
	oa, ob := durationOwner(a), durationOwner(b)
	if oa == "" || ob == "" || sameWord(oa, ob) {
		return false
	}
	return !fa.sentenceWords(a)[claims.Stem(ob)] && !fb.sentenceWords(b)[claims.Stem(oa)]
}

// relativePronouns open a clause about the noun before them.
var relativePronouns = setOf(`who whose whom`)

// relativeAntecedent returns, lower-cased, the word a claim's relative
// clause is about ("operator" in "a forklift operator who had worked there
// for 24 years"), or "" when the claim is in no relative clause.
func relativeAntecedent(c *claims.Claim) string {
	a := c.TextStart - c.SentenceStart
	if a < 0 || a > len(c.Sentence) {
		return ""
	}
	ws := strings.FieldsFunc(c.Sentence[:a], func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	for i := len(ws) - 1; i > 0; i-- {
		if l := strings.ToLower(ws[i]); relativePronouns[l] {
			return strings.ToLower(ws[i-1])
		} else if conjunctions[l] || durationConjunctions[l] {
			return "" // another clause lies between
		}
	}
	return ""
}

// durationConjunctions begin a new clause in a duration's sentence. "After"
// and "before" do not: the phrase they begin names the event the interval
// is counted from.
var durationConjunctions = setOf(`and but while whereas who which that when as because although though`)

// durationStopWords say how long or how surely, not what: units of time,
// approximations, auxiliaries.
var durationStopWords = setOf(`second seconds minute minutes hour hours day days week weeks month months year years
decade decades century centuries quarter half night nights morning evening afternoon time times
about around almost nearly roughly some more than less over under least just only another
ago earlier later prior past next since after before until ever still again already
was were is are be been being had has have would will could should can did does do not
wouldn't didn't hadn't wasn't isn't can't won't`)

// eventWords returns the stems of the words of a duration's clause that
// may name the event it measures: lower-case content words, names left out
// (a story's names are in all its sentences).
func eventWords(c *claims.Claim) []string {
	stems, _ := eventWordForms(c)
	return stems
}

// eventWordForms returns eventWords and the words as written. The words
// of the duration itself count too: the noun it sizes names its event, as
// "sentence" does in "a five-year sentence" ("sentenced to seven years")
// and "repair" in "an eight-month repair contract" ("an 18-month repair
// program").
func eventWordForms(c *claims.Claim) (stems, written []string) {
	before, after := clauseCut(c, durationConjunctions)
	return eventStems(append(append(before, after...), words(c.Text)...))
}

// sizedEvents returns the event words of the noun a duration sizes, its
// own words after the number ("repair contract" of "an eight-month repair
// contract"), or none. Two durations that size nouns of one event word
// name their event in the same words, the strongest evidence a duration
// has that they measure one thing.
func sizedEvents(c *claims.Claim) []string {
	stems, _ := eventStems(words(c.Text))
	return stems
}

// eventStems returns the stems of the event words among ws, and the words
// as written.
func eventStems(ws []string) (stems, written []string) {
	for _, w := range ws {
		for _, part := range strings.Split(strings.Trim(w, ".-'’"), "-") {
			if part == "" || isName(part) {
				continue
			}
			l := strings.ReplaceAll(strings.ToLower(part), "’", "'")
			if len(l) < 3 || !lettered(l) || durationStopWords[l] || scopeFunctionWords[l] || pronouns[l] ||
				reportingWords[l] || calendarWords[l] || claims.IsNumberWord(l) {
				continue
			}
			s := claims.Stem(l)
			dup := false
			for _, o := range stems {
				dup = dup || o == s
			}
			if !dup {
				stems, written = append(stems, s), append(written, l)
			}
		}
	}
	return stems, written
}

// sameEventWord reports whether two event stems are one word: equal but
// for a final "e" ("scor", "score"), or one, of five letters or more,
// beginning or ending the other ("hospital", "hospitaliz"; "score",
// "scoreboard"; "quake", "earthquake").
func sameEventWord(x, y string) bool {
	if x == y || strings.TrimSuffix(x, "e") == strings.TrimSuffix(y, "e") {
		return true
	}
	if min(len(x), len(y)) < 5 {
		return false
	}
	return strings.HasPrefix(x, y) || strings.HasPrefix(y, x) || strings.HasSuffix(x, y) || strings.HasSuffix(y, x)
}

// sharedEvents counts the event words of a that b has too.
func sharedEvents(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if sameEventWord(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// sharedEventWords returns up to n event words that every claim's clause
// holds, as the first claim's clause writes them.
func sharedEventWords(cs []claims.Claim, n int) []string {
	var out []string
	first, written := eventWordForms(&cs[0])
	others := make([][]string, len(cs)-1)
	for k := range others {
		others[k] = eventWords(&cs[k+1])
	}
	for i, w := range first {
		all := true
		for _, o := range others {
			all = all && sharedEvents([]string{w}, o) == 1
		}
		if all && len(out) < n {
			out = append(out, written[i])
		}
	}
	return out
}

// nearDurations reports whether two durations' lengths lie within
// durationRatio of each other, or give one number in different units
// ("about 10 days", "about 10 weeks"): a slip of the unit, as common as
// one of the figure.
func nearDurations(a, b *claims.Claim) bool {
	x, okA := a.Days()
	y, okB := b.Days()
	if !okA || !okB || x <= 0 || y <= 0 {
		return false
	}
	if a.Value == b.Value && neighbourUnits(a.Unit, b.Unit) {
		return true
	}
	return math.Max(x, y)/math.Min(x, y) <= durationRatio+1e-9 // 60 seconds over 15, in days, is not quite 4
}

// timeUnitOrder lists the units of time from the shortest; a slip of the
// unit is to the one next to it ("10 days", "10 weeks"), not across
// several ("2 hours", "2 years").
var timeUnitOrder = []string{"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}

// neighbourUnits reports whether two units of time stand next to each
// other in timeUnitOrder.
func neighbourUnits(u, v string) bool {
	i, j := slices.Index(timeUnitOrder, u), slices.Index(timeUnitOrder, v)
	return i >= 0 && j >= 0 && (i-j == 1 || j-i == 1)
}

// durationLinks links each two durations of two reports of one story that
// measure one interval, as set out above.
func (m *matcher) durationLinks(cs []claims.Claim) []link {
	type candidate struct {
		i, j, n int
		agree   bool
	}
	events := map[int][]string{}
	eventsOf := func(i int) []string {
		e, ok := events[i]
		if !ok {
			e = eventWords(&cs[i])
			events[i] = e
		}
		return e
	}
	sized := map[int][]string{}
	sizedOf := func(i int) []string {
		e, ok := sized[i]
		if !ok {
			e = sizedEvents(&cs[i])
			sized[i] = e
		}
		return e
	}
	var sole []candidate
	isDuration := func(c *claims.Claim) (string, bool) {
		return "", c.Kind == claims.Duration && !m.feature(c).partial && !sizesNoun(c)
	}
	storyPairs(cs, isDuration, func(_ string, a, b []int) {
		var here []candidate
		taken := map[int]bool{} // durations the other report states the same
		for _, i := range a {
			for _, j := range b {
				if !nearDurations(&cs[i], &cs[j]) {
					continue
				}
				n := sharedEvents(eventsOf(i), eventsOf(j))
				if n == 0 {
					continue
				}
				if m.differentDurationSubjects(&cs[i], &cs[j]) {
					continue // another person's: no rival to the ones of this person
				}
				if sharedEvents(sizedOf(i), sizedOf(j)) > 0 {
					n++ // "an 18-month repair program", "an eight-month repair contract"
				}
				agree := compatible(&cs[i], &cs[j])
				here = append(here, candidate{i, j, n, agree})
				if agree && exactDuration(&cs[i]) && exactDuration(&cs[j]) {
					taken[i], taken[j] = true, true
				}
			}
		}
		// A duration both reports state alike, on an event word they
		// share ("a sentence of 12 years", "sentenced him to 12 years"),
		// is one interval told alike: it is no rival for another of the
		// other report's durations ("sentenced to seven years" against
		// "a five-year sentence", of an earlier sentence).
		count := map[int]int{} // each duration's candidates in the other report
		kept := here[:0]
		for _, c := range here {
			if !c.agree && (taken[c.i] || taken[c.j]) {
				continue
			}
			kept = append(kept, c)
			count[c.i]++
			count[c.j]++
		}
		for _, c := range kept {
			if count[c.i] == 1 && count[c.j] == 1 {
				sole = append(sole, c)
			}
		}
	})
	var out []link
	for _, c := range sole {
		a, b := &cs[c.i], &cs[c.j]
		if intervalOf(a) != intervalOf(b) && intervalOf(a) != "" && intervalOf(b) != "" {
			continue // how long something lasted is not the time between two events
		}
		if !c.agree && c.n < durationStrong && !sameSubject(a, b) && !sameDurationHead(a, b) {
			continue
		}
		if !c.agree && (anotherOne(a) || anotherOne(b)) {
			continue
		}
		out = append(out, link{a: min(c.i, c.j), b: max(c.i, c.j), strong: true, score: 10 + c.n})
	}
	return out
}

// exactDuration reports a duration stated exactly: "12 years", not "more
// than 30 years" or "about two weeks".
func exactDuration(c *claims.Claim) bool {
	return c.Min == nil && c.Max == nil && !c.Approx
}

// durationOwner is personOwner, and for a duration in a clause that opens
// on a conjunction and a verb in -ing, without a subject of its own
// ("Genovese ran his family from prison while serving a 15-year
// sentence"), the owner of the clause before it: who was serving.
func durationOwner(c *claims.Claim) string {
	if o := personOwner(c); o != "" {
		return o
	}
	a := c.TextStart - c.SentenceStart
	if a < 0 || a > len(c.Sentence) {
		return ""
	}
	left := c.Sentence[:a]
	ws, starts := fieldsAt(left)
	for i := len(ws) - 2; i >= 0; i-- {
		l := strings.ToLower(strings.Trim(ws[i], ",;"))
		if !conjunctions[l] {
			continue
		}
		if !strings.HasSuffix(strings.ToLower(ws[i+1]), "ing") || strings.ContainsAny(ws[i], ",;") {
			return ""
		}
		// The clause before the conjunction, as if the claim stood there.
		at := starts[i]
		head := *c
		head.TextStart, head.TextEnd = c.SentenceStart+at, c.SentenceStart+at
		return personOwner(&head)
	}
	return ""
}

// fieldsAt is strings.Fields that also returns where each field starts.
func fieldsAt(s string) (fields []string, starts []int) {
	start := -1
	for i, r := range s {
		switch space := unicode.IsSpace(r); {
		case space && start >= 0:
			fields, starts = append(fields, s[start:i]), append(starts, start)
			start = -1
		case !space && start < 0:
			start = i
		}
	}
	if start >= 0 {
		fields, starts = append(fields, s[start:]), append(starts, start)
	}
	return fields, starts
}

// durationHead returns the stem of the word a duration measures directly:
// the noun it sizes, within its words ("a five-year sentence"), or the
// verb it completes through "to" or "for" ("sentenced to seven years",
// "sentenced him to 12 years", "jailed for 12 years"); "" when neither.
func durationHead(c *claims.Claim) string {
	if f := strings.Fields(c.Text); len(f) > 1 {
		l := strings.ToLower(strings.Trim(f[len(f)-1], ".-'’"))
		if lettered(l) && len(l) > 2 && !durationStopWords[l] && !claims.IsNumberWord(l) {
			return claims.Stem(l)
		}
	}
	before, _ := clauseCut(c, durationConjunctions)
	n := len(before)
	if n < 2 || !strings.EqualFold(before[n-1], "to") && !strings.EqualFold(before[n-1], "for") {
		return ""
	}
	v := strings.ToLower(before[n-2])
	if pronouns[v] && n >= 3 {
		v = strings.ToLower(before[n-3])
	}
	if len(v) > 4 && strings.HasSuffix(v, "ed") || irregularVerbs[v] {
		return claims.Stem(v)
	}
	return ""
}

// sameDurationHead reports whether two durations measure the same word
// directly ("sentenced to seven years", "a five-year sentence"): one event
// word in common is enough then, being what each is the length of, where
// a word elsewhere in the clause ("at the plant") is not.
func sameDurationHead(a, b *claims.Claim) bool {
	ha, hb := durationHead(a), durationHead(b)
	return ha != "" && hb != "" && sameEventWord(ha, hb)
}

// furtherWords, before a duration, say it is one more of its kind than
// one told before: "another three-year sentence".
var furtherWords = setOf(`another additional further extra second third`)

// anotherOne reports a duration its own words call a further one of its
// kind ("brought him another three-year sentence"): not a retelling of a
// length another report gives, which it may not be set against.
func anotherOne(c *claims.Claim) bool {
	before, _ := clauseCut(c, durationConjunctions)
	f := strings.Fields(strings.ToLower(c.Text))
	return len(before) > 0 && furtherWords[strings.ToLower(before[len(before)-1])] || len(f) > 0 && furtherWords[f[0]]
}

// A span told as what led up to an event, "After nearly a quarter-century
// of public craziness, he finally admitted his insanity ruse at an April
// 2003 hearing", "it was not until 2003, after more than three decades of
// faking mental illness, that Gigante admitted in court", is measured to
// that event: two reports that name the event alike (a verb of one head,
// "admitted") and date it alike (a year both sentences write, 2003) tell
// the length of one interval, however differently they say what filled
// it. Each must be its report's only such span, near in length to the
// other, for the two to be linked.

// leadUp returns, for a duration brought by "after" ("after more than
// three decades of ..."), the heads of the event verbs of its sentence and
// the years it writes; ok is false for any other duration, or one whose
// sentence names no event verb or no year.
func leadUp(c *claims.Claim) (heads, years []string, ok bool) {
	a, b := c.TextStart-c.SentenceStart, c.TextEnd-c.SentenceStart
	if c.Kind != claims.Duration || a < 0 || b > len(c.Sentence) || a > b {
		return nil, nil, false
	}
	ws := strings.Fields(c.Sentence[:a])
	if len(ws) == 0 || !strings.EqualFold(ws[len(ws)-1], "after") {
		return nil, nil, false
	}
	toks := eventTokens(c.Sentence)
	for k, t := range toks {
		if t.start >= a && t.start < b {
			continue // the duration's own words
		}
		if len(t.l) == 4 && (strings.HasPrefix(t.l, "19") || strings.HasPrefix(t.l, "20")) && atoiN(t.l) > 0 {
			years = append(years, t.l)
			continue
		}
		if isEventVerb(toks, k) {
			if h := eventHead(t.l); h != "" {
				heads = append(heads, h)
			}
		}
	}
	return heads, years, len(heads) > 0 && len(years) > 0
}

// leadUpLinks links two reports' spans that led up to one event named and
// dated alike, as set out above.
func (m *matcher) leadUpLinks(cs []claims.Claim) []link {
	type span struct {
		heads, years []string
		ok           bool
	}
	spans := map[int]span{}
	spanOf := func(i int) span {
		s, seen := spans[i]
		if !seen {
			s.heads, s.years, s.ok = leadUp(&cs[i])
			spans[i] = s
		}
		return s
	}
	isDuration := func(c *claims.Claim) (string, bool) { return "", c.Kind == claims.Duration }
	var out []link
	storyPairs(cs, isDuration, func(_ string, a, b []int) {
		var pairs [][2]int
		count := map[int]int{} // each span's candidates in the other report
		for _, i := range a {
			si := spanOf(i)
			if !si.ok {
				continue
			}
			for _, j := range b {
				sj := spanOf(j)
				if !sj.ok || !nearDurations(&cs[i], &cs[j]) || sharedCount(si.heads, sj.heads) == 0 || sharedCount(si.years, sj.years) == 0 {
					continue
				}
				pairs = append(pairs, [2]int{i, j})
				count[i]++
				count[j]++
			}
		}
		for _, p := range pairs {
			if count[p[0]] == 1 && count[p[1]] == 1 && !m.differentDurationSubjects(&cs[p[0]], &cs[p[1]]) {
				out = append(out, link{a: min(p[0], p[1]), b: max(p[0], p[1]), strong: true, score: 12})
			}
		}
	})
	return out
}
