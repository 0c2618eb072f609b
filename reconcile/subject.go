package reconcile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/claimcheck/claimcheck/claims"
)

// synonyms fold nouns that name the same kind of thing in news copy. Each
// line is one class; the first word names it.
var synonyms = classes(`
offering ipo listing flotation float
people person individual
company firm
acquisition takeover buyout purchase deal
fine penalty
death fatality
crew crewman
police policeman
fight bout
`)

func classes(text string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}

// vagueHeads are counted nouns that say too little of what is counted for a
// count of them to contradict another: "250 others", "two more".
var vagueHeads = setOf(`other more one thing time`)

// reportingWords are the words of any news sentence; sharing them says
// nothing of two claims' subject.
var reportingWords = setOf(`said say told tell according report news statement week year
month day today time new also last first earlier later announc ad add us`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// words splits a noun phrase into lower-cased stems.
func nounWords(noun string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(noun, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		out = append(out, claims.Stem(strings.ToLower(f)))
	}
	return out
}

// head returns the class of a noun phrase's last word. A phrase that
// counts things besides others ("three other rifles", "two more people")
// counts a different set from one that does not, and keeps the word.
func head(noun string) string {
	if m := model(noun); m != "" {
		return m
	}
	w := nounWords(noun)
	if len(w) == 0 {
		return ""
	}
	h := w[len(w)-1]
	if h == "member" && len(w) > 1 {
		// "Crew members", "family members": the members of a group are
		// what the group's noun counts ("300 crew").
		w = w[:len(w)-1]
		h = w[len(w)-1]
	}
	if strings.HasSuffix(h, "men") && len(h) > len("women") {
		h = strings.TrimSuffix(h, "men") + "man" // "crewmen", "policemen": one head with the singular
	}
	h = classOf(h)
	for _, x := range w[:len(w)-1] {
		if countingWords[x] {
			return x + " " + h
		}
	}
	return h
}

// sameWord reports whether two context stems are one word: equal when
// case is folded, or, for names, spelling variants within a small edit
// distance ("Uygur", "Uighur", "Uyghur").
func sameWord(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if !isName(a) && !isName(b) {
		return false
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if min(la, lb) < 5 {
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if unicode.ToLower(ra) != unicode.ToLower(rb) {
		return false
	}
	return levenshtein.ComputeDistance(strings.ToLower(a), strings.ToLower(b)) <= max(la, lb)/3
}

func isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// sameHead reports whether two noun heads name the same kind of thing.
func sameHead(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	// Spelling variants of names of groups: "uygur", "uighur", "uyghur".
	return min(la, lb) >= 5 && a[0] == b[0] && levenshtein.ComputeDistance(a, b) <= max(la, lb)/3 &&
		!strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) && la > 4 && lb > 4 && nameLike(a, b)
}

// nameLike tells spelling variants of a name from distinct common words
// that differ in a letter or two ("stake" and "state"): variants share their
// first two letters and their last.
func nameLike(a, b string) bool {
	return a[:2] == b[:2] && a[len(a)-1] == b[len(b)-1]
}

// contains reports whether a claim's context mentions word w.
func contains(ctx []string, w string) bool {
	for _, c := range ctx {
		if sameWord(c, w) {
			return true
		}
	}
	return false
}

// nounsCompatible reports whether two claims' counted nouns may name the
// same thing: the same head, or a noun that the other claim's context
// mentions ("over a million people, mainly Uyghurs" may count the same
// people as "more than one million Uygurs").
func (m *matcher) nounsCompatible(a, b *claims.Claim) bool {
	ha, hb := m.head(a.Noun), m.head(b.Noun)
	if ha == "" || hb == "" || sameHead(ha, hb) {
		return true
	}
	return contains(b.Context, lastWord(a.Noun)) || contains(a.Context, lastWord(b.Noun))
}

func lastWord(noun string) string {
	w := nounWords(noun)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// model returns the model a noun phrase names, as capitals and digits
// lower-cased ("ak47" in "AK-47 assault rifles", "AK 47 guns" and
// "AK-47s"), or "": counts of one model are counts of one thing, whatever
// noun follows it.
func model(noun string) string {
	f := strings.Fields(noun)
	for i, w := range f {
		letters, digits, _ := strings.Cut(w, "-")
		if digits == "" && i+1 < len(f) {
			digits = f[i+1]
		}
		digits = strings.TrimSuffix(digits, "s")
		if len(letters) < 1 || len(letters) > 4 || strings.ToUpper(letters) != letters || strings.ToLower(letters) == letters || digits == "" {
			continue
		}
		if strings.Trim(digits, "0123456789") != "" {
			continue
		}
		return strings.ToLower(letters) + digits
	}
	return ""
}

// kindOfPeople reports two counted noun phrases of which one counts
// "people" and the other a kind of people, both qualified by one word:
// "about two dozen young protesters" and "at least three dozen mostly young
// people" count one crowd, the one report naming what they did, the other
// not. The shared qualifier is what ties them: "people" alone may be
// anyone the story speaks of ("130 people were marching" against "two
// dozen protesters splintered off"). Words that count besides others
// ("other", "more") tie nothing.
func kindOfPeople(a, b string) bool {
	wa, wb := nounWords(a), nounWords(b)
	if len(wa) < 2 || len(wb) < 2 {
		return false
	}
	ha, hb := classOf(wa[len(wa)-1]), classOf(wb[len(wb)-1])
	if ha != "people" && hb != "people" || ha == hb {
		return false
	}
	for _, x := range wa[:len(wa)-1] {
		if countingWords[x] {
			continue
		}
		for _, y := range wb[:len(wb)-1] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// classOf returns the synonym class of a noun's stem, or the stem.
func classOf(w string) string {
	if c, ok := synonyms[w]; ok {
		return c
	}
	return w
}

// countingWords count a set besides another: "two other people".
var countingWords = setOf(`other more additional further another`)
