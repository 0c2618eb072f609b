package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// In a negotiation one side asks and the other offers: "The union is
// asking for 11 percent over two years" and "the port authority raised
// its offer to 5 percent over two years" are two figures of one dispute,
// not two reports of one figure. A figure's stance is read from the words
// right before it; an ask and an offer are not set against each other.
// Two asks may conflict, and so may two offers.

// askWords and offerWords say, before a figure, that it is asked for or
// offered.
var (
	askWords   = setOf(`ask asks asked asking seek seeks sought seeking demand demands demanded demanding want wants wanted wanting`)
	offerWords = setOf(`offer offers offered offering propose proposes proposed proposing proposal bid bids`)
)

// stanceReach is how many words before a figure its stance may stand:
// "is asking for", "raised its offer to", "has offered workers".
const stanceReach = 4

// stance returns "ask" or "offer" for a figure asked for or offered, and
// "" for any other.
func stance(c *claims.Claim) string {
	before, _ := clause(c)
	for k := len(before) - 1; k >= 0 && k >= len(before)-stanceReach; k-- {
		w := strings.ToLower(before[k])
		switch {
		case askWords[w]:
			return "ask"
		case offerWords[w]:
			return "offer"
		}
	}
	return ""
}
