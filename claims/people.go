package claims

import "strings"

// People: the person a title or an age is about. News names a person in
// full once ("Deputy Secretary of the Treasury Wally Adeyemo", "32-year-old
// Robert Buckley") and then by the family name alone ("Adeyemo", "Wang, a
// spokesman,"); a short mention is linked to the full name given earlier in
// the same report that ends or starts with it. A one-word name that no full name explains is dropped:
// "However, a spokesman said" names nobody.

// linker links the short mentions of people in one report to the full
// names given before them.
type linker struct {
	full []string // the full names seen so far
	text string   // the report's text, where a full name may stand in no claim
}

// link gives a claim that names a person by one word the full name of the
// report that ends or starts with it. It reports false for a title whose
// one-word name it cannot link.
func (l *linker) link(c *Claim) bool {
	if c.Person == "" {
		return true
	}
	if strings.Contains(c.Person, " ") {
		l.full = append(l.full, c.Person)
		return true
	}
	for i := len(l.full) - 1; i >= 0; i-- {
		// The family name ends a Western name and starts a Chinese one:
		// "Adeyemo" for Wally Adeyemo, "Wang" for Wang Wenbin.
		if strings.HasSuffix(l.full[i], " "+c.Person) || strings.HasPrefix(l.full[i], c.Person+" ") {
			c.Person = l.full[i]
			return true
		}
	}
	if full := fullNameBefore(l.text[:c.Start], c.Person); full != "" {
		l.full = append(l.full, full)
		c.Person = full
		return true
	}
	return c.Kind != Title
}

// maxNameLookback bounds how many earlier mentions of a family name
// fullNameBefore reads.
const maxNameLookback = 16

// fullNameBefore returns the last full name in text that ends with the
// family name: "Mark Felt" for "Felt" after "W. Mark Felt Sr. died". The
// word before the family name must be a capitalized given name, not an
// honorific ("Mr Felt"), a title word ("Director Felt") or a function
// word ("The Felt"). It returns "" when there is none.
func fullNameBefore(text, family string) string {
	for n := 0; n < maxNameLookback; n++ {
		p := lastIndex(text, family)
		if p < 0 {
			return ""
		}
		rest, before := text[p+len(family):], text[:p]
		text = before
		if rest != "" && isLetter(rest[0]) || !strings.HasSuffix(before, " ") {
			continue
		}
		before = before[:len(before)-1]
		q := strings.LastIndexAny(before, " \n\t\"“(") + 1
		given := before[q:]
		if len(given) < 2 || !('A' <= given[0] && given[0] <= 'Z') || !isLetterWord(given) {
			continue
		}
		l := strings.ToLower(given)
		if stopwords[l] || abbreviations[l] || isTitleWord(l) || monthNames[l] || weekdays[l] {
			continue
		}
		return given + " " + family
	}
	return ""
}

// lastIndex returns the index of the last instance of sub in s, or -1, as
// strings.LastIndex does. A report names most people once or not at all
// before a mention, so fullNameBefore's search reads most of the text
// before it: strings.Index reads forwards many bytes at once, where
// strings.LastIndex hashes each byte, and so lastIndex searches forwards
// in pieces of the text taken from its end, each twice as long as the one
// before.
func lastIndex(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return len(s)
	}
	piece := max(256, 2*n)
	for hi := len(s); hi >= n; {
		lo := max(0, hi-piece)
		w := s[lo:hi]
		if p := strings.Index(w, sub); p >= 0 {
			for {
				q := strings.Index(w[p+1:], sub)
				if q < 0 {
					return lo + p
				}
				p += 1 + q
			}
		}
		if lo == 0 {
			break
		}
		// Every instance starts before lo, and the last may run into
		// the piece searched.
		hi = lo + n - 1
		piece *= 2
	}
	return -1
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// isLetterWord reports whether w is ASCII letters, hyphens and apostrophes.
func isLetterWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) && w[i] != '-' && w[i] != '\'' {
			return false
		}
	}
	return true
}

// nameAfter returns the name of capitalized words at toks[i] ("Robert
// Buckley" after "32-year-old"), or "".
func nameAfter(toks []token, i int) string {
	j := i
	for j < len(toks) && j < i+4 && toks[j].isCapitalized() && !toks[j].isStopword() {
		j++
	}
	if j == i || !isName(toks[i:j]) {
		return ""
	}
	return personName("", toks[i:j])
}

// nameBefore returns the name of capitalized words ending just before
// toks[i], skipping a comma ("Robert Buckley, 32"), or "".
func nameBefore(toks []token, i int) string {
	j := i
	if j > 0 && toks[j-1].text == "," {
		j--
	}
	k := j
	for k > 0 && k > j-4 && toks[k-1].isCapitalized() && !toks[k-1].isStopword() {
		k--
	}
	if k == j || !isName(toks[k:j]) {
		return ""
	}
	return personName("", toks[k:j])
}

// appositiveAge reports an age set off by commas after a name: "Robert
// Buckley, 32, of Brooklyn", or closing an item of a list of people
// ("Tanya Renee Wilson, 47; LaTonya Sharon Brown, 36; and ...").
func appositiveAge(toks []token, a *amount) bool {
	n := a.num
	if a.isRange || n.spelled || n.value < 1 || n.value > 120 || n.value != float64(int(n.value)) || a.first != n.first {
		return false
	}
	if a.first < 2 || toks[a.first-1].text != "," || !toks[a.first-2].isCapitalized() {
		return false
	}
	// The apposition ends at a comma or a semicolon, or ends the
	// sentence: "named by her school as Anja Reiss, 16."
	ends := a.end < len(toks) && (toks[a.end].text == "," || toks[a.end].text == ";") ||
		a.end == len(toks)-1 && toks[a.end].text == "."
	return ends && nameBefore(toks, a.first-1) != ""
}

// appositiveName returns the name an age written as "a 32-year-old" (its
// number at toks[first]) describes in apposition: "Jo Lee, a 32-year-old
// nurse from Leeds". A name after a preposition is a place ("police in
// Leeds, a 32-year-old man"), and one word opening the sentence may be
// none ("Meanwhile, a 32-year-old man"): those give "".
func appositiveName(toks []token, first int) string {
	if first < 3 || toks[first-1].lower != "a" && toks[first-1].lower != "an" || toks[first-2].text != "," {
		return ""
	}
	k := nameStart(toks, first-2)
	if k == first-2 || k > 0 && placePrepositions[toks[k-1].lower] || k == 0 && first-2 == 1 {
		return ""
	}
	return nameBefore(toks, first-1)
}

// subjectBefore returns the name nearest before toks[i] within a few words
// of its clause ("Esther Williams" in "Esther Williams died aged 91"), or "".
func subjectBefore(toks []token, i int) string {
	for j := i; j > 0 && j > i-6; j-- {
		t := toks[j-1]
		if t.kind == tPunct {
			return ""
		}
		if t.isCapitalized() && !t.isStopword() {
			// A name after a preposition is a place or a
			// complement, not the subject: "died in Los Angeles aged 85".
			if k := nameStart(toks, j); k > 0 && placePrepositions[toks[k-1].lower] {
				return ""
			}
			return nameBefore(toks, j)
		}
	}
	return ""
}

// placePrepositions put the name after them in a complement: "in Los
// Angeles", "from Brooklyn".
var placePrepositions = setOf(`in at from near to into of for by`)

// nameStart returns the index of the first capitalized word of the run
// that ends just before toks[j], as nameBefore reads it.
func nameStart(toks []token, j int) int {
	k := j
	for k > 0 && k > j-4 && toks[k-1].isCapitalized() && !toks[k-1].isStopword() {
		k--
	}
	return k
}
