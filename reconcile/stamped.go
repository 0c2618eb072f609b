package reconcile

import (
	"regexp"

	"github.com/claimcheck/claimcheck/claims"
)

// A live page gives each entry the time of day it was written: "02:15 -
// Coast guard: 198 people have been rescued so far." A toll or a count
// of the rescued in such an entry held at that time, and one that grows
// through the day may be larger in a report written later the same day
// ("371 people had been rescued"): the two are not at odds. Two counts of
// live entries may conflict, and so may two counts of reports that give
// no time; a count that grows, told lower in a live entry than in a
// report that gives no time, is not set against it. Told higher, it is:
// "08:15 - 5,400 residents have now been evacuated" against "about 4,500
// residents were evacuated" is a count the later report did not see grow.

// stampedEntry matches a sentence that opens with a live entry's time:
// "02:15 - ", "9:40 p.m. - ", "23:50 (Saturday) - ".
var stampedEntry = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(\s?[ap]\.?m\.?)?(\s\([^)]{1,20}\))?\s[-–—]\s`)

// stamped reports whether a claim is of a live entry's opening sentence.
func stamped(c *claims.Claim) bool {
	s := c.Sentence
	return s != "" && '0' <= s[0] && s[0] <= '9' && stampedEntry.MatchString(s)
}

// snapshots reports whether two counts of one outcome that only grows are
// told one in a live entry, at its time of day, and one in a report that
// gives none, the live entry's the lower.
func snapshots(a, b *claims.Claim, fa, fb *feature) bool {
	if fa.stamped == fb.stamped || a.Kind != claims.Count || b.Kind != claims.Count ||
		!growing[countOutcome(a)] || countOutcome(a) != countOutcome(b) {
		return false
	}
	live, other := a, b
	if fb.stamped {
		live, other = b, a
	}
	_, hi, _, _ := live.Range()
	lo, _, _, _ := other.Range()
	return hi < lo
}
