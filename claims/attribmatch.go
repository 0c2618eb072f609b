package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written matchers for the patterns of attributions that are tried
// most: a regular expression costs a microsecond or more on every sentence
// that holds a trigger, most of it in setting up and backtracking, where
// these read the few bytes the pattern can match once. Each returns what
// the pattern's first group captures and whether it matches, exactly as
// the pattern's FindStringSubmatch would (FuzzAttributionMatchers holds
// them to it): the expression stays the definition of the pattern.
//
// The classes of the expressions read as: \s is one of "\t\n\f\r ", \d an
// ASCII digit, \b a change between an ASCII word byte and another,
// \p{Lu} unicode.IsUpper, \p{Ll} unicode.IsLower, \p{L} unicode.IsLetter.
// A byte that is no UTF-8 reads as utf8.RuneError, as the expressions
// read it.

// isSpaceByte reports the bytes of \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipSpace returns how many bytes of \s open s.
func skipSpace(s string) int {
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return i
}

// nameRune reports the runes of [\p{L}\d.&'’-], that a word of a name goes
// on with.
func nameRune(r rune) bool {
	return unicode.IsLetter(r) || '0' <= r && r <= '9' || r == '.' || r == '&' || r == '\'' || r == '’' || r == '-'
}

// plainRune reports the runes of [\p{L}\d'’-], that the first word of
// who's lower-case run goes on with.
func plainRune(r rune) bool {
	return unicode.IsLetter(r) || '0' <= r && r <= '9' || r == '\'' || r == '’' || r == '-'
}

// spanRunes returns how many bytes at the start of s are runes that in
// reports true for.
func spanRunes(s string, in func(rune) bool) int {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !in(r) {
			break
		}
		i += w
	}
	return i
}

// matchName returns the length of the match of name at the start of s, or
// 0: a capitalized word, then more, each after spaces and perhaps "of",
// "the", "and", "for" or "&" with spaces after each. Nothing follows name
// in the patterns that could make it give back, so each repetition takes
// all it can, and one that does not reach a capital is not made.
func matchName(s string) int {
	r, w := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return 0
	}
	end := w + spanRunes(s[w:], nameRune)
	for {
		next, ok := nextNameWord(s, end)
		if !ok {
			return end
		}
		end = next
	}
}

// matchWho returns the length of the match of who at the start of s, or
// 0: "the" and spaces perhaps, then a name, or a lower-case word or a
// number and up to nine more words.
func matchWho(s string) int {
	if strings.HasPrefix(s, "the") {
		if n := skipSpace(s[3:]); n > 0 {
			if m := matchNameOrWords(s[3+n:]); m > 0 {
				return 3 + n + m
			}
		}
	}
	return matchNameOrWords(s)
}

// matchNameOrWords is matchWho after its "the".
func matchNameOrWords(s string) int {
	if n := matchName(s); n > 0 {
		return n
	}
	r, w := utf8.DecodeRuneInString(s)
	if !(unicode.IsLower(r) || '0' <= r && r <= '9') {
		return 0
	}
	end := w + spanRunes(s[w:], plainRune)
	for range 9 {
		i := end + skipSpace(s[end:])
		if i == end {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !(unicode.IsLetter(r) || '0' <= r && r <= '9') {
			break
		}
		end = i + w + spanRunes(s[i+w:], nameRune)
	}
	return end
}

// wordStartAt reports whether \b stands before s[i], a word byte.
func wordStartAt(s string, i int) bool {
	return i == 0 || !isWordByte(s[i-1])
}

// firstAt calls try with each place of lit in s, from the first, and
// returns the first match it reports.
func firstAt(s, lit string, try func(at int) (string, bool)) (string, bool) {
	for i := 0; ; {
		at := strings.Index(s[i:], lit)
		if at < 0 {
			return "", false
		}
		at += i
		i = at + 1
		if group, ok := try(at); ok {
			return group, true
		}
	}
}

// matchAccordingTo matches `\b[Aa]ccording to (who)`.
func matchAccordingTo(s string) (string, bool) {
	const lit = "ccording to "
	return firstAt(s, lit, func(at int) (string, bool) {
		if p := at - 1; p < 0 || s[p] != 'A' && s[p] != 'a' || !wordStartAt(s, p) {
			return "", false
		}
		rest := s[at+len(lit):]
		n := matchWho(rest)
		return rest[:n], n > 0
	})
}

// matchAsBy matches `\bas (?:quoted|cited|reported) by (who)`.
func matchAsBy(s string) (string, bool) {
	return firstAt(s, "as ", func(at int) (string, bool) {
		if !wordStartAt(s, at) {
			return "", false
		}
		for _, verb := range [...]string{"quoted by ", "cited by ", "reported by "} {
			if rest, ok := strings.CutPrefix(s[at+len("as "):], verb); ok {
				if n := matchWho(rest); n > 0 {
					return rest[:n], true
				}
			}
		}
		return "", false
	})
}

// matchSaidName matches `\bsaid (name)`.
func matchSaidName(s string) (string, bool) {
	return firstAt(s, "said ", func(at int) (string, bool) {
		if !wordStartAt(s, at) {
			return "", false
		}
		rest := s[at+len("said "):]
		n := matchName(rest)
		return rest[:n], n > 0
	})
}

// saidAtEndWords are the words that may open the subject of the pattern
// anchored at the end, in the order the expression tries them: "an"
// before "a".
var saidAtEndWords = [...]string{"the", "an", "a", "two", "three", "four", "several"}

// matchSaidAtEnd matches the pattern anchored at the end:
//
//	[,”"]\s*((?:the\s+|an?\s+|two\s+|three\s+|four\s+|several\s+)?[\p{L}\d'’ -]{2,80}?)\s+(?:said|says|added|noted|reported|estimated?)\s*(?:on \p{Lu}\p{Ll}+day\s*)?[.,]?\s*$
//
// It tries the marks from the first, and at each the choices in the
// order the expression does: the most spaces after the mark first, then
// each opening word with the most spaces after it first, then none; and
// for each, the shortest subject that the end of s follows.
func matchSaidAtEnd(s string) (string, bool) {
	for p := 0; p < len(s); p++ {
		w := 0
		switch {
		case s[p] == ',' || s[p] == '"':
			w = 1
		case strings.HasPrefix(s[p:], "”"):
			w = len("”")
		default:
			continue
		}
		a0 := p + w
		for g := a0 + skipSpace(s[a0:]); g >= a0; g-- {
			if subj, ok := saidSubject(s, g); ok {
				return subj, true
			}
		}
	}
	return "", false
}

// saidSubject is matchSaidAtEnd's group starting at s[g].
func saidSubject(s string, g int) (string, bool) {
	for _, word := range saidAtEndWords {
		if !strings.HasPrefix(s[g:], word) {
			continue
		}
		for n := skipSpace(s[g+len(word):]); n > 0; n-- {
			if e, ok := saidSubjectEnd(s, g+len(word)+n); ok {
				return s[g:e], true
			}
		}
	}
	if e, ok := saidSubjectEnd(s, g); ok {
		return s[g:e], true
	}
	return "", false
}

// saidSubjectEnd returns the end of the shortest run of two to 80 runes
// of [\p{L}\d'’ -] from s[x] that the end of the pattern anchored at the
// end follows.
func saidSubjectEnd(s string, x int) (int, bool) {
	e, n := x, 0
	// The tail after spaces is read once for the whole run of them: a
	// subject may end at any of its spaces, and the tail reads the same
	// from each.
	runEnd, tailOK := -1, false
	for {
		if n >= 2 && e < len(s) && isSpaceByte(s[e]) {
			if e >= runEnd {
				runEnd = e + skipSpace(s[e:])
				tailOK = saidTail(s[e:])
			}
			if tailOK {
				return e, true
			}
		}
		if n == 80 || e >= len(s) {
			return 0, false
		}
		r, w := utf8.DecodeRuneInString(s[e:])
		if !(plainRune(r) || r == ' ') {
			return 0, false
		}
		e += w
		n++
	}
}

// saidTail reports whether all of t matches
// `\s+(?:said|says|added|noted|reported|estimated?)\s*(?:on \p{Lu}\p{Ll}+day\s*)?[.,]?\s*$`.
func saidTail(t string) bool {
	i := skipSpace(t)
	if i == 0 {
		return false
	}
	for _, verb := range [...]string{"said", "says", "added", "noted", "reported", "estimated", "estimate"} {
		if strings.HasPrefix(t[i:], verb) && saidTailAfterVerb(t[i+len(verb):]) {
			return true
		}
	}
	return false
}

// saidTailAfterVerb is saidTail after the verb.
func saidTailAfterVerb(u string) bool {
	u = u[skipSpace(u):]
	if strings.HasPrefix(u, "on ") {
		d := u[len("on "):]
		if r, w := utf8.DecodeRuneInString(d); unicode.IsUpper(r) {
			m := w + spanRunes(d[w:], unicode.IsLower)
			// The lower-case run ends with "day" and holds a rune before it.
			if m-len("day") > w && d[m-len("day"):m] == "day" && endsClause(d[m:]) {
				return true
			}
		}
	}
	return endsClause(u)
}

// endsClause reports whether u matches `^\s*[.,]?\s*$`.
func endsClause(u string) bool {
	u = u[skipSpace(u):]
	if u != "" && (u[0] == '.' || u[0] == ',') {
		u = u[1:]
	}
	return skipSpace(u) == len(u)
}

// reportVerbs are the verbs that follow the name in the pattern "Name
// reported".
var reportVerbs = [...]string{"reported", "reports", "said in a statement", "told reporters"}

// matchNameReported matches
// `(name) (?:reported|reports|said in a statement|told reporters)\b`.
//
// From a capital, the words of a name, and the spaces and joiners between
// them, are each read one way only (matchName): so the expression can end
// the name only where one of the words of the longest name from there
// ends, and takes the last of those ends that a space and a verb follow.
// A capital inside that name starts the same words from there on, and
// finds no verb either: the next name to try starts past its end.
func matchNameReported(s string) (string, bool) {
	for p := 0; p < len(s); {
		r, w := utf8.DecodeRuneInString(s[p:])
		if !unicode.IsUpper(r) {
			p += w
			continue
		}
		last := -1 // the last end of a word of the name that a verb follows
		end := p + w + spanRunes(s[p+w:], nameRune)
		for {
			if reportVerbAt(s, end) {
				last = end
			}
			next, ok := nextNameWord(s, end)
			if !ok {
				break
			}
			end = next
		}
		if last >= 0 {
			return s[p:last], true
		}
		p = end
	}
	return "", false
}

// nextNameWord returns the end of the word that goes on a name ending at
// s[end], after spaces and perhaps joiners, as matchName reads them, and
// whether there is one.
func nextNameWord(s string, end int) (int, bool) {
	i := end + skipSpace(s[end:])
	if i == end {
		return 0, false
	}
joiners:
	for {
		for _, j := range [...]string{"of", "the", "and", "for", "&"} {
			if strings.HasPrefix(s[i:], j) {
				if n := skipSpace(s[i+len(j):]); n > 0 {
					i += len(j) + n
					continue joiners
				}
			}
		}
		break
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) {
		return 0, false
	}
	return i + w + spanRunes(s[i+w:], nameRune), true
}

// reportVerbAt reports whether a space and one of reportVerbs stand at
// s[i], and \b after the verb.
func reportVerbAt(s string, i int) bool {
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	for _, v := range reportVerbs {
		if rest := s[i+1:]; strings.HasPrefix(rest, v) && (len(rest) == len(v) || !isWordByte(rest[len(v)])) {
			return true
		}
	}
	return false
}
