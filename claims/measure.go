package claims

import "strings"

// Measure: a number with a unit of length, weight, area, volume, speed or
// temperature ("10 km", "a 45-acre farm", "200lbs", "190 km2", "188 miles an
// hour", "-5 °C"), and an earthquake's magnitude ("magnitude 5.9",
// "5.9-magnitude", "a magnitude of 6.1"). Unit is a canonical name: "km",
// "metre", "mile", "kg", "pound", "acre", "m²", "mph", "km/h", "°C",
// "magnitude", and a gun's caliber in inches ("caliber").
//
// Units are written after the number, with a space, a hyphen ("3-inch") or
// nothing ("75ml") between them. A single letter glued to the digits is a
// scale before it is a unit: "1m" is a million unless a word of size follows
// ("1.8m tall").

// unitOf maps a unit's words, lower-cased, to its canonical name.
var unitOf = unitsOf(unitNames, digitalUnits)

// unitNames lists each canonical unit with the ways it is written. A space
// separates the words of a multi-word form.
var unitNames = map[string]string{
	"km":            "km kms kilometre kilometres kilometer kilometers",
	"metre":         "m metre metres meter meters",
	"cm":            "cm cms centimetre centimetres centimeter centimeters",
	"mm":            "mm millimetre millimetres millimeter millimeters",
	"dm":            "dm decimetre decimetres decimeter decimeters",
	"pm":            "picometre picometres picometer picometers",
	"mile":          "mile miles mi",
	"nautical mile": "nautical_mile nautical_miles nmi",
	"foot":          "foot feet ft",
	"inch":          "inch inches",
	"yard":          "yard yards yd yds",
	"kg":            "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes",
	"g":             "g gram grams gramme grammes",
	"mg":            "mg milligram milligrams milligramme milligrammes",
	"µg":            "µg μg mcg microgram micrograms microgramme microgrammes",
	"tonne":         "tonne tonnes metric_ton metric_tons",
	"ton":           "ton tons t",
	"pound":         "pound pounds lb lbs",
	"ounce":         "ounce ounces oz",
	"stone":         "stone",
	"acre":          "acre acres",
	"hectare":       "hectare hectares ha",
	"km²":           "km2 km² sq_km square_kilometre square_kilometres square_kilometer square_kilometers",
	"m²":            "m2 m² sq_m square_metre square_metres square_meter square_meters",
	"square mile":   "sq_mi square_mile square_miles",
	"square foot":   "sq_ft square_foot square_feet",
	"cubic foot":    "cubic_foot cubic_feet cu_ft",
	"m³":            "m3 m³ cubic_metre cubic_metres cubic_meter cubic_meters",
	"litre":         "l litre litres liter liters",
	"ml":            "ml millilitre millilitres milliliter milliliters",
	"gallon":        "gallon gallons",
	"barrel":        "barrel barrels",
	"mph":           "mph",
	"km/h":          "kph kmh kmph km/h km/hr",
	"knot":          "knot knots",
	"°C":            "°c ℃ °_celsius °_centigrade degree_celsius degrees_celsius degree_centigrade degrees_centigrade",
	"°F":            "°f ℉ °_fahrenheit degree_fahrenheit degrees_fahrenheit",
	"degree":        "degree degrees °",
	"magnitude":     "magnitude",
	"caliber":       "caliber calibre",
}

// unitsOf maps the written forms of the units of each of sets (unit →
// forms, space-separated, "_" for a space within a form) to their unit.
// It is built with the variables, not by init, so that the filters built
// from it (unitStartsFilter) see all of it.
func unitsOf(sets ...map[string]string) map[string]string {
	m := map[string]string{}
	for _, names := range sets {
		for unit, forms := range names {
			for _, f := range strings.Fields(forms) {
				m[strings.ReplaceAll(f, "_", " ")] = unit
			}
		}
	}
	return m
}

// caliberInches reads a gun's caliber written without its decimal point
// ("38-caliber", "357 caliber") as the fraction of an inch it names (0.38,
// 0.357), as ".38-caliber" is read.
func caliberInches(v float64) float64 {
	for v >= 1 {
		v /= 10
	}
	return v
}

// perTime are the time units a speed is given per.
var perTime = map[string]string{
	"hour": "h", "hr": "h", "h": "h", "second": "s", "sec": "s", "s": "s",
	"minute": "min", "min": "min", "millisecond": "ms", "ms": "ms",
}

// sizeWords follow a length or weight: "1.8m tall", "48m long".
var sizeWords = setOf(`tall long high wide deep thick away across high heavy x`)

// unitAt reports the unit written at toks[i], after a number, and the index
// past it. glued says no space comes before it.
func unitAt(toks []token, i int) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	// "20 (kg)", "20 [kg]"
	if open := toks[i].text; (open == "(" || open == "[" || open == "{" || open == "<") && i+2 < len(toks) {
		if u, j := unitAt(toks, i+1); u != "" && j < len(toks) && closes(open, toks[j].text) {
			return u, j + 1
		}
		return "", i
	}
	if !unitStartsFilter.mayHold(toks[i].lower) {
		return "", i // most words after a number begin no unit's name
	}
	// The longest run of words that names a unit: "square kilometres",
	// "metric tons", "km/h", "°C", "km2".
	best, end := "", i
	var buf [64]byte // the words read so far, looked up without a string of their own
	b := buf[:0]
	for j := i; j < len(toks) && j < i+3; j++ {
		t := &toks[j]
		if j > i {
			if t.adjacent() && (t.kind == tNumber || t.text == "/" || toks[j-1].text == "/" || toks[j-1].text == "°") {
				// "km2", "km/h", "°C" are written without spaces.
			} else if t.space && t.kind == tWord && (toks[j-1].kind == tWord || toks[j-1].text == "°") {
				b = append(b, ' ')
			} else {
				break
			}
		}
		b = append(b, t.lower...)
		if !unitStartsFilter.mayHoldBytes(b) {
			break // no unit begins with the words read, nor with more of them
		}
		if !unitNamesFilter.mayHoldBytes(b) {
			continue // a beginning of a unit's name, not a whole one
		}
		if u, ok := unitOf[string(b)]; ok && !letterFollows(toks, j) {
			best, end = u, j+1
		}
	}
	if best == "" {
		return "", i
	}
	// A single letter is a unit only in lower case: "5G" is a network, and
	// "t" and "l" stand alone.
	if w := toks[i].text; len(w) == 1 && end == i+1 && (w != strings.ToLower(w) || toks[i].kind != tWord) && w != "°" {
		return "", i
	}
	// A speed: "miles an hour", "kilometres per hour", "50 km/ms".
	if end+1 < len(toks) && isLength(best) {
		sep := toks[end].lower
		if sep == "per" || sep == "an" || sep == "a" || sep == "/" {
			if tu, ok := perTime[strings.TrimSuffix(toks[end+1].lower, "s")]; ok {
				return speedName(best, tu), end + 2
			}
			if tu, ok := perTime[toks[end+1].lower]; ok {
				return speedName(best, tu), end + 2
			}
		}
	}
	return best, end
}

func speedName(length, per string) string {
	switch {
	case length == "mile" && per == "h":
		return "mph"
	case length == "metre":
		return "m/" + per
	}
	return length + "/" + per
}

func isLength(u string) bool {
	switch u {
	case "km", "metre", "cm", "mm", "mile", "foot", "nautical mile":
		return true
	}
	return false
}

func closes(open, close string) bool {
	return open+close == "()" || open+close == "[]" || open+close == "{}" || open+close == "<>"
}

// measureAfter reports a measure's unit written after a number that ends at
// toks[i], and the index past it: "10 km", "a 3-inch cut", "75ml".
func measureAfter(toks []token, i int) (string, int) {
	j := i
	hyphen := j < len(toks) && toks[j].text == "-" && toks[j].adjacent()
	if hyphen {
		j++
		if j >= len(toks) || !toks[j].adjacent() {
			return "", i
		}
	}
	u, k := unitAt(toks, j)
	if u == "" {
		return "", i
	}
	return u, k
}

// gluedMetric reports a number that ends in a glued "m" or "t" read as a
// million or trillion but followed by a word of size, "1.8m tall": a metre
// or a ton.
func gluedMetric(toks []token, n number) (string, bool) {
	last := &toks[n.end-1]
	if n.end-n.first != 2 || !last.adjacent() || n.end >= len(toks) || !sizeWords[toks[n.end].lower] {
		return "", false
	}
	switch last.text {
	case "m":
		return "metre", true
	case "t":
		return "ton", true
	}
	return "", false
}

// magnitudeBefore reports "magnitude" or "a magnitude of" written just
// before toks[i], and the index of its first word.
func magnitudeBefore(toks []token, i int) (int, bool) {
	switch {
	case i >= 1 && toks[i-1].lower == "magnitude":
		return i - 1, true
	case i >= 2 && toks[i-1].lower == "of" && toks[i-2].lower == "magnitude":
		return i - 2, true
	}
	return i, false
}

// feetAndInches reads the inches after a length in feet: "5 ft 2 in", "5
// feet and 2 inches".
func feetAndInches(toks []token, i int) (float64, int, bool) {
	j := i
	if tokenAt(toks, j).lower == "and" {
		j++
	}
	n, ok := parseBareNumber(toks, j)
	if !ok || n.value < 0 || n.value >= 12 || n.fraction {
		return 0, i, false
	}
	if u, e := unitAt(toks, n.end); u == "inch" {
		return n.value, e, true
	}
	// "in" is an inch at the end of a phrase or before a word of size: "5 ft 2
	// in tall", but not in "5 ft 2 in the morning".
	if next := tokenAt(toks, n.end+1); tokenAt(toks, n.end).lower == "in" && (next.kind != tWord || sizeWords[next.lower]) {
		return n.value, n.end + 1, true
	}
	return 0, i, false
}
