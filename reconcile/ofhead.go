package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// ofHead returns, stemmed, the noun a figure is "of" when it follows one
// directly: "records" in "medical claim records of 86,000 people",
// "details" in "the bank details of 312,000 customers". Two figures "of"
// different nouns measure different things, whatever they count: the
// records of 86,000 people are not the bank details of 312,000. A noun
// that only sizes or gathers what follows ("a total of", "a crowd of",
// "the number of") says nothing of it, and gives "".
func ofHead(c *claims.Claim) string {
	before, _ := clause(c)
	n := len(before)
	if n < 2 || !strings.EqualFold(before[n-1], "of") {
		return ""
	}
	w := strings.ToLower(strings.Trim(before[n-2], ".-'’"))
	if len(w) < 3 || sizingNouns[w] {
		return ""
	}
	return claims.Stem(w)
}

// sizingNouns size, gather or rank what they are "of" rather than name
// it: "a total of 20", "a crowd of 22,000", "a toll of 4", "dozens of".
var sizingNouns = setOf(`total totals number numbers toll tolls count counts tally figure figures sum estimate
estimates average maximum minimum majority minority crowd crowds group groups team teams band party
lot lots couple dozen dozens score scores hundreds thousands tens millions billions handful
upwards excess amount amounts sum sums value worth cost costs price prices rate rates level levels
height depth length width distance area size weight capacity population age ages period span
one two three four five six seven eight nine ten all some most none each both many few several rest remainder part parts
out because ahead instead the this that these those its their his her our any such made consisting composed capable`)
