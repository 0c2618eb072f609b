package reconcile

import (
	"hash/fnv"
	"slices"
	"sort"
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
//
// Comparing every pair of sources would be quadratic; candidates are found
// with MinHash banding instead. Each source gets a signature of minHashes
// minimum hashes, cut into bands; two sources whose shingle sets are alike
// are likely to share a band's values, and only those pairs are checked,
// by their exact containment.
func Copies(srcs []*sources.Source) map[string]string {
	ids := make([]string, len(srcs))
	fps := make([]Fingerprint, len(srcs))
	for i, s := range srcs {
		ids[i], fps[i] = s.ID, FingerprintOf(s)
	}
	return CopiesOf(ids, fps)
}

// Fingerprint is what finding copies needs of a source: its shingles,
// sorted, and their MinHash signature.
type Fingerprint struct {
	Shingles  []uint64
	Signature []uint64 // nil for a text too short to compare
}

// FingerprintOf takes a source's fingerprint, so that it can be taken as
// the source is read and its text let go.
func FingerprintOf(s *sources.Source) Fingerprint {
	f := Fingerprint{Shingles: Shingles(s)}
	if len(f.Shingles) >= minShingles {
		f.Signature = signature(f.Shingles)
	}
	return f
}

// CopiesOf is Copies on fingerprints taken with FingerprintOf.
func CopiesOf(ids []string, fps []Fingerprint) map[string]string {
	sigs := make([][]uint64, len(fps))
	for i := range fps {
		sigs[i] = fps[i].Signature
	}
	stories := newUnionFind(len(ids))
	for _, p := range candidatePairs(sigs) {
		if containment(fps[p[0]].Shingles, fps[p[1]].Shingles) >= copyShare {
			stories.union(p[0], p[1])
		}
	}
	out := map[string]string{}
	for i := range ids {
		if r := stories.find(i); r != i {
			out[ids[i]] = ids[r]
			out[ids[r]] = ids[r]
		}
	}
	return out
}

// A signature has bands × rows minimum hashes. Copies are told by
// containment, and a trimmed copy of a long report can share few of its
// shingles in all (Jaccard 0.3 at containment 0.7): with 64 bands of 2,
// two sets of Jaccard J share a band with probability 1-(1-J²)^64: 0.996
// at 0.3, 0.15 at 0.05 (reports of one story sharing a few phrases), which
// the exact check then sorts out.
const (
	bands     = 64
	rows      = 2
	minHashes = bands * rows
)

// signature returns, for each of minHashes hash functions, the least hash
// of the set's shingles. Each function is a multiply-add of one mixed
// hash: a shingle costs one mix and minHashes multiplications.
func signature(set []uint64) []uint64 {
	sig := make([]uint64, minHashes)
	for k := range sig {
		sig[k] = ^uint64(0)
	}
	for _, h := range set {
		x := mix(h)
		for k := range sig {
			if v := x*multipliers[k] + uint64(k)*0x9e3779b97f4a7c15; v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// multipliers are odd constants, one a hash function, drawn from mix.
var multipliers = func() [minHashes]uint64 {
	var m [minHashes]uint64
	for k := range m {
		m[k] = mix(uint64(k)+0x5851f42d4c957f2d) | 1
	}
	return m
}()

// mix is a 64-bit finalizer (from SplitMix64): a cheap hash of a hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// candidatePairs returns, in order, the pairs of sources that share the
// values of at least one band of their signatures.
func candidatePairs(sigs [][]uint64) [][2]int {
	seen := map[[2]int]bool{}
	var out [][2]int
	for b := 0; b < bands; b++ {
		buckets := map[[rows]uint64][]int{}
		for i, sig := range sigs {
			if sig == nil {
				continue
			}
			var key [rows]uint64
			copy(key[:], sig[b*rows:(b+1)*rows])
			for _, j := range buckets[key] {
				p := [2]int{j, i}
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
			buckets[key] = append(buckets[key], i)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// Shingles returns the hashed word shingles of a source's reporting lines,
// sorted and without repeats: a slice takes a fraction of a map's memory.
func Shingles(s *sources.Source) []uint64 {
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
	var set []uint64
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		set = append(set, h.Sum64())
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// containment is the share of the smaller set's shingles found in the
// other, both sorted.
func containment(a, b []uint64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minShingles {
		return 0
	}
	n, j := 0, 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
