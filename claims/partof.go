package claims

import "strings"

// Parts of a count: "killed more than 2,000 people, over 1,700 of them in
// the north". "N of them" (or "of whom") counts some of what the count
// before it in the sentence counted, and takes that count's noun: the
// 1,700 are people. The claim's Text keeps "of them", which tells
// reconcile the figure is a part, comparable only with a figure held to
// the same place ("1,650 people in the north"), never with the whole.
//
// The count must be the claim just before the number, with nothing but a
// comma and the part's own bound between them ("people, over 1,700 of
// them"): a part further away may be of another count.

// partPronouns, after "of", point back to the count before: people ("of
// them", "of whom") or things ("4,300 containers, 31 of which").
var partPronouns = setOf(`them whom which`)

// partOf reads "of them" after the number of amount a, its number ending at
// toks[end], when the sentence's claim before it (prev) is a count with a
// noun right before a. It returns the noun and the index past "of them".
func partOf(toks []token, a *amount, end int, prev *Claim) (noun string, past int, ok bool) {
	if prev == nil || prev.Kind != Count || prev.Noun == "" || a.isRange || a.num.fraction || a.num.indefinite ||
		end+1 >= len(toks) || toks[end].lower != "of" || !partPronouns[toks[end+1].lower] {
		return "", end, false
	}
	// Only a comma between the count and the part: "people, over 1,700".
	if k := prev.endToken; k+1 != a.first || toks[k].text != "," {
		return "", end, false
	}
	return prev.Noun, end + 2, true
}

// PartOfCount reports a count of part of the count before it, as partOf
// reads it: "over 1,700 of them", "31 of which".
func (c *Claim) PartOfCount() bool {
	if c.Kind != Count {
		return false
	}
	return strings.HasSuffix(c.Text, " of them") || strings.HasSuffix(c.Text, " of whom") ||
		strings.HasSuffix(c.Text, " of which")
}
