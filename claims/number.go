package claims

import (
	"math"
	"strconv"
	"strings"
)

// number is a number phrase: "1,300", "1.5bn", "one hundred and twenty-five",
// "half a million", "two-thirds", "dozens".
type number struct {
	value      float64
	first, end int  // token indices, end exclusive
	spelled    bool // written in words
	indefinite bool // "dozens", "hundreds of thousands": value is a lower bound
	fraction   bool // "half", "two-thirds": a proportion, not a count
	suffix     bool // a scale glued to the digits ("767m", "1.5bn")
}

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
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
	"b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "t": 1e12,
}

// pluralScales are indefinite amounts: "dozens" is at least two dozen.
var pluralScales = map[string]float64{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
	"millions": 2e6, "billions": 2e9, "tens": 20,
}

var fractions = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10,
}

// parseNumber reads a number phrase starting at toks[i]. It reports false
// when no number starts there.
func parseNumber(toks []token, i int) (number, bool) {
	if i >= len(toks) {
		return number{}, false
	}
	t := toks[i]
	switch {
	case t.kind == tNumber:
		return parseDigits(toks, i)
	case t.kind == tPunct && (t.text == "-" || t.text == "−") && i+1 < len(toks) &&
		toks[i+1].kind == tNumber && toks[i+1].adjacent() && t.space:
		n, ok := parseDigits(toks, i+1)
		if ok {
			n.value, n.first = -n.value, i
		}
		return n, ok
	case t.kind == tWord:
		return parseWords(toks, i)
	}
	return number{}, false
}

// parseDigits reads "1,300", "1.5 billion", "767m", "3 dozen", "1/2".
func parseDigits(toks []token, i int) (number, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(toks[i].text, ",", ""), 64)
	if err != nil || math.IsInf(v, 0) {
		return number{}, false
	}
	n := number{value: v, first: i, end: i + 1}
	// A simple fraction: "1/2", "3/4" (but not a date such as 13/12/2021).
	if i+2 < len(toks) && toks[i+1].text == "/" && toks[i+1].adjacent() &&
		toks[i+2].kind == tNumber && toks[i+2].adjacent() && !strings.ContainsAny(toks[i+2].text, ".,") {
		d, _ := strconv.ParseFloat(toks[i+2].text, 64)
		slashAfter := i+3 < len(toks) && toks[i+3].text == "/" && toks[i+3].adjacent()
		if d > 0 && d <= 16 && v < d && !slashAfter {
			return number{value: v / d, first: i, end: i + 3, fraction: true}, true
		}
	}
	j := n.end
	if j < len(toks) && toks[j].kind == tWord {
		w := toks[j].lower
		if s, ok := suffixes[w]; ok && (toks[j].adjacent() || len(w) > 1) && !letterFollows(toks, j) {
			n.value *= s
			n.end = j + 1
			n.suffix = toks[j].adjacent()
			return n, true
		}
		if s, ok := scales[w]; ok {
			n.value *= s
			n.end = j + 1
			// "1.5 million", and "two hundred thousand"-style stacks.
			for n.end < len(toks) && toks[n.end].kind == tWord {
				s2, ok := scales[toks[n.end].lower]
				if !ok || s2 <= s {
					break
				}
				n.value *= s2
				n.end++
			}
			return n, true
		}
		if w == "dozen" {
			n.value *= 12
			n.end = j + 1
		}
	}
	return n, true
}

// letterFollows reports whether the word at j runs on into more letters or
// digits, as in "1m2" or "5mph" (which are not scales).
func letterFollows(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j+1].adjacent() && (toks[j+1].kind == tWord || toks[j+1].kind == tNumber)
}

// parseWords reads a number written in words.
func parseWords(toks []token, i int) (number, bool) {
	w := toks[i].lower
	// Indefinite plurals: "dozens", "hundreds of thousands", "tens of millions".
	if min, ok := pluralScales[w]; ok {
		n := number{value: min, first: i, end: i + 1, spelled: true, indefinite: true}
		if i+2 < len(toks) && toks[i+1].lower == "of" {
			if s, ok := pluralScales[toks[i+2].lower]; ok && s > min && w != "dozens" {
				n.value = min / 2 * s
				n.end = i + 3
			}
		}
		if w == "tens" && n.end == i+1 {
			return number{}, false // "tens" alone is not a number
		}
		return n, true
	}
	// "half a million", "a half", "a quarter", "a third".
	if w == "a" || w == "an" {
		if i+1 < len(toks) {
			next := toks[i+1].lower
			if s, ok := scales[next]; ok {
				n, _ := parseWordsFrom(toks, i+1, 1)
				n.first = i
				_ = s
				return n, true
			}
			if next == "dozen" {
				return number{value: 12, first: i, end: i + 2, spelled: true}, true
			}
			if d, ok := fractions[next]; ok && next != "fourth" && !strings.HasSuffix(next, "s") {
				return number{value: 1 / d, first: i, end: i + 2, spelled: true, fraction: true}, true
			}
		}
		return number{}, false
	}
	if w == "half" {
		// "half a million" (but "half an hour" is left to durations).
		if i+2 < len(toks) && (toks[i+1].lower == "a" || toks[i+1].lower == "an") {
			if s, ok := scales[toks[i+2].lower]; ok && s >= 1e3 {
				return number{value: s / 2, first: i, end: i + 3, spelled: true}, true
			}
		}
		return number{value: 0.5, first: i, end: i + 1, spelled: true, fraction: true}, true
	}
	if _, ok := units[w]; !ok {
		if _, ok := tens[w]; !ok {
			return number{}, false
		}
	}
	return parseWordsFrom(toks, i, 0)
}

// parseWordsFrom reads number words from toks[i], starting from an initial
// multiplier (1 for "a hundred").
func parseWordsFrom(toks []token, i int, current float64) (number, bool) {
	n := number{first: i, spelled: true}
	total := 0.0
	j := i
	last := j
	for j < len(toks) {
		t := toks[j]
		if t.kind != tWord {
			break
		}
		w := t.lower
		if v, ok := units[w]; ok {
			if current != 0 && math.Mod(current, 100) != 0 && !(math.Mod(current, 10) == 0 && current < 100 && v < 10) {
				break
			}
			current += v
			j++
			last = j
		} else if v, ok := tens[w]; ok {
			if math.Mod(current, 100) != 0 {
				break
			}
			current += v
			j++
			last = j
			// "twenty-five"
			if j+1 < len(toks) && toks[j].text == "-" && toks[j].adjacent() && toks[j+1].adjacent() {
				if u, ok := units[toks[j+1].lower]; ok && u > 0 && u < 10 {
					current += u
					j += 2
					last = j
				}
			}
		} else if w == "hundred" {
			if current == 0 {
				current = 1
			}
			current *= 100
			j++
			last = j
		} else if s, ok := scales[w]; ok {
			if current == 0 {
				current = 1
			}
			total += current * s
			current = 0
			j++
			last = j
		} else if w == "dozen" {
			if current == 0 {
				current = 1
			}
			current *= 12
			j++
			last = j
		} else if w == "and" && j+1 < len(toks) {
			next := toks[j+1].lower
			// "one hundred and twenty", "one and a half", "two and a half million"
			if next == "a" && j+2 < len(toks) && toks[j+2].lower == "half" {
				current += 0.5
				j += 3
				last = j
				if j < len(toks) {
					if s, ok := scales[toks[j].lower]; ok {
						total += current * s
						current = 0
						j++
						last = j
					}
				}
				break
			}
			_, isUnit := units[next]
			_, isTen := tens[next]
			if (isUnit || isTen) && (math.Mod(current, 100) == 0 && current != 0 || total != 0 && current == 0) {
				j++
				continue
			}
			break
		} else if t.text == "-" {
			break
		} else if d, ok := fractions[w]; ok && last == j && current > 0 && current < 20 && total == 0 &&
			(strings.HasSuffix(w, "s") || current == 1) && w != "second" {
			// "two thirds", "three quarters", "one third"
			current /= d
			n.fraction = true
			j++
			last = j
			break
		} else {
			break
		}
	}
	// "two-thirds", "three-quarters"
	if last == j && j+1 < len(toks) && toks[j].text == "-" && toks[j].adjacent() && toks[j+1].adjacent() && total == 0 && current > 0 && current < 20 {
		if d, ok := fractions[toks[j+1].lower]; ok && (strings.HasSuffix(toks[j+1].lower, "s") || current == 1) {
			current /= d
			n.fraction = true
			last = j + 2
		}
	}
	n.value = total + current
	n.end = last
	if n.end == i {
		return number{}, false
	}
	return n, true
}

// ordinals are the spelled ordinal words.
var ordinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1e6, "billionth": 1e9,
}

// parseOrdinal reads "21st", "third", "twenty-first", "one hundredth".
func parseOrdinal(toks []token, i int) (number, bool) {
	t := toks[i]
	if t.kind == tNumber && i+1 < len(toks) && toks[i+1].adjacent() && toks[i+1].kind == tWord {
		switch toks[i+1].lower {
		case "st", "nd", "rd", "th":
			if !letterFollows(toks, i+1) {
				v, err := strconv.ParseFloat(strings.ReplaceAll(t.text, ",", ""), 64)
				if err == nil {
					return number{value: v, first: i, end: i + 2}, true
				}
			}
		}
		return number{}, false
	}
	if t.kind != tWord {
		return number{}, false
	}
	if v, ok := ordinals[t.lower]; ok {
		return number{value: v, first: i, end: i + 1, spelled: true}, true
	}
	// "twenty-first", "one hundred and first"
	n, ok := parseWordsFrom(toks, i, 0)
	if !ok || n.fraction {
		return number{}, false
	}
	j := n.end
	if j < len(toks) && toks[j].text == "-" && toks[j].adjacent() {
		j++
	} else if j < len(toks) && toks[j].lower == "and" {
		j++
	}
	if j < len(toks) {
		if v, ok := ordinals[toks[j].lower]; ok {
			if v >= 100 {
				return number{value: n.value * v, first: i, end: j + 1, spelled: true}, true
			}
			return number{value: n.value + v, first: i, end: j + 1, spelled: true}, true
		}
	}
	return number{}, false
}
