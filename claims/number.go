package claims

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// number is a number phrase: "1,300", "1.5bn", "one hundred and twenty-five",
// "half a million", "two-thirds", "dozens", "one in five".
type number struct {
	value      float64
	first, end int  // token indices, end exclusive
	spelled    bool // written in words
	indefinite bool // "dozens", "hundreds of thousands": value is a lower bound
	fraction   bool // "half", "two-thirds", "one in five": a proportion, not a count
}

var units = map[string]float64{
	"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// scales are words that multiply what comes before them.
var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "crore": 1e7,
}

// suffixes are scale abbreviations written after digits ("1.5bn", "10 bln").
var suffixes = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6,
	"b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12, "t": 1e12,
}

// dozens are the words for twelve of something after a number.
var dozens = setOf(`dozen dozens doz dozs dz dzs`)

// pluralScales are indefinite amounts: "dozens" is at least two dozen.
var pluralScales = map[string]float64{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
	"millions": 2e6, "billions": 2e9, "tens": 20,
}

// ordinals are the spelled ordinal words.
var ordinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

// determiners before "one" make it a pronoun: "the one you mentioned".
var determiners = setOf(`the this that which each any every no another whichever`)

// parseNumber reads a number phrase starting at toks[i], with the proportion
// it may begin ("one in five", "1 over 3"). It reports false when no number
// starts there.
func parseNumber(toks []token, i int) (number, bool) {
	n, ok := parseBareNumber(toks, i)
	if !ok {
		return n, false
	}
	// Every proportion goes on with "in", "over" or "out of": after most
	// numbers, proportion is not called. The three are stopwords: the
	// class tells the other words at once, rather than their lengths
	// and letters, in no order a branch could foretell.
	if n.end < len(toks) && toks[n.end].class&classStopword != 0 {
		switch toks[n.end].lower {
		case "in", "over", "out":
			if p, ok := proportion(toks, n); ok {
				return p, true
			}
		}
	}
	return n, true
}

func parseBareNumber(toks []token, i int) (number, bool) {
	if i >= len(toks) {
		return number{}, false
	}
	t := &toks[i]
	// A word is asked of as such before it is compared with the signs,
	// which no word is: a word of one letter ("a") would pass their
	// test of its length, in no order a branch could foretell.
	switch {
	case t.kind == tNumber:
		return parseDigits(toks, i)
	case t.kind == tWord:
		return parseWords(toks, i)
	case isMinus(t.text) && i+1 < len(toks) && toks[i+1].kind == tNumber && toks[i+1].adjacent() &&
		(t.space || i == 0 || toks[i-1].kind == tPunct && toks[i-1].text != ")" && !isMinus(toks[i-1].text)):
		// "the bailout--22 billion euros": two hyphens are a dash, not a sign.
		n, ok := parseDigits(toks, i+1)
		if ok {
			n.value, n.first = -n.value, i
		}
		return n, ok
	}
	return number{}, false
}

// finite reports whether a value scaled up is still a number: digits a
// thousand long and a scale after them overflow to infinity.
func finite(v float64) bool { return !math.IsInf(v, 0) }

func isMinus(s string) bool { return s == "-" || s == "−" }

// digitsValue parses digits written with thousands separators.
func digitsValue(s string) (float64, bool) {
	if v, ok := smallInteger(s); ok {
		return v, true // most numbers: "2", "15", "2021"
	}
	if i := strings.LastIndexByte(s, ','); i >= 0 && len(s)-i <= 3 {
		// A decimal comma: "1,3", "1.111,11".
		s = strings.ReplaceAll(s[:i], ".", "") + "." + s[i+1:]
	}
	s = strings.Map(func(r rune) rune {
		switch r {
		case ',', ' ', '\u00a0', '\u202f', '\u2009':
			return -1
		}
		return r
	}, s)
	if v, ok := vulgarFraction(s); ok {
		return v, true
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil && !math.IsInf(v, 0)
}

// parseDigits reads "1,300", "1.5 billion", "767m", "3 dozen", "1/2",
// "10 1/2", "1.3e6", "1.1^23".
func parseDigits(toks []token, i int) (number, bool) {
	v, ok := digitsValue(toks[i].text)
	if !ok {
		return number{}, false
	}
	_, vulgar := vulgarFraction(toks[i].text)
	n := number{value: v, first: i, end: i + 1, fraction: vulgar}
	// A simple fraction: "1/2", "3/4" (but not a date such as 13/12/2021).
	if i+2 < len(toks) && toks[i+1].text == "/" && toks[i+1].adjacent() &&
		toks[i+2].kind == tNumber && toks[i+2].adjacent() && !hasPointOrComma(toks[i+2].text) {
		d, _ := digitsValue(toks[i+2].text)
		slashAfter := i+3 < len(toks) && toks[i+3].text == "/" && toks[i+3].adjacent()
		if d > 0 && d <= 16 && v < d && !slashAfter {
			return number{value: v / d, first: i, end: i + 3, fraction: true}, true
		}
	}
	// Every power is glued to its digits ("1.3e6", "2^10"): after most
	// numbers, power is not called.
	if n.end+1 < len(toks) && toks[n.end].adjacent() {
		if p, ok := power(toks, n); ok {
			return p, true
		}
	}
	j := n.end
	// A mixed number: "10 1/2".
	if j < len(toks) && toks[j].kind == tNumber && toks[j].space && strings.IndexByte(toks[i].text, '.') < 0 {
		if f, ok := parseDigits(toks, j); ok && f.fraction && f.value < 1 {
			return number{value: v + f.value, first: i, end: f.end}, true
		}
	}
	// A hyphen before a large scale, as some papers write it: "$143-billion".
	if j+1 < len(toks) && toks[j].text == "-" && toks[j].adjacent() && toks[j+1].adjacent() &&
		toks[j+1].kind == tWord && scales[toks[j+1].lower] >= 1e6 && finite(v*scales[toks[j+1].lower]) {
		n.value, n.end = v*scales[toks[j+1].lower], j+2
		return n, true
	}
	if j >= len(toks) || toks[j].kind != tWord {
		return n, true
	}
	w := toks[j].lower
	if toks[j].text == "MM" && !letterFollows(toks, j) && finite(v*1e6) { // "US$ 1MM"
		n.value, n.end = v*1e6, j+1
		return n, true
	}
	if s, ok := lookup(suffixesFilter, suffixes, w); ok && (toks[j].adjacent() || len(w) > 1 || w == "k") && !letterFollows(toks, j) && finite(v*s) {
		n.value *= s
		n.end = j + 1
		return n, true
	}
	if _, ok := lookup(scalesFilter, scales, w); ok || has(dozensFilter, dozens, w) {
		// "1.5 million", "322 hundred", "3 hundred and 21", "3 dozens".
		if s, ok := readSpelled(toks, j, 0, v, i); ok {
			s.spelled = false
			return s, true
		}
	}
	return n, true
}

// vulgarFractions are the fraction characters.
var vulgarFractions = map[string]float64{
	"½": 1. / 2, "⅓": 1. / 3, "⅔": 2. / 3, "¼": 1. / 4, "¾": 3. / 4, "⅕": 1. / 5, "⅖": 2. / 5,
	"⅗": 3. / 5, "⅘": 4. / 5, "⅙": 1. / 6, "⅚": 5. / 6, "⅛": 1. / 8, "⅜": 3. / 8, "⅝": 5. / 8, "⅞": 7. / 8,
}

// isVulgarFraction reports whether r is one of vulgarFractions, by the
// two runs of code points they fill, "¼" to "¾" and "⅓" to "⅞": the
// lexer asks it of every character outside ASCII, and a map lookup would
// make a string of each.
func isVulgarFraction(r rune) bool {
	return uint32(r)-'¼' <= '¾'-'¼' || uint32(r)-'⅓' <= '⅞'-'⅓'
}

// vulgarFraction returns the value of a fraction character, "½". Every
// one of them is a single character outside ASCII: a word that starts
// with an ASCII byte, as most do, is none without a map lookup.
func vulgarFraction(s string) (float64, bool) {
	if s == "" || s[0] < utf8.RuneSelf {
		return 0, false
	}
	v, ok := vulgarFractions[s]
	return v, ok
}

// smallInteger reads s when it is a whole number of no more than 15
// digits, with or without commas between them ("2021", "1,300"), as most
// numbers in text are: with the value digitsValue gives it by way of
// strconv.ParseFloat, as every integer of 15 digits is a float64 exactly,
// but with no string made without the commas. A comma with fewer than
// three bytes after it is a decimal comma ("1,3"), left to digitsValue.
func smallInteger(s string) (float64, bool) {
	var v int64
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c-'0' <= 9:
			v = v*10 + int64(c-'0')
			digits++
		case c == ',' && len(s)-i > 3:
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	return float64(v), true
}

// power reads the exponent written after the digits of n: "1.3e6",
// "12.32e+14", "1.1^23", "2.5^-1", "1.3x10^6".
func power(toks []token, n number) (number, bool) {
	j := n.end
	if j+1 >= len(toks) || !toks[j].adjacent() {
		return n, false
	}
	base := n.value
	switch {
	case toks[j].lower == "e":
		base = 10
		j++
	case toks[j].lower == "x" && toks[j+1].text == "10" && toks[j+1].adjacent() && j+2 < len(toks) && toks[j+2].text == "^":
		base = 10
		j += 3
	case toks[j].text == "^":
		j++
	default:
		return n, false
	}
	sign := 1.0
	for j < len(toks) && toks[j].adjacent() && (isMinus(toks[j].text) || toks[j].text == "+") {
		if toks[j].text != "+" {
			sign = -sign
		}
		j++
	}
	if j >= len(toks) || toks[j].kind != tNumber || !toks[j].adjacent() || hasPointOrComma(toks[j].text) {
		return n, false
	}
	e, _ := digitsValue(toks[j].text)
	v := math.Pow(math.Abs(base), sign*e)
	if base == 10 {
		v *= n.value
	} else if base < 0 {
		v = -v
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return n, false
	}
	return number{value: v, first: n.first, end: j + 1}, true
}

// proportion reads a proportion begun by n: "one in five", "1 out of 3",
// "one over three". The second number is larger for "in" and "out of", and
// a year ("30000 in 2009") or a counted noun after "over" ("$2000 over 3
// years") makes no proportion.
func proportion(toks []token, n number) (number, bool) {
	j := n.end
	if j >= len(toks) || n.fraction || n.indefinite || n.value <= 0 {
		return n, false
	}
	var k int
	switch toks[j].lower {
	case "in", "over":
		k = j + 1
	case "out":
		if j+1 < len(toks) && toks[j+1].lower == "of" {
			k = j + 2
		}
	}
	if k == 0 {
		return n, false
	}
	d, ok := parseBareNumber(toks, k)
	if !ok || d.fraction || d.indefinite || d.value <= 0 || d.value > 1e9 {
		return n, false
	}
	if toks[j].lower == "over" {
		if d.end < len(toks) && toks[d.end].kind == tWord || n.first > 0 && toks[n.first-1].kind == tSymbol {
			return n, false
		}
	} else if d.value <= n.value || isYear(&toks[k]) {
		return n, false
	}
	return number{value: n.value / d.value, first: n.first, end: d.end, spelled: n.spelled, fraction: true}, true
}

// hasPointOrComma reports whether the digits s hold a decimal point or a
// comma, as strings.ContainsAny(s, ".,") does, but with no set of bytes
// built at each call: it is asked of most numbers, a few bytes long.
func hasPointOrComma(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || s[i] == ',' {
			return true
		}
	}
	return false
}

// isYear reports four digits that may be a year.
func isYear(t *token) bool {
	if t.kind != tNumber || len(t.text) != 4 {
		return false // without reading its value
	}
	v, _ := digitsValue(t.text)
	return v >= 1000 && v <= 2100
}

// letterFollows reports whether the word at j runs on into more letters or
// digits, as in "1m2" or "5mph" (which are not scales).
func letterFollows(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j+1].adjacent() && (toks[j+1].kind == tWord || toks[j+1].kind == tNumber)
}

// parseWords reads a number written in words.
func parseWords(toks []token, i int) (number, bool) {
	w := toks[i].lower
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].lower
	}
	switch {
	case pluralScalesFilter.mayHold(w) && pluralScales[w] != 0:
		// Indefinite plurals: "dozens", "hundreds of thousands", "tens of millions".
		min := pluralScales[w]
		n := number{value: min, first: i, end: i + 1, spelled: true, indefinite: true}
		if i+2 < len(toks) && next == "of" {
			if s, ok := pluralScales[toks[i+2].lower]; ok && s > min && w != "dozens" {
				n.value = min / 2 * s
				n.end = i + 3
			}
		}
		if w == "tens" && n.end == i+1 {
			return number{}, false // "tens" alone is not a number
		}
		return n, true
	case w == "minus" || w == "negative":
		n, ok := parseNumber(toks, i+1)
		if !ok || n.indefinite {
			return number{}, false
		}
		n.value, n.first = -n.value, i
		return n, true
	case w == "a" || w == "an":
		// "a hundred", "a dozen", "a million", "a quarter", "a twenty-first".
		if _, ok := lookup(scalesFilter, scales, next); ok || has(dozensFilter, dozens, next) {
			return readSpelled(toks, i+1, 0, 1, i)
		}
		if d, e, plural, ok := parseDenominator(toks, i+1); ok && !plural {
			if nextInSeries(toks, i+1, e) {
				return number{}, false // "a third man" is the third of a series
			}
			return scaleFraction(toks, number{value: 1 / d, first: i, end: e, spelled: true, fraction: true}), true
		}
		return number{}, false
	case w == "half" || w == "quarter":
		// "half a million", "half a dozen", "quarter million"; "half" alone.
		f := 0.5
		if w == "quarter" {
			f = 0.25
		}
		j := i + 1
		if next == "a" || next == "an" {
			j++
		}
		if j < len(toks) && (scales[toks[j].lower] >= 1e3 || dozens[toks[j].lower]) {
			s := 12.0
			if !dozens[toks[j].lower] {
				s = scales[toks[j].lower]
			}
			return number{value: f * s, first: i, end: j + 1, spelled: true}, true
		}
		if w == "quarter" {
			return number{}, false // "the first quarter"
		}
		return number{value: 0.5, first: i, end: i + 1, spelled: true, fraction: true}, true
	}
	if _, ok := lookup(unitsFilter, units, w); !ok {
		if _, ok := lookup(tensFilter, tens, w); !ok {
			return number{}, false
		}
	}
	n, ok := readSpelled(toks, i, 0, 0, i)
	if !ok {
		return n, false
	}
	// "the one you mentioned" is a pronoun; "that one mile" is not.
	if w == "one" && n.end == i+1 && i > 0 && determiners[toks[i-1].lower] &&
		(n.end >= len(toks) || toks[n.end].kind != tWord || toks[n.end].isStopword()) {
		return number{}, false
	}
	return scaleFraction(toks, n), true
}

// scaleFraction applies a scale after a fraction: "three quarters billion",
// "two thirds of a million".
func scaleFraction(toks []token, n number) number {
	if !n.fraction {
		return n
	}
	j := n.end
	if j+2 < len(toks) && toks[j].lower == "of" && (toks[j+1].lower == "a" || toks[j+1].lower == "an") {
		j += 2
	}
	if j < len(toks) && scales[toks[j].lower] >= 1e3 {
		n.value *= scales[toks[j].lower]
		n.end = j + 1
		n.fraction = false
	}
	return n
}

// readSpelled reads number words from toks[i] on, adding to a total and a
// current group already read (the "3" of "3 hundred", the "a" of "a
// million"). first is the phrase's first token. It reads units and tens
// ("twenty-five", "fifty - two"), "hundred", scales ("two million three
// hundred thousand", "three lakh crore"), dozens, "and" between groups,
// fractions ("and a half", "two thirds", "twenty fifths") and decimals
// ("two point five").
func readSpelled(toks []token, i int, total, current float64, first int) (number, bool) {
	n := number{first: first, spelled: true}
	var lastScale float64 // the last scale read, while no group follows it
	end := i
	afterAnd := false
	j := i
loop:
	for j < len(toks) {
		t := &toks[j]
		w := t.lower
		switch {
		case t.kind == tNumber && (afterAnd || current == 0 && total != 0):
			// "3 hundred and 21", "4 thousand 3 hundred"
			v, ok := digitsValue(t.text)
			if !ok || v != math.Trunc(v) || v <= 0 ||
				!(afterAnd && v < 100 && unitFits(current, v) || current == 0 && total != 0 && v < 1000) ||
				j+1 < len(toks) && scales[toks[j+1].lower] != 0 && afterAnd {
				break loop
			}
			current += v
			j++
		case t.kind != tWord:
			break loop
		case !beginsSpelled(w):
			break loop // none of the words below: most words
		case isUnitWord(w):
			v := units[w]
			if !unitFits(current, v) || v == 0 && (current != 0 || total != 0 || j > i) {
				break loop
			}
			current += v
			j++
		case tensFilter.mayHold(w) && tens[w] != 0:
			if math.Mod(current, 100) != 0 {
				break loop
			}
			// "one hundred thirty fifths" is a hundred thirty-fifths.
			if (current != 0 || total != 0) && !afterAnd {
				if _, e, plural, ok := parseDenominator(toks, j); ok && plural && e > j+1 {
					break loop
				}
			}
			current += tens[w]
			j++
			// "twenty-five", "fifty - two"
			if j+1 < len(toks) && isMinus(toks[j].text) {
				if u := units[toks[j+1].lower]; u > 0 && u < 10 {
					current += u
					j += 2
				}
			}
		case w == "hundred":
			if current >= 100 && j > i || current == 0 && total != 0 {
				break loop
			}
			if current == 0 {
				current = 1
			}
			current *= 100
			j++
		case scalesFilter.mayHold(w) && scales[w] >= 1e3:
			s := scales[w]
			switch {
			case current != 0:
				total += current * s
			case total != 0 && s > lastScale:
				total *= s // "three lakh crore", "a thousand million"
			default:
				break loop
			}
			current, lastScale = 0, s
			j++
		case has(dozensFilter, dozens, w):
			if current == 0 {
				break loop
			}
			current = math.Floor(current/100)*100 + math.Mod(current, 100)*12
			j++
		case w == "and" && j+1 < len(toks):
			// "and a half", "and three fifths", "and a half million"
			if f, ok := parseFraction(toks, j+1); ok && f.value < 1 {
				j = f.end
				if j < len(toks) && scales[toks[j].lower] >= 1e3 {
					current += f.value
					end = j
					afterAnd = false
					continue
				}
				if current == 0 && lastScale > 0 {
					total += f.value * lastScale
				} else {
					current += f.value
				}
				end = j
				break loop
			}
			next := &toks[j+1]
			v, ok := units[next.lower]
			if !ok {
				v, ok = tens[next.lower]
			}
			if next.kind == tNumber {
				v, ok = digitsValue(next.text)
			}
			if !ok || v == 0 || !(current != 0 && unitFits(current, v) || current == 0 && total != 0) {
				break loop
			}
			j++
			afterAnd = true
			continue
		case w == "point":
			d, e, ok := readDecimals(toks, j+1)
			if !ok {
				break loop
			}
			current += d
			end = e
			break loop
		default:
			break loop
		}
		afterAnd = false
		end = j
	}
	if end == i {
		return number{}, false
	}
	n.value = total + current
	// "two thirds", "twenty fifths", "one-eighth", "ninety - five hundred-fifths";
	// but "one hundredth" is an ordinal.
	k := end
	if k < len(toks) && isMinus(toks[k].text) {
		k++
	}
	if d, e, plural, ok := parseDenominator(toks, k); ok && n.value > 0 && (plural || n.value == 1 && d < 100) {
		n.value /= d
		n.fraction = true
		end = e
	}
	n.end = end
	return n, true
}

// beginsSpelled reports whether readSpelled may read the word w: whether
// it may be a number word, "and" or "point". Most words are none.
func beginsSpelled(w string) bool {
	return spelledFilter.mayHold(w) || w == "and" || w == "point"
}

func isUnitWord(w string) bool { _, ok := lookup(unitsFilter, units, w); return ok }

// unitFits reports whether a unit or tens value v may follow the group read
// so far: after nothing, after hundreds, or as the unit of "twenty-one".
func unitFits(current, v float64) bool {
	r := math.Mod(current, 100)
	return r == 0 || r >= 20 && math.Mod(r, 10) == 0 && v < 10
}

// parseFraction reads a fraction after "and": "a half", "one fourth",
// "three fifths", "fifty-four hundredths".
func parseFraction(toks []token, i int) (number, bool) {
	if i >= len(toks) {
		return number{}, false
	}
	if w := toks[i].lower; w == "a" || w == "an" {
		if d, e, plural, ok := parseDenominator(toks, i+1); ok && !plural {
			return number{value: 1 / d, first: i, end: e, fraction: true}, true
		}
		return number{}, false
	}
	if toks[i].kind != tWord {
		return number{}, false
	}
	// A fraction is a few words; reading no further keeps long chains of
	// "and" linear.
	n, ok := readSpelled(toks[:min(len(toks), i+8)], i, 0, 0, i)
	return n, ok && n.fraction
}

// parseDenominator reads the ordinal of a fraction at toks[i]: "fifths",
// "third", "quarters", "twenty-firsts", "hundredths". plural says it ends
// in "s". "second" is left to time.
func parseDenominator(toks []token, i int) (d float64, end int, plural, ok bool) {
	if i >= len(toks) || toks[i].kind != tWord {
		return 0, i, false, false
	}
	ordinalOf := func(w string) (float64, bool, bool) {
		switch w {
		case "half":
			return 2, false, true
		case "halves":
			return 2, true, true
		case "quarter":
			return 4, false, true
		case "quarters":
			return 4, true, true
		}
		if v, ok := lookup(ordinalsFilter, ordinals, w); ok {
			return v, false, true
		}
		if s, ok := strings.CutSuffix(w, "s"); ok {
			if v, ok := lookup(ordinalsFilter, ordinals, s); ok {
				return v, true, true
			}
		}
		return 0, false, false
	}
	w := toks[i].lower
	if t, _ := lookup(tensFilter, tens, w); t != 0 {
		// "twenty-firsts", "thirty fifths"
		k := i + 1
		if k < len(toks) && isMinus(toks[k].text) {
			k++
		}
		if k < len(toks) && !strings.HasPrefix(toks[k].lower, "second") {
			if v, pl, ok := ordinalOf(toks[k].lower); ok && v < 10 && toks[k].lower != "half" && !strings.HasPrefix(toks[k].lower, "quarter") {
				return t + v, k + 1, pl, true
			}
		}
		return 0, i, false, false
	}
	if strings.HasPrefix(w, "second") || strings.HasPrefix(w, "first") {
		return 0, i, false, false
	}
	v, pl, ok := ordinalOf(w)
	return v, i + 1, pl, ok
}

// shareFollowers are the words that may follow "a third" when it is a
// share: "a third of", "a third more", "a third said", "a third were".
var shareFollowers = map[string]bool{
	"of": true, "more": true, "less": true, "fewer": true, "again": true,
	"higher": true, "lower": true, "larger": true, "smaller": true,
	"bigger": true, "greater": true, "cheaper": true, "longer": true,
	"shorter": true, "faster": true, "slower": true, "heavier": true,
	"lighter": true, "older": true, "younger": true,
	"as": true, "or": true, "and": true, "to": true, "in": true, "on": true,
	"at": true, "by": true, "for": true, "from": true, "with": true,
	"than": true, "that": true, "who": true, "were": true, "are": true,
	"was": true, "is": true, "have": true, "has": true, "had": true,
	"said": true, "say": true, "says": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "should": true,
	"do": true, "did": true, "does": true, "want": true, "wanted": true,
	"think": true, "thought": true, "believe": true, "support": true,
	"supported": true, "oppose": true, "opposed": true, "voted": true,
	"live": true, "lived": true, "own": true, "owned": true,
}

// nextInSeries reports whether the singular ordinal toks[first:end] after
// "a" or "an" names the next one of a series rather than a share: followed
// by a noun ("a third man", "a sixth work") or joined to one ("a
// third-place finish"). "half" and "quarter" are always shares.
func nextInSeries(toks []token, first, end int) bool {
	if w := toks[first].lower; w == "half" || w == "quarter" || end >= len(toks) {
		return false
	}
	next := &toks[end]
	if isJoiner(next) && next.text == "-" {
		return true
	}
	return next.kind == tWord && !shareFollowers[next.lower]
}

// readDecimals reads the digits after "point": "zero three", "nought four",
// "seventy-one", "eleven".
func readDecimals(toks []token, i int) (float64, int, bool) {
	var digits strings.Builder
	j := i
	for j < len(toks) {
		v, ok := units[toks[j].lower]
		if !ok || v > 9 {
			break
		}
		digits.WriteByte(byte('0' + v))
		j++
	}
	if j == i {
		n, ok := readSpelled(toks, i, 0, 0, i)
		if !ok || n.fraction || n.value >= 100 || n.value != math.Trunc(n.value) {
			return 0, i, false
		}
		digits.WriteString(strconv.Itoa(int(n.value)))
		j = n.end
	}
	v, err := strconv.ParseFloat("0."+digits.String(), 64)
	return v, j, err == nil
}

// beginsOrdinal reports whether parseOrdinal may read an ordinal at t:
// whether it is a number, or a word that is an ordinal, an article or one
// that readSpelled may read.
func beginsOrdinal(t *token) bool {
	switch t.kind {
	case tNumber:
		return true
	case tWord:
		w := t.lower
		return ordinalsFilter.mayHold(w) || w == "a" || w == "an" || beginsSpelled(w)
	}
	return false
}

// lastOrdinalWord returns the index of the last token of toks from
// toks[from] on that is an ordinal word ("third", "hundredth"), or -1. An
// ordinal that parseOrdinal reads from a word ends with one: none begins
// with a word past it.
//
// Every ordinal word is of the figure class (TestOrdinalsAreFigures),
// which the lexer has given the tokens: most words, and every other
// token, are told by it, with no filter nor lookup.
func lastOrdinalWord(toks []token, from int) int {
	for k := len(toks) - 1; k >= from; k-- {
		if toks[k].class&classFigure == 0 {
			continue
		}
		if _, ok := lookup(ordinalsFilter, ordinals, toks[k].lower); ok {
			return k
		}
	}
	return -1
}

// parseOrdinal reads "21st", "third", "twenty-first", "one hundred twenty
// fifth", "two hundredth", "a hundred trillionth". A plural ("fifths") is a
// fraction's denominator, not an ordinal.
func parseOrdinal(toks []token, i int) (number, bool) {
	t := &toks[i]
	if t.kind == tNumber && i+1 < len(toks) && toks[i+1].adjacent() && toks[i+1].kind == tWord {
		switch toks[i+1].lower {
		case "st", "nd", "rd", "th":
			if !letterFollows(toks, i+1) {
				if v, ok := digitsValue(t.text); ok {
					return number{value: v, first: i, end: i + 2}, true
				}
			}
		}
		return number{}, false
	}
	if t.kind != tWord {
		return number{}, false
	}
	if v, ok := lookup(ordinalsFilter, ordinals, t.lower); ok {
		return number{value: v, first: i, end: i + 1, spelled: true}, true
	}
	var n number
	var ok bool
	article := t.lower == "a" || t.lower == "an"
	if article {
		// "a hundred trillionth"; "a trillionth" is a fraction.
		if _, isScale := lookup(scalesFilter, scales, toks[min(i+1, len(toks)-1)].lower); !isScale || i+1 >= len(toks) {
			return number{}, false
		}
		n, ok = readSpelled(toks, i+1, 0, 1, i)
	} else {
		if !beginsSpelled(t.lower) {
			return number{}, false // "the", "in": most words
		}
		n, ok = readSpelled(toks, i, 0, 0, i)
	}
	if !ok || n.fraction {
		return number{}, false
	}
	j := n.end
	if j < len(toks) && (isMinus(toks[j].text) && toks[j].adjacent() || toks[j].lower == "and") {
		j++
	}
	if j >= len(toks) {
		return number{}, false
	}
	o, isOrdinal := lookup(ordinalsFilter, ordinals, toks[j].lower)
	r := math.Mod(n.value, 100)
	switch {
	case !isOrdinal:
		return number{}, false
	case o >= 100:
		if scales[toks[j-1].lower] >= 1e3 && o >= 1e3 {
			return number{}, false // "thousand millionth"
		}
		return number{value: n.value * o, first: i, end: j + 1, spelled: true}, true
	case article:
		return number{}, false
	case o < 10 && (r == 0 || r >= 20 && math.Mod(r, 10) == 0), o >= 10 && r == 0:
		return number{value: n.value + o, first: i, end: j + 1, spelled: true}, true
	}
	return number{}, false
}
