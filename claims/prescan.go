package claims

// The pre-scan tells, from a sentence's bytes alone, most of the
// sentences that can hold no claim, so that extract passes over them
// without lexing them. A sentence holds a claim only if its lexer facts
// allow one: numbers finds quantities only when mayHoldFigure (a number,
// a sign or a word of classFigure), dates only when mayHoldDate (a number
// or a word of classDateWord), titles only when mayHoldTitle (a word of
// classOfficeHead); eventDay and attribute only complete the claims
// those found, and each carries a noun to the next sentence only from a
// claim. About a third of the bytes of news reports are in sentences with
// none of those, and the lexer is about a quarter of extraction.

// claimClasses are the classes of the words that may let a sentence hold
// a claim (lexFacts.mayHoldFigure, mayHoldDate, mayHoldTitle).
const claimClasses = classFigure | classDateWord | classOfficeHead

// The kinds of byte the pre-scan tells apart.
const (
	scanOther  = iota // space or a mark, which ends a run of letters
	scanLetter        // an ASCII letter, which goes on a run
	scanStop          // a byte that may begin a number, a sign or a word outside ASCII
	scanMark          // the first byte of the marks of plainMarks
)

// plainMarks are the marks outside ASCII that most news reports hold:
// quotation marks, apostrophes, dashes and the ellipsis. The lexer makes
// each a mark of no class, or an apostrophe inside a word, where the
// pre-scan ends a run of letters as it does at an ASCII apostrophe.
// Each is three bytes, the first two those of plainMarksPrefix.
var plainMarks = []rune{'‘', '’', '“', '”', '–', '—', '…'}

// plainMarksPrefix is the first two bytes of each of plainMarks.
const plainMarksPrefix = "\xe2\x80"

// scanWordBits is the log2 of the bits of claimScan.words.
const scanWordBits = 16

// claimScan is the pre-scan's tables, built once from the lexer's.
type claimScan struct {
	kind [256]uint8 // of each byte: scanOther, scanLetter, scanStop or scanMark
	// plain is 1 for the last byte of each of plainMarks.
	plain [256]uint8
	// words is a filter of the runs of letters that begin the words of
	// claimClasses, by scanHash.
	words [1 << scanWordBits / 64]uint64
}

var prescan = buildClaimScan()

// runMasks has, at n from 0 to 8, the mask of the first n bytes of an
// integer read little-endian.
var runMasks = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// scanHash returns the slot in claimScan.words of a run of letters whose
// first eight (or fewer) bytes, in lower case, are key read
// little-endian (scanKey).
func scanHash(key uint64) uint64 {
	return key * 0x9e3779b97f4a7c15 >> (64 - scanWordBits)
}

// scanKey returns the key of the run of letters w for scanHash: its first
// eight bytes at most, lower-cased (ORed with 0x20, which makes a letter
// of no byte that is not one).
func scanKey(w string) uint64 {
	var k uint64
	for i := min(len(w), 8) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i]|0x20)
	}
	return k
}

func buildClaimScan() *claimScan {
	s := new(claimScan)
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			s.kind[c] = scanLetter
		case '0' <= c && c <= '9' || c >= 0x80 || isSymbol(rune(c)):
			// A number, a sign, and the bytes of every rune outside
			// ASCII: a word, a sign, a fraction or a space the lexer
			// tells by tables the pre-scan has not.
			s.kind[c] = scanStop
		}
	}
	s.kind[plainMarksPrefix[0]] = scanMark
	for _, r := range plainMarks {
		b := string(r)
		if len(b) != 3 || b[:2] != plainMarksPrefix {
			panic("claims: plainMarks: " + b)
		}
		s.plain[b[2]] = 1
	}
	for k, w := range wordClasses.words.slots {
		if w == "" || wordClasses.class[k]&claimClasses == 0 {
			continue
		}
		// A word token is ASCII letters with apostrophes between them
		// (scanWord), and starts after a byte that is no letter: the
		// run of letters it starts with is in the filter. A hyphen ends
		// one ("twenty-one" is "twenty", "-", "one"). A word of the
		// classes that does not start with a letter would be a mark's:
		// its first byte stops the scan.
		n := 0
		for n < len(w) && s.kind[w[n]] == scanLetter {
			n++
		}
		if n == 0 {
			s.kind[w[0]] = scanStop
			continue
		}
		h := scanHash(scanKey(w[:n]))
		s.words[h/64] |= 1 << (h % 64)
	}
	return s
}

// mayHoldClaim reports whether the lexer's facts of the sentence
// text[start:end] may allow a claim: whether it holds a digit, a byte
// outside ASCII but for plainMarks, a byte that may begin a sign, or a
// run of letters that may begin a word of claimClasses. When it reports
// false, lexing the sentence gives no number, no sign and no word of
// those classes. It may report true wrongly, when a run of letters passes
// the filter or a byte outside ASCII is a letter of no class.
func mayHoldClaim(text string, start, end int) bool {
	const lowers = 0x2020202020202020 // a letter's lower case; no other byte becomes a letter
	t := prescan
	_ = *t      // one test for nil, before the loop, not one at each byte
	all := text // a run of letters is read eight bytes at once, past end
	text = text[:end]
	// i is unsigned: its test against len(text) at the loop's head then
	// tells the compiler that text[i] is in bounds, which an int's does
	// not, as it might be negative.
	for i := uint(start); i < uint(len(text)); {
		switch t.kind[text[i]] {
		case scanLetter:
		case scanOther:
			i++
			continue
		case scanMark:
			if i+2 < uint(len(text)) && text[i+1] == plainMarksPrefix[1] && t.plain[text[i+2]] != 0 {
				i += 3
				continue
			}
			return true
		default:
			return true
		}
		// The run's first eight letters at most: a longer run goes on as
		// a run of its own from its ninth, which can only make the
		// filter pass it wrongly, and the run a word token starts with
		// is told by its first eight letters (scanKey).
		var key uint64 // the run, in lower case, and what follows it
		if i+8 <= uint(len(all)) {
			// all[i:i+8], whose length the compiler knows, is one load:
			// all[i:] took six instructions more, to keep an empty
			// slice's pointer inside all and test its length in load64.
			key = load64(all[i:i+8]) | lowers
		} else {
			key = scanKey(all[i:]) // fewer than eight bytes, the rest zero: no letter
		}
		n := min(uint(lowerRun(key)), uint(len(text))-i)
		// The byte after the run, from key (zero past its eight), and
		// whether it is the space after most words, stepped over with no
		// branch as the lexer's spaceAfter does. A zero byte reads as a
		// space too (ORed with 0x20), and is no more a letter or a stop
		// than one; past the sentence's end, stepping over it ends the
		// scan. n&7 and the table of masks spare the compiler's code for
		// shifts of 64 bits or more; a run of eight has a letter, no
		// space, at 0.
		space := uint(0)
		if key>>(8*(n&7))&0xff == ' ' {
			space = 1
		}
		key &= runMasks[n&15]
		if h := scanHash(key); t.words[h/64]>>(h%64)&1 != 0 {
			return true
		}
		i += n + space
	}
	return false
}
