package reconcile

import (
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/claimcheck/claimcheck/claims"
)

// personKey folds a name for comparison.
func personKey(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), " ")) }

// samePerson reports whether two names are one person's: the same family
// name, allowing a spelling variant ("Alishbandi", "Alishvandi"), and given
// names that agree where both are written.
func samePerson(a, b string) bool {
	fa, fb := strings.Fields(personKey(a)), strings.Fields(personKey(b))
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	// A family name is more than an initial: "L." names nobody.
	if utf8.RuneCountInString(strings.TrimSuffix(fa[len(fa)-1], ".")) < 2 || utf8.RuneCountInString(strings.TrimSuffix(fb[len(fb)-1], ".")) < 2 {
		return false
	}
	if !closeName(fa[len(fa)-1], fb[len(fb)-1]) {
		return false
	}
	if len(fa) > 1 && len(fb) > 1 {
		return closeName(fa[0], fb[0]) || initialOf(fa[0], fb[0])
	}
	return true
}

// closeName reports whether two name words are equal or spelling variants.
func closeName(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if min(la, lb) < 5 {
		return false
	}
	return levenshtein.ComputeDistance(a, b) <= 1+max(la, lb)/8
}

// initialOf reports whether one given name is the other's initial ("J." and "Joe").
func initialOf(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if len(a) == 1 {
		return strings.HasPrefix(b, a)
	}
	return len(b) == 1 && strings.HasPrefix(a, b)
}

// officesCompatible reports whether two titles of one person can both be
// right: the same rank words (a deputy is not an assistant), no two
// different offices (secretary, minister), and no two different domains
// (the Treasury, State). A title that leaves out the domain or the head is
// less specific, not wrong. Two descriptions with neither an office nor a
// domain in common ("mafia leader", "head of the Genovese crime family")
// are not two versions of one office, and do not conflict.
func officesCompatible(a, b string) bool {
	if fa, fb := chiefOf(expandOffice(a)), chiefOf(expandOffice(b)); fa != "" && fb != "" && fa != fb {
		return false // a chief financial officer is not a chief operating officer
	}
	oa, ob := claims.ParseOffice(expandOffice(a)), claims.ParseOffice(expandOffice(b))
	sameDomain := intersects(oa.Domain, ob.Domain) || acronymOf(oa.Domain, ob.Domain) || acronymOf(ob.Domain, oa.Domain) ||
		kindOnly(oa.Domain) || kindOnly(ob.Domain)
	if !intersects(oa.Heads, ob.Heads) && !sameDomain {
		return true
	}
	if !sameSet(oa.Ranks, ob.Ranks) {
		return false
	}
	if len(oa.Heads) > 0 && len(ob.Heads) > 0 && !intersects(oa.Heads, ob.Heads) {
		return false
	}
	if len(oa.Domain) > 0 && len(ob.Domain) > 0 && !sameDomain {
		return false
	}
	return true
}

// chiefOf returns the function of a "chief … officer" (lower-cased, as
// expandOffice leaves it): "financial" of "halvorsen chief financial
// officer", or "".
func chiefOf(office string) string {
	f := strings.Fields(office)
	for i := 0; i+2 < len(f); i++ {
		if f[i] == "chief" && f[i+2] == "officer" {
			return f[i+1]
		}
	}
	return ""
}

// organisationKinds name a kind of body, not one body: "the board's
// director" is the director of whichever board the story is about.
var organisationKinds = setOf(`board company firm ministry department agency office service council
commission committee bank group museum university school hospital club team party union court
government authority institute foundation organisation organization association federation league
centre center corporation bureau regulator`)

// kindOnly reports a domain of kinds of body only ("board"), which is
// less specific than a named one ("NMB", "National Medicines Board"), not
// another.
func kindOnly(domain []string) bool {
	if len(domain) == 0 {
		return false
	}
	for _, w := range domain {
		if !organisationKinds[w] {
			return false
		}
	}
	return true
}

// acronymOf reports whether a domain is one word made of the initials of
// the other's words: "fbi" of "federal bureau investigation" (filler words
// such as "of" are already left out).
func acronymOf(short, long []string) bool {
	if len(short) != 1 || len(long) < 2 || len(short[0]) != len(long) {
		return false
	}
	for i, w := range long {
		if w == "" || w[0] != short[0][i] {
			return false
		}
	}
	return true
}

func sameSet(a, b []string) bool {
	return subset(a, b) && subset(b, a)
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !intersects([]string{x}, b) {
			return false
		}
	}
	return true
}

func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// officeAcronyms are the offices written as initials.
var officeAcronyms = map[string]string{
	"ceo": "chief executive officer", "cfo": "chief financial officer",
	"coo": "chief operating officer", "cto": "chief technology officer",
	"cio": "chief information officer", "ciso": "chief information security officer",
	"cmo": "chief marketing officer",
}

// expandOffice writes an office's initials out: "CEO of X" is "chief
// executive officer of X", as "chief executive" is; and parts a rank
// joined by a hyphen from its office ("vice-captain"). Only whole words are
// initials: "director" holds no "cto".
func expandOffice(office string) string {
	words := strings.Fields(strings.ToLower(office))
	for i, w := range words {
		if long, ok := officeAcronyms[w]; ok {
			words[i] = long
		}
		// A rank joined by a hyphen is a rank: "vice-captain" is the
		// vice captain, "vice-president" the vice president.
		if rank, head, ok := strings.Cut(w, "-"); ok && claims.IsRankWord(rank) && head != "" {
			words[i] = rank + " " + head
		}
	}
	// "chief executive" is the chief executive officer.
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "chief" && words[i+1] == "executive" && (i+2 == len(words) || words[i+2] != "officer") {
			words = append(words[:i+2], append([]string{"officer"}, words[i+2:]...)...)
		}
	}
	return strings.Join(words, " ")
}
