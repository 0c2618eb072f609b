package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// A count of what is still so ("210,000 homes were still without power",
// "27 were still missing") is what remains of something at one moment:
// set against a count of all it ever was ("cut power to about 1.2 million
// homes"), it differs because time has passed, not because a report is
// wrong. Two counts of what remains may conflict, and so may two of the
// whole; one of each are counts of different things, unless both name
// one outcome: the missing are those still missing.

// stillReach is how many words after a count "still" may stand and
// belong to it: "27 were still missing", "Around 210,000 homes and
// businesses in the region were still without power". The words are read
// on past the clause, whose cut at "and" would end the second at "homes",
// but not past a comma or another figure.
const stillReach = 10

// stillWords say that what a count counts is still so.
var stillWords = setOf(`still remain remains remained`)

// remaining reports whether a count is of what is still so.
func remaining(c *claims.Claim) bool {
	if c.Kind != claims.Count {
		return false
	}
	before, _ := clause(c)
	if n := len(before); n > 0 && stillWords[strings.ToLower(before[n-1])] {
		return true // "still 27 missing"
	}
	rest := c.Sentence[min(max(c.TextEnd-c.SentenceStart, 0), len(c.Sentence)):]
	for k, w := range strings.Fields(rest) {
		if k == stillReach || strings.ContainsAny(w, "0123456789") || claims.IsNumberWord(strings.ToLower(w)) {
			return false
		}
		if stillWords[strings.ToLower(strings.TrimRight(w, ",;:."))] {
			return true
		}
		if strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return false
}
