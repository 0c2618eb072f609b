package claims

// Early years: a year before 1800 is read as a date only where nothing
// else can be meant: after "in" and ending its phrase ("painted in 1643",
// "died in 1661, aged 54"). Four digits from 1000 to 1799 are as often a
// count ("1500 homes") or a code as a year, so the reader of years
// (yearAt) takes them from 1800 on; after "in", with no noun after them
// that they could count, they are the year something happened.

// earliestYear is the first year read after "in"; yearAt reads any from 1800.
const earliestYear = 1000

// earlyYear reports whether the four digits at toks[i] are a year before
// 1800 said as one: after "in", followed by punctuation, a function word or
// the end of the sentence.
func earlyYear(toks []token, i int) bool {
	if i == 0 || toks[i-1].lower != "in" {
		return false
	}
	if i+1 < len(toks) && toks[i+1].kind != tPunct && !(toks[i+1].kind == tWord && toks[i+1].isStopword()) {
		return false
	}
	return true
}
