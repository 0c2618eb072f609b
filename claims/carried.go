package claims

import "strings"

// Counts whose noun the sentence before named: "There were 31 miners
// underground. Nineteen reached the surface on their own." "Organizers
// said more than 150 runners were treated. Seventeen were taken to
// hospital." A report names what it counts once and goes on with the bare
// number, as the subject of a verb that says what happened to them: the
// nineteen are miners, the seventeen runners.
//
// A bare number is read so only when it opens its sentence (its bound
// aside: "More than 150 were treated"), is followed, after a form of "be"
// or "have" at most, by a verb of what befalls people or what people do
// to get away (carriedVerbs), and the sentence before, in the same
// paragraph, counted people (personNoun; its last such count gives the
// noun): "Three cars collided. Five were injured." says nothing of whom. The claim keeps its
// words ("Seventeen"); it takes the noun.
//
// So does a part that opens its sentence: "26 people were injured. Eleven
// of them remain in hospital." The eleven are some of the people counted
// before, and the claim keeps "of them", which tells reconcile it is a
// part (partof.go), comparable only with a figure held to the same place.

// carriedVerbs, after a bare number that opens its sentence, say it counts
// people: what happened to them (harmedWords, deathWords) or how they got
// out or on.
var carriedVerbs = setOf(`treated taken went came got escaped survived fled reached walked`)

// carriedAux may stand between the number and its verb: "were taken",
// "had been treated", "are still missing".
var carriedAux = setOf(`were are was is have has had been still all`)

// personHeads are plural nouns of people that personNoun's endings miss.
var personHeads = setOf(`people men women children persons victims fans guests pupils troops crew
staff police casualties survivors patients hostages`)

// personNoun reports whether a count's noun counts people: its head is one
// of personHeads, a word of what befell them ("injured"), or a plural of a
// doer ("runners", "workers", "residents", "tourists", "civilians",
// "migrants"). The endings take some things too ("containers"); the verb
// after the carried number still says what happened to them.
func personNoun(noun string) bool {
	h := strings.TrimRight(noun, " ")
	h = strings.ToLower(h[strings.LastIndexByte(h, ' ')+1:]) // no copy when in lower case already
	if h == "" {
		return false
	}
	if has(personNounFilter, personNounWords, h) {
		return true // "the number of injured", whose noun is what befell them (harmed.go)
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ants", "ents"} {
		if strings.HasSuffix(h, suf) && len(h) > len(suf)+2 {
			return true
		}
	}
	return false
}

// carriedNoun returns the noun a bare number at the start of its sentence
// takes from noun, the sentence before's last count of people, when the
// words after the number say it counts people.
func carriedNoun(c *Claim, noun string) (string, bool) {
	if c.Kind != Number || noun == "" || c.TextStart != c.SentenceStart || c.Value != float64(int64(c.Value)) {
		return "", false
	}
	rest := c.Sentence[c.TextEnd-c.SentenceStart:]
	n := 0
	for _, w := range strings.Fields(rest) {
		w = strings.ToLower(strings.TrimRight(w, ".,;:"))
		switch {
		case carriedAux[w] && n < 3:
			n++
			continue
		case carriedVerbs[w] || harmedWords[w] || deathWords[w]:
			return noun, true
		}
		break
	}
	return "", false
}

// withNoun adds the words of a carried noun to a claim's context words, as
// a count that names its noun has them: "Seventeen were taken to
// hospital" is about runners as "17 runners had been taken to hospital"
// is.
func withNoun(context []string, noun string) []string {
	out := context
	for _, w := range strings.Fields(strings.ToLower(noun)) {
		if !stopwords[w] {
			out = append(out[:len(out):len(out)], Stem(w))
		}
	}
	return out
}

// carriedPart reads "N of them" opening a sentence, the amount a's number
// ending at toks[end], when the sentence before counted people (noun). It
// returns the index past "of them".
func carriedPart(toks []token, a *amount, end int, noun string) (int, bool) {
	if noun == "" || a.first != 0 || a.isRange || a.num.fraction || a.num.indefinite ||
		end+1 >= len(toks) || toks[end].lower != "of" || !partPronouns[toks[end+1].lower] {
		return end, false
	}
	return end + 2, true
}

// carriedAs returns the noun a later sentence's count takes from a count
// of people: its own, but "people" for a word of what befell them ("the
// number of injured was 26. Nine of them were still in hospital": the
// nine are people, some of the injured).
func carriedAs(noun string) string {
	if isOutcome(strings.ToLower(noun)) {
		return "people"
	}
	return noun
}

// personNounWords are the heads that make a count's noun one of people
// without an ending of a doer: personHeads, and the words of what befell
// them. Each count is asked (personNoun), and one set with its filter
// answers for the three.
var personNounWords = func() map[string]bool {
	s := map[string]bool{}
	for _, set := range []map[string]bool{personHeads, harmedWords, deathWords} {
		for w, in := range set {
			s[w] = s[w] || in
		}
	}
	return s
}()

var personNounFilter = filterOf(personNounWords)

// outcomeWords are the words of harm and of death, looked up as one set.
var outcomeWords = func() map[string]bool {
	s := map[string]bool{}
	for _, set := range []map[string]bool{harmedWords, deathWords} {
		for w, in := range set {
			s[w] = s[w] || in
		}
	}
	return s
}()

var outcomeFilter = filterOf(outcomeWords)

// isOutcome reports whether w is a word of harm or of death (harmedWords,
// deathWords).
func isOutcome(w string) bool { return has(outcomeFilter, outcomeWords, w) }
