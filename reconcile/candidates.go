package reconcile

import (
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
		var pairs [][2]int
		if strings.HasPrefix(k, string(claims.Title)+"|") {
			pairs = allPairs(b)
		} else {
			pairs = prefixPairs(cs, b)
		}
		for _, p := range pairs {
			a, c := &cs[p[0]], &cs[p[1]]
			if a.Source == c.Source {
				continue
			}
			if l, ok := m.linkOf(a, c); ok {
				l.a, l.b = p[0], p[1]
				out = append(out, l)
			}
		}
	}
	out = append(out, magnitudeLinks(cs)...)
	out = append(out, clockLinks(cs)...)
	out = append(out, scoreLinks(cs)...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].strong != out[j].strong {
			return out[i].strong
		}
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return out
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

func allPairs(b []int) [][2]int {
	var out [][2]int
	for x := range b {
		for y := x + 1; y < len(b); y++ {
			out = append(out, [2]int{b[x], b[y]})
		}
	}
	return out
}

// Beyond maxPosting claims under one word, each is paired with the next
// postingWindow only.
const (
	maxPosting    = 64
	postingWindow = 16
)

// prefixPairs pairs the claims of one bucket that share a word among their
// rarest len−weakShared+1 context words.
func prefixPairs(cs []claims.Claim, b []int) [][2]int {
	sets := make([][]string, len(b))
	freq := map[string]int{}
	for x, i := range b {
		seen := map[string]bool{}
		for _, w := range cs[i].Context {
			w = strings.ToLower(w)
			if reportingWords[w] || seen[w] {
				continue
			}
			seen[w] = true
			sets[x] = append(sets[x], w)
			freq[w]++
		}
	}
	postings := map[string][]int{}
	var words []string
	for x, set := range sets {
		sort.Slice(set, func(i, j int) bool {
			if freq[set[i]] != freq[set[j]] {
				return freq[set[i]] < freq[set[j]]
			}
			return set[i] < set[j]
		})
		n := len(set) - weakShared + 1
		for _, w := range set[:max(0, n)] {
			if _, ok := postings[w]; !ok {
				words = append(words, w)
			}
			postings[w] = append(postings[w], x)
		}
	}
	sort.Strings(words)
	seen := map[[2]int]bool{}
	var out [][2]int
	for _, w := range words {
		p := postings[w]
		// A word that many claims share pairs each claim with its next
		// few neighbours only: the claims still join up through chains of
		// links, and the pairs grow linearly, not quadratically.
		reach := len(p)
		if len(p) > maxPosting {
			reach = postingWindow
		}
		for x := range p {
			for y := x + 1; y < len(p) && y <= x+reach; y++ {
				pair := [2]int{b[p[x]], b[p[y]]}
				if pair[0] > pair[1] {
					pair[0], pair[1] = pair[1], pair[0]
				}
				if !seen[pair] {
					seen[pair] = true
					out = append(out, pair)
				}
			}
		}
	}
	return out
}
