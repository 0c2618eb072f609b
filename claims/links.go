package claims

import "strings"

// Web addresses, e-mail addresses and handles hold digits but no
// quantities (unlink). nextLink finds them as the regular expression
//
//	(?i)\b(https?://|www\.)\S+|\S+@\S+\.\w+|@\w+
//
// does, leftmost first, without running one: the sentences that hold links
// are few, but the expression's backtracking over each was a large part of
// their cost. Its three forms, in the order the expression prefers them
// when more than one matches at the same place:
//
//   - an address: "http://", "https://" or "www." in any case, at a word
//     boundary, and the rest of its run of non-space bytes;
//   - an e-mail address: non-space bytes, "@", non-space bytes, "." and
//     word characters, within one run of non-space bytes;
//   - a handle: "@" and word characters.
//
// As in the expression, a space is one of " \t\n\f\r", a word character
// is [0-9A-Za-z_] or one of the two runes that fold to one under (?i),
// "ſ" (s) and U+212A (the Kelvin sign, k), and "ſ" stands for the s of
// "https" too. A word boundary looks at bytes only: no rune outside ASCII
// is a word character there.

// nextLink returns the start and end of the first link of s at or after
// from, and -1, -1 when there is none.
func nextLink(s string, from int) (start, end int) {
	i := from
	for i < len(s) {
		// The run of non-space bytes at i: a link lies within one.
		for i < len(s) && isLinkSpace(s[i]) {
			i++
		}
		e := i
		for e < len(s) && !isLinkSpace(s[e]) {
			e++
		}
		if i == e {
			break
		}
		// An e-mail address may start at i, and then does, unless an
		// address does.
		if end := emailEnd(s, i, e); end >= 0 {
			if addressAt(s, i, e) {
				return i, e
			}
			return i, end
		}
		// Otherwise no e-mail address starts anywhere in the run, as
		// fewer "@" follow a later byte: the first address or handle.
		for j := i; j < e; j++ {
			switch s[j] {
			case 'h', 'H', 'w', 'W':
				if addressAt(s, j, e) {
					return j, e
				}
			case '@':
				if n := wordRun(s[j+1 : e]); n > 0 {
					return j, j + 1 + n
				}
			}
		}
		i = e
	}
	return -1, -1
}

// isLinkSpace reports whether b is a space to the expression's \s.
func isLinkSpace(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return false
}

// addressAt reports whether an address starts at s[i], in a run of
// non-space bytes that ends at s[e]: a word boundary before i, one of the
// openings, and at least one byte after it.
func addressAt(s string, i, e int) bool {
	if i > 0 && isWordByte(s[i-1]) {
		return false
	}
	n := addressOpening(s[i:e])
	return n > 0 && i+n < e
}

// addressOpening returns the length of the opening of an address at the
// start of w, "http://", "https://" or "www." in any case, or 0.
func addressOpening(w string) int {
	if len(w) >= 4 && strings.EqualFold(w[:4], "www.") {
		return 4
	}
	if len(w) < 7 || !strings.EqualFold(w[:4], "http") {
		return 0
	}
	n := 4
	switch {
	case w[4] == 's' || w[4] == 'S':
		n++
	case strings.HasPrefix(w[4:], "ſ"):
		n += len("ſ")
	}
	if !strings.HasPrefix(w[n:], "://") {
		return 0
	}
	return n + len("://")
}

// emailEnd returns the end of the e-mail address that starts at s[i], in a
// run of non-space bytes that ends at s[e], or -1 when none does. The
// expression's first \S+ takes as much as it can, and so does its second:
// the address ends with the last "." of the run that word characters
// follow, and an "@" must stand after i and at least two bytes before that
// full stop.
func emailEnd(s string, i, e int) int {
	for d := e - 2; d > i+1; d-- {
		if s[d] != '.' {
			continue
		}
		n := wordRun(s[d+1 : e])
		if n == 0 {
			continue
		}
		if strings.IndexByte(s[i+1:d-1], '@') < 0 {
			return -1
		}
		return d + 1 + n
	}
	return -1
}

// kelvin is the Kelvin sign, written as an escape: an editor that
// normalizes text turns the rune itself into an ASCII K.
const kelvin = "\u212a"

// wordRun returns the length of the run of word characters that w starts
// with.
func wordRun(w string) int {
	n := 0
	for n < len(w) {
		switch {
		case isWordByte(w[n]):
			n++
		case strings.HasPrefix(w[n:], "ſ"):
			n += len("ſ")
		case strings.HasPrefix(w[n:], kelvin):
			n += len(kelvin)
		default:
			return n
		}
	}
	return n
}
