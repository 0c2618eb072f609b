package reconcile

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// Two counts with the same noun in one story are often of different
// things: "Doug McDermott scored 23 points and Grant Gibbs had 11 points";
// "at least five people were killed" and "at least five people were
// injured". Before linking two claims, reconcile looks at the words of the
// claim's own clause: whose figure it is (the nearest name before it) and
// what happened to what it counts (the nearest outcome word). Claims whose
// owners or outcomes differ are not about the same thing.

// clause returns the words of a claim's clause before and after the claim:
// the sentence cut at clause punctuation and at the claim itself.
func clause(c *claims.Claim) (before, after []string) {
	a, b := c.TextStart-c.SentenceStart, c.TextEnd-c.SentenceStart
	clauseMemo.Lock()
	defer clauseMemo.Unlock()
	for i := range clauseMemo.entries {
		e := &clauseMemo.entries[i]
		if e.ok && e.a == a && e.b == b && e.sentence == c.Sentence {
			return e.before, e.after
		}
	}
	before, after = clauseCut(c, conjunctions)
	// Capacity cut, so that a caller's append copies the words rather
	// than write into the memo's.
	before, after = before[:len(before):len(before)], after[:len(after):len(after)]
	clauseMemo.entries[clauseMemo.next] = clauseEntry{true, c.Sentence, a, b, before, after}
	clauseMemo.next = (clauseMemo.next + 1) % len(clauseMemo.entries)
	return before, after
}

// clauseMemo keeps the last few clauses cut: a claim's features (owner,
// outcome, partial, rate, scope, ...) each ask for its clause in turn, and
// cutting it is most of their cost. A clause depends only on the sentence
// and where the claim lies in it, which make the key. Grouping may run in
// several goroutines at once, hence the lock.
var clauseMemo struct {
	sync.Mutex
	entries [4]clauseEntry
	next    int
}

type clauseEntry struct {
	ok            bool
	sentence      string
	a, b          int
	before, after []string
}

// clauseCut is clause with the words that begin a new clause given.
func clauseCut(c *claims.Claim, conjunctions map[string]bool) (before, after []string) {
	s := c.Sentence
	a, b := c.TextStart-c.SentenceStart, c.TextEnd-c.SentenceStart
	if a < 0 || b > len(s) || a > b {
		return nil, nil
	}
	left, right := s[:a], s[b:]
	if i := lastClausePunct(left); i >= 0 {
		left = left[i+1:]
	}
	if i := firstClausePunct(right); i >= 0 {
		right = right[:i]
	}
	before, after = clauseWords(left), clauseWords(right)
	// A conjunction starts a new clause: "Will Artino scored 14 points and
	// Gregory Echenique had 11 points".
	for i := len(before) - 1; i >= 0; i-- {
		if inLower(conjunctions, before[i]) {
			before = before[i+1:]
			break
		}
	}
	for i, w := range after {
		if inLower(conjunctions, w) {
			after = after[:i]
			break
		}
	}
	return before, after
}

// clausePunct ends a clause. Its characters beyond ASCII (dashes, curly
// quotes) all begin with the byte 0xE2 in UTF-8.
const clausePunct = ",;:()—–\"“”"

// lastClausePunct is strings.LastIndexAny(s, clausePunct), by bytes when s
// holds none of the characters beyond ASCII: an ASCII byte is always a
// character of its own in UTF-8.
func lastClausePunct(s string) int {
	if strings.IndexByte(s, 0xE2) >= 0 {
		return strings.LastIndexAny(s, clausePunct)
	}
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', ';', ':', '(', ')', '"':
			return i
		}
	}
	return -1
}

// firstClausePunct is strings.IndexAny(s, clausePunct), likewise.
func firstClausePunct(s string) int {
	if strings.IndexByte(s, 0xE2) >= 0 {
		return strings.IndexAny(s, clausePunct)
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', ':', '(', ')', '"':
			return i
		}
	}
	return -1
}

// inLower reports whether set holds w lower-cased, as set[strings.ToLower(w)]
// does, without a copy of a short ASCII word.
func inLower(set map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// clauseWords splits t into words: runs of letters, digits, apostrophes,
// full stops and hyphens ("U.S.", "O'Brien", "two-thirds"). It is
// strings.FieldsFunc with that rule, with a fast path for ASCII: grouping
// calls it for every claim.
func clauseWords(t string) []string {
	n := 0
	eachClauseWord(t, func(string) { n++ })
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	eachClauseWord(t, func(w string) { out = append(out, w) })
	return out
}

// eachClauseWord calls f with each of clauseWords' words of t, so that
// clauseWords can count them before it allocates.
func eachClauseWord(t string, f func(string)) {
	start := -1
	for i := 0; i < len(t); {
		b, size := t[i], 1
		var inWord bool
		if b < utf8.RuneSelf {
			inWord = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '\'' || b == '.' || b == '-'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(t[i:])
			inWord = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			f(t[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		f(t[start:])
	}
}

// conjunctions begin a clause.
var conjunctions = setOf(`and but while whereas who which that when after before as because although though`)

// notNames are capitalized words that name no owner.
var notNames = setOf(`the a an in on at by for of to from with and but or as after before
this that these those there it its he she they we i his her their our
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
mr mrs ms dr sen rep gov president minister secretary police officials
meanwhile however also still yet then now later earlier today yesterday tomorrow last next here
instead indeed moreover furthermore besides elsewhere overall finally otherwise thus so such
some many most all both each every few several no one two three four five six seven eight nine ten`)

// owner returns whose figure a claim states, lower-cased: the nearest
// possessive before it in its clause ("buford" in "Rodney Buford's record
// of 2,116 points", "team" in "the team's first 17 points"), else the
// clause's first name, its subject in English word order ("mcdermott" in
// "Doug McDermott scored 23 points"). It returns "" when there is none.
//
// A place counts: "a bomb in Baghdad killed 20 people" and "a bomb in
// Basra killed 25 people" are told apart by it.
func owner(c *claims.Claim) string { return ownerOf(c, false) }

// personOwner is owner without places: for a duration, "died at a Los
// Angeles hospital nine days after" is Bettie Page's, not Los Angeles'.
func personOwner(c *claims.Claim) string { return ownerOf(c, true) }

// ownerOf is owner, leaving out the names in a phrase of place when
// skipPlaces.
func ownerOf(c *claims.Claim, skipPlaces bool) string {
	before, _ := clause(c)
	return ownerIn(c, before, skipPlaces)
}

// ownerIn is ownerOf on the words of the claim's clause before it.
func ownerIn(c *claims.Claim, before []string, skipPlaces bool) string {
	for i := len(before) - 1; i >= 0; i-- {
		w, ok := strings.CutSuffix(before[i], "'s")
		if !ok {
			w, ok = strings.CutSuffix(before[i], "’s")
		}
		if ok && utf8.RuneCountInString(w) >= 2 && !notNames[strings.ToLower(w)] {
			return strings.ToLower(w)
		}
	}
	for i, w := range before {
		w = strings.Trim(w, ".-'’")
		r, _ := utf8.DecodeRuneInString(w)
		// A word shaped like a demonym that a verb follows is a name: an
		// adjective of nationality qualifies a noun ("Chinese officials"),
		// where "Genovese ran his family" names who ran it.
		demonym := isDemonym(w) && !(i+1 < len(before) && irregularVerbs[strings.ToLower(before[i+1])])
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 || notNames[strings.ToLower(w)] || demonym ||
			strings.HasSuffix(w, "ly") {
			continue // "Separately", "Initially": sentence adverbs, capitalized at the start
		}
		if skipPlaces && placed(before, i) {
			continue // "died at a Los Angeles hospital": a place, not the subject
		}
		if w == strings.ToUpper(w) && utf8.RuneCountInString(w) <= 4 {
			continue // an acronym: "US", "UN", "AP"
		}
		return strings.ToLower(w)
	}
	return appositiveSubject(c)
}

// placePrepositions begin a phrase that says where, or from where.
var placePrepositions = setOf(`in at from near into inside outside across`)

// placed reports whether the name at ws[i] is in a phrase of place: after
// one of placePrepositions, an article, or another name of the phrase ("in
// Los Angeles", "at a Los Angeles hospital").
func placed(ws []string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		l := strings.ToLower(ws[k])
		switch {
		case placePrepositions[l]:
			return true
		case l == "a" || l == "an" || l == "the" || isName(ws[k]):
			continue
		}
		return false
	}
	return false
}

// appositiveSubject returns the subject of a sentence that opens with a
// name set off by a comma, "McDermott, a junior, now has 2,129 points", as
// owner names it, when the claim comes after it: the clause the claim is in
// lost its subject to the comma. It returns "" for any other sentence.
func appositiveSubject(c *claims.Claim) string {
	lead, _, found := strings.Cut(c.Sentence, ",")
	if !found || len(lead) >= c.TextStart-c.SentenceStart {
		return ""
	}
	ws := strings.Fields(lead)
	if len(ws) > 1 && claims.IsHonorific(strings.ToLower(strings.TrimSuffix(ws[0], "."))) {
		ws = ws[1:] // "Mr. Gigante, who ...": the name is Gigante
	}
	if len(ws) == 0 || len(ws) > 3 {
		return ""
	}
	for _, w := range ws {
		if !isName(w) || notNames[strings.ToLower(w)] || isDemonym(w) {
			return ""
		}
	}
	return strings.ToLower(strings.Trim(ws[0], ".-'’"))
}

// isDemonym reports a capitalized adjective of nationality ("Chinese",
// "Indonesian", "British"), which qualifies a figure without owning it.
func isDemonym(w string) bool {
	l := strings.ToLower(w)
	for _, suf := range []string{"ese", "ian", "ish", "ean", "can", "ian"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return false
}

// outcomes are classes of what can happen to the people a count counts.
var outcomes = classes(`
killed kill kills killing dead died die dies death deaths fatalities fatality toll lives bodies perished drowned
injured injuring injure injures wounded wounding hurt injuries treated
hospitalized hospitalised hospital hospitals
missing unaccounted
arrested detained arrest arrests held jailed custody charged
evacuated evacuation evacuations displaced homeless fled shelters
lifted rescinded
rescued saved freed alive
trapped buried
`)

// outcomeWindow is how many words on each side of a claim are searched
// for its outcome.
const outcomeWindow = 5

// outcome returns the class of the nearest outcome word in a claim's clause,
// or "".
func outcome(c *claims.Claim) string {
	before, after := clause(c)
	word := func(w string) string { return strings.ToLower(strings.Trim(w, ".-'’")) } // "wounded." ends a sentence
	for k := 0; k < outcomeWindow; k++ {
		if k < len(after) {
			if o, ok := outcomes[word(after[k])]; ok {
				return o
			}
		}
		if i := len(before) - 1 - k; i >= 0 {
			if o, ok := outcomes[word(before[i])]; ok {
				return o
			}
		}
	}
	return ""
}
