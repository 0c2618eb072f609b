package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// A time of day is of one event: "the quake struck at 7:37 a.m.", "the
// march set off at about 8 p.m.". Two reports' times are taken to be of
// one event, and may conflict, when the words before them name the same
// kind of event (struck, hit; began, started; happened, occurred: when
// "it" happened is the story's event) in the same time zone, and
// each is its report's only time of that event. Times of other events, or
// of an event named differently, group only when they agree. A game's
// clock ("with 4:43 left") marks one of many plays of a game, whatever
// verb comes before it, and is never paired so.

// clockEvents fold the words that name an event at a time.
var clockEvents = classes(`
start starting started starts begin began begun beginning begins kicked off set
strike struck strikes striking hit hits hitting jolted jolt rocked rattled shook
die died dies dying death
arrive arrived arrives arriving landed land
leave left leaving departed depart
end ended ending ends finished
open opened opening opens
close closed closing closes
announce announced announces announcing
happen happened happens happening occur occurred occurs occurring
`)

// clockEvent returns the class of event a time is of, or "": the word
// before it, or one of the few before that in its clause ("closed the road
// at 9 p.m.").
func clockEvent(c *claims.Claim) string {
	if ev, ok := clockEvents[c.Noun]; ok {
		return ev
	}
	before, _ := clause(c)
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		if ev, ok := clockEvents[strings.ToLower(before[k])]; ok {
			return ev
		}
	}
	return ""
}

// clockLinks links the times of day of two reports that are each their
// report's only time of one event in one zone.
func clockLinks(cs []claims.Claim) []link {
	var out []link
	storyPairs(cs, func(c *claims.Claim) (string, bool) { // the event and the zone
		ev := clockEvent(c)
		// A time on a coming occasion ("would consider starting at 7 a.m.
		// next year") is not this event's.
		return ev + "\x00" + c.Unit, c.Kind == claims.Clock && ev != "" && !c.GameClock() && !nextOccasion(c)
	}, func(_ string, a, b []int) {
		if len(a) == 1 && len(b) == 1 {
			out = append(out, link{a: min(a[0], b[0]), b: max(a[0], b[0]), strong: true, score: 10})
		}
	})
	return out
}
