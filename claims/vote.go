package claims

import "fmt"

// Votes: the tally of a vote, "the council voted 6-3", "approved it 7-2",
// "by a vote of 6-3", "a 5-4 ruling", "passed the budget Tuesday night,
// 6-3". It is a Score whose Noun is "vote": the higher side first, as the
// majority is written, Value the higher side. A pair of numbers is a
// vote's only with a word of voting close before it in its sentence
// (voteWords, up to voteReach words back, across a comma but not a full
// stop or a semicolon, with no word of a game's result nearer) or right
// after it ("a 6-3 vote"): sports copy, whose pairs are scores, records
// and runs, does not vote.

// voteWords say that a tally after them is a vote's.
var voteWords = setOf(`vote voted votes voting approved approves passed passes adopted adopts rejected rejects
ruled rules confirmed confirms overturned upheld`)

// voteAfter, right after a pair of numbers, make it a vote's.
var voteAfter = setOf(`vote votes ruling decision majority`)

// Filters of the sets vote looks the words around every pair of numbers
// up in.
var (
	voteAfterFilter   = filterOf(voteAfter)
	voteWordsFilter   = filterOf(voteWords)
	resultWordsFilter = filterOf(resultWords)
)

// voteReach is how many words before a tally a word of voting may stand.
const voteReach = 10

// vote reads a vote's tally at toks[i] and appends its claim to x.out, or
// reports none.
func (x *sentenceExtractor) vote(i int) (int, bool) {
	toks := x.toks
	a, b, ok := digitPair(toks, i)
	if !ok {
		return i, false
	}
	end := i + 3
	next := tokenAt(toks, end)
	voted := has(voteAfterFilter, voteAfter, next.lower)
	for k := i - 1; !voted && k >= 0 && k >= i-voteReach; k-- {
		if t := toks[k].text; t == "." || t == ";" || has(resultWordsFilter, resultWords, toks[k].lower) {
			break // "the goal was ruled out and City won 2-1": a game's
		}
		voted = has(voteWordsFilter, voteWords, toks[k].lower)
	}
	if !voted {
		return i, false
	}
	hi, lo := atoi(a.text), atoi(b.text)
	if lo > hi {
		hi, lo = lo, hi
	}
	c := x.claim(Score, i, end)
	c.Value, c.Noun, c.Score = float64(hi), "vote", fmt.Sprintf("%d-%d", hi, lo)
	c.endToken = end
	return end, true
}
