package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// A headline counts the news of its day: "Four miners brought out alive"
// on Tuesday, "Six miners freed" on Thursday. Two headlines of reports
// published on different days may each count what happened since the
// last report (the four freed on Tuesday, the six on Wednesday), not two
// versions of one total, and nothing in a headline's few words says which.
// Such counts are not linked strongly: they may still agree, but never
// conflict or make an update. Headlines of one day are left to the other
// rules: they tell the same day's news.

// inHeadline reports whether a claim stands in its report's headline: the
// first sentence of the report's text, ended without a full stop, a
// question or an exclamation mark.
func inHeadline(c *claims.Claim) bool {
	if c.SentenceStart != 0 {
		return false
	}
	s := strings.TrimRight(c.Sentence, " \t\r\n\"'’”")
	return s != "" && !strings.ContainsAny(s[len(s)-1:], ".?!")
}

// headlinesOfDifferentDays reports whether two counts stand in the
// headlines of reports published on different days.
func (m *matcher) headlinesOfDifferentDays(a, b *claims.Claim) bool {
	if a.Kind != claims.Count || !inHeadline(a) || !inHeadline(b) {
		return false
	}
	da, oka := m.published[a.Source]
	db, okb := m.published[b.Source]
	return oka && okb && da != db
}
