package claims

// Percent: a number followed by "%", "per cent", "percent" or "pct"
// ("3%", "40 per cent", "100 percent"); a proportion written as a fraction
// ("about half", "two-thirds"), given in per cent; and the verbs that halve,
// double or triple ("halved" is 50%).

// percentSign reports how many tokens at toks[i] say "per cent".
func percentSign(toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	switch toks[i].lower {
	case "%", "percent", "percents", "pct", "pc":
		return 1
	case "percentage":
		// "5 percentage points" are no percentage of anything.
		if next := tokenAt(toks, i+1).lower; next != "point" && next != "points" {
			return 1
		}
	case "per":
		if i+1 < len(toks) && toks[i+1].lower == "cent" {
			return 2
		}
	}
	return 0
}

// multiplierVerbs say a quantity changed by a factor.
var multiplierVerbs = map[string]float64{
	"halved": 0.5, "halving": 0.5, "doubled": 2, "doubling": 2, "tripled": 3,
	"trebled": 3, "tripling": 3, "quadrupled": 4,
}

// bracketedRating reports a fraction written with a slash alone in
// brackets, toks[first:end] ("Keeper Abel Sousa (6/10)"): a mark out of
// ten, not a share of anything.
func bracketedRating(toks []token, first, end int) bool {
	if first == 0 || end >= len(toks) || toks[first-1].text != "(" || toks[end].text != ")" {
		return false
	}
	for k := first; k < end; k++ {
		if toks[k].text == "/" {
			return true
		}
	}
	return false
}
