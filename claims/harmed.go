package claims

// Counts of people written as a number and what happened to them, with no
// noun: "over 200 injured", "six children died and 14 trapped under
// debris", "at least 50 reported injured". The word after the number says
// who is counted: the people the sentence's event harmed, held or freed.
// The claim's Noun is that word ("injured"), which reconcile reads as the
// outcome of a count of people.
//
// Only these words count people so: other participles after a number
// ("12 sold", "five remaining") say nothing of whom. "Reported" may stand
// between ("50 reported injured"). A plural noun after the word ("five
// injured workers") is countedNoun's, read before this.
//
// "Killed" and "dead" are left out: a report gives its death toll with a
// noun ("at least five people were killed"), and a headline's "Five dead"
// restating it would stand as a second count of the same deaths, set
// against another headline's rather than joined with the toll.

// harmedWords are what happened to the people a bare number counts.
var harmedWords = setOf(`injured wounded hurt missing trapped hospitalized hospitalised
arrested detained rescued evacuated`)

var harmedWordsFilter = filterOf(harmedWords)

// harmedAfter reads the word of what happened after a number ending at
// toks[i], and returns its index and the index past it.
func harmedAfter(toks []token, i int, n number) (word, end int, ok bool) {
	if n.fraction || n.indefinite || i >= len(toks) {
		return 0, 0, false
	}
	k := i
	if toks[k].lower == "reported" && k+1 < len(toks) {
		k++
	}
	if !has(harmedWordsFilter, harmedWords, toks[k].lower) {
		return 0, 0, false
	}
	return k, k + 1, true
}
