package claims

// Titles written with "the" before a name set off by commas: "The
// museum's director, Hanne Solberg, said", "the director, Hanne Solberg,".
// The office may belong to an organisation named by a possessive in lower
// case ("the museum's director", "the company's chief executive"): a
// common noun that stands for the organisation, which another report
// names ("Vellmar director", "Playboy founder"). It is left out of the
// office's words, which would otherwise set "magazine" against "Playboy"
// as two domains. The same possessive may stand in an apposition after
// the name, "Hanne Solberg, the museum's director," which nameThenTitle
// reads (see possessiveOrg).
//
// The name must be two or three capitalized words ending the apposition
// (punctuation, the sentence's end, or a word in lower case after it): "the
// director, Hanne Solberg, said" and not "the director, Hanne Solberg
// Foundation".

// theTitleCommaName matches "the [Org's] [title words] Head, Name Name" at
// toks[i], its "the", or "whose" or "its" in its place, whose organisation
// was just named: "the Volcanological Institute, whose deputy director,
// Ilse Varga, said".
func theTitleCommaName(toks []token, i int) (titleMatch, bool) {
	if w := toks[i].lower; w != "the" && w != "whose" && w != "its" || i+3 >= len(toks) {
		return titleMatch{}, false
	}
	start := i + 1
	if possessiveOrg(toks, start) {
		start++
	}
	k := start
	head := -1
	for q := k; q < len(toks) && q < k+4 && toks[q].kind == tWord && !toks[q].isCapitalized() &&
		(toks[q].isTitleWord() || officeQualifier(toks[q].lower)); q++ {
		if toks[q].isOfficeHead() {
			head = q
		}
	}
	if head < 0 || head+3 >= len(toks) || toks[head+1].text != "," {
		return titleMatch{}, false
	}
	name := head + 2
	end := name
	for end < len(toks) && end < name+3 && toks[end].isCapitalized() && !toks[end].isStopword() {
		end++
	}
	if n := end - name; n < 2 || end < len(toks) && toks[end].kind == tWord && toks[end].isCapitalized() ||
		!isName(toks[name:end]) {
		return titleMatch{}, false
	}
	if len(toks[end-1].text) == 1 {
		return titleMatch{}, false // "John W. Nields": an initial, and the name runs on past its full stop
	}
	return titleMatch{officeFirst: start, officeEnd: head + 1, nameFirst: name, nameEnd: end}, true
}

// possessiveOrg reports a word in "'s" in lower case at toks[k] that names
// whose office follows: "museum's" in "the museum's director".
func possessiveOrg(toks []token, k int) bool {
	return k < len(toks) && toks[k].kind == tWord && !toks[k].isCapitalized() && isPossessive(toks[k].lower)
}
