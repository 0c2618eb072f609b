package claims

import (
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attribution: who a report gives a statement to. "according to The Wall
// Street Journal and Bloomberg News", "CNBC reported", "as quoted by Global
// Times", "…, the department said.", "two people with direct knowledge of
// the matter said". The claims of the sentence carry it as AttributedTo.

const (
	// name is a run of capitalized words, with "of", "the", "and" inside.
	name = `(?:[\p{Lu}][\p{L}\d.&'’-]*)(?:\s+(?:(?:of|the|and|for|&)\s+)*[\p{Lu}][\p{L}\d.&'’-]*)*`
	// who is what may follow "according to": a name, or a few lower-case
	// words ("the department", "three people familiar with the decision").
	who = `(?:the\s+)?(?:` + name + `|[\p{Ll}\d][\p{L}\d'’-]*(?:\s+[\p{L}\d][\p{L}\d.&'’-]*){0,9})`
)

// attributions are the patterns of attribution, each with the words one of
// which the sentence must hold for the pattern to be tried: most sentences
// hold none, and a substring test is far cheaper than a regular expression.
// A match starts at most back bytes before the first such word, or, for a
// pattern anchored at the end, within the sentence's last tail bytes, its
// word within the last endWord bytes: the pattern runs on that part of the
// sentence only, from a space. The one pattern anchored at the end has its
// words looked for there by its narrow function (narrowToLastMark, with
// tailNeedles, its triggers), which knows when the verb that ends the
// sentence is one of them.
//
// A pattern may also have a narrow function, which gets the offset the
// pattern would run from and returns a later one from which it finds the
// same match, or -1 when it can find none: the expression then runs on
// less of the sentence, or not at all. It must never skip a match. One
// that searches for the pattern's triggers itself, and so returns from the
// start of the sentence what it would from the first trigger, is marked
// whole: the triggers are not searched for before it.
//
// Before any of that, the words of the sentence, as the lexer cut them,
// tell whether one of the triggers may stand in it: the letters of a
// trigger, or of one of its words, lie within one word of the sentence,
// which starts with them when a space comes before them in the trigger
// (starts) and ends with them when one comes after (ends). A sentence
// with no such word holds none of the triggers: its words are scanned
// once for all the patterns, rather than its text once for each trigger.
// Of a trigger of several words the rarest is taken ("statement" of "said
// in a statement"), so that a word most sentences hold ("said") does not
// let the pattern through.
var attributions = []struct {
	re           *regexp.Regexp
	triggers     []needle
	starts, ends []string
	back, tail   int
	narrow       func(s string, from int) int
	whole        bool
	// match, when set, is the hand-written matcher of re (attribmatch.go):
	// the group re captures, and whether re matches.
	match func(s string) (string, bool)
}{
	{re: regexp.MustCompile(`\b[Aa]ccording to (` + who + `)`), triggers: needles("ccording to"), back: 1,
		ends: []string{"ccording"}, match: matchAccordingTo},
	{re: regexp.MustCompile(`\bas (?:quoted|cited|reported) by (` + who + `)`), triggers: needles("as quoted by ", "as cited by ", "as reported by "),
		starts: []string{"quoted", "cited", "reported"}, narrow: narrowToAsBy, whole: true, match: matchAsBy},
	// "American news channel CNBC reported", "Bloomberg News reported"
	{re: regexp.MustCompile(`(` + name + `) (?:reported|reports|said in a statement|told reporters)\b`),
		triggers: needles(" report", "said in a statement", "told reporters"), back: 200, narrow: narrowToNameReported,
		starts: []string{"report", "statement"}, match: matchNameReported},
	// "…,” the department said." "…, two people with direct knowledge of the matter said."
	{re: regexp.MustCompile(`[,”"]\s*((?:the\s+|an?\s+|two\s+|three\s+|four\s+|several\s+)?[\p{L}\d'’ -]{2,80}?)\s+(?:said|says|added|noted|reported|estimated?)\s*(?:on \p{Lu}\p{Ll}+day\s*)?[.,]?\s*$`),
		triggers: tailNeedles, tail: 480, narrow: narrowToLastMark,
		starts: []string{"said", "says", "added", "noted", "reported", "estimate"}, match: matchSaidAtEnd},
	// "… said Deputy Secretary of the Treasury Wally Adeyemo."
	{re: regexp.MustCompile(`\bsaid (` + name + `)`), triggers: needles("said "), back: 0, narrow: narrowToSaidName, whole: true,
		ends: []string{"said"}, match: matchSaidName},
}

// allAttributions has the bit of each pattern of attributions.
const allAttributions = 1<<5 - 1

// triggerAffix is a word's start or end that one of the triggers of a
// pattern of attributions needs, with the pattern's bit.
type triggerAffix struct {
	affix string
	bit   uint
}

// triggerStarts and triggerEnds are the starts and ends of the patterns
// of attributions, by their first byte and by their last: most words
// have none to compare.
var triggerStarts, triggerEnds = func() (starts, ends [256][]triggerAffix) {
	for k, a := range attributions {
		for _, w := range append(a.starts[:len(a.starts):len(a.starts)], a.ends...) {
			if len(w) < minAffix {
				panic("attributions: a start or end shorter than minAffix: " + w) // attributionsIn compares four bytes
			}
		}
		for _, w := range a.starts {
			starts[w[0]] = append(starts[w[0]], triggerAffix{w, 1 << k})
		}
		for _, w := range a.ends {
			ends[w[len(w)-1]] = append(ends[w[len(w)-1]], triggerAffix{w, 1 << k})
		}
	}
	return starts, ends
}()

// minAffix is the fewest bytes of a start or end of the patterns of
// attributions: the shorter words, half those of a sentence ("the", "of",
// "by"), have none.
const minAffix = 4

// affixKeys is a set of the first four bytes of the starts of the
// patterns of attributions, and of the last four of their ends, each read
// as a little-endian integer (affixKey), by a hash of them: a byte of
// 1024 for each, whose bit startKey stands for the starts' keys and bit
// endKey for the ends'. Most words' keys are not in it, and those words
// start (end) with none of the affixes: only the few whose keys are have
// their affixes compared. A byte for each rather than a bit tells with
// one load, where a bit took two shifts to find it; and 1 KB, the two
// sets of bits' size, stays in the processor's first cache between the
// sentences, where a larger table missed it.
type affixKeys [1 << affixBits]uint8

// affixBits is the bits of the hash of a key.
const affixBits = 10

// The bits of affixKeys.
const (
	startKey = 1 << iota
	endKey
)

// affixHash returns the byte of affixKeys for key.
func affixHash(key uint32) uint32 { return key * 0x9e3779b1 >> (32 - affixBits) }

// triggerKeys are the keys of the starts and ends of the patterns of
// attributions.
var triggerKeys = func() (keys affixKeys) {
	for _, a := range attributions {
		for _, w := range a.starts {
			keys[affixHash(affixKey(w))] |= startKey
		}
		for _, w := range a.ends {
			keys[affixHash(affixKey(w[len(w)-minAffix:]))] |= endKey
		}
	}
	return keys
}()

// affixKey returns the key of an affix, or of a word, of four bytes or
// more: its first four bytes as a little-endian integer.
func affixKey(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// attributionsIn returns the bits of the patterns of attributions whose
// triggers the sentence of tokens toks may hold, by its words. It reads
// each token's text as written, so that the words unlink masks as
// links are read too.
//
// Half the words of a sentence are shorter than minAffix, in no order a
// branch on each one's length could foretell: the words long enough are
// first marked, 64 tokens at a time, with no branch, and only they are
// then read, one bit of the mark at a time.
func attributionsIn(toks []token) uint {
	var mask uint
	for len(toks) > 0 {
		group := toks[:min(len(toks), 64)]
		toks = toks[len(group):]
		// A bit for each token of group of minAffix bytes or more: the
		// sign of minAffix-1 less its length, shifted in from the last
		// token to the first, so that no shift by a count is needed.
		var long uint64
		for i := len(group) - 1; i >= 0; i-- {
			long = long<<1 | uint64(minAffix-1-len(group[i].text))>>63
		}
		for ; long != 0; long &= long - 1 {
			w := group[bits.TrailingZeros64(long)].text
			if len(w) < minAffix {
				continue // never: it tells the compiler the four bytes below are there
			}
			if triggerKeys[affixHash(affixKey(w))]&startKey|triggerKeys[affixHash(affixKey(w[len(w)-minAffix:]))]&endKey != 0 {
				mask |= affixesOf(w)
			}
		}
	}
	return mask
}

// boolBit returns 1 for true and 0 for false, with no branch.
func boolBit(b bool) uint64 {
	var u uint64
	if b {
		u = 1
	}
	return u
}

// affixesOf returns the bits of the patterns of attributions that have a
// start or an end that w, of minAffix bytes or more, starts or ends with.
func affixesOf(w string) uint {
	var mask uint
	for _, a := range triggerStarts[w[0]] {
		if strings.HasPrefix(w, a.affix) {
			mask |= a.bit
		}
	}
	for _, a := range triggerEnds[w[len(w)-1]] {
		if strings.HasSuffix(w, a.affix) {
			mask |= a.bit
		}
	}
	return mask
}

// asByVerbs are the phrases of "as quoted by" without the " by " they end
// with.
var asByVerbs = [...]string{"as quoted", "as cited", "as reported"}

// byNeedle is what the phrases of "as quoted by" end with.
var byNeedle = needles(" by ")[0]

// narrowToAsBy narrows "as quoted by" to its first phrase, its first
// trigger: a match starts with one of them. It reads the words before
// each " by " in turn, rather than searching the sentence once for each
// phrase: the first " by " that ends a phrase ends the first phrase, as
// two of them stand at least three bytes apart and the phrases' lengths
// differ by three at most.
func narrowToAsBy(s string, from int) int {
	t := s[from:]
	for i := 0; ; {
		b := indexWord(t[i:], byNeedle)
		if b < 0 {
			return -1
		}
		b += i
		for _, v := range asByVerbs {
			if at := b - len(v); at >= 0 && t[at:b] == v {
				return max(from, spaceBefore(s, from+at))
			}
		}
		i = b + 1
	}
}

// narrowToSaidName narrows "said Name" to the first "said " that a capital
// follows: a match starts with one. "said " is the pattern's trigger: from
// the start of the sentence, it finds what it would from the first one.
func narrowToSaidName(s string, from int) int {
	for i := from; ; {
		at := indexWord(s[i:], saidNeedle)
		if at < 0 {
			return -1
		}
		at += i
		if r, _ := utf8.DecodeRuneInString(s[at+len("said "):]); unicode.IsUpper(r) {
			return max(from, spaceBefore(s, at))
		}
		i = at + len("said ")
	}
}

// saidNeedle is the trigger of "said Name".
var saidNeedle = needles("said ")[0]

// reportNeedles are the verbs of "Name reported", each with the space
// before it.
var reportNeedles = needles(" reported", " reports", " said in a statement", " told reporters")

// narrowToNameReported tries "Name reported" only when some "reported"
// (or "reports", "said in a statement", "told reporters"), as a whole
// word, follows a word with a capital in it, as the last word of a name
// is: most sentences with "report" in them have none.
func narrowToNameReported(s string, from int) int {
	for _, verb := range reportNeedles {
		for i := from; ; {
			at := indexWord(s[i:], verb)
			if at < 0 {
				break
			}
			at += i
			i = at + len(verb.s)
			if i < len(s) && isWordByte(s[i]) {
				continue // "reportedly": the expression wants a word boundary
			}
			for j := at; j > from; {
				r, w := utf8.DecodeLastRuneInString(s[from:j])
				if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".&'’-", r)) {
					break
				}
				if unicode.IsUpper(r) {
					return from
				}
				j -= w
			}
		}
	}
	return -1
}

// isWordByte reports the bytes of a word to the expressions' \b: ASCII
// letters, digits and the underscore.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// narrowToLastMark narrows the pattern anchored at the end to the last
// comma or quotation mark of the sentence, leaving out a comma that ends
// it: none can stand between the mark a match starts with and its verb,
// nor after the verb but the final one, so a match can start only there.
// A sentence that does not end with one of the verbs has no match at all
// ("…, he said on Tuesday that it would": the verb is near the end but
// does not end it), nor one whose last endWord bytes hold none of the
// pattern's triggers.
func narrowToLastMark(s string, from int) int {
	verb, ok := endingVerb(s)
	if !ok {
		return -1
	}
	// The verb that ends s, after a space, is a trigger; one after
	// another space, or a weekday's end, leaves them to be looked for.
	if !(verb > 0 && verb > len(s)-endWord && s[verb-1] == ' ') && !containsAny(s[max(0, len(s)-endWord):], tailNeedles) {
		return -1
	}
	end := len(s)
	if end > 0 && s[end-1] == ',' {
		end--
	}
	q := lastMark(s[:end])
	if q < from {
		return -1
	}
	return q
}

// lastMark returns the offset of the last comma or quotation mark (`"`,
// "”") of s, or -1. It reads s from its end once, and stops at the first
// mark, most often a few words back, where a search for each mark would
// read all of s for those it does not hold.
func lastMark(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', '"':
			return i
		case "”"[2]:
			if strings.HasSuffix(s[:i+1], "”") {
				return i + 1 - len("”")
			}
		}
	}
	return -1
}

// tailNeedles are the triggers of the pattern anchored at the end: its
// verbs, with the space before them ("estimate" for "estimated" too).
var tailNeedles = needles(" said", " says", " added", " noted", " reported", " estimate")

// endingVerb reports whether s may end as the pattern anchored at the
// end of a sentence asks: a space, one of its verbs, then perhaps "on"
// and a weekday, a full stop or a comma, and spaces (\s: "\t\n\f\r ").
// A sentence ending in "day" may hold the weekday, and is left to the
// expression. It also returns the offset in s of the verb that ends it,
// or 0 when s ends in "day". It reads the end of s byte by byte, from
// the last: most sentences end with a full stop after a word that ends
// with none of the verbs' last bytes.
func endingVerb(s string) (verb int, ok bool) {
	e := len(s)
	for e > 0 && isSpaceByte(s[e-1]) {
		e--
	}
	if e > 0 && (s[e-1] == '.' || s[e-1] == ',') {
		e--
	}
	for e > 0 && isSpaceByte(s[e-1]) {
		e--
	}
	t := s[:e]
	if strings.HasSuffix(t, "day") {
		return 0, true
	}
	if e == 0 {
		return 0, false
	}
	for _, v := range sayingVerbs[t[e-1]] {
		if n := e - len(v); n > 0 && t[n:] == v && isSpaceByte(t[n-1]) {
			return n, true
		}
	}
	return 0, false
}

// sayingVerbs are the verbs of the pattern anchored at the end, by their
// last byte.
var sayingVerbs = func() (by [256][]string) {
	for _, v := range []string{"said", "says", "added", "noted", "reported", "estimated", "estimate"} {
		by[v[len(v)-1]] = append(by[v[len(v)-1]], v)
	}
	return by
}()

// attributionOf returns who a sentence attributes what it states to, or "".
func attributionOf(sentence string) string {
	return attributionBy(sentence, allAttributions)
}

// attributionBy is attributionOf trying only the patterns of attributions
// whose bits are in mask.
func attributionBy(sentence string, mask uint) string {
	s := strings.TrimSpace(sentence)
	for k, a := range attributions {
		if mask&(1<<k) == 0 {
			continue
		}
		var from int
		switch {
		case a.tail > 0:
			from = len(s) - a.tail
		case a.whole:
			// narrow finds the triggers.
		default:
			at := indexAny(s, a.triggers)
			if at < 0 {
				continue
			}
			from = at - a.back
		}
		from = spaceBefore(s, from)
		if a.narrow != nil {
			if from = a.narrow(s, from); from < 0 {
				continue
			}
		}
		group, ok := "", false
		if a.match != nil {
			group, ok = a.match(s[from:])
		} else if m := a.re.FindStringSubmatch(s[from:]); m != nil {
			group, ok = m[1], true
		}
		if !ok {
			continue
		}
		w := strings.TrimSpace(strings.TrimRight(group, ",.;:"))
		w = strings.TrimSuffix(w, " in a statement")
		if w == "" || len(w) <= maxPronoun && pronouns[strings.ToLower(w)] {
			continue
		}
		return w
	}
	return ""
}

// endWord bounds how far from the end of a sentence the word of a pattern
// anchored at the end can stand: " estimated on Wednesday." is 24 bytes.
const endWord = 48

// spaceBefore returns the offset of the last space in s at or before i, or
// 0: a pattern run from there sees word boundaries as in all of s.
func spaceBefore(s string, i int) int {
	if i <= 0 {
		return 0
	}
	return max(0, strings.LastIndexByte(s[:min(i+1, len(s))], ' '))
}

// indexAny returns the offset of the first of subs in s, or -1. Once one
// is found, the others are looked for only before it.
func indexAny(s string, subs []needle) int {
	first := -1
	for _, sub := range subs {
		in := s
		if first >= 0 {
			in = s[:min(len(s), first+len(sub.s)-1)]
		}
		if i := indexWord(in, sub); i >= 0 {
			first = i
		}
	}
	return first
}

// containsAny reports whether s holds one of subs. When they all start
// with one byte, as the verbs that end a sentence do (" said", " noted"),
// it visits the places of that byte in s once, rather than searching s
// once for each.
func containsAny(s string, subs []needle) bool {
	for _, sub := range subs {
		if sub.s == "" || sub.s[0] != subs[0].s[0] {
			return indexAny(s, subs) >= 0
		}
	}
	for i := 0; ; {
		j := strings.IndexByte(s[i:], subs[0].s[0])
		if j < 0 {
			return false
		}
		for _, sub := range subs {
			if strings.HasPrefix(s[i+j:], sub.s) {
				return true
			}
		}
		i += j + 1
	}
}

// A needle is a string that attributionBy looks for in sentences, with
// the offset of its rarest byte, by the frequency of letters in English:
// indexWord looks for that byte.
type needle struct {
	s    string
	rare int
}

// needles returns the needles of subs, each with its rarest byte worked
// out once, rather than at each search.
func needles(subs ...string) []needle {
	out := make([]needle, len(subs))
	for i, sub := range subs {
		k := 0
		for j := 1; j < len(sub); j++ {
			if byteFrequency[sub[j]] < byteFrequency[sub[k]] {
				k = j
			}
		}
		out[i] = needle{sub, k}
	}
	return out
}

// indexWord is strings.Index, quicker on the words of a sentence: it
// looks for the rarest byte of sub, by the frequency of letters in
// English, and compares sub where that byte stands, rather than stopping
// at every space or "s" that sub starts with.
func indexWord(s string, n needle) int {
	sub, k := n.s, n.rare
	if len(sub) < 2 {
		return strings.Index(s, sub)
	}
	for i := 0; i+len(sub) <= len(s); {
		j := strings.IndexByte(s[i+k:len(s)-len(sub)+k+1], sub[k])
		if j < 0 {
			return -1
		}
		if at := i + j; s[at:at+len(sub)] == sub {
			return at
		}
		i += j + 1
	}
	return -1
}

// byteFrequency ranks the space and the lower-case letters by how often
// they stand in English text; other bytes rank below them all.
var byteFrequency = func() (f [256]uint8) {
	for i, c := range []byte(" etaoinshrdlcumwfgypbvkjxqz") {
		f[c] = uint8(27 - i)
	}
	return f
}()

// pronouns attribute to someone named elsewhere; they say nothing here.
var pronouns = setOf(`he she they it we i you who which this that`)

// maxPronoun is the most bytes of a word that lower-cases to one of
// pronouns: "which" with its "i" written "İ", two bytes that lower-case
// to one. Of all runes only A to Z, "İ" and the Kelvin sign lower-case to
// ASCII letters, and no pronoun holds a "k". So most attributions, names
// longer than that, are not lower-cased to be looked up.
const maxPronoun = len("which") + len("İ") - len("i")

// attribute gives the sentence's claims, titles aside, the attribution the
// sentence makes. The claims are made with none: most sentences make
// none, and their claims are not written to. A sentence with no claims is
// passed over by a test small enough to be inlined.
func (x *sentenceExtractor) attribute() {
	if len(x.out) > 0 {
		x.attributeClaims()
	}
}

// attributeClaims is attribute for a sentence with claims.
func (x *sentenceExtractor) attributeClaims() {
	first := 0
	for first < len(x.out) && x.out[first].Kind == Title {
		first++
	}
	if first == len(x.out) {
		return
	}
	// Only the patterns whose triggers the sentence's words may hold.
	mask := attributionsIn(x.toks)
	if mask == 0 {
		return
	}
	who := attributionBy(x.src.Text[x.s.start:x.s.end], mask)
	if who == "" {
		return
	}
	for i := first; i < len(x.out); i++ {
		if x.out[i].Kind != Title {
			x.out[i].AttributedTo = who
		}
	}
}
