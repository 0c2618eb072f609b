package reconcile

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// topic labels a group from its claims' subject words: the person for
// titles (the longest form of the name, or the user's name for the person);
// otherwise the counted or sized noun the claims state most often, or the
// names their sentences share, with what is measured.
func topic(cs []claims.Claim, m *matcher) string {
	if cs[0].Kind == claims.Title || cs[0].Kind == claims.Age && cs[0].Person != "" {
		name := cs[0].Person
		for _, c := range cs {
			if len(c.Person) > len(name) {
				name = c.Person
			}
		}
		if cs[0].Kind == claims.Age {
			return m.person(name) + ": age"
		}
		return m.person(name) + ": title"
	}
	label := commonNoun(cs)
	if md, ok := commonModel(cs); ok && label == "" {
		label = md.String() // "13-inch macbook pro (amount)"
	}
	if sum, ok := commonConversion(cs); ok && label == "" && len(cs) > 1 {
		label = "conversion of " + sum // "conversion of 110B EUR (amount)"
	}
	if label == "" && cs[0].Kind == claims.Duration {
		// A duration's subject is the event its clause names.
		label = strings.Join(sharedEventWords(cs, 3), " ")
	}
	if label == "" {
		label = strings.Join(sharedNames(cs, 2), " ")
	}
	if cs[0].Kind == claims.Date {
		// A date's subject is the event of its sentence: the words all
		// the claims' sentences share.
		if words := sharedWords(cs, 3); len(words) > 0 {
			label = strings.Join(words, " ")
		}
		return strings.TrimSpace(label + " (date)")
	}
	switch cs[0].Kind {
	case claims.Money:
		label += " (amount)"
	case claims.Percent:
		label += " (share)"
	case claims.Count:
		label += " (count)"
	case claims.Duration:
		label += " (duration)"
	case claims.Age:
		label += " (age)"
	case claims.Score:
		label = strings.TrimSpace(strings.Join(sharedNames(cs, 2), " ") + " " + cs[0].Noun + " (score)")
	case claims.Clock:
		if label == "" {
			label = cs[0].Noun
		}
		label += " (time)"
	case claims.Measure:
		if isMagnitude(&cs[0]) {
			label += " (magnitude)"
		}
		if convertedUnits(cs) {
			label += " (length)"
		}
	}
	return strings.TrimSpace(label)
}

// commonNoun returns the noun phrase the claims state most often, the
// earliest on a tie.
func commonNoun(cs []claims.Claim) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, c := range cs {
		n := strings.Join(strings.Fields(c.Noun), " ")
		if n == "" {
			continue
		}
		k := strings.ToLower(n)
		count[k]++
		if count[k] > bestN {
			best, bestN = n, count[k]
		}
	}
	return best
}

// sharedNames returns up to n names (capitalized context words) that most
// of the claims' sentences mention, most shared first.
func sharedNames(cs []claims.Claim, n int) []string {
	type name struct {
		word  string
		count int
		last  int // the last claim that mentions it
	}
	var names []name
	for i, c := range cs {
		for _, w := range c.Context {
			if !isName(w) {
				continue
			}
			found := false
			for k := range names {
				if sameWord(names[k].word, w) {
					if names[k].last != i {
						names[k].count++
						names[k].last = i
					}
					found = true
					break
				}
			}
			if !found {
				names = append(names, name{w, 1, i})
			}
		}
	}
	need := max(2, (len(cs)+1)/2)
	sort.SliceStable(names, func(i, j int) bool { return names[i].count > names[j].count })
	var out []string
	for _, nm := range names {
		if nm.count >= need && len(out) < n {
			out = append(out, nm.word)
		}
	}
	return out
}

// calendarWords name days and months: they say when, not what.
var calendarWords = setOf(`monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december week month year today yesterday`)

// sharedWords returns up to n context words that every claim's context
// holds, longest first (the more telling), names as written.
func sharedWords(cs []claims.Claim, n int) []string {
	count := map[string]int{}
	spelt := map[string]string{}
	for _, c := range cs {
		seen := map[string]bool{}
		for _, w := range c.Context {
			l := strings.ToLower(w)
			if seen[l] || reportingWords[l] || calendarWords[l] {
				continue
			}
			seen[l] = true
			count[l]++
			if _, ok := spelt[l]; !ok {
				spelt[l] = w
			}
		}
	}
	var all []string
	for l, k := range count {
		if k == len(cs) {
			all = append(all, l)
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if len(all[i]) != len(all[j]) {
			return len(all[i]) > len(all[j])
		}
		return all[i] < all[j]
	})
	var out []string
	for _, l := range all[:min(n, len(all))] {
		out = append(out, spelt[l])
	}
	return out
}

// commonModel returns the model, named with its size and name, that every
// claim of a group is the price of, if one is.
func commonModel(cs []claims.Claim) (productModel, bool) {
	if cs[0].Kind != claims.Money {
		return productModel{}, false
	}
	md := modelOf(&cs[0])
	if md.size == "" || md.name == "" {
		return md, false
	}
	for i := range cs {
		if modelOf(&cs[i]) != md {
			return md, false
		}
	}
	return md, true
}
