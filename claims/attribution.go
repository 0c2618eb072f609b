package claims

import (
	"regexp"
	"strings"
)

// Attribution: who a report gives a statement to. "according to The Wall
// Street Journal and Bloomberg News", "CNBC reported", "as quoted by Global
// Times", "…, the department said.", "two people with direct knowledge of
// the matter said". The claims of the sentence carry it as AttributedTo.

const (
	// name is a run of capitalized words, with "of", "the", "and" inside.
	name = `(?:[\p{Lu}][\p{L}\d.&'’-]*)(?:\s+(?:(?:of|the|and|for|&)\s+)*[\p{Lu}][\p{L}\d.&'’-]*)*`
	// who is what may follow "according to": a name, or a few lower-case
	// words ("the department", "three people familiar with the decision").
	who = `(?:the\s+)?(?:` + name + `|[\p{Ll}\d][\p{L}\d'’-]*(?:\s+[\p{L}\d][\p{L}\d.&'’-]*){0,9})`
)

// attributions are the patterns of attribution, each with the words one of
// which the sentence must hold for the pattern to be tried: most sentences
// hold none, and a substring test is far cheaper than a regular expression.
var attributions = []struct {
	re       *regexp.Regexp
	triggers []string
}{
	{regexp.MustCompile(`\b[Aa]ccording to (` + who + `)`), []string{"ccording to"}},
	{regexp.MustCompile(`\bas (?:quoted|cited|reported) by (` + who + `)`), []string{" by "}},
	// "American news channel CNBC reported", "Bloomberg News reported"
	{regexp.MustCompile(`(` + name + `) (?:reported|reports|said in a statement|told reporters)\b`),
		[]string{" report", "said in a statement", "told reporters"}},
	// "…,” the department said." "…, two people with direct knowledge of the matter said."
	{regexp.MustCompile(`[,”"]\s*((?:the\s+|an?\s+|two\s+|three\s+|four\s+|several\s+)?[\p{L}\d'’ -]{2,80}?)\s+(?:said|says|added|noted|reported|estimated?)\s*(?:on \p{Lu}\p{Ll}+day\s*)?[.,]?\s*$`),
		[]string{" said", " says", " added", " noted", " reported", " estimate"}},
	// "… said Deputy Secretary of the Treasury Wally Adeyemo."
	{regexp.MustCompile(`\bsaid (` + name + `)`), []string{"said "}},
}

// attributionOf returns who a sentence attributes what it states to, or "".
func attributionOf(sentence string) string {
	s := strings.TrimSpace(sentence)
	for _, a := range attributions {
		if !containsAny(s, a.triggers) {
			continue
		}
		m := a.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		w := strings.TrimSpace(strings.TrimRight(m[1], ",.;:"))
		w = strings.TrimSuffix(w, " in a statement")
		if w == "" || pronouns[strings.ToLower(w)] {
			continue
		}
		return w
	}
	return ""
}

// pronouns attribute to someone named elsewhere; they say nothing here.
var pronouns = setOf(`he she they it we i you who which this that`)

// attribute gives the sentence's claims, titles aside, the attribution the
// sentence makes.
func (x *sentenceExtractor) attribute() {
	who := ""
	done := false
	for i := range x.out {
		if x.out[i].Kind == Title {
			continue
		}
		if !done {
			who, done = attributionOf(x.src.Text[x.s.start:x.s.end]), true
		}
		x.out[i].AttributedTo = who
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
