package claims

// Magnitudes written without the word next to each number: "the 7.6 and
// 7.5 magnitude quakes" (the unit written once, after the last of a list)
// and "two quakes, measuring 7.6 and 7.4" (the unit not written at all, in
// a sentence about a quake).

// sharedUnitAfter reports a measure's unit written once after a list of
// numbers that starts just after toks[i-1]: "7.6 and 7.5 magnitude",
// "5, 10 or 15 km". It returns the unit and false when none is written.
func sharedUnitAfter(toks []token, i int) (string, bool) {
	j := i
	for k := 0; k < 4; k++ {
		sep := tokenAt(toks, j)
		if sep.lower != "and" && sep.lower != "or" && sep.text != "," {
			return "", false
		}
		j++
		if sep.text == "," && (tokenAt(toks, j).lower == "and" || tokenAt(toks, j).lower == "or") {
			j++
		}
		n, ok := parseBareNumber(toks, j)
		if !ok || n.fraction {
			return "", false
		}
		if u, _ := measureAfter(toks, n.end); u != "" {
			return u, true
		}
		j = n.end
	}
	return "", false
}

// quakeWords name an earthquake.
var quakeWords = setOf(`quake quakes earthquake earthquakes tremor tremors aftershock aftershocks temblor temblors`)

// measuringMagnitude reports a number after "measuring", alone or in a list
// ("measuring 7.6 and 7.4"), with a decimal point and between 1 and 10, in
// a sentence about an earthquake: a magnitude whose unit is not written.
func measuringMagnitude(toks []token, n number) bool {
	if n.value < 1 || n.value >= 10 || n.fraction || n.end != n.first+1 || !hasDecimal(&toks[n.first]) {
		return false
	}
	k := n.first - 1
	for k >= 2 && (toks[k].lower == "and" || toks[k].lower == "or" || toks[k].text == ",") && toks[k-1].kind == tNumber {
		k -= 2
	}
	if k < 0 || toks[k].lower != "measuring" {
		return false
	}
	for _, t := range toks {
		if quakeWords[t.lower] {
			return true
		}
	}
	return false
}

func hasDecimal(t *token) bool {
	for i := 0; i < len(t.text); i++ {
		if t.text[i] == '.' {
			return true
		}
	}
	return false
}

// unwrittenUnit reports the measure unit of an amount that has none after
// it: one written once after the list it opens, or a magnitude after
// "measuring".
func unwrittenUnit(toks []token, a *amount) (string, bool) {
	if a.currency != "" || a.percent || a.isRange {
		return "", false
	}
	if u, ok := sharedUnitAfter(toks, a.end); ok {
		return u, true
	}
	if measuringMagnitude(toks, a.num) {
		return "magnitude", true
	}
	return "", false
}
