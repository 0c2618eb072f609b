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
// no time; a count that grows, told in one of each, is not set against
// the other.

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
// gives none.
func snapshots(a, b *claims.Claim, fa, fb *feature) bool {
	return fa.stamped != fb.stamped && a.Kind == claims.Count && b.Kind == claims.Count &&
		growing[countOutcome(a)] && countOutcome(a) == countOutcome(b)
}
