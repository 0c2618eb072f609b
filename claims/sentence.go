package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSentence is the longest run of text taken as one sentence.
const maxSentence = 4096

// span is a half-open byte range.
type span struct{ start, end int }

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "col": true, "lt": true, "sgt": true,
	"st": true, "jr": true, "sr": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "no": true, "vs": true, "etc": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true,
	"u.n": true, "e.g": true, "i.e": true, "approx": true, "est": true, "fig": true,
}

// mayEndSentence are the bytes that sentences stops at.
var mayEndSentence = [...]byte{'\n', '.', '!', '?'}

// stopFinder finds the bytes of a text that may end a sentence
// (mayEndSentence) with strings.IndexByte, which looks at many bytes at
// once, rather than byte by byte. It keeps the offset of each one's next
// place, found once, until the scan passes it: the scan only goes on.
// The bytes have a field each, rather than a slot of an array looped
// over: "!" and "?" are rare, and their tests, each one of its own,
// are foretold.
type stopFinder struct {
	text string
	// The next place of each byte of mayEndSentence, at or after the
	// last i asked; -1 before the first.
	newline, stop, exclamation, question int
}

func newStopFinder(text string) stopFinder {
	return stopFinder{text: text, newline: -1, stop: -1, exclamation: -1, question: -1}
}

// find returns the offset of the first byte of mayEndSentence in
// text[i:limit], or limit when there is none. i is never less than in
// the call before, and limit never more than len(text).
func (f *stopFinder) find(i, limit int) int {
	if f.newline < i {
		f.newline = f.next(i, '\n')
	}
	if f.stop < i {
		f.stop = f.next(i, '.')
	}
	if f.exclamation < i {
		f.exclamation = f.next(i, '!')
	}
	if f.question < i {
		f.question = f.next(i, '?')
	}
	return min(limit, f.newline, f.stop, f.exclamation, f.question)
}

// next returns the offset of the first c in text[i:], or len(text).
func (f *stopFinder) next(i int, c byte) int {
	if j := strings.IndexByte(f.text[i:], c); j >= 0 {
		return i + j
	}
	return len(f.text)
}

// sentences splits text[start:end] into sentences. A line break always ends
// a sentence; so does ".", "!" or "?" followed by space and a capital, a
// digit or an opening quote, unless the full stop ends an abbreviation or an
// initial.
func sentences(text string, start, end int) []span {
	return appendSentences(nil, text, start, end)
}

// appendSentences appends the sentences of text[start:end] to out.
func appendSentences(out []span, text string, start, end int) []span {
	s := start
	emit := func(e int) {
		a, b := trimSpan(text, s, e)
		if a < b {
			out = append(out, span{a, b})
		}
	}
	stops := newStopFinder(text[:end])
	for i := start; i < end; i++ {
		// Skip to the next byte that may end a sentence.
		if limit := min(end, s+maxSentence); i < limit {
			i = stops.find(i, limit)
		}
		if i >= end {
			break
		}
		if i-s >= maxSentence {
			// A "sentence" this long is no sentence: cut it at a space, so
			// that one line without full stops cannot hold all of a file.
			cut := strings.LastIndexByte(text[s:i], ' ')
			if cut <= 0 {
				cut = i - s
				for cut > 0 && !utf8.RuneStart(text[s+cut]) {
					cut--
				}
			}
			emit(s + cut)
			s += cut
		}
		c := text[i]
		if c == '\n' {
			emit(i)
			s = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		// Closing quotes and brackets stay with the sentence. Most
		// full stops have a space or a line break after them, told
		// without decoding a rune.
		for j < end && (text[j] >= utf8.RuneSelf || text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			r, w := utf8.DecodeRuneInString(text[j:end])
			if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' {
				j += w
				continue
			}
			break
		}
		if j >= end || (text[j] != ' ' && text[j] != '\n' && text[j] != '\r') {
			continue
		}
		k := j
		for k < end && (text[k] == ' ' || text[k] == '\r') {
			k++
		}
		if k >= end {
			emit(j)
			s = k
			break
		}
		if text[k] == '\n' {
			// The line ends with the sentence, as most do: its line
			// break, which would end an empty sentence, is passed over
			// rather than stopped at.
			emit(j)
			s = k + 1
			i = k
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:end])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(') {
			continue
		}
		if c == '.' && (isAbbreviation(text, start, i) || clockGoesOn(text, start, i, k, end)) {
			continue
		}
		emit(j)
		s = k
		i = k - 1
	}
	emit(end)
	return out
}

// isAbbreviation reports whether the full stop at text[dot] ends an
// abbreviation ("Dec.", "U.S.") or a single-letter initial ("John F.").
func isAbbreviation(text string, start, dot int) bool {
	w := dot
	for w > start {
		r, size := utf8.DecodeLastRuneInString(text[start:w])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		w -= size
	}
	word := strings.ToLower(text[w:dot])
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return abbreviations[word]
}

// clockGoesOn reports whether the full stop at text[dot] ends "a.m." or
// "p.m." and the capitalized word at text[next:end] goes on telling the
// time: a weekday, a month or a time zone in capitals ("8:30 p.m.
// Thursday", "07:37 a.m. UTC"). Before any other capital the full stop
// ends the sentence.
func clockGoesOn(text string, start, dot, next, end int) bool {
	if dot-start < 3 {
		return false
	}
	if w := strings.ToLower(text[dot-3 : dot]); w != "a.m" && w != "p.m" {
		return false
	}
	e := next
	for e < end && e-next < 10 && isASCIILetter(text[e]) {
		e++
	}
	word := text[next:e]
	lower := strings.ToLower(word)
	_, zone := zones[lower]
	return weekdays[lower] || monthNames[lower] || zone && strings.ToUpper(word) == word
}

// isASCIISpace reports the ASCII bytes that unicode.IsSpace reports.
func isASCIISpace(b byte) bool { return b == ' ' || '\t' <= b && b <= '\r' }

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

func trimSpan(text string, a, b int) (int, int) {
	// Most sentences start and end with an ASCII byte that is no space:
	// told at once, with no rune decoded. An ASCII byte is a whole rune
	// at either end, as no byte of a longer rune is below utf8.RuneSelf.
	if a < b && text[a] < utf8.RuneSelf && !isASCIISpace(text[a]) &&
		text[b-1] < utf8.RuneSelf && !isASCIISpace(text[b-1]) {
		return a, b
	}
	for a < b {
		r, w := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= w
	}
	return a, b
}
