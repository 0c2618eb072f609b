package reconcile

import (
	"hash/fnv"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/sources"
)

// Copies of one story — a syndicated copy, a re-scrape, one wire story
// under two mastheads — are found by the share of their word shingles that
// they have in common. Containment (the shared shingles over the smaller
// set) rather than Jaccard similarity keeps a trimmed copy a copy, and
// shingles are taken from the text without its furniture lines, so adverts
// and prompts do not tell copies apart.

const (
	shingleWords = 5   // words in a shingle
	minShingles  = 20  // texts shorter than this are not compared
	copyShare    = 0.5 // the containment from which two texts are one story
)

// Copies groups the sources that are copies of one story. It returns, for
// every source that has copies, the id of the first source (in input
// order) of its story.
func Copies(srcs []*sources.Source) map[string]string {
	sets := make([]map[uint64]bool, len(srcs))
	for i, s := range srcs {
		sets[i] = shingles(s)
	}
	parent := make([]int, len(srcs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	for i := range srcs {
		for j := i + 1; j < len(srcs); j++ {
			if containment(sets[i], sets[j]) >= copyShare {
				a, b := find(i), find(j)
				if a != b {
					parent[max(a, b)] = min(a, b)
				}
			}
		}
	}
	out := map[string]string{}
	for i := range srcs {
		if r := find(i); r != i {
			out[srcs[i].ID] = srcs[r].ID
			out[srcs[r].ID] = srcs[r].ID
		}
	}
	return out
}

// shingles returns the hashed word shingles of a source's reporting lines.
func shingles(s *sources.Source) map[uint64]bool {
	var words []string
	for n := 1; n <= s.Lines(); n++ {
		sp := s.LineSpan(n)
		if s.IsFurniture(sp.Start) && sp.End > sp.Start {
			continue
		}
		words = append(words, strings.FieldsFunc(strings.ToLower(s.Text[sp.Start:sp.End]), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})...)
	}
	set := map[uint64]bool{}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		set[h.Sum64()] = true
	}
	return set
}

// containment is the share of the smaller set's shingles found in the other.
func containment(a, b map[uint64]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minShingles {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
