package reconcile

import (
	"math"

	"github.com/claimcheck/claimcheck/claims"
)

// A physical measure written as a whole number ("a depth of six miles")
// is as precise as its last digit: it allows any value that rounds to it,
// and so agrees with a report that gives the same measure converted or to
// a decimal ("10 kilometres (6.2 miles)"). A figure written with decimals
// ("7.0 magnitude") is as precise as they are; counts are exact: "seven
// bridges" is not "7.4 bridges".

// roundedMeasure widens the span of an exact whole-number measure to the
// values that round to it.
func roundedMeasure(c *claims.Claim, s span) span {
	if c.Kind != claims.Measure || c.Min != nil || c.Max != nil || c.Value != math.Trunc(c.Value) ||
		writtenDecimal(c.Text) {
		return s
	}
	s.lo, s.hi = c.Value-0.5, c.Value+0.5
	s.loOpen, s.hiOpen = false, true
	return s
}

// writtenDecimal reports whether a claim's words hold a decimal point
// before a digit: "7.0", ".38".
func writtenDecimal(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '.' && '0' <= text[i+1] && text[i+1] <= '9' {
			return true
		}
	}
	return false
}
