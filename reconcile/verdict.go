package reconcile

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// judge gives a group its verdict and, for a numeric conflict, its spread.
// Numbers agree when their ranges share a value: ranges on a line that
// overlap pairwise all share one, so one intersection decides. Titles and
// dates are compared pairwise, each distinct value once.
func judge(cs []claims.Claim) (Verdict, string) {
	if len(cs) < 2 {
		return Single, ""
	}
	if numeric(&cs[0]) {
		common := valueRange(&cs[0])
		for i := 1; i < len(cs); i++ {
			if !numeric(&cs[i]) {
				return judgePairwise(cs)
			}
			var ok bool
			if common, ok = intersect(common, valueRange(&cs[i])); !ok {
				return Conflict, spread(cs)
			}
		}
		return Agree, ""
	}
	return judgePairwise(cs)
}

// valueKey is what a claim states, as a string: claims with one key state
// the same value.
func valueKey(c *claims.Claim) string {
	return c.Office + "|" + c.Date + "|" + c.Score + "|" + fmt.Sprint(c.Value)
}

func judgePairwise(cs []claims.Claim) (Verdict, string) {
	var distinct []*claims.Claim
	seen := map[string]bool{}
	for i := range cs {
		k := valueKey(&cs[i])
		if !seen[k] {
			seen[k] = true
			distinct = append(distinct, &cs[i])
		}
	}
	for i := range distinct {
		for j := i + 1; j < len(distinct); j++ {
			if !compatible(distinct[i], distinct[j]) {
				return Conflict, spread(cs)
			}
		}
	}
	return Agree, ""
}

// compatible reports whether two claims about one thing can both be true.
// Compatible reports whether two claims of one group can both be right:
// what a conflict's evidence sets against each other is the claims that
// are not.
func Compatible(a, b *claims.Claim) bool { return compatible(a, b) }

func compatible(a, b *claims.Claim) bool {
	switch {
	case a.Kind == claims.Title:
		return officesCompatible(a.Office, b.Office)
	case a.Kind == claims.Score:
		return a.Score == b.Score
	case a.Kind == claims.Date && (claims.IsWeekdayDate(a.Date) || claims.IsWeekdayDate(b.Date)):
		return a.Date == b.Date // a weekday of an unknown week is comparable to no other date
	case a.Kind == claims.Date && (partialDate(a) || partialDate(b)):
		return sameMonthDay(a.Date, b.Date)
	}
	return overlaps(a, b)
}

// overlaps reports whether two claims' ranges of values share a value.
func overlaps(a, b *claims.Claim) bool {
	_, ok := intersect(valueRange(a), valueRange(b))
	return ok
}

// spread describes how far a conflict's values lie apart: the distinct
// values, and for exact ones the difference relative to the largest.
//
// Titles list one office of each set that agrees: "deputy associate
// director of the fbi vs associate director of the fbi", not also "a former
// associate director at the Federal Bureau of Investigation", which is the
// second in other words.
func spread(cs []claims.Claim) string {
	var vals []string
	seen := map[string]bool{}
	exact := true
	lo, hi := math.Inf(1), math.Inf(-1)
	var offices []*claims.Claim // a claim of each office listed
	lengths := convertedUnits(cs)
	for i := range cs {
		c := &cs[i]
		var v string
		if c.Kind == claims.Title {
			if slices.ContainsFunc(offices, func(o *claims.Claim) bool { return compatible(o, c) }) {
				continue
			}
			offices = append(offices, c)
			v = ValueString(c)
			exact = false
		} else if c.Kind == claims.Date || c.Kind == claims.Clock || c.Kind == claims.Score {
			v = ValueString(c)
			exact = false
		} else if lengths {
			// Lengths in several units: each in its own and in metres,
			// with no percentage of figures in different units.
			v = lengthString(c)
			exact = false
		} else {
			v = ValueString(c)
			if c.Min != nil || c.Max != nil || c.Approx {
				exact = false
			}
			x := c.Value
			if d, ok := c.Days(); ok {
				// Durations of one interval come in different units:
				// "9 days vs ~3 weeks", their difference in days.
				if !elapsed(c) {
					v += " " + c.Unit
					if c.Value != 1 {
						v += "s"
					}
				}
				x = d
			}
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
		if !seen[v] {
			seen[v] = true
			vals = append(vals, v)
		}
	}
	s := strings.Join(vals, " vs ")
	if exact && cs[0].Kind != claims.Title && hi != 0 {
		s += fmt.Sprintf(", %s%%", short(math.Abs(hi-lo)/math.Abs(hi)*100))
	}
	if sum, ok := commonConversion(cs); ok {
		s += ", each converting " + sum // the reports differ on the rate, not the sum
	}
	return s
}

// ValueString writes a claim's value briefly: "768M", ">1M", "~50%".
func ValueString(c *claims.Claim) string {
	switch c.Kind {
	case claims.Title:
		return c.Office
	case claims.Date:
		if claims.IsWeekdayDate(c.Date) {
			return weekdayName(c.Date)
		}
		return c.Date
	case claims.Score:
		return c.Score
	case claims.Clock:
		s := claims.ClockString(c.Value)
		if c.Approx {
			s = "~" + s
		}
		if c.Unit != "" {
			s += " " + c.Unit
		}
		return s
	}
	prefix := ""
	switch {
	case c.Min != nil && c.Max == nil:
		prefix = ">"
		if !c.MinOpen {
			prefix = "≥"
		}
	case c.Max != nil && c.Min == nil:
		prefix = "<"
		if !c.MaxOpen {
			prefix = "≤"
		}
	case c.Approx:
		prefix = "~"
	}
	v := c.Value
	if c.Min != nil && c.Max == nil {
		v = *c.Min
	}
	if elapsed(c) {
		return prefix + elapsedString(v) // "2:06:41"
	}
	s := prefix + magnitude(v)
	switch c.Kind {
	case claims.Percent:
		s += "%"
	case claims.Money:
		s += " " + c.Unit
	}
	return s
}

// elapsed reports an elapsed time read to the second ("2:06:41"), which
// is written back as a clock of hours, minutes and seconds.
func elapsed(c *claims.Claim) bool {
	return c.Kind == claims.Duration && c.Unit == "second" && c.Value >= 3600 && c.Value == math.Trunc(c.Value)
}

// elapsedString writes seconds as hours, minutes and seconds: 7601 as
// "2:06:41".
func elapsedString(v float64) string {
	n := int64(v)
	return fmt.Sprintf("%d:%02d:%02d", n/3600, n/60%60, n%60)
}

// magnitude writes a number with a scale letter: 768000000 as "768M".
func magnitude(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e12:
		return short(v/1e12) + "T"
	case a >= 1e9:
		return short(v/1e9) + "B"
	case a >= 1e6:
		return short(v/1e6) + "M"
	case a >= 1e4:
		return short(v/1e3) + "K"
	}
	return short(v)
}

// short writes v with at most three significant digits after the point.
func short(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if math.Abs(v) < 1 {
		s = strconv.FormatFloat(v, 'g', 2, 64)
	}
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// withinTolerance reports whether the claims are exact numbers whose
// largest relative difference is under tol.
func withinTolerance(cs []claims.Claim, tol float64) bool {
	if tol <= 0 || cs[0].Kind == claims.Title || cs[0].Kind == claims.Score || cs[0].Kind == claims.Clock {
		return false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := range cs {
		c := &cs[i]
		if c.Min != nil || c.Max != nil || c.Approx {
			return false
		}
		lo, hi = math.Min(lo, c.Value), math.Max(hi, c.Value)
	}
	return hi != 0 && math.Abs(hi-lo)/math.Abs(hi) < tol
}
