package claims

import (
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
type token struct {
	kind       tokenKind
	text       string // as written
	lower      string // lower-cased, for words
	start, end int
	space      bool // white space (or the start of the sentence) comes before it
	newline    bool // a line break comes before it
}

// lex splits text[start:end] into tokens. Offsets are into text.
func lex(text string, start, end int) []token {
	var toks []token
	space, newline := true, false
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '\n':
			space, newline = true, true
			i += w
			continue
		case unicode.IsSpace(r):
			space = true
			i += w
			continue
		}
		t := token{start: i, space: space, newline: newline}
		switch {
		case isDigit(r):
			t.kind = tNumber
			i = scanNumber(text, i, end)
		case unicode.IsLetter(r):
			t.kind = tWord
			i = scanWord(text, i, end)
		case isSymbol(r):
			t.kind = tSymbol
			i += w
		default:
			t.kind = tPunct
			i += w
		}
		t.end = i
		t.text = text[t.start:t.end]
		if t.kind == tWord {
			t.lower = lowerASCII(t.text)
		} else {
			t.lower = t.text
		}
		toks = append(toks, t)
		space, newline = false, false
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isSymbol(r rune) bool {
	switch r {
	case '$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₱', '₦', '%', '‰':
		return true
	}
	return false
}

// scanNumber scans digits with "," thousands groups and one "." decimal part.
func scanNumber(text string, i, end int) int {
	for i < end && isDigit(rune(text[i])) {
		i++
	}
	for i+1 < end && text[i] == ',' && isDigit(rune(text[i+1])) {
		// A thousands group is exactly three digits.
		j := i + 1
		for j < end && isDigit(rune(text[j])) {
			j++
		}
		if j-i-1 != 3 {
			break
		}
		i = j
	}
	if i+1 < end && text[i] == '.' && isDigit(rune(text[i+1])) {
		i++
		for i < end && isDigit(rune(text[i])) {
			i++
		}
	}
	return i
}

// scanWord scans letters, keeping apostrophes between letters ("Biden's").
func scanWord(text string, i, end int) int {
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += w
			continue
		}
		if r == '\'' || r == '’' {
			if j := i + w; j < end {
				r2, _ := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) {
					i = j
					continue
				}
			}
		}
		break
	}
	return i
}

// lowerASCII lower-cases s, quickly when it is ASCII.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return toLowerUnicode(s)
		}
		if 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= utf8.RuneSelf {
					return toLowerUnicode(s)
				}
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
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
func (t token) isCapitalized() bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// adjacent reports whether t follows its predecessor with no space between.
func (t token) adjacent() bool { return !t.space }
