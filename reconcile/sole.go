package reconcile

import (
	"math"
	"slices"
	"sort"

	"github.com/claimcheck/claimcheck/claims"
)

// A count can sit far from the words that say what happened to what it
// counts: in a long list ("damaged 42 buildings, 2 roads, 14 hotels, 8
// bridges") the verb is out of the later items' reach. Two reports' counts
// of one uncommon noun ("seven bridges", "8 bridges") are then still taken
// to be of one thing, and may conflict, when each is its report's only
// count of that noun, the two share a few words besides, nothing tells
// their owners or outcomes apart, and the figures are near each other (off
// by one, or by a tenth): on so little evidence, figures further apart
// ("58 wins", "51 wins by knockout") are more likely counts of different
// things than one count misreported. Measures of one unit (".38-caliber",
// ".357 caliber"), which have no noun, are paired alike.

// soleShared is how many context words two sole counts must share, the
// noun among them.
const soleShared = 2

// soleCountLinks links each pair of counts that are their reports' only
// counts of one noun and share soleShared words, but fewer than linkOf
// needs, and each pair of measures that are their reports' only measures
// in one unit (magnitudes aside).
func (m *matcher) soleCountLinks(cs []claims.Claim) []link {
	type key struct{ unit, head string }
	counts := map[key]map[string][]int{} // noun → source → its counts of it
	var keys []key
	for i := range cs {
		c := &cs[i]
		if personal(c) || c.PartOfCount() {
			continue // a part ("seven bridges, two of which collapsed") is no second count of the noun
		}
		h := timesHead(c, m.feature(c).head)
		switch {
		case c.Kind == claims.Count && (h == "" || vagueHeads[h] || h == "people"):
			continue
		case c.Kind == claims.Measure && c.Unit != "magnitude": // magnitudes link in magnitudeLinks
		case c.Kind != claims.Count:
			continue
		}
		k := key{c.Unit, h}
		if counts[k] == nil {
			counts[k] = map[string][]int{}
			keys = append(keys, k)
		}
		counts[k][c.Source] = append(counts[k][c.Source], i)
	}
	var out []link
	for _, k := range keys {
		solePairs(counts[k], func(i, j int) {
			a, b := &cs[i], &cs[j]
			n := m.shared(a, b)
			if a.Kind == claims.Count && nounStem(a) != nounStem(b) {
				n++ // nouns of one class ("crewmen", "crew") are a word shared
			}
			// Counts of one noun that share strongShared words are
			// linked already, by linkOf.
			if a.Kind == claims.Count && n >= strongShared || !nearFigures(a, b) || m.differentSubjects(a, b) {
				return
			}
			if n < soleShared {
				return // only the noun in common: soleFigureLinks may still say they agree
			}
			// A whole a part is taken from ("one of its two doors") may
			// agree with a count of the noun, not conflict with it.
			strong := !m.feature(a).partial && !m.feature(b).partial
			out = append(out, link{a: i, b: j, strong: strong, score: n + 10})
		})
	}
	return out
}

// vagueAmount reports whether a claim is a vague amount, approximate and
// bounded on one side ("tens of thousands", "dozens"): its nominal value is
// not a figure two reports can be said to state alike.
func vagueAmount(c *claims.Claim) bool { return c.Approx && (c.Min == nil) != (c.Max == nil) }

// nounStem returns the stem of the last word of a claim's noun, as its
// context words hold it.
func nounStem(c *claims.Claim) string { return claims.Stem(lower(lastWordOf(c.Noun))) }

// nearFigures reports whether two figures differ by at most a tenth of the
// larger, or, for counts, by one; or are written with the same digits, two
// neighbours swapped (transposed).
func nearFigures(a, b *claims.Claim) bool {
	x, y := a.Value, b.Value
	d := math.Max(math.Abs(x), math.Abs(y)) / 10
	if a.Kind == claims.Count {
		d = math.Max(d, 1)
	}
	return math.Abs(x-y) <= d || transposed(x, y)
}

// minTransposed is the least figure whose transposed digits are taken for
// a slip: two-digit figures ("12", "21") are too often two counts.
const minTransposed = 100

// transposed reports whether two whole figures of three digits or more are
// written with the same digits but two neighbours swapped: "294" and
// "249", "1,850" and "1,580". A slip of the keyboard or of the ear, the
// commonest misreport of a figure, which lies further off than a tenth.
func transposed(x, y float64) bool {
	if x == y || x < minTransposed || y < minTransposed || x != math.Trunc(x) || y != math.Trunc(y) || x > 1e15 || y > 1e15 {
		return false
	}
	return slices.Contains(transpositions(x), y)
}

// An age without a name ("died in Los Angeles, aged 85", "passed away
// Thursday at age 85") is the age of whom its sentence is about, whom the
// words around it seldom name the same way twice. Two reports' ages that
// are each their report's only unnamed age of that figure are taken to
// agree: the link is weak, and joins only ages that agree.
//
// So, alike, is a sum of money ("$1.6 billion", "a $1.6 billion
// purchase") that two reports state exactly, each once, of no two
// different nouns: the same uncommon figure in one story is seldom two
// things, and if it is, the reader sees two sentences that agree, never a
// conflict. A time of day off the hour ("around 11:30 p.m.", "just before
// 11:30 p.m.") in one zone is taken alike, and so is an uncommon count of
// one noun ("more than 20 blocks", "some 20 blocks") whose owners and
// outcomes do not differ, and so is an uncommon measure of one unit ("220
// ppi", "220 pixels per inch").

// storySources counts the sources that hold a claim that is.
func storySources(cs []claims.Claim, is func(*claims.Claim) bool) int {
	seen := map[string]bool{}
	for i := range cs {
		if is(&cs[i]) {
			seen[cs[i].Source] = true
		}
	}
	return len(seen)
}

// soleFigureLinks links each pair of unnamed exact ages, exact sums of
// money, times of day off the hour, uncommon counts of one noun or
// uncommon measures of one unit, one of
// each report, that state the same figure and are their reports' only
// such claims of it.
func (m *matcher) soleFigureLinks(cs []claims.Claim) []link {
	type key struct {
		kind  claims.Kind
		unit  string
		value float64
		head  string // of a count
	}
	ages := map[key]map[string][]int{} // figure → source → its claims of it
	var keys []key
	// Past maxStorySources sources (a folder of many stories) one figure
	// is no longer one thing: only ages, as before, pair there.
	oneStory := storySources(cs, func(c *claims.Claim) bool {
		return c.Kind == claims.Money || c.Kind == claims.Clock || c.Kind == claims.Count || c.Kind == claims.Measure
	}) <= maxStorySources
	for i := range cs {
		c := &cs[i]
		if personal(c) || c.Kind != claims.Age && !oneStory {
			continue
		}
		switch {
		case c.Kind == claims.Count && math.Abs(c.Value) >= uncommonFigure && !vagueAmount(c):
			// "More than 20 blocks", "some 20 blocks": a count of one
			// noun, below; "tens of thousands" is no figure to state
			// alike.
		case c.Kind == claims.Clock && math.Mod(c.Value, 60) != 0:
			// A time of day off the hour ("around 11:30 p.m.", "11:30
			// p.m."), approximate or not: the link joins only times that
			// agree.
		case c.Kind == claims.Measure && !isMagnitude(c) && math.Abs(c.Value) >= uncommonFigure && !vagueAmount(c):
			// "220 ppi", "220 pixels per inch"; "up to 512 GB", "512
			// gigabyte": an uncommon measure in one unit, bounded or not.
		case c.Min != nil || c.Max != nil || c.Approx:
			continue
		case c.Kind != claims.Age && !(c.Kind == claims.Money && math.Abs(c.Value) >= uncommonFigure):
			continue
		}
		k := key{c.Kind, c.Unit, c.Value, ""}
		if c.Kind == claims.Count {
			k.head = m.feature(c).head
			if k.head == "" || vagueHeads[k.head] {
				continue
			}
		}
		if ages[k] == nil {
			ages[k] = map[string][]int{}
			keys = append(keys, k)
		}
		ages[k][c.Source] = append(ages[k][c.Source], i)
	}
	var out []link
	for _, k := range keys {
		solePairs(ages[k], func(i, j int) {
			// A time's noun is the word for what happened then ("struck",
			// "hit", "on Tuesday at"), which reports choose freely.
			if ha, hb := m.feature(&cs[i]).head, m.feature(&cs[j]).head; ha != "" && hb != "" && !sameHead(ha, hb) && k.kind != claims.Clock {
				return // "a $20 million loss", "a $20 million contract"
			}
			if m.differentSubjects(&cs[i], &cs[j]) {
				return // "20 people killed", "20 people injured"
			}
			out = append(out, link{a: i, b: j, score: 1})
		})
	}
	return out
}

// solePairs calls pair with each two claims, i < j, that are their
// sources' only claims in bySource (source → claims). Claims that many
// sources state alike pair with their next few neighbours only, as in
// prefixPairs.
func solePairs(bySource map[string][]int, pair func(i, j int)) {
	var sole []int // each source's only claim, in claim order
	for _, is := range bySource {
		if len(is) == 1 {
			sole = append(sole, is[0])
		}
	}
	sort.Ints(sole)
	reach := len(sole)
	if reach > maxPosting {
		reach = postingWindow
	}
	for x := range sole {
		for y := x + 1; y < len(sole) && y <= x+reach; y++ {
			pair(sole[x], sole[y])
		}
	}
}
