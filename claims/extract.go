package claims

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/sources"
)

// Extract finds the claims in src, in order of position. Lines that src
// marks as furniture yield none. To read many sources, an Extractor reuses
// its buffers from one to the next.
func Extract(src *sources.Source) []Claim {
	var e Extractor
	return e.Extract(src)
}

// ExtractEach calls yield with each claim of src, in order of position, as
// it is found, so that a caller can keep fewer of them than Extract does.
func ExtractEach(src *sources.Source, yield func(Claim)) {
	var e Extractor
	e.Each(src, yield)
}

// An Extractor finds the claims of sources one after another, keeping its
// buffers from one source to the next: most sources are short, and growing
// fresh buffers for each one costs more than reading it. The zero value is
// ready to use. An Extractor is not safe for concurrent use: give each
// goroutine its own.
type Extractor struct {
	x sentenceExtractor
}

// Extract finds the claims in src, as the package's Extract does.
func (e *Extractor) Extract(src *sources.Source) []Claim {
	x := &e.x
	// The claims stay where they were made, in the extractor's buffer,
	// and are copied out once, at their exact size: a claim is large, and
	// gathering them one by one in another buffer copied each twice.
	x.each(src, nil)
	var out []Claim
	if len(x.kept) > 0 {
		out = slices.Clone(x.kept)
	}
	x.release()
	return out
}

// Each calls yield with each claim of src, in order of position, as the
// package's ExtractEach does.
func (e *Extractor) Each(src *sources.Source, yield func(Claim)) {
	x := &e.x
	x.each(src, yield)
	x.release()
}

// release lets go of the source and of the strings into its text; the
// next source reads its own published date. Past the most claims and
// tokens this source had, the buffers hold nothing of it: clearing all
// their capacity for each source cost as much as reading a short one.
func (x *sentenceExtractor) release() {
	clear(x.kept[:x.outHigh])
	clear(x.toks[:x.toksHigh])
	x.outHigh, x.toksHigh = 0, 0
	clear(x.content[:cap(x.content)])
	x.kept, x.out = x.kept[:0], x.kept[:0]
	x.src, x.cursor = nil, sources.Cursor{}
}

// each calls yield with each claim of src, in order of position. With a
// nil yield it keeps the claims instead, in x.kept, until release.
func (x *sentenceExtractor) each(src *sources.Source, yield func(Claim)) {
	people := linker{text: src.Text}
	x.spans = appendSentences(x.spans[:0], src.Text, 0, len(src.Text))
	carried, last := "", 0 // the last count of people of the sentence before (carried.go), and where it ended
	// The furniture lines not yet passed, in order, as src.IsFurniture
	// searches them: walked along with the sentences rather than searched
	// for each.
	furniture := src.Furniture
	for _, s := range x.spans {
		for len(furniture) > 0 && furniture[0].End <= s.start {
			furniture = furniture[1:]
		}
		if len(furniture) > 0 && furniture[0].Start <= s.start {
			carried = ""
			continue
		}
		// A line break between this sentence and the last starts a new
		// paragraph. Most spaces between sentences are one byte, told
		// with no call.
		if gap := src.Text[min(last, s.start):s.start]; len(gap) == 1 && gap[0] == '\n' ||
			len(gap) > 1 && strings.IndexByte(gap, '\n') >= 0 {
			carried = ""
		}
		from, next := carried, ""
		x.carried = carried
		last = s.end
		if x.sentences++; x.sentences%yieldEvery == 0 {
			// Let the collector's mark worker run: with as many
			// extracting goroutines as processors it runs only when one
			// yields, and until it has marked, every pointer the
			// extractor stores (tokens, claims) goes through a write
			// barrier. Yielding now and then ends a collection in about
			// a millisecond rather than a scheduler's time slice, ten.
			runtime.Gosched()
		}
		// The claims are completed where extract left them, in its
		// buffer, rather than copied out and back claim by claim.
		out := x.extract(src, s)
		kept := 0
		for i := range out {
			c := &out[i]
			if noun, ok := carriedNoun(c, from); ok {
				// A bare number has no context words of its own (claim):
				// it opens the sentence, at its first token.
				c.Kind, c.Noun = Count, noun
				c.Context = withNoun(x.window(0, c.endToken), noun)
			}
			if c.Kind == Count && personNoun(c.Noun) && !c.PartOfCount() {
				next = carriedAs(c.Noun)
			}
			if !people.link(c) {
				continue
			}
			if yield != nil {
				yield(*c)
				continue
			}
			if kept != i {
				out[kept] = *c
			}
			kept++
		}
		// The sentence's claims follow the kept ones in the buffer:
		// those kept join them, and out holds the others for the next
		// sentence to clear (startClaims). Most sentences have none,
		// and leave both as they were.
		if len(out) > 0 {
			x.outHigh = max(x.outHigh, len(x.kept)+len(out))
			x.kept, x.out = x.kept[:len(x.kept)+kept], out[kept:]
		}
		carried = next
	}
}

// yieldEvery is how many sentences an Extractor reads between yielding
// the processor (each): a few kilobytes of text, a fraction of a
// millisecond.
const yieldEvery = 32

// extract returns the claims of sentence s of src, in order of position.
// The slice it returns, like its tokens, is reused for the next sentence.
func (x *sentenceExtractor) extract(src *sources.Source, s span) []Claim {
	text := src.Text
	// A sentence whose bytes tell that its lexer facts allow no claim
	// (prescan.go) is passed over unlexed: a third of the bytes of news
	// reports are in such sentences, and the scan costs less than lexing.
	if !mayHoldClaim(text, s.start, s.end) {
		return x.noClaims(src, s)
	}
	return x.extractLexed(src, s)
}

// extractLexed is extract with no pre-scan: every sentence is lexed.
func (x *sentenceExtractor) extractLexed(src *sources.Source, s span) []Claim {
	text := src.Text
	toks, facts := lexWith(x.toks[:0], text, s.start, s.end, &x.lowers)
	if facts.links {
		unlink(toks, text[s.start:s.end], s.start)
		facts = factsOf(toks) // of the tokens unlink left
	}
	x.facts = facts
	x.readSource(src)
	x.s, x.toks = s, toks
	x.toksHigh = max(x.toksHigh, len(toks))
	x.content, x.contentDone = x.content[:0], false
	x.startClaims()
	x.numbers()
	x.titles()
	x.dates() // and the claims' event day
	x.attribute()
	sortByStart(x.out)
	return x.out
}

// noClaims is extract for a sentence that mayHoldClaim tells holds none,
// unlexed. It leaves x as extract would have after lexing it and finding
// nothing, for what the next sentence reads: the source and its
// published date, and no claims. The tokens and their facts it leaves
// empty; nothing reads them before the next sentence is lexed over them,
// and Each clears only the tokens that sentences were lexed into
// (toksHigh).
func (x *sentenceExtractor) noClaims(src *sources.Source, s span) []Claim {
	x.readSource(src)
	x.s, x.toks, x.facts = s, x.toks[:0], lexFacts{}
	x.content, x.contentDone = x.content[:0], false
	x.startClaims()
	return x.out
}

// startClaims makes out empty for the sentence's claims. It holds the
// last sentence's claims that were not kept (each), which start where the
// kept ones end: they are cleared, so that the buffer past the kept claims
// is zero and bareClaim need not clear a claim, as one clear of them all
// costs less than one a claim. release lets go of the kept ones.
func (x *sentenceExtractor) startClaims() {
	clear(x.out)
	x.out = x.out[:0]
}

// readSource makes src the source of the sentences, reading its published
// date when it is new.
func (x *sentenceExtractor) readSource(src *sources.Source) {
	if x.src != src {
		x.published = time.Time{} // no date, or none that parses
		if src.Published != "" {
			x.published, _ = time.Parse(time.DateOnly, src.Published)
		}
	}
	x.src = src
}

// shortSort is how many claims sortByStart sorts by insertion: a sentence
// holds fewer, but for one that holds more the moves would add up.
const shortSort = 32

// sortByStart sorts claims by Start, stably. Claims are large: compared
// in place, rather than copied to a comparison function as
// slices.SortStableFunc does, a sentence's few are sorted for less than
// the copies cost. Each pass of extract finds its claims in order, so
// there are few to move.
func sortByStart(claims []Claim) {
	if len(claims) > shortSort {
		slices.SortStableFunc(claims, func(a, b Claim) int { return cmp.Compare(a.Start, b.Start) })
		return
	}
	for i := 1; i < len(claims); i++ {
		for j := i; j > 0 && claims[j].Start < claims[j-1].Start; j-- {
			claims[j], claims[j-1] = claims[j-1], claims[j]
		}
	}
}

// unlink turns the tokens of the web addresses, e-mail addresses and
// handles of sentence s, which starts at start, into punctuation.
func unlink(toks []token, s string, start int) {
	for i := 0; ; {
		a, b := nextLink(s, i)
		if a < 0 {
			return
		}
		i = b
		a, b = start+a, start+b
		for k := range toks {
			if toks[k].start >= a && toks[k].end <= b {
				// Punctuation as written: its class is its text's.
				toks[k].kind, toks[k].lower, toks[k].class = tPunct, "\x00", wordClasses.of(toks[k].text)
			}
		}
	}
}

type sentenceExtractor struct {
	src     *sources.Source
	s       span
	toks    []token
	facts   lexFacts      // of toks
	content []contentWord // the sentence's content words, once contentWords has run
	out     []Claim       // the sentence's claims, in the buffer after kept
	kept    []Claim       // the source's claims kept so far, when each keeps them

	contentDone bool           // content is the sentence's
	published   time.Time      // the source's published date, or zero
	cursor      sources.Cursor // where the last claim's line and column were found
	lowers      lowerBuffer    // the chunk lower-cased words and capitalized stems go to
	spans       []span         // the sentences of the source
	sentences   int            // the sentences read, for yielding every yieldEvery
	outHigh     int            // the most claims written in the buffer of kept and out since release
	toksHigh    int            // the most tokens of a sentence in toks since release
	context     []string       // the chunk claims' Context words are written to (contextRoom); never cleared
	found       []dateMatch    // the dates of the sentence
	carried     string         // the noun of the sentence before's last count of people (carried.go)
}

// claim appends to x.out a claim of kind k over tokens [first, end),
// about the content words around it, and returns it for the caller to
// complete in place: a claim is large, and one built aside and returned
// was copied three or four times on its way into x.out. The pointer holds
// until the next claim is appended.
//
// Bare numbers and ordinals get no context words: no one compares them
// (Claim.Comparable), and a third of the claims of news reports are such.
// A bare number that becomes a count gets its words then (each).
func (x *sentenceExtractor) claim(k Kind, first, end int) *Claim {
	c := x.bareClaim(k, first, end)
	if k != Number && k != Ordinal {
		c.Context = x.window(first, end)
	}
	return c
}

// bareClaim appends to x.out a claim of kind k over tokens [first, end),
// with no context words, and returns it as claim does: the caller says
// what it is about.
func (x *sentenceExtractor) bareClaim(k Kind, first, end int) *Claim {
	start, stop := x.toks[first].start, x.toks[end-1].end
	a, b := x.src.OrigSpan(start, stop)
	line, col := x.src.LineColFrom(&x.cursor, start)
	if len(x.out) == cap(x.out) {
		x.growOut()
	}
	x.out = x.out[:len(x.out)+1]
	// The slot is zero (startClaims): written field by field in place,
	// as a composite literal is built aside, on the stack, and then
	// copied in whole.
	c := &x.out[len(x.out)-1]
	c.Kind, c.Source, c.Text = k, x.src.ID, x.src.Text[start:stop]
	c.Start, c.End, c.TextStart, c.TextEnd = a, b, start, stop
	c.Line, c.Col = line, col
	c.Sentence, c.SentenceStart = x.src.Text[x.s.start:x.s.end], x.s.start
	return c
}

// growOut makes room for more claims in out, which the claims kept before
// it share a buffer with: both move to a larger one, whose room past them
// is zero, as bareClaim needs. A new buffer, rather than one grown from
// kept, leaves alone any other that out was (a test sets out aside).
func (x *sentenceExtractor) growOut() {
	n, m := len(x.kept), len(x.out)
	all := make([]Claim, n+m, 2*(n+m)+8)
	copy(all, x.kept)
	copy(all[n:], x.out)
	x.kept, x.out = all[:n], all[n:]
}

// numbers finds the quantities of the sentence: money, percentages, counts,
// ordinals and bare numbers.
func (x *sentenceExtractor) numbers() {
	// A sentence with no number, sign or number word holds no quantity:
	// the lexer's facts tell so without its tokens read again.
	if !x.facts.mayHoldFigure() {
		return
	}
	// Past the sentence's last figure no quantity starts: most of its
	// words that open quantities ("the", "a", "in") are not tried there.
	x.numbersUpTo(lastFigure(x.toks))
}

// numbersUpTo finds the quantities of the sentence that start at its
// tokens up to toks[last].
func (x *sentenceExtractor) numbersUpTo(last int) {
	toks := x.toks
	// An ordinal that begins with a number's word ends with an ordinal
	// word ("twenty-first", "one hundredth"). Most sentences have none,
	// so the words of numbers ("one", "twenty") are not read a first time
	// as the start of an ordinal before the amount read from them. Found
	// on first need.
	lastOrdinal, ordinalsFound := -1, false
	var a amount // read in place (readAmount)
	// No quantity starts past toks[last], at most of the tokens before it
	// none does either: an inner loop with no call in it passes over
	// those with what it needs kept in registers.
	head := toks[:min(last+1, len(toks))] // last is -1 when there is none
	for i := 0; i < len(head); {
		for i < len(head) && !startsQuantity(head, i) {
			i++
		}
		if i == len(head) {
			break
		}
		roles := rolesAt(toks, i)
		if roles&roleClock != 0 {
			if end, ok := x.timeOrScore(i); ok {
				i = end
				continue
			}
		}
		if roles&roleOrdinalCount != 0 {
			if end, ok := x.ordinalCount(i); ok { // "for the second time", "his 16th straight fight"
				i = end
				continue
			}
		}
		if roles&roleOrdinal != 0 {
			spelled := roles&roleSpelled != 0 && toks[i].kind == tWord
			if spelled && !ordinalsFound {
				lastOrdinal, ordinalsFound = lastOrdinalWord(toks, i), true // none before i is asked of
			}
			if !spelled || lastOrdinal >= i {
				if o, ok := parseOrdinal(toks, i); ok && !isRelativeOrdinalStart(toks, i) {
					c := x.claim(Ordinal, o.first, o.end)
					c.Value = o.value
					i = o.end
					continue
				}
			}
		}
		if roles&roleWordQuantity != 0 && toks[i].kind == tWord { // not at numbers, most of the quantities tried
			if end, ok := x.wordQuantity(i); ok {
				i = end
				continue
			}
		}
		if roles&roleAmount == 0 {
			i++
			continue
		}
		if !readAmount(&a, toks, i) {
			i++
			continue
		}
		if !x.isQuantity(&a) {
			i = a.num.end
			continue
		}
		i = x.classify(&a)
	}
}

// wordQuantity reads a quantity that begins with a word and holds no
// figure before its words: a multiplier ("doubled"), a relative ordinal
// ("the next one", "penultimate") or a percentage written the other way
// round ("percent of 10"). It appends the claim to x.out and returns the
// index past it.
func (x *sentenceExtractor) wordQuantity(i int) (int, bool) {
	toks := x.toks
	if f, ok := lookup(multiplierFilter, multiplierVerbs, toks[i].lower); ok {
		c := x.claim(Percent, i, i+1)
		c.Value, c.Unit = f*100, "%"
		return i + 1, true
	}
	if first, end, offset, from, ok := relativeOrdinal(toks, i); ok {
		c := x.claim(Ordinal, first, end)
		c.Value, c.Unit = offset, from
		return end, true
	}
	if first, end, v, ok := percentOf(toks, i); ok {
		c := x.claim(Percent, first, end)
		c.Value, c.Unit = v, "%"
		return end, true
	}
	return i, false
}

// isQuantity rules out the numbers that are not quantities: parts of dates
// and clock times, years, and numbers glued to a word ("COVID-19", "G7").
func (x *sentenceExtractor) isQuantity(a *amount) bool {
	toks := x.toks
	n := &a.num
	t := &toks[n.first]
	if t.kind == tPunct { // a negative number
		t = &toks[n.first+1]
	}
	if t.kind != tNumber {
		if t.lower == "half" && n.fraction && n.end == n.first+1 {
			// "the second half", "half-time"
			if n.first > 0 && (toks[n.first-1].lower == "the" || toks[n.first-1].lower == "second" || toks[n.first-1].lower == "first") {
				return false
			}
			if n.end < len(toks) && toks[n.end].text == "-" && toks[n.end].adjacent() {
				return false
			}
		}
		return true
	}
	k := n.first
	if toks[k].kind == tPunct {
		k++
	}
	// The two tokens before the number, or an empty punctuation mark
	// before the sentence's start: the one tokenAt returns past its end,
	// rather than one made at each call.
	p, q := &pastEnd, &pastEnd
	if k >= 1 {
		p = &toks[k-1]
	}
	if k >= 2 {
		q = &toks[k-2]
	}
	// What the mark glued after the number says, most numbers having a
	// space after them and none of these read: a clock time or a score
	// written with a colon ("02:29"), a date in numbers ("13/12/2021";
	// not "1/2" as fractions are read), a list marker ("1." or "2)"
	// opening a line).
	if k+1 < len(toks) && toks[k+1].adjacent() && len(toks[k+1].text) == 1 {
		switch toks[k+1].text[0] {
		case ':':
			if k+2 < len(toks) && toks[k+2].kind == tNumber && toks[k+2].adjacent() {
				return false
			}
		case '/':
			if !n.fraction {
				return false
			}
		case '.', ')':
			if (k+2 >= len(toks) || toks[k+2].space) && x.startsLine(toks[k].start) {
				return false
			}
		}
	}
	if p.text == ":" && p.adjacent() && q.kind == tNumber {
		return false
	}
	// Dates: "Dec. 10", "December 13", "10 December", "13/12/2021".
	if p.kind == tWord && has(monthNamesFilter, monthNames, p.lower) && p.isCapitalized() {
		return false
	}
	if p.text == "." && has(monthNamesFilter, monthNames, q.lower) && q.isCapitalized() {
		return false
	}
	if n.end < len(toks) && has(monthNamesFilter, monthNames, toks[n.end].lower) && toks[n.end].isCapitalized() && a.currency == "" {
		return false
	}
	if t.adjacent() {
		// Glued to a word: "G7", "COVID-19", "F-16"; "Boeing 737" is left alone.
		if a.currency == "" && (p.kind == tWord || p.kind == tNumber) {
			return false
		}
		if p.adjacent() &&
			(q.kind == tWord && (p.text == "-" || p.text == "/" || p.text == ".") || q.kind == tNumber && p.text == "/") {
			return false
		}
	}
	if inCode(toks, k) {
		return false
	}
	if a.currency == "" && isVersion(toks, k) {
		return false
	}
	// A span of years, "1951-1957", is a date (date.go).
	if a.isRange && a.currency == "" && !a.percent && k+2 < len(toks) && isYear(t) && isYear(&toks[k+2]) &&
		(toks[k+1].text == "-" || toks[k+1].text == "–") && toks[k+1].adjacent() && toks[k+2].adjacent() &&
		!(atoi(t.text)%100 == 0 && atoi(toks[k+2].text)%100 == 0) {
		return false
	}
	// A year: four digits from 1000 to 2100, with no currency or scale.
	if a.currency == "" && !a.isRange && isYear(t) && n.end == k+1 && !a.percent {
		return false
	}
	return true
}

// isVersion reports whether the number at toks[k] names a version or a
// model of what the word before it names ("USB 3.0", "iOS 6", "AK 47", "GT
// 650M") rather than counting anything: the word is an acronym or a name
// written in mixed case ("iOS"). A score ("DU 12-3") is no version, and in
// a headline written in capitals ("QUAKE KILLS 24 PEOPLE") every word
// looks like an acronym.
func isVersion(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tWord || !toks[k].space {
		return false
	}
	if k+2 < len(toks) && toks[k+1].text == "-" && toks[k+1].adjacent() && toks[k+2].kind == tNumber {
		return false
	}
	w := toks[k-1].text
	if innerCapital(w) {
		return true
	}
	if !acronym(w) {
		return false
	}
	for _, t := range toks {
		if t.kind == tWord && !isUpperCase(t.text) {
			return true
		}
	}
	return false // all capitals
}

// acronym reports a word of two or more capitals: "USB", "GT", "AK".
func acronym(w string) bool { return utf8.RuneCountInString(w) >= 2 && isAllCaps(w) }

func isAllCaps(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// innerCapital reports a word that starts in lower case and has a capital
// after: "iOS", "iPhone", "eBay".
func innerCapital(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && strings.IndexFunc(w[n:], unicode.IsUpper) >= 0
}

// inCode reports whether the number at toks[k] is one of the numbers of a
// code, joined by hyphens or full stops: "555-123-4567", "2021-12-12",
// "1.2.3". Two numbers and a hyphen ("10-20", "20-13") are no code.
func inCode(toks []token, k int) bool {
	first, last, sep := k, k, ""
	for first >= 2 && isJoiner(&toks[first-1]) && toks[first].adjacent() && toks[first-2].kind == tNumber &&
		(sep == "" || toks[first-1].text == sep) {
		sep = toks[first-1].text
		first -= 2
	}
	for last+2 < len(toks) && isJoiner(&toks[last+1]) && toks[last+2].kind == tNumber && toks[last+2].adjacent() &&
		(sep == "" || toks[last+1].text == sep) {
		sep = toks[last+1].text
		last += 2
	}
	return last-first >= 4 || sep == "." && last > first
}

// isJoiner reports a hyphen or full stop written between two numbers of a code.
func isJoiner(t *token) bool { return t.adjacent() && (t.text == "-" || t.text == ".") }

// startsLine reports whether only white space comes before offset off on its line.
func (x *sentenceExtractor) startsLine(off int) bool {
	ls := x.src.LineSpan(x.src.Line(off)).Start
	return strings.TrimSpace(x.src.Text[ls:off]) == ""
}

// classify appends to x.out the claim of an amount, and returns the index
// of the token past it: money when it has a currency, a percentage when a
// percent sign follows, a measure when a unit does, a percentage again
// when it is a fraction, an age, a magnitude, a duration, a count when a
// counted noun follows, and a bare number otherwise. It may change a.
func (x *sentenceExtractor) classify(a *amount) int {
	toks := x.toks
	end := a.end
	timeUnit, timeEnd := timeUnitAt(toks, end)
	ageUnit, ageEnd := ageAt(toks, end, timeUnit, timeEnd)
	measureUnit, measureEnd := measureAfter(toks, end)
	magnitudeStart, magnitude := magnitudeBefore(toks, a.first)
	gluedUnit, glued := gluedMetric(toks, a.num)
	compoundUnit, compoundEnd, _ := compoundDuration(toks, end)
	if u, ok := unwrittenUnit(toks, a); ok && measureUnit == "" && !magnitude {
		measureUnit, measureEnd = u, end // "7.6 and 7.5 magnitude", "measuring 7.6"
	}
	var c *Claim
	switch {
	case a.currency != "":
		// Of the claim before this one, which x.last is only until
		// this one is appended.
		converts := x.conversionOf(a) // "euro110 billion ($141 billion)"
		c = x.claim(Money, a.first, end)
		c.Unit = a.currency
		c.Noun = x.phrase(sizedNoun(toks, end))
		c.Converts = converts
	case a.percent:
		c = x.claim(Percent, a.first, end)
		c.Unit = "%"
	case measureUnit != "": // "10 km", "a 3-inch cut", "1/4 mile"
		if measureUnit == "foot" && !a.isRange {
			if in, e, ok := feetAndInches(toks, measureEnd); ok { // "5 ft 2 in"
				a.value += in / 12
				a.iv = a.mod.apply(a.value)
				measureEnd = e
			}
		}
		if measureUnit == "caliber" && !a.isRange && a.value >= 1 {
			a.value = caliberInches(a.value) // "38-caliber" is ".38-caliber"
			a.iv = a.mod.apply(a.value)
		}
		c = x.claim(Measure, a.first, measureEnd)
		c.Unit = measureUnit
		end = measureEnd
	case a.num.fraction && !a.isRange && fractionOfTime(toks, end) != "":
		u := fractionOfTime(toks, end)
		c = x.claim(Duration, a.first, end+2) // "a quarter-century", "a half-hour"
		c.Unit = u
		end = end + 2
	case a.num.fraction && !a.isRange && !bracketedRating(toks, a.first, end):
		c = x.claim(Percent, a.first, end)
		c.Unit = "%"
		a.value *= 100
		a.iv = a.mod.apply(a.value)
	case ageUnit != "":
		c = x.claim(Age, a.first, ageEnd)
		c.Unit = ageUnit
		c.Person = nameAfter(toks, ageEnd) // "32-year-old Robert Buckley"
		if c.Person == "" {
			c.Person = appositiveName(toks, a.first) // "Jo Lee, a 32-year-old nurse"
		}
		end = ageEnd
	case agedBefore(toks, a.first) >= 0 && a.num.value >= 1 && a.num.value < 130:
		f := agedBefore(toks, a.first)
		c = x.claim(Age, f, end) // "aged 91", "at the age of 91"
		c.Unit = "year"
		c.Person = subjectBefore(toks, f)
	case appositiveAge(toks, a):
		c = x.claim(Age, a.first, end) // "Robert Buckley, 32,"
		c.Unit = "year"
		c.Person = nameBefore(toks, a.first-1)
	case isRoleAge(toks, a):
		f, role, _ := roleAge(toks, a)
		c = x.claim(Age, f, end) // "the captain, 58,"
		c.Unit = "year"
		c.Person = role
	case isAge(toks, a):
		f, _ := bareAge(toks, a)
		c = x.claim(Age, f, end) // "He was 77.", "died at 91"
		c.Unit = "year"
	case magnitude:
		c = x.claim(Measure, magnitudeStart, end) // "magnitude 5.9"
		c.Unit = "magnitude"
	case glued && !a.isRange:
		c = x.claim(Measure, a.first, end) // "1.8m tall"
		c.Unit = gluedUnit
		a.value /= trailingScale(toks, a.num)
		a.iv = a.mod.apply(a.value)
	case timeUnit != "":
		c = x.claim(Duration, a.first, timeEnd)
		c.Unit = timeUnit
		end = timeEnd
	case compoundUnit != "" && !a.isRange:
		c = x.claim(Duration, a.first, compoundEnd) // "a 12-year sentence"
		c.Unit = compoundUnit
		end = compoundEnd
	default:
		if f, e, ok := countedNoun(toks, end, a.num); ok && !inDimensions(toks, a.first, e) {
			c = x.claim(Count, a.first, e)
			c.Noun = x.phrase(f, e)
			end = e
		} else if cc, e, ok := x.countAround(a, end); ok { // "a crowd of 22,000", "a five-member police force"
			c, end = cc, e
		} else if w, e, ok := harmedAfter(toks, end, a.num); ok { // "over 200 injured", "14 trapped"
			c = x.claim(Count, a.first, e)
			c.Noun = x.phrase(w, w+1)
			end = e
		} else if e, noun, ok := coordinatedNoun(toks, a, end, x.out); ok { // "nine people died and 31 were injured"
			c = x.claim(Count, a.first, e)
			c.Noun = noun
			end = e
		} else if f, e, ok := levelNoun(toks, a); ok { // "the death toll rose to 7", "the number of injured was unchanged at 26"
			c = x.claim(Count, a.first, end)
			c.Noun = x.phrase(f, e)
		} else if noun, e, ok := partOf(toks, a, end, x.last()); ok { // "people, over 1,700 of them"
			c = x.claim(Count, a.first, e)
			c.Noun = noun
			end = e
		} else if e, ok := carriedPart(toks, a, end, x.carried); ok { // "26 people were hurt. Eleven of them remain in hospital"
			c = x.claim(Count, a.first, e)
			c.Noun = x.carried
			c.Context = withNoun(c.Context, x.carried)
			end = e
		} else if f, noun, ok := elidedNoun(toks, a, end, x.out); ok { // "11 points ... the record of 2,106"
			c = x.claim(Count, f, end)
			c.Noun = noun
		} else {
			c = x.claim(Number, a.first, end)
		}
	}
	c.Value = a.value
	c.valueStart, c.valueEnd = toks[a.body].start, toks[a.end-1].end
	if a.num.indefinite && !a.isRange {
		a.iv = interval{lo: a.value, hi: posInf, approx: true}
	}
	c.setBounds(a.iv)
	c.endToken = end
	return end
}

// last returns the sentence's last claim so far, or nil.
func (x *sentenceExtractor) last() *Claim {
	if len(x.out) == 0 {
		return nil
	}
	return &x.out[len(x.out)-1]
}

// sizedNoun finds the noun phrase that an amount of money sizes:
// "US$768 million initial public offering", "$ 450 million foundation
// investment". It is the run of words up to a function word or punctuation.
func sizedNoun(toks []token, i int) (first, end int) {
	j := i
	for j < len(toks) && j < i+5 && toks[j].kind == tWord && !toks[j].isStopword() {
		j++
	}
	return i, j
}

// phrase returns the source text of tokens [first, end), or "".
func (x *sentenceExtractor) phrase(first, end int) string {
	if end <= first {
		return ""
	}
	return x.src.Text[x.toks[first].start:x.toks[end-1].end]
}

// titles finds people's titles in the sentence.
func (x *sentenceExtractor) titles() {
	if !x.facts.mayHoldTitle() {
		return
	}
	for _, m := range findTitles(x.toks) {
		c := x.bareClaim(Title, m.officeFirst, m.officeEnd)
		c.Person = personName(x.src.Text, x.toks[m.nameFirst:m.nameEnd])
		c.Office = officeOf(c.Text)
	}
}

// contentWord is a content word of a sentence, by token index.
type contentWord struct {
	stem string
	tok  int
	bit  uint8 // wordBit(stem), worked out once for all the windows the word is in
}

// needContent finds the sentence's content words, on first need: most
// sentences hold no claim and need none.
func (x *sentenceExtractor) needContent() {
	if !x.contentDone {
		x.content, x.contentDone = contentWords(x.content[:0], x.toks, &x.lowers), true
	}
}

// contentWords appends to out the stems of a sentence's content words. Names
// (words capitalized inside the sentence) keep their capital, so that
// reconcile can allow them spelling variants.
func contentWords(out []contentWord, toks []token, lb *lowerBuffer) []contentWord {
	// First the content words' tokens, with no branch on each token for
	// the processor to mispredict, as about half of them are content
	// words in no order it could learn; then their stems.
	n := len(out)
	out = slices.Grow(out, len(toks))[:n+len(toks)]
	for i := range toks {
		t := &toks[i]
		out[n].tok = i
		n += isContent(t)
	}
	out = out[:n]
	for k := range out {
		i := out[k].tok
		t := &toks[i]
		var stem string
		if i > 0 && t.capital && !toks[i-1].newline {
			stem = lb.capitalStem(t.text, t.lower)
		} else if e := stemEnd(t.lower); e&stemRead == 0 {
			// Stem, inlined for the words, of two bytes or more
			// (isContent), that take no rules one by one.
			stem = stemByEnd(t.lower, e)
		} else {
			stem = stemRules(t.lower)
		}
		out[k].stem, out[k].bit = stem, uint8(wordBit(stem))
	}
	return out
}

// isContent returns 1 when t is a content word, and 0 when it is not.
func isContent(t *token) int {
	c := 0
	if t.kind == tWord {
		c = 1
	}
	if len(t.lower) < 2 {
		c = 0
	}
	if t.class&classNotContent != 0 {
		c = 0
	}
	return c
}

// notContent are the words that say nothing of a claim's subject: the
// stopwords and the words of numbers ("six", "twenty", "million"). One
// set, so that a word is looked up once.
var notContent = buildNotContent()

func buildNotContent() map[string]bool {
	m := map[string]bool{}
	for w, stop := range stopwords {
		m[w] = stop
	}
	for _, set := range []map[string]float64{units, tens, scales} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}

// contextWindow is how many content words on each side of a claim say what
// it is about. A whole long sentence would mix the subjects of its clauses.
const contextWindow = 10

// window returns the distinct content words around tokens [first, end),
// nearest first, at most contextWindow on each side.
func (x *sentenceExtractor) window(first, end int) []string {
	x.needContent()
	content := x.content
	// The first content word at or after end, and the first at or after
	// first, back from it: a claim holds few content words, if any.
	k := firstAtOrAfter(content, end)
	b := k
	for b > 0 && content[b-1].tok >= first {
		b--
	}
	if first > end {
		b = firstAtOrAfter(content, first) // past k: no claim is so, but window does not rely on it
	}
	// The words are written once, where the claim keeps them, rather
	// than gathered and then copied.
	words := x.contextRoom(2*contextWindow + max(k-b, 0))
	// seen holds wordBit of each word added: a word whose bit is not in it
	// is not among them, and is added without comparing it to them all.
	var seen [wordBits / 64]uint64
	add := func(w *contentWord) {
		b := uint(w.bit)
		if seen[b/64]&(1<<(b%64)) == 0 || !slices.Contains(words, w.stem) {
			seen[b/64] |= 1 << (b % 64)
			words = append(words, w.stem)
		}
	}
	for i := k; i < len(content) && i < k+contextWindow; i++ {
		add(&content[i])
	}
	for i := b - 1; i >= 0 && i >= b-contextWindow; i-- {
		add(&content[i])
	}
	// Words inside the claim (its counted noun) are part of its subject too.
	for i := b; i < k; i++ {
		add(&content[i])
	}
	return x.keepContext(words)
}

// firstAtOrAfter returns the index of the first content word at or after
// token tok, or len(content), by binary search. Its steps are as many for
// every tok, and each moves the bottom of the range by a mask rather than
// a branch, which the processor could not foretell: the search is asked of
// a new sentence and a new place each time.
func firstAtOrAfter(content []contentWord, tok int) int {
	n := len(content)
	if n == 0 {
		return 0
	}
	lo := 0
	for n > 1 {
		half := n / 2
		// All ones when the word is before tok: token indexes are far
		// from overflowing.
		before := (content[lo+half-1].tok - tok) >> 63
		lo += half & before
		n -= half
	}
	return lo + int(uint(content[lo].tok-tok)>>63)
}

// wordBits is how many bits wordBit maps words to.
const wordBits = 256

// wordBit maps a word to one of wordBits bits, by its length and its
// first, middle and last bytes, so that a set of a few words can tell at
// once that it lacks most others.
func wordBit(w string) uint {
	n := uint(len(w))
	if n == 0 {
		return 0
	}
	return (n*7 + uint(w[0]) + uint(w[n/2])*5 + uint(w[n-1])*3) % wordBits
}

// contextChunk is how many context words the claims' Context slices share
// an allocation of.
const contextChunk = 1024

// contextRoom returns an empty slice with room for n words at the end of
// the chunk the claims' Context slices share, for keepContext to keep
// what is appended to it. Chunks are only ever appended to, never written
// over, so the words kept stay the claim's own.
func (x *sentenceExtractor) contextRoom(n int) []string {
	if cap(x.context)-len(x.context) < n {
		x.context = make([]string, 0, max(contextChunk, n))
	}
	return x.context[len(x.context):len(x.context)]
}

// keepContext keeps words, appended to the room contextRoom returned, in
// the chunk, and returns them with no spare capacity, or nil for none.
func (x *sentenceExtractor) keepContext(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	x.context = x.context[:len(x.context)+len(words)]
	return words[:len(words):len(words)]
}
