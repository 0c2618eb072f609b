package reconcile

import (
	"math"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Reports of one story give one length in different units: "a 10-metre
// dhow" in one, "a 24- to 30-foot dhow" in another. A fact-checker
// compares them in one unit: 24 to 30 feet is 7.3 to 9.1 metres, which is
// not 10 metres. So lengths are compared in metres, each with the rounding
// its written figure allows (roundedMeasure): "10 metres" is 9.5 to 10.5
// metres, which "33 feet" (10.06 m) meets, while "30 feet" (9.14 m) does
// not.
//
// Only lengths are converted, and not nautical miles: at sea "13 miles"
// is often written for 13 nautical miles, so the two are compared on
// their figures alone, as a unit of their own. Speeds are not: a report that gives "about
// 70 mph" beside "112 km/h" is read as stating two figures, and reports
// that round a speed for their readers' unit ("about 170 mph", "roughly
// 275 km/h") state it only approximately. Weights are not either: "ton"
// is a short, long or metric ton as the writer's country has it.

// metresPer gives the length of one of each length unit, in metres.
var metresPer = map[string]float64{
	"km":    1000,
	"metre": 1,
	"cm":    0.01,
	"mm":    0.001,
	"mile":  1609.344,
	"foot":  0.3048,
	"inch":  0.0254,
	"yard":  0.9144,
}

// lengthKey is the unit key of every length: lengths in different units are
// compared.
const lengthKey = "length"

// inMetres reports the factor that takes a measure's value to metres, and
// false when the claim is not a length.
func inMetres(c *claims.Claim) (float64, bool) {
	if c.Kind != claims.Measure {
		return 0, false
	}
	f, ok := metresPer[c.Unit]
	return f, ok
}

// converted returns a span in a length's unit as metres; other spans as
// they are.
func converted(c *claims.Claim, s span) span {
	f, ok := inMetres(c)
	if !ok {
		return s
	}
	s.lo *= f // ±Inf stay infinite
	s.hi *= f
	return s
}

// convertedUnits reports whether the claims of a group are lengths written
// in more than one unit.
func convertedUnits(cs []claims.Claim) bool {
	for i := range cs {
		if _, ok := inMetres(&cs[i]); !ok || cs[i].Unit != cs[0].Unit {
			return ok && i > 0
		}
	}
	return false
}

// lengthString writes a length of a group whose lengths are in several
// units with its unit and, after it, in metres: "24-30 foot (7.32-9.14
// m)", "10 metre (10 m)", so that the reader sees what was compared.
func lengthString(c *claims.Claim) string {
	f, _ := inMetres(c)
	v := ValueString(c)
	lo, hi, _, _ := c.Range()
	if c.Min != nil && c.Max != nil {
		v = short(lo) + "-" + short(hi)
	}
	m := short(c.Value*f) + " m"
	if c.Min != nil && c.Max != nil {
		m = short(lo*f) + "-" + short(hi*f) + " m"
	}
	return v + " " + c.Unit + " (" + m + ")"
}

// soleConvertedLinks links two reports' lengths written in different units
// as soleCountLinks links measures of one unit: each is its report's only
// measure in its unit, the two share soleShared words of their clauses,
// nothing tells their owners or outcomes apart, and in metres they lie
// within a tenth of the larger of each other (each allowing the rounding
// its figure does). A report that names one length in metres and another
// in feet gives a length of one thing in each unit no more than a report
// that gives one figure in each gives two readings of one thing.
func (m *matcher) soleConvertedLinks(cs []claims.Claim) []link {
	type key struct{ unit, head string }
	// A sentence that gives a length in two units ("180 mm (about 7
	// inches)", "a 10-metre (33-foot) boat") gives one length and its
	// conversion: neither is linked here on so little.
	type sentence struct {
		source string
		start  int
	}
	unitsOf := map[sentence]string{}
	for i := range cs {
		c := &cs[i]
		if _, ok := inMetres(c); ok {
			s := sentence{c.Source, c.SentenceStart}
			if u, seen := unitsOf[s]; seen && u != c.Unit {
				unitsOf[s] = "several"
			} else if !seen {
				unitsOf[s] = c.Unit
			}
		}
	}
	byUnit := map[key]map[string][]int{} // unit and noun → source → its measures in them
	for i := range cs {
		c := &cs[i]
		if _, ok := inMetres(c); !ok || personal(c) || unitsOf[sentence{c.Source, c.SentenceStart}] == "several" {
			continue
		}
		k := key{c.Unit, m.feature(c).head}
		if byUnit[k] == nil {
			byUnit[k] = map[string][]int{}
		}
		byUnit[k][c.Source] = append(byUnit[k][c.Source], i)
	}
	// Each report's only measure in each unit, by noun.
	sole := map[string][]int{} // noun → claims
	var heads []string
	for k, bySource := range byUnit {
		for _, is := range bySource {
			if len(is) != 1 {
				continue
			}
			if _, ok := sole[k.head]; !ok {
				heads = append(heads, k.head)
			}
			sole[k.head] = append(sole[k.head], is[0])
		}
	}
	sort.Strings(heads)
	var out []link
	for _, h := range heads {
		is := sole[h]
		sort.Ints(is)
		if len(is) > maxPosting {
			continue // a folder of many stories: lengths of one noun are not one length
		}
		for x := range is {
			for y := x + 1; y < len(is); y++ {
				a, b := &cs[is[x]], &cs[is[y]]
				if a.Source == b.Source || a.Unit == b.Unit {
					continue // one unit: soleCountLinks
				}
				if m.shared(a, b) < soleShared || !nearLengths(a, b) || m.differentSubjects(a, b) || m.unsure(a, b) {
					continue
				}
				out = append(out, link{a: is[x], b: is[y], strong: true, score: m.shared(a, b) + 10})
			}
		}
	}
	return out
}

// nearLengths reports whether two lengths, in metres, lie within a tenth of
// the larger of each other.
func nearLengths(a, b *claims.Claim) bool {
	ra, rb := valueRange(a), valueRange(b)
	if math.IsInf(ra.lo, 0) || math.IsInf(ra.hi, 0) || math.IsInf(rb.lo, 0) || math.IsInf(rb.hi, 0) {
		return false
	}
	gap := math.Max(ra.lo-rb.hi, rb.lo-ra.hi)
	return gap <= math.Max(ra.hi, rb.hi)/10
}

// A report gives a sum in a foreign currency and converts it for its
// readers in brackets: "a euro110 billion ($141 billion) loan package",
// "a 110-billion ($143-billion) bailout". Two reports' conversions of one
// sum into one currency are one figure, and a fact-checker wants them
// side by side: when they differ, one report converted at another rate or
// rounded otherwise, which the conflict shows plainly ("141B USD vs 143B
// USD, each converting 110B EUR"). Conversions further apart than
// convertRatio are not taken for one: "$" is also the sign of the
// Australian, Canadian and other dollars, and a report that gives
// "($158 billion)" of the same euro sum most likely means one of those.

// convertSpread is how far apart, relative to the larger, two
// conversions of one sum may lie and still be one figure.
const convertSpread = 0.05

// conversionLinks links each pair of conversions, of two reports, of one
// sum into one currency, each its report's only such conversion, within
// convertSpread of each other.
func (m *matcher) conversionLinks(cs []claims.Claim) []link {
	type key struct {
		value float64
		unit  string
	}
	bySum := map[key]map[string][]int{}
	var keys []key
	for i := range cs {
		c := &cs[i]
		if c.Kind != claims.Money || c.Converts == nil || c.Min != nil || c.Max != nil {
			continue
		}
		k := key{c.Converts.Value, c.Unit}
		if bySum[k] == nil {
			bySum[k] = map[string][]int{}
			keys = append(keys, k)
		}
		bySum[k][c.Source] = append(bySum[k][c.Source], i)
	}
	var out []link
	for _, k := range keys {
		if len(bySum[k]) > maxStorySources {
			continue // a folder of many stories: one sum is not one sum
		}
		solePairs(bySum[k], func(i, j int) {
			a, b := &cs[i], &cs[j]
			if fa, fb := a.Converts.Unit, b.Converts.Unit; fa != "" && fb != "" && fa != fb {
				return // 110 billion euros, 110 billion pounds
			}
			x, y := math.Abs(a.Value), math.Abs(b.Value)
			if x == 0 || y == 0 || math.Abs(x-y) > convertSpread*math.Max(x, y) || m.unsure(a, b) {
				return // or one sum of two years, or of two places
			}
			out = append(out, link{a: i, b: j, strong: true, score: m.shared(a, b) + 10})
		})
	}
	return out
}

// commonConversion returns the sum that every claim of a group converts,
// if one does: "110B EUR".
func commonConversion(cs []claims.Claim) (string, bool) {
	var v float64
	unit := ""
	for i := range cs {
		k := cs[i].Converts
		if k == nil || i > 0 && k.Value != v {
			return "", false
		}
		v = k.Value
		if k.Unit != "" {
			unit = k.Unit
		}
	}
	return strings.TrimSpace(magnitude(v) + " " + unit), true
}
