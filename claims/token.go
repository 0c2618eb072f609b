package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokenKind uint8

const (
	tWord   tokenKind = iota // a run of letters, with inner apostrophes
	tNumber                  // digits, with thousands separators and a decimal point
	tSymbol                  // a currency sign or %
	tPunct                   // anything else that is not space
)

// token is one lexical item of a sentence, with its byte span in the source.
//
// Its small fields come first, together, so that a token takes 56 bytes
// rather than 64: the lexer writes one for every word of every sentence.
type token struct {
	kind       tokenKind
	class      wordClass // what the recognizers make of the word (words.go), for words and punctuation
	space      bool      // white space (or the start of the sentence) comes before it
	newline    bool      // a line break comes before it
	capital    bool      // a word that starts with an upper-case letter (isCapitalized)
	text       string    // as written
	lower      string    // lower-cased, for words
	start, end int
}

// lex appends to toks the tokens of text[start:end]. Offsets are into text.
func lex(toks []token, text string, start, end int) []token {
	var lb lowerBuffer
	toks, _ = lexWith(toks, text, start, end, &lb)
	return toks
}

// lexFacts is what the lexer gathers of a sentence as it writes its
// tokens, at the cost of an instruction or two a token, so that the
// passes that look for what most sentences lack (the head of an office,
// a date) pass over those sentences without reading their tokens again.
type lexFacts struct {
	classes wordClass // the union of the tokens' classes
	kinds   uint8     // the union of 1<<kind of the tokens
	// links reports whether the sentence holds what every web address,
	// e-mail address and handle holds (opensLink), so that the sentences
	// with none are not searched for them.
	links bool
}

// factsOf returns the facts of toks, as lexWith gathers them but for
// links, which it leaves false.
func factsOf(toks []token) lexFacts {
	var f lexFacts
	for i := range toks {
		f.classes |= toks[i].class
		f.kinds |= 1 << toks[i].kind
	}
	return f
}

// has reports whether a token of kind k is among the tokens.
func (f lexFacts) has(k tokenKind) bool { return f.kinds&(1<<k) != 0 }

// mayHoldDate reports whether a date may start at one of the tokens: only
// a number or a word of the date class may (dateCandidates).
func (f lexFacts) mayHoldDate() bool { return f.has(tNumber) || f.classes&classDateWord != 0 }

// mayHoldTitle reports whether the tokens may hold a title: every title
// holds the head of an office (findTitles).
func (f lexFacts) mayHoldTitle() bool { return f.classes&classOfficeHead != 0 }

// lexWith is lex with the buffer that the lower-cased words go to. It
// also returns the facts of the sentence text[start:end].
func lexWith(toks []token, text string, start, end int, lb *lowerBuffer) (_ []token, facts lexFacts) {
	all := text       // a short word's key is read from here, past end
	text = text[:end] // so that the compiler knows i < end is within text
	space, newline := true, false
	links := false
	// The facts' classes and kinds as the tokens are written, the kinds'
	// bits above the classes', in one integer rather than two: the loop
	// keeps more variables than there are registers.
	var seen uint16
	for i := start; i < len(text); {
		var (
			kind    tokenKind
			class   wordClass
			capital bool
			lower   string
			j       int // the token's end
		)
		// The commonest bytes first: a space, a word in lower case and a
		// capitalized word.
		if c := text[i]; c == ' ' {
			space = true
			i++
			continue
		} else if c-'a' < 26 {
			// Most words are lower-case letters only, and most of those
			// shorter than eight: scanned here, eight bytes at once, and
			// by scanWord from the first byte that may go on the word.
			plain, loaded := true, i+8 <= len(all)
			var v uint64 // the eight bytes from i, when loaded
			j = i + 1
			if loaded {
				v = load64(all[i:])
				j = min(i+lowerRun(v), len(text))
			}
			if j < len(text) && wordGoesOn[text[j]] {
				j, plain = scanWord(text, j, end) // a word of eight letters or more, or not plain
			}
			word := text[i:j]
			if !plain {
				kind = tWord
				lower, class = lb.word(word)
			} else {
				if j-i <= shortWord {
					if loaded {
						// The word's key: its j-i bytes of the eight (&63: the
						// compiler knows the shift is under 64, as 0 is for eight).
						v &= ^uint64(0) >> ((64 - 8*uint(j-i)) & 63)
					} else {
						v = shortKey(word)
					}
					class = wordClasses.short.class(v)
				} else if !wordClasses.none(word) {
					// Most words the filter tells at once to have no class.
					class = wordClasses.lookup(word)
				}
				// The token of a plain word, most tokens, is written
				// here rather than below, where what it is (a word, its
				// own lower case, not capitalized) is no longer known
				// and the fields come back from the stack.
				var t *token
				toks, t = nextToken(toks)
				t.kind, t.class, t.space, t.newline, t.capital = tWord, class, space, newline, false
				t.text, t.lower = word, word
				t.start, t.end = i, j
				seen |= uint16(class) | 1<<(8+tWord)
				newline = false
				// The space after most words is read here: whether there is
				// one tells which token comes next (a mark comes right after
				// a word), as the branch at the loop's head cannot foretell.
				if j < len(text) && text[j] == ' ' {
					i, space = j+1, true
					continue
				}
				i, space = j, false
				continue
			}
		} else if c-'A' < 26 {
			// Most capitalized words are a capital and lower-case
			// letters, scanned as a lower-case word's are, and names
			// said again and again, which lb knows.
			j = i + 1
			if i+8 <= len(all) {
				j = min(i+1+lowerRun(load64(all[i:])>>8), len(text))
			}
			if j < len(text) && wordGoesOn[text[j]] {
				j, _ = scanWord(text, j, end)
			}
			word := text[i:j]
			lower, class := lb.word(word)
			// Written here, as a plain word's token is.
			var t *token
			toks, t = nextToken(toks)
			t.kind, t.class, t.space, t.newline, t.capital = tWord, class, space, newline, true
			t.text, t.lower = word, lower
			t.start, t.end = i, j
			seen |= uint16(class) | 1<<(8+tWord)
			newline = false
			// The space after it, read here as after a plain word.
			if j < len(text) && text[j] == ' ' {
				i, space = j+1, true
				continue
			}
			i, space = j, false
			continue
		} else {
			r, w := rune(c), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(text[i:end])
			}
			switch {
			case r == '\n':
				space, newline = true, true
				i += w
				continue
			case r == '\t' || r >= utf8.RuneSelf && unicode.IsSpace(r) || r == '\r' || r == '\v' || r == '\f':
				space = true
				i += w
				continue
			}
			plain := false
			switch {
			case isDigit(r):
				kind = tNumber
				j = scanNumber(text, i, end)
			case space && r == '.' && i+1 < end && isDigit(rune(text[i+1])):
				// space first: whether the word before had one after it
				// is in the history the processor foretells it by.
				kind = tNumber // ".25"
				j = scanNumber(text, i+1, end)
			case r >= utf8.RuneSelf && isVulgarFraction(r):
				kind = tNumber // "½"
				j = i + w
			case r >= utf8.RuneSelf && !isGeneralPunct(r) && unicode.IsLetter(r):
				kind = tWord
				j, plain = scanWord(text, i, end)
			case isSymbol(r):
				kind = tSymbol
				j = i + w
			default:
				kind = tPunct
				j = i + w
				links = links || opensLink(text, start, i)
			}
			word := text[i:j]
			capital = kind == tWord && startsUpper(word)
			switch {
			case kind == tWord && !plain:
				lower, class = lb.word(word)
			case kind == tWord || kind == tPunct:
				lower, class = word, wordClasses.of(word)
			default:
				lower = word
			}
		}
		var t *token
		toks, t = nextToken(toks)
		t.kind, t.class, t.space, t.newline, t.capital = kind, class, space, newline, capital
		t.text, t.lower = text[i:j], lower
		t.start, t.end = i, j
		seen |= uint16(class) | 1<<(8+kind&7) // kind&7: the compiler knows the shift fits
		i, space = spaceAfter(text, j)
		newline = false
	}
	facts.classes, facts.kinds, facts.links = wordClass(seen), uint8(seen>>8), links
	return toks, facts
}

// spaceAfter returns the index past the one space that follows most
// tokens, text[j], and whether there is one there; j and false when
// there is none. The lexer reads that space with the mark or number
// before it with no branch: after those, unlike after words, a branch
// on it foretells nothing of the next token, and mispredicts.
func spaceAfter(text string, j int) (int, bool) {
	sp := j < len(text) && text[j] == ' '
	n := 0
	if sp {
		n = 1
	}
	return j + n, sp
}

// opensLink reports whether the punctuation at text[i], in a sentence
// that starts at start, is part of what every link (nextLink) holds:
// an "@", the colon of "://", the full stop of "www." in any case.
func opensLink(text string, start, i int) bool {
	switch text[i] {
	case '@':
		return true
	case ':':
		return strings.HasPrefix(text[i+1:], "//")
	case '.':
		// "www" in any case, as nextLink reads it: ORed with 0x20, only
		// "w" and "W" become "w".
		return i-start >= 3 && text[i-3]|0x20 == 'w' && text[i-2]|0x20 == 'w' && text[i-1]|0x20 == 'w'
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isSymbol(r rune) bool {
	switch r {
	case '$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₱', '₦', '₡', '₾', '₭', '₿', '%', '‰':
		return true
	}
	return false
}

// scanNumber scans digits with thousands groups and a decimal part. Groups
// are three digits after a comma or a space ("1,300", "40 000"), or, in
// the Indian style, two digits before a last group of three ("12,34,567").
// A second full stop ("192.168.1.2") makes a code of integers.
func scanNumber(text string, i, end int) int {
	start := i
	i = digitsAt(text, i, end)
	lead := i - start
	for {
		sep, w := utf8.DecodeRuneInString(text[i:end])
		if i >= end || !(sep == ',' || lead <= 3 && isGroupSpace(sep)) {
			break
		}
		n := digitsAt(text, i+w, end) - (i + w)
		if n == 2 && sep == ',' && indianGroups(text, i, end) > i {
			i = indianGroups(text, i, end)
			continue
		}
		if n != 3 {
			break
		}
		if j := i + w + 3; isGroupSpace(sep) && j < end && (text[j] == '.' && j+1 < end && isDigit(rune(text[j+1])) || text[j] == ',') {
			// "40 000.5" is fine, but "2 123,45" is no group.
			if text[j] == ',' {
				break
			}
		}
		i += w + 3
	}
	if j := decimalComma(text, start, i, end); j > i {
		return j
	}
	inCode := start >= 2 && text[start-1] == '.' && isDigit(rune(text[start-2]))
	if i+1 < end && text[i] == '.' && isDigit(rune(text[i+1])) && !inCode {
		j := digitsAt(text, i+1, end)
		if !(j+1 < end && text[j] == '.' && isDigit(rune(text[j+1]))) {
			i = j
		}
	}
	return i
}

// decimalComma scans the decimal part of a number written with a decimal
// comma ("1,3", "5,00", and "1.111,11" with full stops between thousands)
// when one comma and one or two digits end it, and returns the index past
// it, or i.
func decimalComma(text string, start, i, end int) int {
	j := i
	for j+4 <= end && text[j] == '.' && digitsAt(text, j+1, end) == j+4 {
		j += 4 // "1.111"
	}
	if j+1 >= end || text[j] != ',' {
		return i
	}
	k := digitsAt(text, j+1, end)
	if n := k - j - 1; n < 1 || n > 2 || k < end && isDigit(rune(text[k])) ||
		k+1 < end && (text[k] == ',' || text[k] == '.') && isDigit(rune(text[k+1])) {
		return i
	}
	if strings.ContainsRune(text[start:i], ',') || start > 0 && (text[start-1] == ',' || text[start-1] == '.') {
		return i
	}
	return k
}

func digitsAt(text string, i, end int) int {
	for i < end && isDigit(rune(text[i])) {
		i++
	}
	return i
}

// isGroupSpace reports the spaces written between groups of digits.
func isGroupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

// indianGroups scans ",dd" groups from text[i] that end in a ",ddd" group,
// and returns the index past them, or i.
func indianGroups(text string, i, end int) int {
	j := i
	for j < end && text[j] == ',' {
		n := digitsAt(text, j+1, end) - (j + 1)
		switch n {
		case 2:
			j += 3
			continue
		case 3:
			if j > i {
				return j + 4
			}
		}
		break
	}
	return i
}

// wordGoesOn are the bytes that may go on a word after a letter: the
// letters (or the first byte of a letter outside ASCII) and the
// apostrophe. scanWord tells which do.
var wordGoesOn = func() (m [256]bool) {
	for c := range m {
		m[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf || c == '\''
	}
	return m
}()

// scanWord scans letters, keeping apostrophes between letters ("Biden's").
// plain reports a word of lower-case ASCII letters and apostrophes, which
// is its own lower case.
func scanWord(text string, i, end int) (next int, plain bool) {
	plain = true
	text = text[:end] // so that the compiler knows i < end is within text
	// The lower-case letters first, eight at once (lowerRun), rather
	// than byte by byte to a branch at the word's end that the
	// processor cannot foretell; what goes on the word after them is
	// told below.
	for i+8 <= len(text) {
		n := lowerRun(load64(text[i:]))
		i += n
		if n < 8 {
			break
		}
	}
	for i < len(text) {
		c := text[i]
		if 'a' <= c && c <= 'z' {
			i++
			continue
		}
		if 'A' <= c && c <= 'Z' {
			i++
			plain = false
			continue
		}
		if c < utf8.RuneSelf && c != '\'' {
			break // the space or punctuation after most words
		}
		r, w := utf8.DecodeRuneInString(text[i:end])
		// The apostrophes first, neither letters nor marks, as the
		// curly one is in a table that unicode.Is searches with
		// branches that the processor cannot foretell; then the other
		// general punctuation ("”", "—") that ends many words.
		if r == '\'' || r == '’' {
			if j := i + w; j < end {
				r2, _ := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) {
					i = j
					plain = plain && r == '\''
					continue
				}
			}
			break
		}
		if !isGeneralPunct(r) && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			i += w
			plain = false
			continue
		}
		break
	}
	return i, plain
}

// isGeneralPunct reports whether r is in the block of General
// Punctuation, U+2000 to U+206F: the quotation marks, dashes, spaces and
// the ellipsis of news text. None of them is a letter or a mark
// (TestGeneralPunct), so that the lexer asks unicode's tables, searched
// with branches that the processor cannot foretell, of none of them.
func isGeneralPunct(r rune) bool { return uint32(r)-0x2000 < 0x70 }

// lowerChunk is the size of the chunks a lowerBuffer fills.
const lowerChunk = 4096

// lowerBuffer lower-cases words (and capitalizes the stems of names) into
// chunks of memory that many words share, one allocation for hundreds. The strings it
// returns stay valid for good: it only appends to a chunk, and starts a
// new one when the last is full.
//
// It also remembers the words it lower-cased last, with their classes, in
// a table indexed by a hash of the word as written: the capitalized words
// of a report are mostly a few names said again and again ("SenseTime",
// "China", "The"), and finding one there costs less than lower-casing it
// and looking it up in wordClasses anew.
type lowerBuffer struct {
	b     strings.Builder
	known *[knownWords]knownWord // nil until the first word
}

// knownWord is a word as written (a copy in the buffer, so that the table
// holds on to no source's text), its lower case and its class, and once
// contentWords asked for it, its stem capitalized (capitalStem).
//
// It fills 64 bytes, a cache line: most of the table's entries read are
// in no cache, as the names of a report fall anywhere in it, and one of
// 56 bytes straddled two lines one time in two.
type knownWord struct {
	text, lower, stem string
	class             wordClass
	_                 [15]byte
}

// knownWords is the size of a lowerBuffer's table of words, a power of
// two. The 182 reports of the dev clusters, read in order, have 2,446
// distinct capitalized words; with 2048 slots 79% of the capitalized
// words read are found there, with 512 71%. A worker's table, 112 KB, is
// made once.
const knownWords = 2048

// word returns the lower case of the word s, which is not plain (scanWord),
// and its class.
func (l *lowerBuffer) word(s string) (string, wordClass) {
	if l.known == nil {
		l.known = new([knownWords]knownWord)
	}
	k := &l.known[wordHash(s)&(knownWords-1)]
	if k.text == s {
		return k.lower, k.class
	}
	lower := l.lower(s)
	class := wordClasses.of(lower)
	*k = knownWord{text: l.copy(s), lower: lower, class: class}
	return lower, class
}

// capitalStem returns the stem of the capitalized word text, of lower
// case lower, capitalized again, as contentWords keeps a name: from the
// word's entry in the table of known words while it is there, as the same
// names come back sentence after sentence.
func (l *lowerBuffer) capitalStem(text, lower string) string {
	if l.known == nil {
		return l.capitalize(Stem(lower))
	}
	k := &l.known[wordHash(text)&(knownWords-1)]
	if k.text != text {
		return l.capitalize(Stem(lower))
	}
	if k.stem == "" {
		k.stem = l.capitalize(Stem(lower))
	}
	return k.stem
}

// copy returns a copy of s in the buffer.
func (l *lowerBuffer) copy(s string) string {
	if l.b.Cap()-l.b.Len() < len(s) {
		l.b = strings.Builder{}
		l.b.Grow(max(lowerChunk, len(s)))
	}
	at := l.b.Len()
	l.b.WriteString(s)
	return l.b.String()[at:]
}

// lower lower-cases s, in the buffer when it is ASCII.
//
// Most words it is given are a few letters with a capital: it lower-cases
// them as it reads them, byte by byte with no branch but the loop's, and
// tells at the end whether it met a byte outside ASCII or a capital.
func (l *lowerBuffer) lower(s string) string {
	var word [32]byte // most words: lower-cased here, written at once
	w := word[:]
	if len(s) > len(word) {
		w = make([]byte, len(s))
	}
	w = w[:len(s)]
	var all, changed byte // the bytes OR'ed, and the bits the lowering changed
	for i := range w {
		c := s[i]
		lc := lowerASCII[c]
		w[i] = lc
		all |= c
		changed |= c ^ lc
	}
	if all >= utf8.RuneSelf {
		return toLowerUnicode(s)
	}
	if changed == 0 {
		return s
	}
	if l.b.Cap()-l.b.Len() < len(s) {
		l.b = strings.Builder{}
		l.b.Grow(max(lowerChunk, len(s)))
	}
	at := l.b.Len()
	l.b.Write(w)
	return l.b.String()[at:]
}

// lowerASCII maps the letters from A to Z to their lower case, and every
// other byte to itself.
var lowerASCII = func() (m [256]byte) {
	for c := range m {
		m[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			m[c] = byte(c) + 'a' - 'A'
		}
	}
	return m
}()

// capitalize returns s with its first letter in upper case, in the buffer.
func (l *lowerBuffer) capitalize(s string) string {
	r, w := utf8.DecodeRuneInString(s)
	var first [utf8.UTFMax]byte
	n := utf8.EncodeRune(first[:], unicode.ToUpper(r))
	if l.b.Cap()-l.b.Len() < n+len(s)-w {
		l.b = strings.Builder{}
		l.b.Grow(max(lowerChunk, n+len(s)-w))
	}
	at := l.b.Len()
	l.b.Write(first[:n])
	l.b.WriteString(s[w:])
	return l.b.String()[at:]
}

func toLowerUnicode(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r == '’' {
			r = '\''
		}
		out = append(out, unicode.ToLower(r))
	}
	return string(out)
}

// isCapitalized reports whether a word starts with an upper-case letter.
// The lexer found it out once (capital), as the recognizers ask it of
// many words; a word read as punctuation since (unlink) is none.
func (t *token) isCapitalized() bool { return t.kind == tWord && t.capital }

// isStopword reports whether t is a word of stopwords, as
// stopwords[t.lower] does for every token the lexer makes (no other kind
// of token is a word), by its class.
func (t *token) isStopword() bool { return t.kind == tWord && t.class&classStopword != 0 }

// isTitleWord reports whether t is a word of titleWords, as
// isTitleWord(t.lower) does for every token the lexer makes, by its class.
func (t *token) isTitleWord() bool { return t.kind == tWord && t.class&classTitleWord != 0 }

// isOfficeHead reports whether t is a word of officeHeads, as
// officeHeads[t.lower] does for every token the lexer makes, by its class.
func (t *token) isOfficeHead() bool { return t.kind == tWord && t.class&classOfficeHead != 0 }

// mayBeDate reports whether t may be a month or a weekday, or any word of
// the date class, by its class: a token that may not is neither, and
// need not be looked up in monthNames or weekdays.
func (t *token) mayBeDate() bool { return t.class&classDateWord != 0 }

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isUpperCase reports whether s is its own upper case, as s ==
// strings.ToUpper(s) does, without making the upper case: none of its
// letters is in lower case, and it is valid UTF-8 (ToUpper writes an
// invalid byte as U+FFFD). The recognizers ask it of many words.
func isUpperCase(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += w
	}
	return true
}

// adjacent reports whether t follows its predecessor with no space between.
func (t *token) adjacent() bool { return !t.space }

// nextToken returns toks with one more token, and that token, to be
// written in place: a token built aside and copied in costs more than
// its fields, one by one.
func nextToken(toks []token) ([]token, *token) {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	return toks, &toks[len(toks)-1]
}
