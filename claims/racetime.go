package claims

// Elapsed times written as a clock of hours, minutes and seconds: a
// marathon's "2:06:41", a stage's "4:32:10". A time of day is written
// with its half of the day or its zone ("9:40 p.m.", "0737 GMT"), and
// hardly ever to the second; a figure of three colon-joined parts, the
// last two of two digits under 60, with no half or zone after it, is how
// long something took. It is a Duration in seconds, so that two reports'
// times of one run can be set against each other ("2:06:41" and a
// transposed "2:06:14").

// raceTime reads an elapsed h:mm:ss at toks[i] and appends its claim to
// x.out, or reports none.
func (x *sentenceExtractor) raceTime(i int) (int, bool) {
	toks := x.toks
	if i+4 >= len(toks) || toks[i+1].text != ":" || toks[i+3].text != ":" { // most numbers: no clock
		return i, false
	}
	if i > 0 && toks[i-1].text == ":" && toks[i].adjacent() {
		return i, false // "1:02:03:04", a code
	}
	h, m, s := tokenAt(toks, i), tokenAt(toks, i+2), tokenAt(toks, i+4)
	for _, t := range []*token{&toks[i+1], m, &toks[i+3], s} {
		if !t.adjacent() {
			return i, false
		}
	}
	if h.kind != tNumber || m.kind != tNumber || s.kind != tNumber || len(h.text) > 2 || len(m.text) != 2 ||
		len(s.text) != 2 || !allDigits(h.text) || !allDigits(m.text) || !allDigits(s.text) ||
		atoi(m.text) > 59 || atoi(s.text) > 59 {
		return i, false
	}
	end := i + 5
	if next := tokenAt(toks, end); next.adjacent() && next.kind != tPunct || next.text == ":" {
		return i, false // "1:02:03:04", a code
	}
	// A time of day to the second ("9:40:12 p.m.", "14:05:00 GMT") is
	// passed over whole: its seconds are no "12 p.m." of their own.
	if half, _ := meridiemAt(toks, end); half != "" {
		return end, true
	}
	if z, _ := zoneAt(toks, end); z != "" {
		return end, true
	}
	c := x.claim(Duration, i, end)
	c.Value, c.Unit = float64(atoi(h.text)*3600+atoi(m.text)*60+atoi(s.text)), "second"
	c.endToken = end
	return end, true
}
