package reconcile

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// A game's score is of one game at one moment: the final score, the score
// at halftime, the score with 13:41 to play. Two reports' scores are taken
// to be of the same game and moment, and may conflict, when they stand at
// the same moment, their sentences share a name (a team, a player), and
// each is its report's only score at that moment. Others group only when
// they agree. A vote's tally ("voted 6-3", moment "vote") is paired as a
// game clock's score is: two reports that each give one tally give the
// story's vote.

// scoreLinks links the scores of two reports at one moment of one game.
func scoreLinks(cs []claims.Claim) []link {
	var out []link
	// Records and runs (a Unit) are no moment of a game.
	moment := func(c *claims.Claim) (string, bool) {
		return c.Noun, c.Kind == claims.Score && c.Noun != "" && c.Unit == ""
	}
	storyPairs(cs, moment, func(moment string, a, b []int) {
		if moment != "final" && moment != "halftime" {
			// A game clock marks one moment of one game; a report's only
			// vote is its story's, when their clauses say alike who voted
			// or on what ("the council", "the budget").
			if len(a) == 1 && len(b) == 1 && (moment != "vote" || shareContext(&cs[a[0]], &cs[b[0]])) {
				out = append(out, link{a: min(a[0], b[0]), b: max(a[0], b[0]), strong: true, score: 10})
			}
			return
		}
		// A result or a halftime score is of the game whose team both
		// clauses name, and of no other the reports give.
		partners := map[int][]int{}
		for _, i := range a {
			for _, j := range b {
				if clauseShareName(&cs[i], &cs[j]) && !yearsDiffer(&cs[i], &cs[j]) {
					partners[i] = append(partners[i], j)
					partners[j] = append(partners[j], i)
				}
			}
		}
		for _, i := range a {
			if p := partners[i]; len(p) == 1 && len(partners[p[0]]) == 1 {
				out = append(out, link{a: min(i, p[0]), b: max(i, p[0]), strong: true, score: 10})
			}
		}
	})
	return out
}

// clauseShareName reports whether two claims' clauses name someone
// alike: a team, a player. Days and months name no one.
func clauseShareName(a, b *claims.Claim) bool {
	names := func(c *claims.Claim) []string {
		before, after := clause(c)
		var out []string
		for _, w := range append(before, after...) {
			if isName(w) && !calendarWords[strings.ToLower(w)] && !notNames[strings.ToLower(w)] {
				out = append(out, w)
			}
		}
		return out
	}
	nb := names(b)
	for _, x := range names(a) {
		for _, y := range nb {
			if sameWord(x, y) {
				return true
			}
		}
	}
	return false
}

// yearsDiffer reports whether two claims are dated in different years
// ("lost 1-0 to Port Aldis in 2019", "lost 2-1 to Port Aldis in 2023"):
// two games, not two accounts of one.
func yearsDiffer(a, b *claims.Claim) bool {
	ya, yb := clauseYear(a), clauseYear(b)
	return ya != 0 && yb != 0 && ya != yb
}

// shareContext reports whether two claims' context words (reporting words
// aside) hold one alike.
func shareContext(a, b *claims.Claim) bool {
	for _, x := range a.Context {
		lx := lower(x)
		if reportingWords[lx] {
			continue
		}
		for _, y := range b.Context {
			if lx == lower(y) {
				return true
			}
		}
	}
	return false
}
