package reconcile

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Status is what the sources say of one claim of a draft.
type Status string

// The statuses of a draft's claims.
const (
	Supported    Status = "supported"    // a source states a compatible value, none an incompatible one
	Contradicted Status = "contradicted" // a source states an incompatible value
	Unsupported  Status = "unsupported"  // no source states it
)

// Checked is one claim of a draft with the source claims about the same
// thing.
type Checked struct {
	Claim  claims.Claim
	Status Status
	For    []claims.Claim // source claims compatible with it
	Away   []claims.Claim // source claims incompatible with it
}

// Check checks the claims of a draft against the claims of the sources.
// The draft's claims are grouped with the sources' as one more source is,
// so a draft claim is contradicted only on the strong evidence that makes a
// conflict.
func Check(draft, against []claims.Claim, opt Options) []Checked {
	const draftID = "\x00draft"
	all := make([]claims.Claim, 0, len(draft)+len(against))
	for _, c := range draft {
		c.Source = draftID + c.Source
		all = append(all, c)
	}
	all = append(all, against...)
	var out []Checked
	for _, f := range Group(all, opt) {
		for _, c := range f.Claims {
			id, ok := strings.CutPrefix(c.Source, draftID)
			if !ok {
				continue
			}
			c.Source = id
			ch := Checked{Claim: c, Status: Unsupported}
			for _, o := range f.Claims {
				if strings.HasPrefix(o.Source, draftID) {
					continue
				}
				if compatible(&c, &o) {
					ch.For = append(ch.For, o)
				} else {
					ch.Away = append(ch.Away, o)
				}
			}
			switch {
			case len(ch.Away) > 0:
				ch.Status = Contradicted
			case len(ch.For) > 0:
				ch.Status = Supported
			}
			out = append(out, ch)
		}
	}
	sortChecked(out)
	return out
}

// sortChecked orders a draft's claims by position.
func sortChecked(cs []Checked) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Claim.Start < cs[j].Claim.Start })
}
