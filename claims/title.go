package claims

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Title: a person's office, in the two common news patterns —
// before the name ("Deputy Secretary of the Treasury Wally Adeyemo",
// "said Foreign Ministry Spokesman Wang Wenbin") and in apposition after it
// ("Wally Adeyemo, assistant secretary of the Treasury,"). The claim's text
// is the office as written; Person holds the name.

// officeHeads are the nouns that make a phrase an office.
var officeHeads = setOf(`secretary minister spokesman spokeswoman spokesperson president
vice-president chairman chairwoman chairperson chair director governor senator ambassador
mayor commissioner chancellor premier prosecutor attorney judge justice ceo cfo coo cto cio ciso cmo
officer envoy representative congressman congresswoman lawmaker adviser advisor counsel
treasurer administrator superintendent inspector sheriff commander general admiral
king queen prince princess pope archbishop bishop cardinal chief coach manager founder
editor head leader speaker curator secretary-general undersecretary governor-general captain`)

// rankWords qualify an office; two titles that differ in them conflict.
var rankWords = setOf(`deputy assistant under acting former vice associate principal senior
chief first permanent interim outgoing incoming late executive special`)

// IsRankWord reports a word that qualifies an office: "deputy", "vice".
func IsRankWord(w string) bool { return rankWords[w] }

// IsHonorific reports a word, lower-cased and without its full stop, that
// comes before a name and is no part of it: "dr", "mrs", "prof".
func IsHonorific(w string) bool { return honorifics[w] }

// titleWords are office heads and rank words together.
func isTitleWord(w string) bool { return titleWords.has(w) }

// titleWords are officeHeads and rankWords, for isTitleWord.
var titleWords = setOfSets(officeHeads, rankWords)

// lastOfficeHead returns the index of the last word of officeHeads in
// toks, or -1.
func lastOfficeHead(toks []token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if t := &toks[i]; t.kind == tWord && t.class&classOfficeHead != 0 {
			return i
		}
	}
	return -1
}

// titleReach is how far after the head of its office a title may start:
// "spokesman senior Al Quintero" is read from "senior", the head two
// words before it (lowerTitleBeforeName). The other ways start at the
// head or before it.
const titleReach = 2

// findTitles finds title claims in one sentence's tokens.
func findTitles(toks []token) []titleMatch {
	// Either way a title is written, it holds the head of an office, and
	// starts at most titleReach words after it.
	head := lastOfficeHead(toks)
	if head < 0 {
		return nil
	}
	return findTitlesUpTo(toks, head+titleReach)
}

// findTitlesUpTo finds the title claims that start at toks[last] or
// before it.
//
// A title is tried only at a token that may open one (titleCandidates),
// found many tokens at a time with no branch: most tokens open none, in
// no order a branch on each could foretell.
func findTitlesUpTo(toks []token, last int) []titleMatch {
	var out []titleMatch
	end := min(len(toks), last+1)
	next := 0 // the first token a title may start at: past the last one found
	for base := 0; base < end; base += titleGroup {
		// Whether the token before the group is a word of a name.
		inName := base > 0 && toks[base-1].isCapitalized() && !toks[base-1].isStopword()
		// The group is read no further than the heads that
		// theTitleCommaName may find after the last token a title may
		// start at: the tokens past them change no mark, and findTitles
		// stops two tokens past the sentence's last head.
		group := toks[base:min(base+64, end+theTitleReach, len(toks))]
		for may := titleCandidates(group, min(titleGroup, end-base), inName); may != 0; may &= may - 1 {
			i := base + bits.TrailingZeros64(may)
			if i < next {
				continue
			}
			if m, after, ok := titleAt(toks, i); ok {
				out = append(out, m)
				next = after
			}
		}
	}
	return out
}

// titleAt returns the title claim that starts at toks[i], if any, and the
// token after it, where the next may start.
func titleAt(toks []token, i int) (m titleMatch, after int, ok bool) {
	if m, ok := theTitleCommaName(toks, i); ok { // "The museum's director, Hanne Solberg"
		return m, m.nameEnd, true
	}
	if !toks[i].isCapitalized() { // a title or a name opens all ways but one
		m, ok := lowerTitleBeforeName(toks, i)
		return m, m.nameEnd, ok
	}
	if m, ok := titleBeforeName(toks, i); ok {
		return m, m.nameEnd, true
	}
	if m, ok := nameThenTitle(toks, i); ok {
		return m, m.officeEnd, true
	}
	m, ok = nameIsTitle(toks, i)
	return m, m.officeEnd, ok
}

// titleGroup is how many tokens titleCandidates marks at a time: those
// after them, up to 64, are read for what follows the last of them.
const titleGroup = 64 - theTitleReach

// theTitleReach is how far after its "the" theTitleCommaName finds the
// head of the office: "the museum's deputy managing director," puts it
// five words on.
const theTitleReach = 5

// titleCandidates returns a bit for each of the first n tokens of toks, of
// 64 tokens at most, that a title may start at, by the ways titleAt tries:
//
//   - a stopword ("the", "whose", "its") that the head of an office
//     follows, one to five words on (theTitleCommaName);
//   - a title word in lower case (lowerTitleBeforeName);
//   - a capitalized head of an office (titleBeforeName);
//   - a capitalized word that starts a name: no stopword nor title word,
//     after no other word of a name (nameThenTitle, nameIsTitle).
//
// inName tells whether the token before toks is a word of a name, a
// capitalized word that is no stopword. titleCandidates is not inlined
// into findTitlesUpTo, where what its loop needs would not stay in
// registers.
//
//go:noinline
func titleCandidates(toks []token, n int, inName bool) uint64 {
	var capitals, titleWords, stopwords, heads uint64
	for i := range toks {
		t := &toks[i]
		v := uint64(titleStarts[t.kind&3][t.class])
		capitals |= v >> 1 & boolBit(t.capital) << (i & 63)
		titleWords |= v & 1 << (i & 63)
		stopwords |= v >> 2 & 1 << (i & 63)
		heads |= v >> 3 & 1 << (i & 63)
	}
	names := capitals &^ stopwords // words of names
	nameStarts := capitals &^ stopwords &^ titleWords &^ (names<<1 | boolBit(inName))
	near := heads>>1 | heads>>2 | heads>>3 | heads>>4 | heads>>5
	may := stopwords&near | titleWords&^capitals | capitals&heads | nameStarts
	return may & (1<<n - 1)
}

// titleStarts tells titleCandidates what a token is, by its kind and
// class: bit 0 a title word, bit 1 a word (capitalized, when it is
// written so), bit 2 a stopword, bit 3 the head of an office. Other kinds
// of tokens are none of these.
var titleStarts = func() (starts [4][256]uint8) {
	for c := range 256 {
		v := uint8(2)
		if wordClass(c)&classTitleWord != 0 {
			v |= 1
		}
		if wordClass(c)&classStopword != 0 {
			v |= 4
		}
		if wordClass(c)&classOfficeHead != 0 {
			v |= 8
		}
		starts[tWord][c] = v
	}
	return starts
}()

type titleMatch struct {
	officeFirst, officeEnd int
	nameFirst, nameEnd     int
}

// titleBeforeName matches capitalized title words followed by a name:
// [Modifiers] Head [of [the] Office] Name.
func titleBeforeName(toks []token, i int) (titleMatch, bool) {
	t := toks[i]
	if !t.isCapitalized() || !t.isOfficeHead() {
		return titleMatch{}, false
	}
	// Extend left over capitalized words of the office ("Chinese Foreign Ministry").
	first := i
	for first > 0 && toks[first-1].isCapitalized() && !toks[first-1].isStopword() && !toks[first-1].newline {
		first--
	}
	if hyphenRank(toks, first-1) {
		first -= 2 // "Vice-President"
	}
	// Stack heads: "Chief Executive Officer", "Vice President".
	j := i + 1
	for j < len(toks) && toks[j].isCapitalized() && toks[j].isTitleWord() {
		j++
	}
	// "of [the] Treasury", "of State", "of Homeland Security"
	runStart := skipHonorific(toks, j) // "Health Commissioner Dr. Ruth Abara"
	honorific := runStart > j
	hasOf := false
	if !honorific && j+1 < len(toks) && toks[j].lower == "of" {
		k := j + 1
		if toks[k].lower == "the" {
			k++
		}
		if k < len(toks) && toks[k].isCapitalized() {
			hasOf = true
			runStart = k
		}
	}
	run := runStart
	for run < len(toks) && toks[run].isCapitalized() && !toks[run].isStopword() {
		run++
	}
	n := run - runStart
	if n == 0 {
		return titleMatch{}, false
	}
	name := n
	if hasOf {
		if n < 2 {
			return titleMatch{}, false
		}
		name = min(2, n-1)
		if n >= 4 {
			name = 2
		}
	} else if n > 3 {
		return titleMatch{}, false
	}
	m := titleMatch{officeFirst: first, officeEnd: run - name, nameFirst: run - name, nameEnd: run}
	if honorific {
		if name != n {
			return titleMatch{}, false
		}
		m.officeEnd = j
	}
	if !isName(toks[m.nameFirst:m.nameEnd]) {
		return titleMatch{}, false
	}
	return m, true
}

// hyphenRank reports a rank joined by a hyphen to the office after it:
// the "Vice-" of "Vice-President", "Vice-captain" (toks[k] is the hyphen).
// It is the office's, and tells "Vice-captain" from "captain".
func hyphenRank(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].text == "-" && toks[k].adjacent() && toks[k+1].adjacent() &&
		rankWords[toks[k-1].lower]
}

// lowerTitleBeforeName matches a title written in lower case before a
// full name: "police spokesman Al Quintero", "FBI director Patrick Gray",
// "said chairman Steven Einhorn". The head is an office noun; before it
// the office takes rank words, qualifiers and capitalized words; after it
// come two or three capitalized words that read as a name, and then no
// further capitalized word.
func lowerTitleBeforeName(toks []token, i int) (titleMatch, bool) {
	if toks[i].kind != tWord || !toks[i].isTitleWord() || i+2 >= len(toks) {
		return titleMatch{}, false
	}
	name := skipHonorific(toks, i+1) // "Commissioner Dr. Ruth Abara"
	end := name
	for end < len(toks) && end < name+3 && toks[end].isCapitalized() && !toks[end].isStopword() {
		end++
	}
	if n := end - name; n < 2 || n > 3 || end < len(toks) && toks[end].isCapitalized() || !isName(toks[name:end]) {
		return titleMatch{}, false
	}
	first := i
	if hyphenRank(toks, first-1) {
		first -= 2 // "Vice-captain Ivo Marek"
	}
	for first > 0 && first > i-3 && !toks[first-1].newline {
		t := toks[first-1]
		if t.kind != tWord || !(t.isTitleWord() || officeQualifier(t.lower) || t.isCapitalized() && !t.isStopword()) {
			break
		}
		if t.isStopword() && !t.isCapitalized() {
			break // "under head coach Linda Farris": a preposition, not the rank of "Under Secretary"
		}
		first--
	}
	// The office holds an office noun: "chief executive", not "senior".
	head := false
	for k := first; k <= i; k++ {
		head = head || toks[k].isOfficeHead()
	}
	if !head {
		return titleMatch{}, false
	}
	return titleMatch{officeFirst: first, officeEnd: i + 1, nameFirst: name, nameEnd: end}, true
}

// honorifics come between a title and a name: "Commissioner Dr. Ruth
// Abara".
var honorifics = setOf(`dr mr mrs ms prof rev sir dame`)

// skipHonorific returns the index past an honorific (and its full stop)
// at toks[i], or i.
func skipHonorific(toks []token, i int) int {
	if i >= len(toks) || !honorifics[toks[i].lower] || !toks[i].isCapitalized() {
		return i
	}
	if i+1 < len(toks) && toks[i+1].text == "." && toks[i+1].adjacent() {
		return i + 2
	}
	return i + 1
}

// nameThenTitle matches "Name Name, [the|a] title words ...," .
func nameThenTitle(toks []token, i int) (titleMatch, bool) {
	j := i
	for j < len(toks) && toks[j].isCapitalized() && !toks[j].isStopword() && !toks[j].isTitleWord() {
		j++
	}
	if j-i < 1 || j-i > 4 || j >= len(toks) || toks[j].text != "," {
		return titleMatch{}, false
	}
	if i > 0 && toks[i-1].isCapitalized() && !toks[i-1].isStopword() {
		return titleMatch{}, false
	}
	if !isName(toks[i:j]) {
		return titleMatch{}, false
	}
	k := j + 1
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
		k++
	}
	start := k
	head := -1
	for k < len(toks) && k < start+12 {
		t := toks[k]
		if t.kind == tPunct && t.text != "-" && t.text != "." && t.text != "'" && t.text != "’" || t.lower == "said" || t.lower == "who" {
			break
		}
		if t.text == "." && !(k > start && abbreviations[toks[k-1].lower]) {
			break
		}
		if head < 0 && k < start+4 && t.isOfficeHead() {
			head = k
		}
		k++
	}
	if head < 0 {
		return titleMatch{}, false
	}
	// Every word before the head must be a title word or an organization's
	// name. A possessive in lower case ("the museum's director") says
	// whose office it is by a common noun, which another report writes
	// by the name ("Vellmar director"): it is left out of the office.
	if possessiveOrg(toks, start) && start < head {
		start++
	}
	for q := start; q < head; q++ {
		if toks[q].kind == tWord && !toks[q].isTitleWord() && !toks[q].isCapitalized() {
			if !officeQualifier(toks[q].lower) {
				return titleMatch{}, false
			}
		}
	}
	return titleMatch{officeFirst: start, officeEnd: k, nameFirst: i, nameEnd: j}, true
}

// copulas say what a person is or was: "Felt was deputy director".
var copulas = setOf(`is was became becomes remains remained`)

var copulasFilter = filterOf(copulas)

// nameIsTitle matches a name said to hold an office:
// "Name was [the|a|an] title words [of|at [the] Organization]", and "Name
// served|worked as [the] ...". The office is title words and qualifiers
// ending in an office head, with the organization after it; what follows
// ("in 1972 when he began") is no part of it.
func nameIsTitle(toks []token, i int) (titleMatch, bool) {
	j := i
	for j < len(toks) && j < i+4 && toks[j].isCapitalized() && !toks[j].isStopword() && !toks[j].isTitleWord() {
		j++
	}
	if j == i || j >= len(toks) || i > 0 && toks[i-1].isCapitalized() && !toks[i-1].isStopword() || !isName(toks[i:j]) {
		return titleMatch{}, false
	}
	k := j + 1
	switch {
	case has(copulasFilter, copulas, toks[j].lower):
	case (toks[j].lower == "served" || toks[j].lower == "worked") && k < len(toks) && toks[k].lower == "as":
		k++
	default:
		return titleMatch{}, false
	}
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
		k++
	}
	start, head := k, -1
	for q := k; q < len(toks) && q < k+5 && toks[q].kind == tWord && (toks[q].isTitleWord() || officeQualifier(toks[q].lower)); q++ {
		if toks[q].isOfficeHead() {
			head = q
		}
	}
	if head < 0 {
		return titleMatch{}, false
	}
	end := head + 1
	if end+1 < len(toks) && (toks[end].lower == "of" || toks[end].lower == "at") {
		q := end + 1
		if toks[q].lower == "the" {
			q++
		}
		r := q
		for r < len(toks) && r < q+5 && toks[r].isCapitalized() && !toks[r].isStopword() {
			r++
		}
		if r > q {
			end = r
		}
	}
	return titleMatch{officeFirst: start, officeEnd: end, nameFirst: i, nameEnd: j}, true
}

// officeQualifier reports lower-case words that commonly qualify an office
// ("foreign minister", "defence secretary", "treasury secretary").
func officeQualifier(w string) bool {
	switch w {
	case "foreign", "defence", "defense", "finance", "treasury", "state", "health",
		"interior", "justice", "trade", "commerce", "energy", "education", "labour",
		"labor", "home", "economy", "economic", "prime", "press", "military", "police",
		"national", "security", "public", "district", "county", "city", "regional",
		"general", "managing", "founding", "government", "ministry", "department":
		return true
	}
	return false
}

// isName reports whether capitalized tokens read as a person's name: words,
// none of them a month, a weekday or an office word.
func isName(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if t.kind != tWord || t.mayBeDate() && (monthNames[t.lower] || weekdays[t.lower]) || t.isTitleWord() || !t.isCapitalized() {
			return false
		}
		if isUpperCase(t.text) && len(t.text) > 1 {
			return false // an acronym: "US", "UN"
		}
	}
	return true
}

// personName joins a name's words, dropping a possessive ending.
func personName(text string, toks []token) string {
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		w := strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// Office is a title taken apart for comparison.
type Office struct {
	Ranks  []string // rank words that change the office: "deputy", "assistant", "former"
	Heads  []string // office nouns: "secretary", "spokesman"
	Domain []string // what the office is of: "treasury", "foreign", "ministry"
}

// conflictingRanks are the rank words that make a different office:
// a deputy secretary is not an assistant secretary. "Former" is not one:
// it says when the office was held, and reports of a retired or dead
// person's career write "the associate director" and "a former associate
// director" of one office.
var conflictingRanks = setOf(`deputy assistant under acting vice associate interim`)

// titleFiller are the words of a title that say nothing of the office.
var titleFiller = setOf(`the of for a an in at and to us u.s. s`)

// ParseOffice takes a title's words apart: "Deputy Secretary of the
// Treasury" has rank "deputy", head "secretary" and domain "treasury".
func ParseOffice(title string) Office {
	var o Office
	for _, f := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return r == ' ' || r == ',' || r == '-' || r == '.' || r == '(' || r == ')'
	}) {
		switch {
		case titleFiller[f]:
		case conflictingRanks[f]:
			o.Ranks = append(o.Ranks, f)
		case rankWords[f]:
		case officeHeads[f]:
			o.Heads = append(o.Heads, f)
		default:
			o.Domain = append(o.Domain, Stem(f))
		}
	}
	return o
}

// officeOf returns the office that a title's text names: in lower case,
// without a comma after it, its words one space apart, as
// strings.Join(strings.Fields(strings.ToLower(text)), " ") writes it, in
// one allocation rather than three when the text is ASCII, as most are.
func officeOf(text string) string {
	text = strings.TrimSuffix(text, ",")
	var b strings.Builder
	b.Grow(len(text))
	space := false // white space since the last word
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.Join(strings.Fields(strings.ToLower(text)), " ")
		case isASCIISpace(c):
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return b.String()
}
