package reconcile

import (
	"math"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

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
	Shingles  []uint32
	Signature []uint32 // nil for a text too short to compare
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
	sigs := make([][]uint32, len(fps))
	for i := range fps {
		sigs[i] = fps[i].Signature
	}
	stories := newUnionFind(len(ids))
	for _, p := range candidatePairs(sigs) {
		if sharesShingles(fps[p[0]].Shingles, fps[p[1]].Shingles, copyShare) {
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

// signature returns a one-permutation MinHash of the set: each shingle's
// mixed hash picks one of minHashes bins with its top bits and competes
// for that bin's minimum with the rest. A shingle costs one mix, where
// classic MinHash costs minHashes hash functions. A bin no shingle fell
// into stays empty (all ones); bandKey leaves out the bands holding one,
// so that empty bins never make two sources candidates.
func signature(set []uint32) []uint32 {
	sig := make([]uint32, minHashes)
	for k := range sig {
		sig[k] = emptyBin
	}
	for _, h := range set {
		x := mix(uint64(h))
		k := x >> (64 - binBits)
		if v := uint32(x) >> 1; v < sig[k] {
			sig[k] = v
		}
	}
	return sig
}

// binBits is log2(minHashes): the top bits of a mixed hash pick its bin.
const binBits = 7

// emptyBin marks a bin that no shingle fell into; the values kept in
// bins have their top bit clear, so none is equal to it.
const emptyBin = ^uint32(0)

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
func candidatePairs(sigs [][]uint32) [][2]int {
	seen := map[[2]int]bool{}
	var out [][2]int
	buckets := map[[rows]uint32][]int{}
	for b := 0; b < bands; b++ {
		clear(buckets) // one table serves every band
		for i, sig := range sigs {
			if sig == nil {
				continue
			}
			var key [rows]uint32
			copy(key[:], sig[b*rows:(b+1)*rows])
			if slices.Contains(key[:], emptyBin) {
				continue
			}
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
// Hashes of 32 bits keep it half as large again; two reports' few chance
// collisions among some thousand shingles do not move their containment.
// Words are runs of letters and digits, compared without case.
func Shingles(s *sources.Source) []uint32 {
	var (
		set    []uint32
		window [shingleWords]uint64 // the hashes of the last words, a ring
		n      int                  // words seen
	)
	for line := 1; line <= s.Lines(); line++ {
		sp := s.LineSpan(line)
		if s.IsFurniture(sp.Start) && sp.End > sp.Start {
			continue
		}
		eachWordHash(s.Text[sp.Start:sp.End], func(w uint64) {
			window[n%shingleWords] = w
			n++
			if n >= shingleWords {
				h := uint64(shingleWords)
				for k := n - shingleWords; k < n; k++ {
					h = mix(h ^ window[k%shingleWords])
				}
				set = append(set, uint32(h>>32))
			}
		})
	}
	slices.Sort(set)
	// A copy of the exact size: the set is kept for every source until
	// all are read, and append's spare room would be a third of it.
	return slices.Clone(slices.Compact(set))
}

// eachWordHash calls yield with an FNV-1a hash of each word of text, its
// letters lower-cased: the words strings.FieldsFunc would find in
// strings.ToLower(text), split at anything but a letter or a digit,
// without making them.
func eachWordHash(text string, yield func(uint64)) {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h, in := uint64(offset), false
	for i := 0; i < len(text); {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		i += w
		var word bool
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			word = true
		case 'A' <= r && r <= 'Z':
			r, word = r+'a'-'A', true
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r, word = unicode.ToLower(r), true
		}
		if !word {
			if in {
				yield(h)
			}
			h, in = offset, false
			continue
		}
		for r > 0 { // the rune's bytes, low first
			h = (h ^ uint64(r&0xff)) * prime
			r >>= 8
		}
		in = true
	}
	if in {
		yield(h)
	}
}

// sharesShingles reports whether the smaller of two sorted shingle sets has at
// least share of its shingles in the other. It stops as soon as the count
// is reached or can no longer be.
func sharesShingles(a, b []uint32, share float64) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minShingles {
		return false
	}
	need := int(math.Ceil(share * float64(len(a))))
	n, j := 0, 0
	for k, x := range a {
		if n >= need {
			return true
		}
		if n+len(a)-k < need {
			return false
		}
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			n++
		}
	}
	return n >= need
}
