package claims

// Figures whose noun the writer leaves out because the sentence has just
// named it: "he needed 11 points to break the scoring record of 2,106",
// "his 14 points bettered his career high of 13". A record, a high, a best
// or a total "of" a bare number is a figure of the same thing as the
// sentence's count before it, and takes that count's noun: the 2,106 are
// points. The claim's Text runs from the record's noun to the number.
//
// The number must end its clause (nothing but punctuation after it): a
// word after it may be its own noun, which countedNoun reads, or start
// something else ("a record of 12 in 1998") that this rule cannot tell.

// recordNouns name a figure kept of something counted.
var recordNouns = setOf(`record high best total tally`)

// elidedNoun reads "record of N" for the amount a, its number ending at
// toks[end], when a Count with a noun comes earlier in the sentence (out
// holds the sentence's claims so far). It returns the index of the
// record's noun and the noun the figure takes.
func elidedNoun(toks []token, a amount, end int, out []Claim) (first int, noun string, ok bool) {
	if a.isRange || a.num.fraction || a.num.indefinite || a.first < 2 ||
		toks[a.first-1].lower != "of" || !recordNouns[toks[a.first-2].lower] {
		return 0, "", false
	}
	if end < len(toks) && toks[end].kind != tPunct {
		return 0, "", false
	}
	for i := len(out) - 1; i >= 0; i-- {
		if c := &out[i]; c.Kind == Count && c.Noun != "" && c.endToken <= a.first-2 && !c.PartOfCount() {
			return a.first - 2, c.Noun, true
		}
	}
	return 0, "", false
}
