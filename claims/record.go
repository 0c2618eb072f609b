package claims

import "fmt"

// Records and runs: the pairs of numbers of sports copy that are no score
// of a game. A win-loss record ("Creighton (25-7)", "improved to 58-3",
// "Klitschko, 58-3 with 51 knockouts", "a 25-7 record") is a team's or a
// fighter's tally of games; a run ("a 15-2 run") is a stretch of one game.
// Both are Score claims, kept apart from game scores and from each other by
// Unit ("record", "run"), which Noun repeats for the reader. Score keeps
// the sides in the order written, wins first: a record of 15-17 is not one
// of 17-15. Reconcile compares them only with their like, and only to
// agree: nothing in the words says whose record it is surely enough for
// two different records to be called a conflict.

// recordAfter, after a pair of numbers, make it a record.
var recordAfter = setOf(`record overall`)

// record reads a record or a run at toks[i] and appends its claim to
// x.out, or reports none.
func (x *sentenceExtractor) record(i int) (int, bool) {
	toks := x.toks
	a, b, ok := digitPair(toks, i)
	if !ok {
		return i, false
	}
	end := i + 3
	next := tokenAt(toks, end)
	unit := ""
	switch {
	case next.lower == "run" || next.lower == "runs":
		unit = "run" // "a 15-2 run"
	case recordAfter[next.lower], isRecordBefore(toks, i):
		unit = "record"
	default:
		return i, false
	}
	c := x.claim(Score, i, end)
	c.Value, c.Unit, c.Noun = float64(atoi(a.text)), unit, unit
	c.Score = fmt.Sprintf("%d-%d", atoi(a.text), atoi(b.text))
	c.endToken = end
	return end, true
}

// isRecordBefore reports the words before a pair at toks[i] that make it
// a record: a verb of a record and "to" ("improved to 25-7", "improved
// the Bluejays to 25-7", "fell to 15-17"); a name and an opening bracket
// ("Creighton (25-7)"); a name and a comma, the pair followed by "with" or
// a bracket ("Klitschko, 58-3 with 51 knockouts"); "season" ("ending its
// season 15-17"); a name and "are" or "is", the pair ending the clause
// ("The Ravens are 29-6."); or a name, a comma and "now", a comma after
// ("The Ravens, now 29-5, won").
func isRecordBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	prev := &toks[i-1]
	switch prev.lower {
	case "to":
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if recordVerbs[toks[k].lower] || toks[k].lower == "record" {
				return true
			}
			if toks[k].kind == tPunct {
				return false
			}
		}
	case "(": // closed, or followed by more of the record: "(25-7)", "(58-3, 51 KO)"
		after := tokenAt(toks, i+3).text
		return i >= 2 && toks[i-2].isCapitalized() && !toks[i-2].isStopword() && (after == ")" || after == ",")
	case ",":
		after := tokenAt(toks, i+3)
		return i >= 2 && toks[i-2].isCapitalized() && !toks[i-2].isStopword() &&
			(after.lower == "with" || after.text == "(")
	case "season":
		return true
	case "are", "is":
		// "The Ravens are 29-6 and riding a streak": a team's name, a
		// copula, and the pair ending its clause. "Leeds are 2-1 up"
		// goes on, and is no record.
		after := tokenAt(toks, i+3)
		return i >= 2 && toks[i-2].isCapitalized() && !toks[i-2].isStopword() &&
			(after.text == "," || after.text == "." || after.text == ";" || after.lower == "and" || i+3 == len(toks))
	case "now":
		// "The Ravens, now 29-5, have won 11 in a row": set off by commas
		// after a name.
		return i >= 3 && toks[i-2].text == "," && toks[i-3].isCapitalized() && !toks[i-3].isStopword() &&
			tokenAt(toks, i+3).text == ","
	}
	return false
}

// allDigits reports a string of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// digitPair reads two numbers of up to three digits joined by a dash at
// toks[i] ("15-2", "6–3"): a record, a score or a tally, but not part of a
// code ("G7-8", "5-4-1").
func digitPair(toks []token, i int) (a, b *token, ok bool) {
	if i+2 >= len(toks) || toks[i+1].text != "-" && toks[i+1].text != "–" { // most numbers: no pair
		return nil, nil, false
	}
	a, dash, b := &toks[i], &toks[i+1], &toks[i+2]
	if a.kind != tNumber || b.kind != tNumber || !dash.adjacent() || !b.adjacent() ||
		len(a.text) > 3 || len(b.text) > 3 || !allDigits(a.text) || !allDigits(b.text) {
		return nil, nil, false
	}
	if i > 0 && toks[i-1].adjacent() && toks[i-1].kind != tPunct { // "G7-8"
		return nil, nil, false
	}
	if next := tokenAt(toks, i+3); next.adjacent() && (next.kind != tPunct || next.text == "-" || next.text == "–") {
		return nil, nil, false // "15-2-1", a record with draws, or a code
	}
	return a, b, true
}
