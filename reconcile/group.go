// Package reconcile groups the claims of several sources that are about the
// same thing — the same kind of quantity, a compatible unit, the same
// subject — and gives each group a verdict: the sources agree, conflict, or
// only one source states it.
//
// Grouping is precision-first. Claims are linked in two ways. A strong link
// (the same counted noun and shared words around it, or titles of the same
// person) may join claims whose values differ, and so produce a conflict. A
// weak link (shared words, nouns that may name the same thing) only joins
// claims whose values agree. A conflict is thus never reported on weak
// evidence of a common subject.
package reconcile

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Verdict is what the sources of a group say together.
type Verdict string

// The verdicts.
const (
	Agree    Verdict = "agree"    // every source's value is compatible with every other's
	Conflict Verdict = "conflict" // two sources state incompatible values
	Rounding Verdict = "rounding" // exact values that differ by less than Options.Tolerance
	Update   Verdict = "update"   // a figure that changed between reports published at different times
	Single   Verdict = "single"   // one source only
)

// Finding is a group of claims about one thing, with its verdict.
type Finding struct {
	Topic   string         // a short label built from the claims' subject words
	Kind    claims.Kind    // the kind of every claim in the group
	Verdict Verdict        //
	Spread  string         // for conflicts, how far apart the values are: "768M vs 767M, 0.13%"
	Claims  []claims.Claim // one a source, in source order

	// Independent is the number of independent sources behind the claims:
	// copies of one story count once.
	Independent int

	// SharedAttribution names whom two or more sources give the figure to
	// ("The Wall Street Journal"): they repeat one originator rather than
	// confirm each other.
	SharedAttribution []string
}

// Options tune grouping.
type Options struct {
	// Copies maps the id of each source that is a copy of a story to the
	// id of that story's first source, as Copies returns it.
	Copies map[string]string

	// Tolerance is a relative difference (0.005 for 0.5%) under which
	// exact values that differ are a ROUNDING difference, not a CONFLICT.
	// Zero turns it off.
	Tolerance float64

	// Synonyms are classes of nouns that name the same thing, added to the
	// built-in ones: {"IPO", "initial public offering", "listing"}.
	Synonyms [][]string
	// Aliases are classes of names of one person: {"Erken Tuniyaz", "Tuniyaz"}.
	Aliases [][]string
	// Ignore lists phrases: claims in sentences that hold one are left out.
	Ignore []string

	// Published gives each source's published date, YYYY-MM-DD, where
	// known: a figure that grows over time and differs between reports of
	// different dates is an UPDATE, not a CONFLICT.
	Published map[string]string
}

// story returns the id of the story a source belongs to.
func (o Options) story(source string) string {
	if s, ok := o.Copies[source]; ok {
		return s
	}
	return source
}

// link is a candidate pair of claims, by their indices.
type link struct {
	a, b     int
	strong   bool
	conflict bool // a strong link between claims that disagree, for ordering
	agree    bool // the two claims' values are compatible, as candidates found
	score    int
}

// Group groups comparable claims across sources and gives each group a
// verdict. Claims that are not comparable (bare numbers, ordinals) are
// left out. The result does not depend on the order of cs: findings come
// conflicts first, then agreements, then single-source claims, each in
// order of their first claim's source and position.
//
// Copies of one story (opt.Copies) count as one source in
// Finding.Independent: a claim that only copies of one story state is
// AGREE with Independent 1, so the reader sees both that two outlets
// print it and that they confirm nothing between them.
func Group(cs []claims.Claim, opt Options) []Finding {
	m := newMatcher(opt)
	cs = comparable(cs, m, opt.Ignore)
	m.index(cs)
	links := candidates(cs, m)
	m.index(nil) // linking is done: let the claims' features go
	links = mutualConflicts(cs, links)
	groups := cluster(cs, links)
	var people []int
	for i := range cs {
		if personal(&cs[i]) {
			people = append(people, i)
		}
	}
	groups = append(groups, personGroups(cs, people, m)...)
	out := make([]Finding, 0, len(groups))
	for _, g := range groups {
		f := Finding{Kind: cs[g[0]].Kind, Claims: make([]claims.Claim, 0, len(g))}
		for _, i := range g {
			f.Claims = append(f.Claims, cs[i])
		}
		stories := map[string]bool{}
		for _, c := range f.Claims {
			stories[opt.story(c.Source)] = true
		}
		f.Independent = len(stories)
		f.Verdict, f.Spread = judge(f.Claims)
		if f.Verdict == Conflict && withinTolerance(f.Claims, opt.Tolerance) {
			f.Verdict = Rounding
		}
		if f.Verdict == Conflict && isUpdate(f.Claims, opt.Published) {
			f.Verdict = Update
		}
		if f.Verdict == Single && claims.IsWeekdayDate(f.Claims[0].Date) {
			// "On Friday" in a report of no known date, told by no other
			// report: a day of an unknown week, checkable against nothing.
			continue
		}
		f.Topic = topic(f.Claims, m)
		f.SharedAttribution = sharedAttribution(f.Claims, opt)
		out = append(out, f)
	}
	out = append(out, weekdayFindings(cs)...)
	sort.SliceStable(out, func(i, j int) bool {
		if ri, rj := rank(out[i].Verdict), rank(out[j].Verdict); ri != rj {
			return ri < rj
		}
		return before(&out[i].Claims[0], &out[j].Claims[0])
	})
	return out
}

func rank(v Verdict) int {
	switch v {
	case Conflict:
		return 0
	case Update:
		return 1
	case Rounding:
		return 2
	case Agree:
		return 3
	}
	return 4
}

func before(a, b *claims.Claim) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	return a.Start < b.Start
}

// comparable keeps the claims that can be compared across sources, sorted by
// source and position, without a source's repeats of its own claim (a
// headline restating the body).
func comparable(cs []claims.Claim, m *matcher, ignore []string) []claims.Claim {
	n := 0
	for i := range cs {
		if cs[i].Comparable() {
			n++
		}
	}
	out := make([]claims.Claim, 0, n)
	for i := range cs {
		if cs[i].Comparable() && !ignored(&cs[i], ignore) {
			out = append(out, cs[i])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return before(&out[i], &out[j]) })
	seen := map[repeatKey][]string{} // the owners of each figure kept
	events := dateEvents{}           // the events of each date kept
	kept := out[:0]
	for _, c := range out {
		k := repeatOf(m, &c)
		if owners, ok := seen[k]; ok && (c.Noun == "" || !newOwner(owners, owner(&c))) && !events.another(k, &c) {
			continue
		}
		seen[k] = append(seen[k], owner(&c))
		events.add(k, &c)
		kept = append(kept, c)
	}
	return kept
}

// newOwner reports whether a figure a source has already stated is stated
// again of a different owner ("Will Artino scored 14 points", "Richard
// Carter scored 14 points"): then it is another claim, not a repeat. Only
// a figure of a counted or sized noun is told apart so.
func newOwner(owners []string, o string) bool {
	if o == "" {
		return false
	}
	for _, x := range owners {
		if x == "" || sameWord(x, o) {
			return false
		}
	}
	return true
}

type repeatKey struct {
	source, kind, unit, subject string
	value, min, max             float64
}

func repeatOf(m *matcher, c *claims.Claim) repeatKey {
	k := repeatKey{source: c.Source, kind: string(c.Kind), unit: c.Unit, value: c.Value}
	r := valueRange(c)
	lo, hi := r.lo, r.hi
	k.min, k.max = lo, hi
	if c.Kind == claims.Title {
		k.subject = personKey(m.person(c.Person)) + "|" + c.Office
	} else {
		// A date's value is its ISO form: dates of unknown year have none.
		k.subject = m.head(c.Noun) + "|" + c.Date
	}
	if c.PartOfCount() {
		// "over 170,000 of them in the province" is a part of another
		// count, not a repeat of "over 170,000 people" said of a city.
		k.subject += "|part"
	}
	return k
}

// Thresholds of shared context words for the two kinds of link.
const (
	strongShared = 3 // with the same counted noun, which is one of them
	weakShared   = 3 // with compatible nouns, values agreeing
	maxRatio     = 10
)

// linkOf decides whether two claims of one kind and unit are about the same
// thing, and how sure that is.
func (m *matcher) linkOf(a, b *claims.Claim) (link, bool) {
	if a.Kind == claims.Title {
		if m.samePerson(a.Person, b.Person) {
			return link{strong: true, score: 100}, true
		}
		return link{}, false
	}
	if a.Kind == claims.Date {
		return m.dateLink(a, b)
	}
	if a.Kind == claims.Clock || a.Kind == claims.Score {
		// Times of one event link in clockLinks, scores of one moment in
		// scoreLinks; on shared words alone, only those that agree.
		if n := m.shared(a, b); n >= weakShared && compatible(a, b) {
			return link{score: n}, true
		}
		return link{}, false
	}
	if a.Kind == claims.Age && a.Person != "" && b.Person != "" {
		// Ages of people: the same person, or nothing.
		if m.samePerson(a.Person, b.Person) {
			return link{strong: true, score: 100}, true
		}
		return link{}, false
	}
	if m.laterEvent(a, b) {
		return link{}, false
	}
	if differentModels(m.feature(a).model, m.feature(b).model) {
		return link{}, false // prices of different models, even alike
	}
	n := m.shared(a, b)
	if coincide(a, b) && n >= weakShared {
		// The same uncommon figure, stated alike, in sentences about the
		// same thing: one fact, whatever noun each report counts it in
		// ("more than 100 countries", "more than 100 world leaders").
		return link{score: n}, true
	}
	if m.differentSubjects(a, b) || !plausibleBounds(a, b) {
		return link{}, false
	}
	ha, hb := timesHead(a, m.feature(a).head), timesHead(b, m.feature(b).head)
	if (sameHead(ha, hb) || kindOfPeople(a.Noun, b.Noun)) && !vagueHeads[ha] && n >= strongShared && withinRatio(a.Value, b.Value) && !m.unsure(a, b) {
		score := n + 10
		if len(m.feature(a).scope) > 0 && len(m.feature(b).scope) > 0 {
			// Both say where they hold, and of one place (unsure tells
			// different places apart): a closer match than a figure that
			// says nothing of where ("170,000 of them in the province"
			// with "168,000 people in the province", before "230,000
			// people").
			score++
		}
		return link{strong: true, score: score}, true
	}
	if a.Kind == claims.Percent && ha == "" && hb == "" && n >= weakShared+1 && withinRatio(a.Value, b.Value) && !m.unsure(a, b) {
		return link{strong: true, score: n}, true
	}
	if n >= weakShared && m.nounsCompatible(a, b) && overlaps(a, b) {
		return link{score: n}, true
	}
	return link{}, false
}

// boundRatio is how far past its bound a figure stated as "at least" or
// "more than" may lie and still be the same figure: a report that says "at
// least three dozen" of a crowd another puts at 130 is counting a different
// crowd, though the numbers allow it.
const boundRatio = 2

// plausibleBounds reports whether two claims, one of them bounded on one
// side only ("at least 36", "up to 20,000"), lie within boundRatio of each
// other. Vague amounts ("dozens", "tens of thousands") say too little for
// the test.
func plausibleBounds(a, b *claims.Claim) bool {
	open := func(c *claims.Claim) bool { return (c.Min == nil) != (c.Max == nil) && !c.Approx }
	if !open(a) && !open(b) {
		return true
	}
	x, y := math.Abs(a.Value), math.Abs(b.Value)
	return x == y || x > 0 && y > 0 && math.Max(x, y)/math.Min(x, y) <= boundRatio
}

// uncommonFigure is the least figure that two reports are unlikely to state
// alike by chance.
const uncommonFigure = 20

// coincide reports whether two claims state the same uncommon figure with
// the same bounds, in the same unit ("20 feet" is not "20 metres").
func coincide(a, b *claims.Claim) bool {
	if math.Abs(a.Value) < uncommonFigure || a.Value != b.Value || a.Unit != b.Unit || a.Approx != b.Approx ||
		a.MinOpen != b.MinOpen || a.MaxOpen != b.MaxOpen {
		return false
	}
	same := func(x, y *float64) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return same(a.Min, b.Min) && same(a.Max, b.Max)
}

// withinRatio reports whether two values are within a factor of maxRatio:
// figures further apart than that are taken to be about different things.
func withinRatio(x, y float64) bool {
	x, y = math.Abs(x), math.Abs(y)
	if x == 0 || y == 0 {
		return x == y
	}
	return math.Max(x, y)/math.Min(x, y) <= maxRatio
}

// cluster merges linked claims into groups, strongest links first. No group
// holds two claims of one source, and two claims that disagree share a group
// only when a strong link joins them directly.
func cluster(cs []claims.Claim, links []link) [][]int {
	// The strongly linked pairs a<b, as a<<32|b, sorted: a fraction of a
	// map's memory.
	pairKey := func(a, b int) uint64 { return uint64(a)<<32 | uint64(b) }
	var strong []uint64
	for _, l := range links {
		if l.strong {
			strong = append(strong, pairKey(l.a, l.b))
		}
	}
	slices.Sort(strong)
	isStrong := func(a, b int) bool {
		_, ok := slices.BinarySearch(strong, pairKey(a, b))
		return ok
	}
	groupOf := make([]int, len(cs))
	groups := make([]*group, len(cs))
	for i := range cs {
		groupOf[i] = i
		if !personal(&cs[i]) { // grouped by person, apart
			groups[i] = newGroup(cs, i)
		}
	}
	canMerge := func(x, y *group) bool {
		if x.sharesSource(y) {
			return false
		}
		if x.agreesWith(y) {
			return true
		}
		// Some claims would disagree: each such pair needs a strong link.
		// Past maxConflictPairs pairs the merge is refused rather than
		// checked: large groups are not joined into a conflict on a guess.
		if len(x.members)*len(y.members) > maxConflictPairs {
			return false
		}
		for _, i := range x.members {
			for _, j := range y.members {
				if !compatible(&cs[i], &cs[j]) && !isStrong(min(i, j), max(i, j)) {
					return false
				}
			}
		}
		return true
	}
	for _, l := range links {
		x, y := groupOf[l.a], groupOf[l.b]
		if x == y || !canMerge(groups[x], groups[y]) {
			continue
		}
		if x > y {
			x, y = y, x
		}
		for _, j := range groups[y].members {
			groupOf[j] = x
		}
		groups[x].merge(groups[y])
		groups[y] = nil
	}
	var out [][]int
	for _, g := range groups {
		if g == nil {
			continue
		}
		sort.Ints(g.members)
		out = append(out, g.members)
	}
	return out
}

// maxConflictPairs bounds the pairs of claims checked before two groups
// are joined into a conflict.
const maxConflictPairs = 4096

// group is a cluster being built: its claims, their sources, and for
// numbers the values all its claims allow. Intervals on a line that overlap
// pairwise share a common point, so a group's claims agree exactly when the
// intersection of their ranges is not empty.
type group struct {
	members []int
	source  string          // the source of a group of one claim
	sources map[string]bool // the sources of a larger group; nil for one claim
	numeric bool
	common  span            // the values every claim allows
	agree   bool            // common is not empty
	others  []*claims.Claim // titles and dates, compared pair by pair
}

// span is an interval of values with open or closed ends.
type span struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

func newGroup(cs []claims.Claim, i int) *group {
	c := &cs[i]
	g := &group{members: []int{i}, source: c.Source, agree: true}
	if !numeric(c) {
		g.others = []*claims.Claim{c}
		return g
	}
	g.numeric = true
	g.common = valueRange(c)
	return g
}

// hasSource reports whether a claim of g is of source s.
func (g *group) hasSource(s string) bool {
	if g.sources == nil {
		return g.source == s
	}
	return g.sources[s]
}

func (g *group) sharesSource(o *group) bool {
	// Most groups are of one claim: they keep its source without a map.
	if g.sources == nil {
		return o.hasSource(g.source)
	}
	if o.sources == nil {
		return g.hasSource(o.source)
	}
	a, b := g.sources, o.sources
	if len(a) > len(b) {
		a, b = b, a
	}
	for s := range a {
		if b[s] {
			return true
		}
	}
	return false
}

// agreesWith reports whether every claim of g is compatible with every
// claim of o.
func (g *group) agreesWith(o *group) bool {
	if !g.agree || !o.agree {
		return false
	}
	if !g.numeric {
		for _, a := range g.others {
			for _, b := range o.others {
				if !compatible(a, b) {
					return false
				}
			}
		}
		return true
	}
	_, ok := intersect(g.common, o.common)
	return ok
}

func (g *group) merge(o *group) {
	ok := g.agreesWith(o)
	g.members = append(g.members, o.members...)
	if g.sources == nil {
		g.sources = map[string]bool{g.source: true}
	}
	if o.sources == nil {
		g.sources[o.source] = true
	}
	for s := range o.sources {
		g.sources[s] = true
	}
	g.others = append(g.others, o.others...)
	if ok && g.numeric {
		g.common, _ = intersect(g.common, o.common)
	}
	g.agree = ok
}

// intersect returns the values two spans share, and false when none.
func intersect(a, b span) (span, bool) {
	r := a
	if b.lo > r.lo || b.lo == r.lo && b.loOpen {
		r.lo, r.loOpen = b.lo, b.loOpen
	}
	if b.hi < r.hi || b.hi == r.hi && b.hiOpen {
		r.hi, r.hiOpen = b.hi, b.hiOpen
	}
	return r, r.lo < r.hi || r.lo == r.hi && !r.loOpen && !r.hiOpen
}

// mutualConflicts drops each link between claims that disagree unless the
// two are each other's best match between their two sources. A report that
// gives many counts of one noun ("23 points", "11 points", "14 points")
// is set against another claim by claim, not every count against every
// count; a claim that agrees wins a tie, so a conflict is reported only
// where the other source has no matching figure for the same subject.
func mutualConflicts(cs []claims.Claim, links []link) []link {
	// rank orders a claim's links: strong before weak, more shared words
	// first, and a compatible claim before an incompatible one.
	rank := func(l link) int32 {
		r := int32(l.score) * 2
		// The same uncommon figure stated alike with as many words in
		// common as a strong link needs ranks as one: "a premium of 27
		// percent to Friday's close and 34 percent to the 30-day average"
		// against "a 27% premium to Friday's close" is 27 with 27, not
		// 34 with 27.
		if l.strong || l.score >= strongShared && coincide(&cs[l.a], &cs[l.b]) {
			r += 1000
		}
		if l.agree {
			r++
		}
		return r
	}
	// Sources by number, so that a claim and another source make one key.
	sourceOf := make([]uint64, len(cs))
	numbers := map[string]uint64{}
	for i := range cs {
		n, ok := numbers[cs[i].Source]
		if !ok {
			n = uint64(len(numbers))
			numbers[cs[i].Source] = n
		}
		sourceOf[i] = n
	}
	key := func(from, to int) uint64 { return uint64(from)<<32 | sourceOf[to] }
	// Each link seen from both its claims, sorted by (claim, other source)
	// and best first: a sorted slice takes a fraction of a map's memory.
	type end struct {
		key  uint64
		rank int32
		to   int32
	}
	ends := make([]end, 0, 2*len(links))
	for _, l := range links {
		r := rank(l)
		ends = append(ends, end{key(l.a, l.b), r, int32(l.b)}, end{key(l.b, l.a), r, int32(l.a)})
	}
	slices.SortFunc(ends, func(x, y end) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(y.rank, x.rank)
	})
	// isBest: to is from's only best link among the other source's claims.
	isBest := func(from, to int) bool {
		k := key(from, to)
		at, _ := slices.BinarySearchFunc(ends, k, func(e end, k uint64) int { return cmp.Compare(e.key, k) })
		if at >= len(ends) || ends[at].key != k || int(ends[at].to) != to {
			return false
		}
		tied := at+1 < len(ends) && ends[at+1].key == k && ends[at+1].rank == ends[at].rank
		return !tied
	}
	out := links[:0]
	for _, l := range links {
		if l.agree || isBest(l.a, l.b) && isBest(l.b, l.a) {
			out = append(out, l)
		}
	}
	return out
}

// sharedAttribution returns, in order of first appearance, whom claims of
// two or more independent sources are attributed to alike.
func sharedAttribution(cs []claims.Claim, opt Options) []string {
	stories := map[string]map[string]bool{} // attribution → stories
	var order []string
	for _, c := range cs {
		a := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(c.AttributedTo)), "the ")
		if a == "" {
			continue
		}
		if stories[a] == nil {
			stories[a] = map[string]bool{}
			order = append(order, c.AttributedTo)
		}
		stories[a][opt.story(c.Source)] = true
	}
	var out []string
	for _, who := range order {
		a := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(who)), "the ")
		if len(stories[a]) >= 2 {
			out = append(out, who)
		}
	}
	return out
}
