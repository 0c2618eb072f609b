package reconcile

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// A story about a product line prices several models in one sentence:
// "Apple will ask $1,099 for the base 13-inch version and $1,799 for a
// 15-inch version"; "the 11-inch Air still starts at US$999, the 13-inch
// has dropped $100 to $1199". A price is the price of the model its
// sentence names for it, told by the size it is sold in and the product's
// name: "13-inch" and "MacBook Pro". Prices of different models are never
// compared; the only prices that two reports give of one model, named
// alike, are, and conflict when they differ, as a base price misreported
// by one of them.

// productModel is the model a price is the price of: a size written as an
// adjective ("13-inch", "13″", as inches: "13") and the name the sentence
// gives the product ("macbook pro", lower-cased); either may be "".
type productModel struct {
	size, name string
}

// String names a model for a reader: "13-inch macbook pro".
func (p productModel) String() string {
	return strings.TrimSpace(p.size + "-inch " + p.name)
}

// sizeRe finds a size in inches written before a noun: "13-inch", "15-Inch",
// "15.4″" (a double prime; a quotation mark after a figure is left out:
// "Vision 2030" is no size). A screen's, a television's or a wheel's size names the
// model of it.
var sizeRe = regexp.MustCompile(`\b(\d+(?:\.\d+)?)(?:-inch\b|-in\b|″)`)

// forSizeRe finds the model a price is said to be for, just after it: "for
// the base 13-inch version", "for a 15-inch version".
var forSizeRe = regexp.MustCompile(`^\s+for\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?(\d+(?:\.\d+)?)(?:-inch\b|-in\b|″)`)

// modelOf returns the model a sum of money prices: the size just after it
// ("$1,799 for a 15-inch version"), else the nearest size before it in its
// sentence ("The 13-inch models start at $1,199"); and the name written
// just after that size ("13-inch MacBook Pro", "11-inch Air"), else the
// nearest name before the price that is not whose the price is (the
// seller: "Apple will ask $1,099", "Apple's new MacBook Pro line starts at
// $1,199").
func modelOf(c *claims.Claim) productModel {
	if c.Kind != claims.Money {
		return productModel{}
	}
	s := c.Sentence
	a, b := c.TextStart-c.SentenceStart, c.TextEnd-c.SentenceStart
	if a < 0 || b > len(s) || a > b {
		return productModel{}
	}
	var m productModel
	sizeEnd := -1
	if loc := forSizeRe.FindStringSubmatchIndex(s[b:]); loc != nil {
		m.size, sizeEnd = s[b+loc[2]:b+loc[3]], b+loc[1]
	} else if locs := sizeRe.FindAllStringSubmatchIndex(s[:a], -1); len(locs) > 0 {
		loc := locs[len(locs)-1]
		m.size, sizeEnd = s[loc[2]:loc[3]], loc[1]
	}
	if m.size == "" {
		return m
	}
	if n := leadingName(s[sizeEnd:]); n != "" {
		m.name = n
		return m
	}
	// Whose the price is: the owner of its clause, which runs on past
	// "and" ("Apple will ask $1,099 for … and $1,799 for …").
	before, _ := clauseCut(c, nil)
	seller := ownerIn(c, before, false)
	for _, n := range namesIn(s[:a]) {
		if !strings.EqualFold(n, seller) {
			m.name = n
		}
	}
	return m
}

// leadingName returns the run of capitalized words that opens text after
// a space ("MacBook Pro" in " MacBook Pro spec upgrade"), lower-cased, or "".
func leadingName(text string) string {
	if !strings.HasPrefix(text, " ") {
		return ""
	}
	var run []string
	for _, w := range strings.Fields(text) {
		w = strings.TrimRight(w, ",.;:")
		if !productWord(w) {
			break
		}
		run = append(run, w)
	}
	return strings.ToLower(strings.Join(run, " "))
}

// namesIn returns the runs of capitalized words in text, in order,
// lower-cased, leaving out possessives ("Apple's": whose, not what),
// words that name nothing (notNames) and a sentence's first word.
func namesIn(text string) []string {
	var out, run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, strings.ToLower(strings.Join(run, " ")))
			run = nil
		}
	}
	for i, w := range strings.Fields(text) {
		t := strings.TrimRight(w, ",.;:")
		if i == 0 || !productWord(t) || strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
			flush()
			continue
		}
		run = append(run, t)
		if t != w {
			flush()
		}
	}
	flush()
	return out
}

// productWord reports a word that may be part of a product's name: it
// starts with a capital and is no word that names nothing ("The", "It").
func productWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !notNames[strings.ToLower(w)]
}

// differentModels reports whether two prices are of different models: both
// name a size, and the sizes or the names differ.
func differentModels(a, b productModel) bool {
	if a.size == "" || b.size == "" {
		return false
	}
	return a.size != b.size || a.name != "" && b.name != "" && !sameName(a.name, b.name)
}

// sameName reports whether two products' names are one: equal, or one is
// the other's last words ("Air", "MacBook Air").
func sameName(a, b string) bool {
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// modelRatio is how far apart two reports' prices of one model may lie and
// still be one price misreported: a larger gap is a price of something
// else (a dearer configuration, a discount).
const modelRatio = 1.5

// modelPriceLinks links each pair of prices, of two reports, that are
// their reports' only prices of one model, named alike with its size and
// its name, within modelRatio of each other.
func (m *matcher) modelPriceLinks(cs []claims.Claim) []link {
	bySource := map[productModel]map[string][]int{}
	var keys []productModel
	for i := range cs {
		c := &cs[i]
		if c.Kind != claims.Money {
			continue
		}
		md := m.feature(c).model
		if md.size == "" || md.name == "" {
			continue
		}
		if bySource[md] == nil {
			bySource[md] = map[string][]int{}
			keys = append(keys, md)
		}
		bySource[md][c.Source] = append(bySource[md][c.Source], i)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].size != keys[j].size {
			return keys[i].size < keys[j].size
		}
		return keys[i].name < keys[j].name
	})
	var out []link
	for _, k := range keys {
		if len(bySource[k]) > maxStorySources {
			continue // a folder of many stories: one model's prices are not of one sale
		}
		solePairs(bySource[k], func(i, j int) {
			a, b := &cs[i], &cs[j]
			x, y := math.Abs(a.Value), math.Abs(b.Value)
			if a.Unit != b.Unit || x == 0 || y == 0 || math.Max(x, y)/math.Min(x, y) > modelRatio || !plausibleBounds(a, b) ||
				m.unsure(a, b) { // prices in different places, years, or of part of the range
				return
			}
			out = append(out, link{a: i, b: j, strong: true, score: m.shared(a, b) + 10})
		})
	}
	return out
}
