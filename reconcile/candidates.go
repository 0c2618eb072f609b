package reconcile

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// candidates returns the pairs of claims from different sources that may
// be about the same thing, strongest first, without comparing every claim
// with every other.
//
// Claims are compared only within their kind and unit. Within those, a link
// needs at least weakShared context words in common, so a prefix filter
// finds every such pair exactly: order each claim's words rarest first;
// two claims sharing t words share one among the first len−t+1 words of
// each. Only the claims listed under a prefix word are paired. Titles are
// paired within the first letters of the person's family name.
func candidates(cs []claims.Claim, m *matcher) []link {
	buckets := map[string][]int{}
	var keys []string
	for i := range cs {
		if personal(&cs[i]) {
			continue // grouped by person, apart
		}
		if claims.IsWeekdayDate(cs[i].Date) {
			// A weekday of an unknown week links by its event only
			// (eventDateLinks): on shared words, one of seven values ties
			// too much together.
			continue
		}
		k := string(cs[i].Kind) + "|" + unitKey(&cs[i])
		if cs[i].Kind == claims.Title {
			k += "|" + familyKey(m.person(cs[i].Person))
		}
		if _, ok := buckets[k]; !ok {
			keys = append(keys, k)
		}
		buckets[k] = append(buckets[k], i)
	}
	sort.Strings(keys)
	var out []link
	for _, k := range keys {
		b := buckets[k]
		pair := func(i, j int) {
			i, j = min(i, j), max(i, j)
			a, c := &cs[i], &cs[j]
			if a.Source == c.Source {
				return
			}
			if l, ok := m.linkOf(a, c); ok {
				l.a, l.b = i, j
				out = append(out, l)
			}
		}
		if strings.HasPrefix(k, string(claims.Title)+"|") {
			for x := range b {
				for y := x + 1; y < len(b); y++ {
					pair(b[x], b[y])
				}
			}
		} else {
			prefixPairs(cs, b, m, pair)
		}
	}
	// Magnitudes, times of day and scores pair across every two sources
	// of one story, as far as maxStorySources.
	out = append(out, magnitudeLinks(cs)...)
	out = append(out, clockLinks(cs)...)
	out = append(out, m.soleCountLinks(cs)...)
	out = append(out, m.soleConvertedLinks(cs)...)
	out = append(out, m.modelPriceLinks(cs)...)
	out = append(out, m.conversionLinks(cs)...)
	out = append(out, m.soleFigureLinks(cs)...)
	out = append(out, m.transposedLinks(cs)...)
	out = append(out, m.durationLinks(cs)...)
	out = append(out, m.leadUpLinks(cs)...)
	out = append(out, m.sharePriceLinks(cs)...)
	out = append(out, m.harmLinks(cs)...)
	out = append(out, scoreLinks(cs)...)
	out = append(out, eventDateLinks(cs, m)...)
	// Strong links first, the surest first; of strong links equally sure,
	// those between claims that disagree go first. A conflict's link may
	// reach only one of several claims that agree among themselves ("a
	// 24- to 30-foot dhow" shares its words with one report's "10-metre
	// dhow", not the others'): joined after them, it would find a group
	// it has no strong link to every member of, and the conflict would
	// go unseen; joined first, the others agree in a group of their own.
	for i := range out {
		out[i].agree = compatible(&cs[out[i].a], &cs[out[i].b])
		out[i].conflict = out[i].strong && !out[i].agree
	}
	// The order is total (links equal in all of it are alike), so any
	// sort gives the same.
	slices.SortFunc(out, func(x, y link) int {
		if x.strong != y.strong {
			if x.strong {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if x.conflict != y.conflict {
			if x.conflict {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	return out
}

// maxStorySources is the most sources over which the pairings that assume
// one story run (magnitudes, times of day, scores): they cost the square of
// the sources. Past it (a week's folder of many stories) those claims link
// by their words, as other claims do.
const maxStorySources = 64

// storyPairs calls pair with the claims of every two sources (in order of
// their ids) that share a key, for the claims keyOf gives one: the
// pairings that assume one story. Past maxStorySources sources holding
// such claims it calls nothing.
func storyPairs(cs []claims.Claim, keyOf func(*claims.Claim) (string, bool), pair func(k string, a, b []int)) {
	bySource := map[string]map[string][]int{}
	var sources []string
	for i := range cs {
		k, ok := keyOf(&cs[i])
		if !ok {
			continue
		}
		src := cs[i].Source
		if bySource[src] == nil {
			bySource[src] = map[string][]int{}
			sources = append(sources, src)
		}
		bySource[src][k] = append(bySource[src][k], i)
	}
	if len(sources) > maxStorySources {
		return
	}
	sort.Strings(sources)
	for x := range sources {
		for y := x + 1; y < len(sources); y++ {
			for k, a := range bySource[sources[x]] {
				if b := bySource[sources[y]][k]; len(b) > 0 {
					pair(k, a, b)
				}
			}
		}
	}
}

// familyKey buckets titles by the first letters of the family name, which
// spelling variants share ("Alishbandi", "Alishvandi").
func familyKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	last := []rune(f[len(f)-1])
	return string(last[:min(2, len(last))])
}

// Beyond maxPosting claims under one word, each is paired with the next
// postingWindow only.
const (
	maxPosting    = 64
	postingWindow = 16
)

// prefixPairs calls pair with each pair of claims of one bucket that share
// a word among their rarest len−weakShared+1 context words, once each. It
// goes claim by claim, so that the pairs of a large bucket are never all
// in memory at once.
func prefixPairs(cs []claims.Claim, b []int, m *matcher, pair func(i, j int)) {
	sets := make([][]uint32, len(b))
	freq := map[uint32]int{}
	for x, i := range b {
		sets[x] = slices.Clone(m.feature(&cs[i]).words) // reordered below
		for _, w := range sets[x] {
			freq[w]++
		}
	}
	postings := map[uint32][]int32{}
	for x, set := range sets {
		slices.SortFunc(set, func(v, w uint32) int {
			if c := cmp.Compare(freq[v], freq[w]); c != 0 {
				return c
			}
			return strings.Compare(m.words[v], m.words[w])
		})
		sets[x] = set[:max(0, len(set)-weakShared+1)] // the prefix
		for _, w := range sets[x] {
			postings[w] = append(postings[w], int32(x))
		}
	}
	var partners []int32
	for x, prefix := range sets {
		partners = partners[:0]
		for _, w := range prefix {
			p := postings[w]
			// A word that many claims share pairs each claim with its
			// next few neighbours only: the claims still join up through
			// chains of links, and the pairs grow linearly, not
			// quadratically.
			reach := len(p)
			if len(p) > maxPosting {
				reach = postingWindow
			}
			at, _ := slices.BinarySearch(p, int32(x))
			for y := at + 1; y < len(p) && y <= at+reach; y++ {
				partners = append(partners, p[y])
			}
		}
		slices.Sort(partners)
		for _, y := range slices.Compact(partners) {
			pair(b[x], b[y])
		}
	}
}
