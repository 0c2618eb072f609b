package claims

import "fmt"

// Resolutions: a screen's or an image's size in pixels, two numbers joined
// by "x", "×" or "by" — "2880x1800", "2880 x 1800 pixels", "2,880 by 1,800
// pixels", "2880 pixels by 1800". It is one claim, a Measure in "pixels"
// whose Value is the pixel count (width times height), so that one
// resolution written either way round, or with its unit after either
// number, is the same figure, and another is a different one. Noun holds
// the pair as written in figures, "2880x1800", for the reader. The pair
// is a resolution only with "pixels" or "px" after either number, or
// "resolution" after the pair: "13 x 9 inches" is a size, "4 by 4" a
// relay.

// resolutionUnits, after a number of a pair, make it a resolution.
var resolutionUnits = setOf(`pixels pixel px`)

// resolution reads a resolution at toks[i] and appends its claim to x.out,
// or reports none.
func (x *sentenceExtractor) resolution(i int) (int, bool) {
	toks := x.toks
	if toks[i].kind != tNumber || i+2 >= len(toks) {
		return i, false
	}
	switch toks[i+1].lower { // most numbers: no pair
	case "x", "×", "by", "pixels", "pixel", "px":
	default:
		return i, false
	}
	j := i + 1
	unit := false
	if resolutionUnits[tokenAt(toks, j).lower] {
		unit, j = true, j+1 // "2880 pixels by 1800"
	}
	if by := tokenAt(toks, j); by.lower != "x" && by.text != "×" && by.lower != "by" {
		return i, false
	}
	w, okW := resolutionSide(toks, i)
	h, okH := resolutionSide(toks, j+1)
	if !okW || !okH {
		return i, false
	}
	end := j + 2
	if resolutionUnits[tokenAt(toks, end).lower] {
		unit, end = true, end+1
	} else if !unit && tokenAt(toks, end).lower != "resolution" {
		return i, false
	}
	c := x.claim(Measure, i, end)
	c.Value, c.Unit, c.Noun = w*h, "pixels", fmt.Sprintf("%gx%g", w, h)
	c.endToken = end
	return end, true
}

// resolutionSide reads one side of a resolution at toks[i]: a whole
// number of pixels written in figures.
func resolutionSide(toks []token, i int) (float64, bool) {
	t := tokenAt(toks, i)
	if t.kind != tNumber {
		return 0, false
	}
	v, ok := digitsValue(t.text)
	if !ok || v < 16 || v > 100000 || v != float64(int(v)) {
		return 0, false
	}
	return v, true
}
