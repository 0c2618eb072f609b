package reconcile

import (
	"github.com/claimcheck/claimcheck/claims"
)

// A price per share ("$38.50 a share", "$36.50 per share") is what a deal
// or a trade pays for each share; it has no noun, and reports word the
// sentence around it differently ("agreed to buy the firm for $38.50 per
// share", "Acme is paying $36.50 a share, which analysts think fair").
// Two reports' prices per share are taken to be one price, and may
// conflict, when
//
//   - each is its report's only price per share in that currency: a
//     report that gives the offer and the last close is not matched on a
//     guess;
//   - both clauses name buying ("pay", "buy", "acquire", "purchase",
//     "offer", as one word), so that the price a buyer pays is not set
//     against what a share earned, paid out, closed or jumped at, nor two
//     dividends of different quarters;
//   - they share soleShared context words (the company's name, the
//     event), nothing tells their owners apart, and the prices lie within
//     a tenth of each other (nearFigures): a report's offer against
//     another's market price is further apart than that.

// sharePriceLinks links each two prices per share of two reports of one
// story that are one price, as set out above.
func (m *matcher) sharePriceLinks(cs []claims.Claim) []link {
	isPrice := func(c *claims.Claim) (string, bool) {
		return c.Unit, c.Kind == claims.Money && perUnit(c) == "share"
	}
	perSource := map[string]map[string]int{} // source → currency → its prices per share
	for i := range cs {
		if u, ok := isPrice(&cs[i]); ok {
			if perSource[cs[i].Source] == nil {
				perSource[cs[i].Source] = map[string]int{}
			}
			perSource[cs[i].Source][u]++
		}
	}
	var out []link
	storyPairs(cs, isPrice, func(u string, a, b []int) {
		if len(a) != 1 || len(b) != 1 {
			return
		}
		i, j := a[0], b[0]
		x, y := &cs[i], &cs[j]
		if perSource[x.Source][u] != 1 || perSource[y.Source][u] != 1 {
			return
		}
		if !nearFigures(x, y) || m.differentSubjects(x, y) || m.shared(x, y) < soleShared {
			return
		}
		if !buying(x) || !buying(y) {
			return
		}
		out = append(out, link{a: min(i, j), b: max(i, j), strong: true, score: 10 + m.shared(x, y)})
	})
	return out
}

// buyingVerbs are the stems of the verbs that say a price is paid for
// what is bought: one event, however a report words it.
var buyingVerbs = setOf(`pay paid buy bought acquir acquire purchas purchase offer`)

// buying reports whether a price's clause names buying.
func buying(c *claims.Claim) bool {
	for _, w := range eventWords(c) {
		if buyingVerbs[w] {
			return true
		}
	}
	return false
}
