package claims

import "fmt"

// Score: a game's score, "65-53" in "Creighton defeated Drake 65-53" or "a
// 45-36 lead with 13:41 to play". Sports copy is full of pairs of numbers
// that are no score of the game — runs ("a 15-2 run"), records ("improved
// to 25-7"), shooting ("22-47") — so a pair is a score only with the words
// of a result or a lead around it, and it says at which moment of the game
// it stood. Noun is that moment: "final" for a result, "halftime", or the
// game clock ("13:41 left"). Score holds the two sides, the higher first
// ("65-53"); Value is the higher side.

// resultWords, before a score, make it the game's result or a lead.
var resultWords = setOf(`beat beats beating defeated defeats defeat edged edges outlasted topped tops downed
routed won win wins lost lose loses victory led lead leads leading trailed trailing trail tied`)

// resultNouns, after a score, make it the game's result or a lead.
var resultNouns = setOf(`victory win loss defeat lead halftime`)

// notScoreAfter, after a pair of numbers, make it no score of the game:
// a run, a record, a margin.
var notScoreAfter = setOf(`run runs record records edge advantage margin all-time all overall season career`)

// recordVerbs before "to" make a pair a team's record: "improved to 25-7".
var recordVerbs = setOf(`improved improves improve moved moves move fell falls fall dropped drops drop went goes`)

// finalWords make a score the final one.
var finalWords = setOf(`beat beats beating defeated defeats defeat edged edges outlasted topped tops downed
routed won win wins lost lose loses victory loss`)

// score reads a game's score at toks[i] and appends its claim to x.out, or
// reports none.
func (x *sentenceExtractor) score(i int) (int, bool) {
	toks := x.toks
	a, dash, b := tokenAt(toks, i), tokenAt(toks, i+1), tokenAt(toks, i+2)
	if a.kind != tNumber || b.kind != tNumber || !dash.adjacent() || !b.adjacent() ||
		(dash.text != "-" && dash.text != "–") || hasPointOrComma(a.text) || hasPointOrComma(b.text) ||
		len(a.text) > 3 || len(b.text) > 3 {
		return i, false
	}
	if i > 0 && toks[i-1].adjacent() && toks[i-1].kind != tPunct { // "G7-8"
		return i, false
	}
	end := i + 3
	if tokenAt(toks, end).adjacent() && tokenAt(toks, end).kind != tPunct {
		return i, false
	}
	after := tokenAt(toks, end).lower
	if notScoreAfter[after] || i >= 2 && toks[i-1].lower == "to" && recordVerbs[toks[i-2].lower] {
		return i, false // "a 15-2 run", "improved to 25-7", "41-20 all-time"
	}
	result, final := resultNouns[after], finalWords[after]
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].lower
		if has(resultWordsFilter, resultWords, w) {
			result = true
			final = final || finalWords[w]
		}
		if w == "at" || w == "it" && k > 0 && (toks[k-1].lower == "make" || toks[k-1].lower == "made" || toks[k-1].lower == "making") {
			result = true // "a lead of the day at 45-35", "made it 19-12"
		}
	}
	if !result {
		return i, false
	}
	moment := gameClock(toks, i, end, true)
	switch {
	case moment != "":
	case halftimeAfter(toks, end):
		moment = "halftime"
	case final:
		moment = "final"
	default:
		if moment = gameClock(toks, i, end, false); moment == "" {
			return i, false
		}
	}
	hi, lo := atoi(a.text), atoi(b.text)
	if lo > hi {
		hi, lo = lo, hi
	}
	c := x.claim(Score, i, end)
	c.Value, c.Noun, c.Score = float64(hi), moment, fmt.Sprintf("%d-%d", hi, lo)
	c.endToken = end
	return end, true
}

// gameClock returns the game clock that gives a score at toks[i:end] its
// moment, "13:41 left" for "with 13:41 to go", or "": the nearest after
// it in its clause, or (after false) before it.
func gameClock(toks []token, i, end int, after bool) string {
	at := func(k int) string {
		if k < 0 || k+3 >= len(toks) || toks[k].kind != tNumber || toks[k+1].text != ":" ||
			toks[k+2].kind != tNumber || !toks[k+2].adjacent() {
			return ""
		}
		switch toks[k+3].lower {
		case "to", "left", "remaining":
			return toks[k].text + ":" + toks[k+2].text + " left"
		}
		return ""
	}
	if after {
		for k := end; k < len(toks) && k < end+15 && toks[k].text != ";"; k++ {
			if c := at(k); c != "" {
				return c
			}
		}
		return ""
	}
	for k := i - 1; k >= 0 && k >= i-15 && toks[k].text != ";" && toks[k].text != ","; k-- {
		if c := at(k); c != "" {
			return c
		}
	}
	return ""
}

// halftimeAfter reports a score followed closely by the half: "33-26 at
// the half", "their 33-26 halftime lead".
func halftimeAfter(toks []token, end int) bool {
	for k := end; k < len(toks) && k < end+4; k++ {
		switch toks[k].lower {
		case "halftime", "half", "interval", "intermission":
			return true
		}
		if toks[k].kind == tPunct && toks[k].text != "-" {
			return false
		}
	}
	return false
}
