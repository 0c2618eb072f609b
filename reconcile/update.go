package reconcile

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// A death toll, a count of injured or arrested people, or how far a fire
// is contained grows through the day; two reports of different dates that differ on it are not in
// conflict: the later one is an update. The group is an UPDATE when its
// claims count an outcome that only grows (or one of them says the figure
// rose to it: "has risen to 210"), their sources were published on
// at least two different dates, no later report gives a lower figure
// than an earlier one, and no two reports of one date disagree: "seven
// dead by 6 p.m." and "five dead as of 6 p.m." on the same day are a
// conflict, whatever a later report says.

// growing are the outcomes whose counts only grow.
var growing = map[string]bool{"killed": true, "injured": true, "missing": true, "arrested": true, "evacuated": true, "rescued": true}

// progress are the words after a percentage that say how far along
// something is: "5% contained", "40 percent complete". Such a figure only
// grows, as a toll does.
var progress = setOf(`contained complete completed counted done finished built vaccinated`)

// progressing reports whether a claim is a percentage of progress.
func progressing(c *claims.Claim) bool {
	if c.Kind != claims.Percent {
		return false
	}
	_, after := clause(c)
	return len(after) > 0 && progress[strings.ToLower(strings.TrimRight(after[0], "."))]
}

// riseVerbs say that a figure rose to the number after "to": "the death
// toll rose to 7", "the number of oiled birds has risen to 210", "raising
// the death toll to 9".
var riseVerbs = setOf(`rose risen rises rise rising climbed climbs climbing increased increases jumped jumps
grew grown grows raising raised raises bringing brought brings`)

// risen reports whether a count's or a percentage's clause says its
// figure rose to it ("raised its offer to 5 percent"): a verb of
// riseVerbs before it, and "to" right before the number. A report
// that says so tells that earlier, lower figures were true when given:
// what it counts grows, whatever it is.
func risen(c *claims.Claim) bool {
	if c.Kind != claims.Count && c.Kind != claims.Percent {
		return false
	}
	before, _ := clause(c)
	n := len(before)
	if n < 2 || !strings.EqualFold(before[n-1], "to") {
		return false
	}
	for _, w := range before[:n-1] {
		if riseVerbs[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// countOutcome is the outcome of a count's clause, or else that of its
// noun when the noun is one: "toll" for "the death toll ... to 9", whose
// verb is out of outcome's reach.
func countOutcome(c *claims.Claim) string {
	if o := outcome(c); o != "" {
		return o
	}
	if w := strings.ToLower(lastWordOf(c.Noun)); !strings.HasSuffix(w, "s") {
		return outcomes[w]
	}
	return ""
}

func isUpdate(cs []claims.Claim, published map[string]string) bool {
	if len(published) == 0 || cs[0].Kind != claims.Count && cs[0].Kind != claims.Percent {
		return false
	}
	rises := false // a report says the figure rose
	for i := range cs {
		rises = rises || risen(&cs[i])
	}
	type dated struct {
		date string
		lo   float64
	}
	var ds []dated
	dates := map[string]bool{}
	for i := range cs {
		c := &cs[i]
		d, ok := published[c.Source]
		if !ok || !growing[countOutcome(c)] && !progressing(c) && !rises {
			return false
		}
		dates[d] = true
		ds = append(ds, dated{d, valueRange(c).lo})
	}
	if len(dates) < 2 {
		return false
	}
	// Each date's distinct figures, to set each claim against those of
	// its date only once each.
	byDate := map[string]map[string]*claims.Claim{}
	for i := range cs {
		d, k := published[cs[i].Source], valueKey(&cs[i])
		if byDate[d] == nil {
			byDate[d] = map[string]*claims.Claim{}
		}
		if _, seen := byDate[d][k]; seen {
			continue
		}
		for _, o := range byDate[d] {
			if !compatible(&cs[i], o) {
				return false
			}
		}
		byDate[d][k] = &cs[i]
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].date < ds[j].date })
	for i := 1; i < len(ds); i++ {
		if ds[i].date > ds[i-1].date && ds[i].lo < ds[i-1].lo {
			return false
		}
	}
	return true
}
