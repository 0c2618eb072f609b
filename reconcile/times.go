package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// "Arrested four times", "married three times", "shot eleven times": a
// count of times counts what the verb before it names. Its head is that
// verb's stem ("arrest"), as "four prior arrests" has, so that two reports'
// counts of one kind of event may conflict; "times" alone says too little.

// timesHead returns the head a count of times is compared by: the stem of
// the verb just before it, or h unchanged for any other count.
func timesHead(c *claims.Claim, h string) string {
	if h != "time" || c.Kind != claims.Count {
		return h
	}
	before, _ := clause(c)
	if len(before) == 0 {
		return h
	}
	v := strings.ToLower(before[len(before)-1])
	if !strings.HasSuffix(v, "ed") || len(v) < 5 { // a verb of the past: "arrested", "married"
		return h
	}
	return claims.Stem(v)
}
