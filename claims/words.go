package claims

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

// stopwords end a noun phrase and carry nothing of a claim's subject.
var stopwords = setOf(`a an the and or but nor of to in on at by for with from into onto upon
about above after against along among around as before behind below beneath beside between
beyond during except inside like near off out outside over past per plus minus since than through
throughout till toward towards under until up via within without
is are was were be been being am have has had having do does did done will would shall should
can could may might must ought
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
this that these those who whom whose which what when where why how there here
not no nor so too very just only also even still yet already ever never
all any both each either every few many more most much neither other some such own same
said says say told according while because if then than though although whether
one ones s t`)

// irregularPlurals are plural nouns that do not end in "s".
var irregularPlurals = setOf(`people men women children police staff personnel cattle
feet teeth mice geese data media crew livestock militia clergy youth folk kin
aircraft spacecraft offspring sheep deer fish`)

// monthNames are month names and their abbreviations.
var monthNames = setOf(`january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// timeUnits and measureUnits follow numbers that are durations and measures,
// not counts of things.
var timeUnits = setOf(`second seconds minute minutes min mins hour hours hr hrs day days
week weeks month months year years decade decades century centuries
millennium millennia fortnight fortnights night nights`)

// decades name ten years of a century or of a life: "the nineteen
// fifties", "in her sixties". A number before one names a century, not a
// count ("nineteen fifties" is the 1950s, not nineteen of anything).
var decades = setOf(`twenties thirties forties fifties sixties seventies eighties nineties`)

var measureUnits = setOf(`metre metres meter meters m km kilometre kilometres kilometer kilometers
cm centimetre centimetres centimeter centimeters mm millimetre millimetres millimeter millimeters
mile miles mi foot feet ft inch inches in yard yards yd
kg kilogram kilograms kilogramme kilogrammes g gram grams gramme grammes mg milligram milligrams
tonne tonnes ton tons lb lbs pound ounce ounces oz stone
acre acres hectare hectares ha sq square
mph kph kmh knot knots
degree degrees °c °f celsius fahrenheit kelvin
litre litres liter liters l ml gallon gallons barrel barrels bpd
magnitude richter volt volts watt watts kw kwh mw mwh gw gwh`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// wordFilter tells, without hashing, that a lower-cased word is not in a
// set, by the word's length and its first and last letters. Most words of
// a sentence are in none of the sets that the recognizers look them up in,
// and a map lookup on each costs more than the rest of the work on them;
// a word the filter lets through is looked up in the set itself.
type wordFilter struct {
	// letters holds, by length, first letter and bit of the last, the
	// words that start and end with a letter from a to z. Bit 26 of a
	// row (the index letterIndex gives every other byte) is set in every
	// row of a first letter that starts one of the set's words ending in
	// another byte; row 26, of the words that start with another byte,
	// is empty. The rows are 32 wide so that a row's index needs no
	// bounds check.
	letters [wordFilterLen + 1][32]uint32
	// odd is 1 at the first bytes of the set's words that do not start
	// with a letter from a to z ("°c", "<"); such a word may be in the set
	// when its first byte is there.
	odd [256]uint8
}

// wordFilterLen is the length from which words share a row of the filter.
const wordFilterLen = 15

// letterIndex is the index of a letter from a to z in the alphabet, and 26
// for every other byte: the row of a word's first byte in a filter, and
// the bit of its last.
var letterIndex = func() (m [256]uint8) {
	for c := range m {
		m[c] = 26
		if 'a' <= c && c <= 'z' {
			m[c] = uint8(c - 'a')
		}
	}
	return m
}()

// filterOf returns the filter of the words of sets.
func filterOf[V any](sets ...map[string]V) *wordFilter {
	f := new(wordFilter)
	for _, set := range sets {
		for w := range set {
			f.add(w)
		}
	}
	return f
}

// add adds w to the filter.
func (f *wordFilter) add(w string) {
	n := len(w)
	if n == 0 {
		return
	}
	a, z := letterIndex[w[0]], letterIndex[w[n-1]]
	switch {
	case a == 26:
		f.odd[w[0]] = 1
	case z == 26:
		// A word of any length that starts with this letter and
		// ends in some other byte may be in the set.
		for m := range f.letters {
			f.letters[m][a] |= 1 << 26
		}
	default:
		f.letters[min(n, wordFilterLen)][a] |= 1 << z
	}
}

// mayHold reports whether w may be in the filter's sets. The empty word
// always may.
//
// It has no branch but for the empty word: the recognizers ask it of
// most words of a sentence, and which of them start or end with a byte
// other than a letter, a branch cannot foretell.
func (f *wordFilter) mayHold(w string) bool {
	n := len(w)
	if n == 0 {
		return true
	}
	a, z := letterIndex[w[0]], letterIndex[w[n-1]]
	return (f.letters[min(n, wordFilterLen)][a&31]>>(z&31)|uint32(f.odd[w[0]]))&1 != 0
}

// mayHoldBytes reports whether the word written in b may be in the
// filter's sets, as mayHold(string(b)) does, without making the string.
func (f *wordFilter) mayHoldBytes(b []byte) bool {
	n := len(b)
	if n == 0 {
		return true
	}
	a, z := letterIndex[b[0]], letterIndex[b[n-1]]
	return (f.letters[min(n, wordFilterLen)][a&31]>>(z&31)|uint32(f.odd[b[0]]))&1 != 0
}

// lookup looks w up in m, which f is the filter of.
func lookup[V any](f *wordFilter, m map[string]V, w string) (v V, ok bool) {
	if f.mayHold(w) {
		v, ok = m[w]
	}
	return v, ok
}

// has reports whether w is in set, which f is the filter of.
func has(f *wordFilter, set map[string]bool, w string) bool {
	return f.mayHold(w) && set[w]
}

// Filters of the sets looked up on most words of a sentence.
var (
	monthNamesFilter       = filterOf(monthNames)
	timeUnitsFilter        = filterOf(timeUnits)
	measureUnitsFilter     = filterOf(measureUnits)
	decadesFilter          = filterOf(decades)
	irregularPluralsFilter = filterOf(irregularPlurals)
	scalesFilter           = filterOf(scales)
	suffixesFilter         = filterOf(suffixes)
	dozensFilter           = filterOf(dozens)
	timeUnitOfFilter       = filterOf(timeUnitOf)
	phraseAdjectivesFilter = filterOf(phraseAdjectives)
	rankVerbsFilter        = filterOf(rankVerbs)
	subunitsFilter         = filterOf(subunits)
	zonesFilter            = filterOf(zones)
	// The words currencyName reads: the names of currencies, with an "s"
	// and without, and the other plurals.
	currencyWordsFilter = func() *wordFilter {
		f := filterOf(currencyNames, currencyPlurals)
		for w := range currencyNames {
			f.add(w + "s")
		}
		return f
	}()
	// The lower-cased beginnings of the units' words, from their first
	// byte to their whole: where the words read so far begin none, no
	// unit begins with them (unitAt).
	unitStartsFilter = func() *wordFilter {
		f := new(wordFilter)
		for w := range unitOf {
			for n := 1; n <= len(w); n++ {
				f.add(w[:n])
			}
		}
		return f
	}()
	weekdayFilter = filterOf(weekdayNumber)
	// The units' whole names, which most beginnings that
	// unitStartsFilter lets by are not.
	unitNamesFilter       = filterOf(unitOf)
	currencyPluralsFilter = filterOf(currencyPlurals)

	modifiersFilter     = filterOf(modifiers)
	pluralScalesFilter  = filterOf(pluralScales)
	unitsFilter         = filterOf(units)
	tensFilter          = filterOf(tens)
	ordinalsFilter      = filterOf(ordinals)
	isoCodesFilter      = filterOf(isoCodes)
	approxClockFilter   = filterOf(approxClockWords)
	multiplierFilter    = filterOf(multiplierVerbs)
	currencyNamesFilter = filterOf(currencyNames)
	// The first words of the relative ordinals.
	relativeOrdinalFilter = func() *wordFilter {
		f := new(wordFilter)
		for _, r := range relativeOrdinals {
			f.add(r.words[0])
		}
		return f
	}()
	// The words readSpelled reads: units, tens, scales ("hundred" among
	// them) and dozens.
	spelledFilter = filterOf(units, tens, scales).or(filterOf(dozens))
)

// or returns the filter of the words of f and g.
func (f *wordFilter) or(g *wordFilter) *wordFilter {
	h := *f
	for n := range h.letters {
		for a := range h.letters[n] {
			h.letters[n][a] |= g.letters[n][a]
		}
	}
	for c := range h.odd {
		h.odd[c] |= g.odd[c]
	}
	return &h
}

// isPlural reports whether a lower-cased noun reads as plural.
func isPlural(w string) bool {
	if has(irregularPluralsFilter, irregularPlurals, w) {
		return true
	}
	if len(w) > 5 && strings.HasSuffix(w, "men") && irregularPlurals[w[len(w)-3:]] {
		return true // compounds of "men": "crewmen", "fishermen", "gunmen"
	}
	if !strings.HasSuffix(w, "s") || len(w) < 3 {
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		!strings.HasSuffix(w, "'s")
}

// IsNumberWord reports whether a lower-cased word is a number written in
// words or part of one: "six", "twenty", "thousand", "dozen".
func IsNumberWord(w string) bool {
	_, u := units[w]
	_, t := tens[w]
	_, s := scales[w]
	return u || t || s || dozens[w]
}

// Stem reduces a lower-cased word to a crude stem, enough to fold plurals and
// common inflections ("companies" and "company", "detained" and "detain").
//
// Words end in s, d, g and the other letters in no order the processor
// can foretell, and a branch on the last letter, and then on each suffix
// in turn, was mispredicted about once a word. The last two bytes tell,
// by a table, how many bytes to cut, with no branch; only a word whose
// last two bytes need a third to tell ("-es", "-ng", a possessive), one
// in eight, takes the rules one by one (stemRules).
func Stem(w string) string {
	if len(w) < 2 {
		return w // no rule cuts a word of one byte
	}
	e := stemEnd(w)
	if e&stemRead != 0 {
		return stemRules(w)
	}
	return stemByEnd(w, e)
}

// stemEnd returns the entry of stemEnds for w, of two bytes or more.
func stemEnd(w string) uint8 {
	return stemEnds[stemLast[w[len(w)-1]]&3][w[len(w)-2]]
}

// stemByEnd returns Stem of w, of two bytes or more, by its entry e of
// stemEnds when e has no stemRead.
func stemByEnd(w string, e uint8) string {
	// A suffix is cut only from a word two bytes longer than it.
	n := len(w)
	cut := uint(e & stemCut)
	return w[:n-int(cut*lessBit(int(cut)+2, n))]
}

// stemRules is Stem by its rules, one after another.
func stemRules(w string) string {
	w = strings.TrimSuffix(w, "’s")
	w = strings.TrimSuffix(w, "'s")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// The bits of an entry of stemEnds.
const (
	stemCut  = 3      // how many bytes Stem cuts: 1 for "-s", 2 for "-ed"
	stemRead = 1 << 2 // the word takes stemRules
)

// stemLast gives the row of stemEnds of a word's last byte: 1 for s, 2 for
// d, 3 for g, which end all of Stem's suffixes, and 0 for the others.
var stemLast = func() (rows [256]uint8) {
	rows['s'], rows['d'], rows['g'] = 1, 2, 3
	return rows
}()

// stemEnds tells Stem what to do with a word by its last two bytes: the
// row of its last byte (stemLast), and the byte before it. The endings
// of more suffixes than one ("-es" of "-ies" and "-ches", a possessive),
// and "-ng", whose "-ing" a third byte tells, are left to stemRules.
var stemEnds = func() (ends [4][256]uint8) {
	for c := range 256 {
		switch byte(c) {
		case 's', 'u', 'i': // "-ss", "-us", "-is" keep their s
		case 'e', '\'', "’"[2]:
			ends[1][c] = stemRead
		default:
			ends[1][c] = 1
		}
	}
	ends[2]['e'] = 2
	ends[3]['n'] = stemRead
	return ends
}()

// lessBit returns 1 when a < b, and 0 when it is not, for a and b of
// either sign far from overflowing, with no branch.
func lessBit(a, b int) uint {
	return uint(a-b) >> 63
}

// wordSet answers whether a word is in a set of words, as a map[string]bool
// would, but faster on the short words of a sentence: it hashes a word's
// length and three of its bytes rather than all of it, and probes a table
// kept at most a quarter full, so that most words that are not in the set
// meet an empty slot at once. It is for the sets looked up on nearly every
// word of a sentence, where a map lookup is a large part of the cost.
type wordSet struct {
	slots []string // "" is an empty slot
	mask  uint32
	empty bool // the empty word is in the set
}

// setOfSets returns the set of the words that are true in any of sets.
func setOfSets(sets ...map[string]bool) *wordSet {
	n := 0
	for _, set := range sets {
		n += len(set)
	}
	size := 16
	for size < 4*n {
		size *= 2
	}
	s := &wordSet{slots: make([]string, size), mask: uint32(size - 1)}
	for _, set := range sets {
		for w, in := range set {
			switch {
			case !in:
			case w == "":
				s.empty = true
			case !s.has(w):
				h := wordHash(w) & s.mask
				for s.slots[h] != "" {
					h = (h + 1) & s.mask
				}
				s.slots[h] = w
			}
		}
	}
	return s
}

// wordHash hashes a non-empty word by its length, its first and last bytes
// and the one in its middle.
func wordHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])*0x85ebca6b ^ uint32(w[n-1])*0xc2b2ae35 ^ uint32(w[n/2])*0x27d4eb2f
	return h ^ h>>15
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if w == "" {
		return s.empty
	}
	return s.slot(w) >= 0
}

// slot returns the index of the slot that holds the non-empty word w, or
// -1 when w is not in the set.
func (s *wordSet) slot(w string) int {
	for h := wordHash(w) & s.mask; ; h = (h + 1) & s.mask {
		switch s.slots[h] {
		case w:
			return int(h)
		case "":
			return -1
		}
	}
}

// wordClass says what a word is to the recognizers that look up nearly
// every word of a sentence: whether a quantity may begin with it, whether
// it says anything of a claim's subject, whether a date or a title may
// hold it. The lexer works it out once for each token, with one lookup
// in one table, and each recognizer then tests a bit rather than looking
// the word up in its own set again.
type wordClass uint8

const (
	classStarter     wordClass = 1 << iota // in starters: a quantity may begin with it
	classNotContent                        // in notContent: a stopword or a word of a number
	classDateWord                          // a weekday (or its possessive), a month, or a word of relativeDateStarts
	classOfficeHead                        // in officeHeads: the head of a title
	classFigure                            // a starter that isFigure: a number word
	classStopword                          // in stopwords
	classTitleWord                         // in titleWords: an office head or a rank word
	classSingleStart                       // in singleStarts: a number with the currency before it may begin with it
)

// wordClasses is the class of each word that has one.
var wordClasses = buildWordClasses()

// classTable maps the words that have a class to it: a filter, then a
// wordSet whose slots have their classes alongside. Its words of up to
// shortWord bytes, most of the words of a sentence that have a class
// ("the", "of", "said"), are also in short, for the lexer to find by
// their bytes read as one integer.
type classTable struct {
	filter *wordFilter
	words  *wordSet
	class  []wordClass // by slot of words
	short  shortTable
}

// shortWord is the most bytes of a word that shortTable holds: eight,
// a word's key filling a uint64. The lexer reads eight bytes of a word at
// once, and the words of eight letters, one in twenty, are found at once
// too, with no search of the words of the class table.
const shortWord = 8

// shortTable maps words of one to shortWord bytes, none of them zero, to
// their classes. A word's key is its bytes read as a little-endian
// integer (shortKey), which no other such word shares; a slot holds the
// key, and 0 when it is empty, and its class alongside.
//
// The lexer asks it of most words, and those with no class ("cat",
// "sat"), two in five, may fall in any slot: the table is small, 4 KB
// of keys and half a KB of classes, so as to stay in the first-level
// cache with the rest of the lexer's data. Each word has one slot,
// found with no loop: a perfect hash by displacement, where the top bits of a word's hash are its
// bucket, and the bucket holds the number that the next bits, its slot
// but for that, are XORed with. Finding a word costs a multiplication
// and three loads, with no branch, no hashing of bytes and no comparing
// of strings.
type shortTable struct {
	mul     uint64               // the hash's multiplier: an odd one with which the words' slots fit
	disp    [shortBuckets]uint16 // by bucket, the number the slot is XORed with
	keys    [shortSlots]uint64
	classes [shortSlots]wordClass
}

// shortSlots and shortBuckets are the numbers of a shortTable's slots
// and buckets, powers of two: the 436 words of up to shortWord bytes
// fill 85% of the slots, about three words a bucket.
const (
	shortSlotBits   = 9
	shortBucketBits = 7
	shortSlots      = 1 << shortSlotBits
	shortBuckets    = 1 << shortBucketBits
)

// shortKey returns the key of a word of one to shortWord bytes:
// its bytes read as a little-endian integer.
func shortKey(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k
}

// load64 returns the first eight bytes of s as a little-endian integer,
// the bytes of a short word's key (shortKey) and more.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowerRun returns how many of the eight bytes of v, read little-endian
// (load64), are letters from a to z before the first that is not one. It
// tests them all at once, with no branch for the lexer to mispredict at
// the end of each word.
func lowerRun(v uint64) int {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	y := v &^ tops // each byte below 0x80, so that adding to it carries into none other
	atLeastA := y + ones*(0x80-'a')
	pastZ := y + ones*(0x80-'z'-1)
	letters := atLeastA &^ pastZ &^ v & tops // the top bit of each byte from a to z
	return bits.TrailingZeros64(^letters&tops) >> 3
}

// shortHash returns the hash of key by the multiplier mul: its bucket in
// the bits from shortSlotBits up, and below them its slot but for the
// bucket's displacement.
func shortHash(key, mul uint64) uint {
	return uint(key * mul >> (64 - shortBucketBits - shortSlotBits))
}

// class returns the class of the word of key k, and 0 when the table does
// not hold it.
func (t *shortTable) class(k uint64) wordClass {
	h := shortHash(k, t.mul)
	s := (h ^ uint(t.disp[h>>shortSlotBits])) & (shortSlots - 1)
	// The word's class, or 0 when the slot holds another word: by a mask
	// rather than a branch, as whether a word has a class the lexer
	// cannot foretell.
	return t.classes[s] & wordClass(-boolBit(t.keys[s] == k))
}

// build fills the table with the words of keys, of classes classes. It
// tries multipliers in a fixed order until one lets every bucket's words
// into free slots by some displacement, placing the fullest buckets
// first, and panics when none does.
func (t *shortTable) build(keys []uint64, classes []wordClass) {
	mul := uint64(0x9e3779b97f4a7c15)
	for range 1000 {
		if t.place(keys, classes, mul) {
			return
		}
		mul = mul*0xbf58476d1ce4e5b9 + 0x94d049bb133111eb | 1
	}
	panic(fmt.Sprintf("claims: no multiplier fits the %d short words in a table of %d slots: raise shortSlotBits", len(keys), shortSlots))
}

// place fills the table by the multiplier mul, and reports whether every
// word found a slot.
func (t *shortTable) place(keys []uint64, classes []wordClass, mul uint64) bool {
	*t = shortTable{mul: mul}
	var buckets [shortBuckets][]int // by bucket, indices of keys
	for i, k := range keys {
		b := shortHash(k, mul) >> shortSlotBits
		buckets[b] = append(buckets[b], i)
	}
	order := make([]int, shortBuckets)
	for b := range order {
		order[b] = b
	}
	sort.SliceStable(order, func(i, j int) bool { return len(buckets[order[i]]) > len(buckets[order[j]]) })
	for _, b := range order {
		placed := false
		for d := range uint(shortSlots) {
			fits := true
			var taken [shortSlots / 64]uint64 // the bucket's own slots, to find its words a slot each
			for _, i := range buckets[b] {
				s := shortHash(keys[i], mul)&(shortSlots-1) ^ d
				if t.keys[s] != 0 || taken[s/64]&(1<<(s%64)) != 0 {
					fits = false
					break
				}
				taken[s/64] |= 1 << (s % 64)
			}
			if fits {
				t.disp[b] = uint16(d)
				for _, i := range buckets[b] {
					s := shortHash(keys[i], mul)&(shortSlots-1) ^ d
					t.keys[s], t.classes[s] = keys[i], classes[i]
				}
				placed = true
				break
			}
		}
		if !placed {
			return false
		}
	}
	return true
}

func buildWordClasses() *classTable {
	dateWords := map[string]bool{}
	for w := range weekdayNumber {
		dateWords[w] = true
		dateWords[w+"'s"] = true // "Monday's collapse" (possessiveWeekday)
	}
	for w := range monthNumber {
		dateWords[w] = true
	}
	for w, in := range relativeDateStarts {
		dateWords[w] = in
	}
	figures := map[string]bool{}
	for w := range starters {
		figures[w] = isFigure(w)
	}
	sets := []struct {
		words map[string]bool
		class wordClass
	}{
		{starters, classStarter},
		{figures, classFigure},
		{notContent, classNotContent},
		{dateWords, classDateWord},
		{officeHeads, classOfficeHead},
		{stopwords, classStopword},
		{officeHeads, classTitleWord},
		{rankWords, classTitleWord},
		{singleStarts, classSingleStart},
	}
	var all []map[string]bool
	for _, s := range sets {
		all = append(all, s.words)
	}
	t := &classTable{words: setOfSets(all...)}
	t.filter = filterOf(all...)
	t.class = make([]wordClass, len(t.words.slots))
	for _, s := range sets {
		for w, in := range s.words {
			if in && w != "" {
				t.class[t.words.slot(w)] |= s.class
			}
		}
	}
	var keys []uint64
	var classes []wordClass
	for k, w := range t.words.slots {
		if w != "" && len(w) <= shortWord && !strings.Contains(w, "\x00") {
			keys, classes = append(keys, shortKey(w)), append(classes, t.class[k])
		}
	}
	t.short.build(keys, classes)
	return t
}

// of returns the class of the lower-cased word w.
func (t *classTable) of(w string) wordClass {
	if w == "" || !t.filter.mayHold(w) {
		return 0
	}
	return t.lookup(w)
}

// none reports, for a non-empty lower-cased word that starts and ends
// with letters from a to z, as most do, whether the filter tells at once
// that it has no class; it is small enough for the lexer to have inlined.
// Other words it leaves to lookup.
func (t *classTable) none(w string) bool {
	a, b := w[0]-'a', w[len(w)-1]-'a'
	return a < 26 && b < 26 && t.filter.letters[min(len(w), wordFilterLen)][a]&(1<<(b&31)) == 0
}

// lookup returns the class of the non-empty word w from the table.
func (t *classTable) lookup(w string) wordClass {
	if k := t.words.slot(w); k >= 0 {
		return t.class[k]
	}
	return 0
}
