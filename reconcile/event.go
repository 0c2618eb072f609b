package reconcile

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// A date dates an event: "the 2005 film", "a film in 2005", "was indicted
// in 1969", "died on Thursday". Two reports describe one event in
// different words, so the words around two dates of one event differ; but
// the event itself is named alike: the noun the date modifies ("film",
// "breakdown") or the verb of its clause ("indicted", "disappeared"), the
// head of the event. Dates of different sources are linked as of one event
// when
//
//   - their heads match: the same noun, the same verb, or a verb and its
//     noun ("indicted", "indictment"; "died", "death"), light verbs ("was",
//     "became", "took", "began") being no heads;
//   - their clauses name someone alike (a person, a company, a place), or
//     the same thing the event is done to ("sank a fishing trawler"); a
//     phrase in -ing names whom the clause before it does ("Felt broke
//     cover, admitting in 2006"), and "he" or "she" with no one named is
//     the report's principal person, when one stands out (principal);
//   - and no one named does it in one and someone else in the other
//     ("Marlow died", "Marlow's husband died").
//
// Linked dates that agree join one group. Dates that differ conflict only
// when both are stated plainly ("after 1957", "by 1958" bound a date
// without stating it), lie close enough to be one event misdated (a day,
// a month or a year apart), no report dates that event of that name twice
// differently (it recurs), and the clauses make sure it is one event
// (sureEvent). Dates are indexed by head and name: only the dates under
// one key are compared.

// dateEvent is what links a date to its event.
type dateEvent struct {
	heads  []string // event heads, normalized: the noun it modifies, the verb of its clause
	names  []string // names in the event's clause, as written
	actors []string // names and nouns before its head: who did it
	// objects are what the event's verb acts on, or its noun is of:
	// "trawler" in "sank a fishing trawler" and "the sinking of a Thai
	// trawler", stemmed.
	objects []string
	words   []string // content words of the event's clause, stemmed, for the link's score

	noun       string   // the head the date modifies as a noun ("film" in "the 2005 film"), or ""
	actorNames []string // the names among the actors
	after      []string // names after the head: whom or what it was done to, where
	groups     []string // runs of names, lower-cased and joined: "old tappan"
	complement []string // content words after the head that are no names, stemmed: what it was done to, how

	// pronoun is set when the event's actor is a pronoun ("he") and its
	// clause names no one.
	pronoun bool

	// deal is set when the date is of a deal announced ("said on Monday
	// it has agreed to buy Lark Mills"): made once, it is not another
	// occurrence when one report dates it after another was published.
	deal bool
}

// eventToken is a word or a clause mark of a sentence.
type eventToken struct {
	w          string // as written
	l          string // lower-cased
	start, end int    // byte span in the sentence
	mark       bool   // clause punctuation
}

// eventTokens splits a sentence into words and clause marks. Quotes do
// not end a clause: a title in quotes belongs to it.
func eventTokens(s string) []eventToken {
	var out []eventToken
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '’' || r2 == '-' ||
					r2 == '.' && j+n2 < len(s) && s[j+n2] != ' ' {
					j += n2
					continue
				}
				break
			}
			w := strings.TrimRight(s[i:j], "-'’")
			out = append(out, eventToken{w: w, l: strings.ToLower(w), start: i, end: i + len(w)})
			i = j
		case strings.ContainsRune(",;:()—–", r):
			out = append(out, eventToken{w: string(r), start: i, end: i + n, mark: true})
			i += n
		default:
			i += n
		}
	}
	return out
}

// eventOf works out a date claim's event from its sentence.
func eventOf(c *claims.Claim) dateEvent {
	toks := eventTokens(c.Sentence)
	a, b := c.TextStart-c.SentenceStart, c.TextEnd-c.SentenceStart
	first, end := -1, -1
	for i, t := range toks {
		if t.end > a && t.start < b {
			if first < 0 {
				first = i
			}
			end = i + 1
		}
	}
	if first < 0 {
		return dateEvent{}
	}
	// The clause of the date: cut at clause marks and at words that begin
	// a subordinate clause.
	lo, hi := first, end
	for lo > 0 && (!toks[lo-1].mark || toks[lo-1].w == ")") && !subordinators[toks[lo-1].l] {
		if toks[lo-1].w == ")" {
			// An aside in parentheses is no clause's end: "Hewlett-Packard
			// (hp.com) announced on Tuesday".
			open := lo - 2
			for open >= 0 && toks[open].w != "(" && toks[open].w != ")" {
				open--
			}
			if open < 0 || toks[open].w != "(" {
				break
			}
			lo = open
			continue
		}
		lo--
	}
	for hi < len(toks) && !toks[hi].mark && !subordinators[toks[hi].l] {
		hi++
	}
	clauseLo, clauseHi := lo, hi
	var ev dateEvent
	verb, noun := -1, -1 // where the heads stand
	// A date in a phrase of its own ("In 1969, he was indicted"; "By
	// 1958, at the peak of her fame, Page vanished"; "Then, on November
	// 18, it had sunk") dates the clause after it: phrases without a verb
	// are passed over, up to the end of the sentence or a semicolon.
	ownPhrase := hi < len(toks) && toks[hi].w == "," && verbIn(toks, lo, hi) < 0 && nounAfter(toks, end, hi) < 0
	if ownPhrase {
		for k := hi + 1; k < len(toks) && toks[k-1].w != ";" && toks[k-1].w != ":"; {
			e := k
			for e < len(toks) && !toks[e].mark {
				e++
			}
			if v := verbIn(toks, k, e); v >= 0 {
				clauseLo, clauseHi, verb = k, e, v
				break
			}
			if e > k && !datePrepositionsBefore[toks[k].l] && !scopePrepositions[toks[k].l] && toks[k].l != "at" {
				break // a clause without an event verb: no head
			}
			k = e + 1
		}
	} else if n := nounAfter(toks, end, hi); n >= 0 {
		// The noun the date modifies, after it: "the 2005 film". "The
		// 2005 film won an award" dates the film only.
		noun = n
	} else {
		// Or before the preposition that brings the date: "a film in
		// 2005". The preposition may be the date's own first word ("on
		// Thursday").
		p := first - 1
		if datePrepositionsBefore[toks[first].l] {
			p = first
		}
		if p > lo && datePrepositionsBefore[toks[p].l] && isEventNoun(toks, p-1) {
			noun = p - 1
		}
		// The verb nearest the date in its clause, before it: "ended
		// her career in 1957". After it only when the date modifies no
		// noun: "Her breakdown in 1972 followed" dates the breakdown.
		for k := first - 1; k >= lo && verb < 0; k-- {
			if isEventVerb(toks, k) {
				verb = k
			}
		}
		for k := end; verb < 0 && noun < 0 && k < hi; k++ {
			if isEventVerb(toks, k) {
				verb = k
			}
		}
		// A phrase in -ing after a comma, "he finally broke cover,
		// admitting in 2006", is what the clause before it did: its
		// verb is the head, and that clause's subject its actor.
		if verb < 0 && (noun < 0 || noun == lo) && participle(toks, lo) && lo < first {
			verb, noun = lo, -1
			ev.subjectBefore(toks, lo-1)
		}
	}
	if verb >= 0 {
		objects := len(ev.objects)
		ev.addObject(toks, verb+1, clauseHi)
		switch {
		case completionVerbs[toks[verb].l] && len(ev.objects) == objects:
			ev.addHead("built")
		case winVerbs[toks[verb].l] && len(ev.objects) > objects && electoralPrizes[ev.objects[len(ev.objects)-1]]:
			ev.addHead("elected") // "first won the office in 2017": first elected
		default:
			ev.addHead(toks[verb].l)
		}
	}
	if noun >= 0 {
		ev.addHead(toks[noun].l)
		ev.noun = eventHead(toks[noun].l)
		if noun+1 < clauseHi && toks[noun+1].l == "of" {
			ev.addObject(toks, noun+2, clauseHi) // "the sinking of a trawler"
		}
	}
	// The actor of the event: names before its head ("Page disappeared",
	// "Nixon's 1974 resignation").
	headAt := max(verb, noun)
	if verb >= 0 && noun >= 0 {
		headAt = min(verb, noun)
	}
	group := ""
	for k := clauseLo; k < clauseHi; k++ {
		if k >= first && k < end {
			continue
		}
		t := toks[k]
		if headAt >= 0 && k > headAt && isFigure(t.l) {
			// A figure told of what was done, "for $410 million", says
			// which deal it was as well as a word does.
			ev.complement = append(ev.complement, t.l)
		}
		if t.mark || stopWords[t.l] || calendarWords[t.l] || !lettered(t.l) {
			if group != "" {
				ev.groups, group = append(ev.groups, group), ""
			}
			continue
		}
		ev.words = append(ev.words, claims.Stem(t.l))
		if k < headAt && verb >= 0 && isEventNoun(toks, k) && (k+1 >= len(toks) || toks[k+1].l != "of") {
			// A noun before the head may be who did it: "her husband
			// died", "the frigate sank". ("The sinking of ..." aside.)
			ev.actors = append(ev.actors, t.l)
		}
		name := isName(t.w) && !notNames[t.l] && !isDemonym(t.w) && !(k == 0 && isEventVerb(toks, k))
		// A possessive names whose the next noun is ("Page's husband",
		// "Felt's family"), the event's actor only when that noun is the
		// event: "Nixon's resignation", "Nixon's 1974 resignation".
		owns := strings.HasSuffix(t.l, "'s") || strings.HasSuffix(t.l, "’s")
		if name && owns {
			name = k+1 == noun || k+1 == first && end == noun
		}
		if !name {
			if group != "" {
				ev.groups, group = append(ev.groups, group), ""
			}
			if headAt >= 0 && k > headAt && !isName(t.w) {
				ev.complement = append(ev.complement, claims.Stem(t.l))
			}
			continue
		}
		group = strings.TrimSpace(group + " " + nameKey(t.w))
		ev.names = append(ev.names, t.w)
		switch {
		case k < headAt && (verb >= 0 || owns):
			// Who did it: the subject of the verb, or whose the noun is
			// ("Nixon's resignation"). "Page inspired the 2005 film" does
			// not make Page the film's.
			ev.actors = append(ev.actors, t.w)
			ev.actorNames = append(ev.actorNames, t.w)
		case k > headAt && headAt >= 0:
			ev.after = append(ev.after, t.w)
		}
	}
	if group != "" {
		ev.groups = append(ev.groups, group)
	}
	ev.dealAnnounced(toks, clauseLo, clauseHi)
	// A sentence that opens with a name set off by a comma, "Mark Felt,
	// who was known as Deep Throat, died on Friday", names who did what
	// its verb, after the comma, says.
	if verb >= 0 && len(ev.actors) == 0 && clauseLo > 0 && verb > 0 {
		lead := 0
		for lead < len(toks) && !toks[lead].mark {
			lead++
		}
		// "The Corran Dam, built in 1962, held": an article before the
		// name is no part of it.
		from := 0
		if toks[0].l == "the" {
			from = 1
		}
		if lead < clauseLo && lead > from && lead-from <= 3 && toks[lead].w == "," {
			all := true
			for k := from; k < lead; k++ {
				all = all && isName(toks[k].w) && !notNames[toks[k].l] && !isDemonym(toks[k].w)
			}
			if all {
				for k := from; k < lead; k++ {
					ev.names = append(ev.names, toks[k].w)
					ev.actors = append(ev.actors, toks[k].w)
					ev.actorNames = append(ev.actorNames, toks[k].w)
				}
			}
		}
	}
	// A name set off after the noun the date modifies names it: "the 2006
	// movie, The Notorious Bettie Page, starring ...".
	if noun >= 0 && noun+1 == clauseHi && clauseHi < len(toks) && toks[clauseHi].w == "," {
		group = ""
		for k := clauseHi + 1; k < len(toks) && !toks[k].mark; k++ {
			t := toks[k]
			if !isName(t.w) || notNames[t.l] && t.l != "the" {
				break
			}
			if t.l == "the" {
				continue
			}
			ev.names = append(ev.names, t.w)
			ev.after = append(ev.after, t.w)
			group = strings.TrimSpace(group + " " + nameKey(t.w))
		}
		if group != "" {
			ev.groups = append(ev.groups, group)
		}
	}
	return ev
}

// speechVerbs tell that something was said or announced: what the event is
// lies in what was said.
var speechVerbs = setOf(`said says announced announces`)

// dealHead is the head of a deal announced.
const dealHead = "announce buy"

// dealAnnounced makes a date of a speech verb in toks[lo:hi] the date of a
// deal announced when what was said is an agreement to buy something named:
// "said on Monday it has agreed to buy Lark Mills", "announced on Tuesday
// that it has signed an agreement to acquire Lark Mills", "announced the
// acquisition of Lark Mills". "Said on Monday" alone dates any of the
// statements of a story; the thing bought, named in both, says which.
// Only an agreement to buy is taken ("agreed to buy", "an agreement to
// acquire"), made once, or a purchase that is itself what was announced:
// "said he would buy Lark Mills" may be said on many days, and "announced
// it had completed its purchase of Lark Mills" is another, later event.
func (ev *dateEvent) dealAnnounced(toks []eventToken, lo, hi int) {
	s := -1
	for k := lo; k < hi; k++ {
		if speechVerbs[toks[k].l] {
			s = k
			break
		}
	}
	if s < 0 {
		return
	}
	for k := s + 1; k < len(toks) && k <= s+14 && !toks[k].mark; k++ {
		if eventHead(toks[k].l) != "buy" {
			continue
		}
		prev := toks[k-1].l
		verb := false
		for j := max(s+1, k-4); j < k-1 && prev == "to"; j++ {
			verb = verb || strings.HasPrefix(toks[j].l, "agree")
		}
		noun := k == s+1 || k == s+2 && determiners[prev]
		if !verb && !noun {
			return
		}
		// The thing bought: a name after the deal word, past an article,
		// "of" and a few words that say what it is ("consulting firm").
		j := k + 1
		for j < len(toks) && j <= k+5 && !toks[j].mark && !isName(toks[j].w) {
			j++
		}
		var names []string
		for ; j < len(toks) && !toks[j].mark && isName(toks[j].w) && !notNames[toks[j].l]; j++ {
			names = append(names, toks[j].w)
		}
		if len(names) == 0 {
			return
		}
		ev.addHead(dealHead)
		ev.deal = true
		if slices.Contains(ev.names, names[0]) {
			return // named in the date's clause already
		}
		group := ""
		for _, n := range names {
			ev.names = append(ev.names, n)
			ev.after = append(ev.after, n)
			group = strings.TrimSpace(group + " " + nameKey(n))
		}
		ev.groups = append(ev.groups, group)
		return
	}
}

// participle reports whether toks[k] opens a phrase of its own with a
// verb in -ing, after a comma: ", admitting in 2006".
func participle(toks []eventToken, k int) bool {
	if k <= 0 || k >= len(toks) || toks[k-1].w != "," {
		return false
	}
	t := toks[k]
	return !t.mark && t.w == t.l && len(t.l) > 5 && strings.HasSuffix(t.l, "ing") && lettered(t.l)
}

// subjectBefore takes, as the actor of a phrase in -ing, the subject of
// the clause that ends at the comma toks[comma]: its last name, or a
// pronoun ("he finally broke cover"), which principal() may name later.
func (ev *dateEvent) subjectBefore(toks []eventToken, comma int) {
	for k := comma - 1; k >= 0 && !toks[k].mark; k-- {
		t := toks[k]
		if subjectPronouns[t.l] {
			ev.pronoun = true
			return
		}
		if isName(t.w) && !notNames[t.l] && !isDemonym(t.w) && !(k == 0 && stopWords[t.l]) {
			ev.names = append(ev.names, t.w)
			ev.actors = append(ev.actors, t.w)
			ev.actorNames = append(ev.actorNames, t.w)
			return
		}
	}
}

// subjectPronouns stand for a person as a clause's subject.
var subjectPronouns = setOf(`he she`)

// principal returns the person a report is mostly about: the name its
// claims' sentences write most often, at least three times and more often
// than any other ("Felt" in an obituary of Mark Felt); "" when no name
// stands out. A pronoun with no one named in its sentence ("he finally
// broke cover, admitting in 2006") is taken to be that person.
func principal(sentences []string) string {
	counts := map[string]int{}
	for _, s := range sentences {
		toks := eventTokens(s)
		for k, t := range toks {
			if t.mark || !isName(t.w) || notNames[t.l] || notNames[strings.TrimSuffix(t.l, ".")] || isDemonym(t.w) ||
				strings.ToUpper(t.w) == t.w || !lettered(nameKey(t.w)) || k == 0 && stopWords[t.l] {
				continue
			}
			// Only a name seen acting as a person, the subject of a verb
			// ("Felt revealed", "Mr Felt was outraged") or after an
			// honorific, counts: "the Watergate scandal" names no one.
			honored := k > 0 && claims.IsHonorific(strings.TrimSuffix(toks[k-1].l, "."))
			acts := k+1 < len(toks) && !toks[k+1].mark && (isEventVerb(toks, k+1) || lightVerbs[toks[k+1].l] && !determiners[toks[k+1].l])
			if honored || acts {
				counts[nameKey(t.w)]++
			}
		}
	}
	best, top, ties := "", 0, 0
	for n, c := range counts {
		switch {
		case c > top:
			best, top, ties = n, c, 1
		case c == top:
			ties++
		}
	}
	if top < 3 || ties > 1 {
		return ""
	}
	return best
}

func (ev *dateEvent) addHead(w string) {
	h := eventHead(w)
	if h == "" {
		return
	}
	for _, x := range ev.heads {
		if x == h {
			return
		}
	}
	ev.heads = append(ev.heads, h)
}

// addObject adds the noun of the phrase that starts at toks[k], after its
// determiner: "a fishing trawler", "Thai trawler".
func (ev *dateEvent) addObject(toks []eventToken, k, hi int) {
	for k < hi && determiners[toks[k].l] {
		k++
	}
	if n := nounAfter(toks, k, hi); n >= 0 {
		ev.objects = append(ev.objects, claims.Stem(toks[n].l))
	}
}

// subordinators begin a clause of their own within a sentence.
var subordinators = setOf(`while whereas who whom whose which that when because although though if unless where`)

// datePrepositionsBefore bring a date after the noun or verb it dates.
var datePrepositionsBefore = setOf(`in on during of from since`)

// stopWords say nothing of an event.
var stopWords = setOf(`the a an of in on at to by for from with and or as after before since during until
its his her their this that these those it he she they him them we i our you your my
is was were are be been being has have had will would could should may might can do did does
also only then than not no but so up out about into over just more most very
off onto across against near within without through under between among toward towards upon via per`)

// lightVerbs name no event of their own: what happened lies in their
// object ("became a Christian", "took a dark turn", "began her career").
var lightVerbs = setOf(`is was were are be been being has have had having do did does done get got gotten
become became make made take took taken give gave given go went gone come came put set keep kept
begin began begun start started starting end ended ending continue continued remain remained
include included including use used see saw seen find found know knew known call called named
said say says told tell according reported added`)

// dayParts are part of a date, not what it dates: "Saturday night".
var dayParts = setOf(`morning afternoon evening night noon midnight dawn dusk overnight`)

// auxiliaries come before the verb that names the event: "was indicted".
var auxiliaries = setOf(`is was were are be been being has have had will would could should to`)

// irregularVerbs are past forms that do not end in "-ed".
var irregularVerbs = setOf(`died sank sunk quit left won lost fell rose struck hit met ran sold bought shot
held wrote gave led fled broke spoke stole fought caught taught sent built paid lay born`)

// isEventVerb reports whether toks[k] reads as a verb that names an event:
// a past form, or a word after an auxiliary, light verbs aside.
func isEventVerb(toks []eventToken, k int) bool {
	t := toks[k]
	// A hyphen makes a compound ("well-known"), but after a prefix the word
	// is a verb still: "was re-elected".
	if i := strings.Index(t.l, "-"); i >= 0 && (i > 3 || strings.Count(t.l, "-") > 1) {
		return false
	}
	if t.mark || lightVerbs[t.l] || stopWords[t.l] || !lettered(t.l) {
		return false
	}
	if isName(t.w) && (k > 0 || !irregularVerbs[t.l] && !strings.HasSuffix(t.l, "ed")) {
		return false // a name, or the first word of the sentence that is no verb
	}
	prev := ""
	if k > 0 && !toks[k-1].mark {
		prev = toks[k-1].l
	}
	if determiners[prev] {
		return false // "the armed men"
	}
	if irregularVerbs[t.l] {
		return true
	}
	if len(t.l) > 4 && strings.HasSuffix(t.l, "ed") {
		return true
	}
	return auxiliaries[prev] && len(t.l) > 3
}

// verbIn returns the first event verb in toks[lo:hi], or -1.
func verbIn(toks []eventToken, lo, hi int) int {
	for k := lo; k < hi; k++ {
		if isEventVerb(toks, k) {
			return k
		}
		if lightVerbs[toks[k].l] && !toks[k].mark && toks[k].l != "said" {
			// A light verb is a verb still: the clause has one, named by
			// its object. Look no further for another.
			if !auxiliaries[toks[k].l] {
				return -1
			}
		}
	}
	return -1
}

var determiners = setOf(`the a an his her its their this that these those our my your`)

// isEventNoun reports whether toks[k] may be the noun a date modifies: a
// lower-case content word that is no verb.
func isEventNoun(toks []eventToken, k int) bool {
	if k < 0 {
		return false
	}
	t := toks[k]
	return !t.mark && !stopWords[t.l] && !lightVerbs[t.l] && t.l == strings.ToLower(t.w) && t.w == t.l &&
		lettered(t.l) && !isEventVerb(toks, k) && !calendarWords[t.l] && len(t.l) > 2 && !strings.HasSuffix(t.l, "ly")
}

// nounAfter returns the noun a date before it modifies, "film" in "the 2005
// film", "movie" in "the 2006 HBO movie": the last lower-case word of the
// run of words that follows the date, or -1.
func nounAfter(toks []eventToken, k, hi int) int {
	n := -1
	for ; k < hi; k++ {
		t := toks[k]
		if t.mark || stopWords[t.l] || lightVerbs[t.l] || isEventVerb(toks, k) {
			break
		}
		if t.w == t.l {
			n = k
		} else if n >= 0 {
			break // a name after the noun: "film The Notorious Bettie Page"
		}
	}
	if n >= 0 && !isEventNoun(toks, n) {
		return -1
	}
	return n
}

// eventForms fold the forms of one event's head: a verb, its past, its
// noun ("die", "died", "death").
var eventForms = classes(`
die died dies dying death dead
sink sank sunk sinking
reveal revealed revelation revealing admit admits admitted admitting confess confessed confesses confessing confession
marry married marriage
film movie
disappear disappeared disappearance vanish vanished
buy bought buys buying purchase purchased purchases purchasing acquire acquired acquires acquiring acquisition
build built builds construct constructed construction
`)

// To win an office, a seat or an election is to be elected: "Strand first
// won the office in 2017", "Strand was first elected in 2017". Not a
// re-election ("won re-election" is another event).
var (
	winVerbs        = setOf(`won win wins`)
	electoralPrizes = setOf(`offic office seat election elect race post`)
)

// A thing completed or finished, with nothing after the verb that it acts
// on, is a thing built: "the dam, completed in 1963", "the tower was
// finished in 1931". "Completed her degree in 1990" is not.
var completionVerbs = setOf(`completed finished`)

// eventHead normalizes an event word: its class, else its stem with a
// nominal "-ment" and a final "e" dropped, so that "indicted",
// "indictment" and "indict" are one head, as "announced" and
// "announcement" are.
func eventHead(w string) string {
	if w == dealHead {
		return w
	}
	w = strings.ToLower(w)
	if i := strings.LastIndex(w, "-"); i >= 0 {
		if i <= 3 && !strings.Contains(w[i+1:], "-") {
			w = w[:i] + w[i+1:] // a prefix: "re-elected" is not "elected"
		} else {
			w = w[i+1:] // a compound: "police-bribery" is a bribery
		}
	}
	if c, ok := eventForms[w]; ok {
		return c
	}
	if lightVerbs[w] || dayParts[w] || len(w) < 3 {
		return ""
	}
	s := claims.Stem(w)
	if c, ok := eventForms[s]; ok {
		return c
	}
	s = strings.TrimSuffix(s, "ment")
	s = strings.TrimSuffix(s, "e")
	if len(s) < 3 {
		return ""
	}
	return s
}

// dateEvents records, for each date a report states, the events of the
// claims of it kept: "In 1969, he was indicted" is no repeat of "until his
// death in 1969" in the same report, and both are kept.
type dateEvents map[repeatKey][]string

// another reports whether a date claim dates an event, with someone named,
// that no claim of the same date kept so far dates. Only a date written
// with its year counts: the years of a life or a history date many events,
// where a report's "on Monday" told twice is mostly its story's one day.
func (d dateEvents) another(k repeatKey, c *claims.Claim) bool {
	if c.Kind != claims.Date || !writesYear(c.Text) {
		return false
	}
	ev := eventOf(c)
	if len(ev.heads) == 0 || len(ev.names) == 0 {
		return false
	}
	return !slices.Contains(d[k], strings.Join(ev.heads, " "))
}

// isFigure reports whether a word is a number other than a year: "410",
// "48,000".
func isFigure(w string) bool {
	if w == "" || strings.Trim(w, "0123456789,.") != "" || strings.Trim(w, ",.") == "" {
		return false
	}
	return !(len(w) == 4 && (w[0] == '1' || w[0] == '2'))
}

// writesYear reports whether a date's text holds a year in digits.
func writesYear(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// add records the event of a date claim kept: of a date written with its
// year, the only ones another asks about.
func (d dateEvents) add(k repeatKey, c *claims.Claim) {
	if c.Kind == claims.Date && writesYear(c.Text) {
		d[k] = append(d[k], strings.Join(eventOf(c).heads, " "))
	}
}

// plainDate reports whether a date claim states a date rather than
// bounding one: "after 1957", "by 1958", "before 2005" and "since 1990"
// agree with many dates.
func plainDate(c *claims.Claim) bool {
	if c.Date == "" || c.Approx {
		return false
	}
	// Only the last word before the date matters: the words looked for
	// are short, so a dozen bytes hold it, lower-cased without copying
	// the whole sentence.
	lead := strings.TrimSpace(c.Sentence[:max(0, min(len(c.Sentence), c.TextStart-c.SentenceStart))])
	lead = strings.ToLower(lead[max(0, len(lead)-12):])
	text := strings.ToLower(c.Text)
	for _, p := range []string{"after", "by", "before", "since", "until", "till", "through", "from", "around", "about", "circa", "early", "late", "mid"} {
		if strings.HasPrefix(text, p+" ") || strings.HasSuffix(lead, " "+p) || lead == p {
			return false
		}
	}
	// "November-end", "June-start": a part of the month named.
	if rest := c.Sentence[min(len(c.Sentence), max(0, c.TextEnd-c.SentenceStart)):]; strings.HasPrefix(rest, "-") {
		return false
	}
	// "Last year", "earlier this month": a stretch reckoned back from the
	// report's day, of what happened some time in it.
	for _, p := range []string{"year", "month", "week", "decade", "century"} {
		if strings.HasSuffix(text, p) {
			return false
		}
	}
	return precision(c.Date) != "span" && precision(c.Date) != "week"
}

// maxEventBucket is the most dates one event head and name may hold
// before they are taken to be of many events and left unlinked: a folder
// of many stories, where "died" and "Smith" come together often.
const maxEventBucket = 64

// eventDateLinks links the dates of different sources that are of one
// event, by its head and a name their clauses share: strongly, so that
// dates that differ conflict. Dates are indexed by head and name, and only
// the dates under one key are compared.
func eventDateLinks(cs []claims.Claim, m *matcher) []link {
	// Each report's principal person, worked out only for a report that
	// has a date told of "he" or "she".
	var sentencesOf map[string][]string // each report's claims' sentences, gathered once
	principals := map[string]string{}
	principalOf := func(source string) string {
		if p, ok := principals[source]; ok {
			return p
		}
		if sentencesOf == nil {
			// Each sentence once, in the order of its report, whatever
			// the order of the claims.
			seen := map[string]map[int]string{}
			for i := range cs {
				c := &cs[i]
				if seen[c.Source] == nil {
					seen[c.Source] = map[int]string{}
				}
				seen[c.Source][c.SentenceStart] = c.Sentence
			}
			sentencesOf = map[string][]string{}
			for src, byStart := range seen {
				starts := slices.Sorted(maps.Keys(byStart))
				for _, at := range starts {
					sentencesOf[src] = append(sentencesOf[src], byStart[at])
				}
			}
		}
		principals[source] = principal(sentencesOf[source])
		return principals[source]
	}
	events := map[int]*dateEvent{}
	buckets := map[string][]int{}
	var keys []string
	for i := range cs {
		c := &cs[i]
		if c.Kind != claims.Date || !plainDate(c) {
			continue
		}
		ev := eventOf(c)
		if len(ev.heads) == 0 {
			continue
		}
		if ev.pronoun && len(ev.names) == 0 {
			if p := principalOf(c.Source); p != "" {
				ev.names, ev.actors, ev.actorNames = []string{p}, append(ev.actors, p), []string{p}
			}
		}
		events[i] = &ev
		for _, k := range append(eventKeys(&ev), bareKeys(&ev)...) {
			if _, ok := buckets[k]; !ok {
				keys = append(keys, k)
			}
			buckets[k] = append(buckets[k], i)
		}
	}
	sort.Strings(keys)
	// A report that dates one kind of event of someone twice, differently,
	// tells that the event recurs in the story (a second quake in the
	// region, a second term in office): dates under that head and name
	// are never set against each other.
	recurs := map[string]bool{}
	for _, k := range keys {
		b := buckets[k]
		if len(b) > maxEventBucket {
			continue // left unlinked below
		}
		for x := range b {
			for y := x + 1; y < len(b) && !recurs[k]; y++ {
				i, j := b[x], b[y]
				recurs[k] = cs[i].Source == cs[j].Source && !compatible(&cs[i], &cs[j])
			}
		}
	}
	done := map[[2]int]bool{}
	doneBare := map[[2]int]bool{} // pairs weighed under a head alone
	var out []link
	for _, k := range keys {
		b := buckets[k]
		if len(b) > maxEventBucket || recurs[k] {
			continue
		}
		for x := range b {
			for y := x + 1; y < len(b); y++ {
				i, j := min(b[x], b[y]), max(b[x], b[y])
				if cs[i].Source == cs[j].Source {
					continue
				}
				ei, ej := events[i], events[j]
				if strings.HasSuffix(k, "|") {
					// The same head alone, no one named: the same day told
					// of it joins agreeing dates ("will be broadcast live
					// on Sunday, March 2, 2014", "on the March 2
					// broadcast"), never different ones.
					if !doneBare[[2]int{i, j}] && compatible(&cs[i], &cs[j]) && !differentActors(ei, ej) {
						out = append(out, link{a: i, b: j, score: 1 + sharedCount(ei.words, ej.words)})
					}
					doneBare[[2]int{i, j}] = true
					continue
				}
				if done[[2]int{i, j}] {
					continue
				}
				done[[2]int{i, j}] = true
				if (partialDate(&cs[i]) || partialDate(&cs[j])) && precision(cs[i].Date) != precision(cs[j].Date) {
					continue // a year against a day of unknown year: no comparison
				}
				if differentActors(ei, ej) {
					continue // "Smith joined the firm in 2005", "Jones joined the firm in 2006"
				}
				if !compatible(&cs[i], &cs[j]) && (!nearDates(&cs[i], &cs[j]) || recursUnder(recurs, ei, ej) ||
					m.afterPublished(&cs[i], &cs[j]) && !(ei.deal && ej.deal) || !sureEvent(&cs[i], &cs[j], ei, ej)) {
					continue
				}
				out = append(out, link{a: i, b: j, strong: true, score: 20 + sharedCount(ei.words, ej.words)})
			}
		}
	}
	return out
}

// sureEvent reports whether two dates that differ are surely of one
// event, and not of two occurrences of one kind of event ("a quake struck
// Sumatra in 2004", "a quake struck Sumatra in 2005"). Beyond a head and a
// name or object in common, one of these must hold:
//
//   - the date modifies the same thing, named alike: "the 2005 film The
//     Notorious Bettie Page", "the 2006 movie, The Notorious Bettie Page";
//   - the same person or body is named doing it: "Page disappeared";
//   - it is done to the same thing on a day: "sank a trawler on November
//     19";
//   - it is the announcement of a deal to buy the same thing named
//     (dealAnnounced);
//   - the clauses name someone alike and say alike, in two more words,
//     what was done: "indicted for bribing the entire Old Tappan police
//     force" (words before the head, "a magnitude 9 quake struck", tell
//     the kind of event, not which).
//
// And none of these may tell them apart: whom or what each names it done
// to, none alike ("defended the title against Charr", "... against
// Thompson"); a day told relative to the report ("on Tuesday") against a
// year or month, which a report would not write for its own story's day.
func sureEvent(a, b *claims.Claim, ea, eb *dateEvent) bool {
	if len(ea.after) > 0 && len(eb.after) > 0 && !namesMeet(ea.after, eb.after) {
		return false
	}
	pa, pb := precision(a.Date), precision(b.Date)
	if relativeDate(a) != relativeDate(b) && (pa == "year" || pa == "month" || pb == "year" || pb == "month") {
		return false
	}
	switch {
	case ea.noun != "" && ea.noun == eb.noun && namesMeet(ea.after, eb.after):
		return true
	case ea.deal && eb.deal && namesMeet(ea.after, eb.after):
		// The announcement of one deal, the thing bought named alike.
		return true
	case namesMeet(ea.actorNames, eb.actorNames):
		return true
	case pa == "day" && pb == "day" && sharedCount(ea.objects, eb.objects) > 0:
		return true
	}
	return sharedCount(ea.groups, eb.groups) > 0 && sharedCount(ea.complement, eb.complement) >= 2
}

// relativeDate reports a date written without a number: "on Tuesday",
// "yesterday", resolved against the report's day.
func relativeDate(c *claims.Claim) bool {
	return !strings.ContainsAny(c.Text, "0123456789")
}

// namesMeet reports whether two lists of names hold one alike.
func namesMeet(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if nameKey(x) == nameKey(y) || sameWord(x, y) || initialsOf(x, y) || initialsOf(y, x) {
				return true
			}
		}
	}
	return false
}

// initialsOf reports whether a name in capitals is the initials of a
// hyphenated one: "HP" of "Hewlett-Packard".
func initialsOf(short, long string) bool {
	parts := strings.Split(nameKey(long), "-")
	if len(parts) < 2 || len(parts) != len(short) || strings.ToUpper(short) != short {
		return false
	}
	for i, p := range parts {
		if p == "" || p[0] != short[i]+('a'-'A') {
			return false
		}
	}
	return true
}

// differentActors reports whether two events each name who did them, and
// no one alike: "Marlow died", "Marlow's husband died".
func differentActors(a, b *dateEvent) bool {
	return len(a.actors) > 0 && len(b.actors) > 0 && !namesMeet(a.actors, b.actors)
}

// afterPublished reports whether one date lies after the day the other's
// report was published: that report could not have told of the same
// event, and its date is of an earlier one ("arrested a suspect on
// Monday" in Monday's paper, "arrested a suspect on Tuesday" in
// Tuesday's).
func (m *matcher) afterPublished(a, b *claims.Claim) bool {
	after := func(x, y *claims.Claim) bool {
		p, ok := m.published[y.Source]
		return ok && !partialDate(x) && valueRange(x).lo > p
	}
	return after(a, b) || after(b, a)
}

// eventKeys returns the keys a date's event is indexed by: each head with
// each name, lower-cased.
func eventKeys(ev *dateEvent) []string {
	var out []string
	for _, h := range ev.heads {
		for _, n := range ev.names {
			k := h + "|" + nameKey(n)
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
		for _, o := range ev.objects {
			if k := h + "|" + o; !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// bareKeys returns the keys a date's event is indexed by for agreement
// alone: each head, with nothing after its bar.
func bareKeys(ev *dateEvent) []string {
	out := make([]string, 0, len(ev.heads))
	for _, h := range ev.heads {
		out = append(out, h+"|")
	}
	return out
}

// nameKey folds a name for indexing: lower-cased, without a possessive.
func nameKey(n string) string {
	n = strings.ToLower(n)
	n = strings.TrimSuffix(n, "'s")
	return strings.TrimSuffix(n, "’s")
}

// recursUnder reports whether two events share a head and name under which
// the event recurs.
func recursUnder(recurs map[string]bool, a, b *dateEvent) bool {
	kb := eventKeys(b)
	for _, k := range eventKeys(a) {
		if recurs[k] && slices.Contains(kb, k) {
			return true
		}
	}
	return false
}

// sharedCount counts the words two lists share.
func sharedCount(a, b []string) int {
	n := 0
	seen := map[string]bool{}
	for _, x := range a {
		seen[x] = true
	}
	for _, y := range b {
		if seen[y] {
			n++
			seen[y] = false
		}
	}
	return n
}

// nearDates reports whether two dates lie close enough to be one event
// misdated: a day apart, or a month or a year apart at those precisions.
// Dates of one kind of event further apart are more likely of two
// occurrences of it (an earlier quake, an earlier term) than of one
// misdated.
func nearDates(a, b *claims.Claim) bool {
	if wa, wb := claims.IsWeekdayDate(a.Date), claims.IsWeekdayDate(b.Date); wa || wb {
		// Weekdays of unknown weeks: one day apart, "Thursday" and
		// "Friday" (and Sunday and Monday).
		if !wa || !wb {
			return false
		}
		d := absInt(atoiN(a.Date[3:]) - atoiN(b.Date[3:]))
		return d == 1 || d == 6
	}
	if partialDate(a) || partialDate(b) {
		// The same month, days one apart: "November 19", "November 18".
		da, db := strings.TrimPrefix(a.Date, "--"), strings.TrimPrefix(b.Date, "--")
		if len(da) >= 5 && da[4] == '-' {
			da = da[5:]
		}
		if len(db) >= 5 && db[4] == '-' {
			db = db[5:]
		}
		if len(da) != 5 || len(db) != 5 || da[:2] != db[:2] {
			return false
		}
		x, y := atoiN(da[3:]), atoiN(db[3:])
		return absInt(x-y) == 1
	}
	if len(a.Date) < 4 || len(b.Date) < 4 {
		return false
	}
	pa, pb := precision(a.Date), precision(b.Date)
	switch {
	case pa == "year" || pb == "year":
		// Years one apart: 1957 and 1958, 2006 and May 30, 2005.
		return absInt(atoiN(a.Date[:4])-atoiN(b.Date[:4])) <= 1
	case pa == "month" || pb == "month":
		if len(a.Date) < 7 || len(b.Date) < 7 {
			return false
		}
		month := func(d string) int { return atoiN(d[:4])*12 + atoiN(d[5:7]) }
		return absInt(month(a.Date)-month(b.Date)) <= 1
	}
	ra, rb := valueRange(a), valueRange(b)
	return max(rb.lo-ra.hi, ra.lo-rb.hi) <= 1
}

func absInt(x int) int { return max(x, -x) }

// atoiN reads the digits of s as a number, or -1<<20 when s holds
// anything else (far from any year, month or day).
func atoiN(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1 << 20
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
