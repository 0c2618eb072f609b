// Package claims finds the checkable claims in one source: amounts of money,
// counts of things, percentages and people's titles. Each claim keeps its
// provenance (byte span, line, column, sentence) and a normalized value with
// its bounds, so that claims from different sources can be compared.
//
// Each kind of claim has its own recognizer in its own file (money.go,
// percent.go, count.go, duration.go, age.go, measure.go, digital.go,
// resolution.go, clock.go, gameclock.go, racetime.go, score.go, record.go,
// vote.go, nthtime.go, partof.go, carried.go, title.go), built on a
// shared tokenizer (token.go), number-phrase parser (number.go) and reader
// of bounded amounts and ranges (quantity.go, amount.go); extract.go runs
// them over each sentence.
package claims

import "strings"

// Kind is what a claim measures.
type Kind string

// The kinds of claim.
const (
	Number  Kind = "number"  // a bare number, with nothing said of what it counts
	Ordinal Kind = "ordinal" // "third", "21st"
	Count   Kind = "count"   // a number of things: "four Chinese companies", "a crowd of 22,000", "for the second time"
	Percent Kind = "percent" // "3%", "40 per cent", and proportions such as "half"
	Money   Kind = "money"   // "US$768 million"
	Title   Kind = "title"   // a person's office: "Deputy Secretary of the Treasury"

	Duration Kind = "duration" // a length of time: "six months", "136 days"
	Age      Kind = "age"      // a person's age: "32-year-old", "aged 91"
	Measure  Kind = "measure"  // a physical quantity: "10 km", "a 45-acre farm", "magnitude 5.9", "16GB", "2880x1800"
	Date     Kind = "date"     // a date at the precision written: "Dec. 10", "in June", "on Friday"
	Clock    Kind = "time"     // a time of day: "7:37 a.m.", "0737 GMT", "about 8 p.m."; or a game clock, "4:43 left"
	Score    Kind = "score"    // a game's score at a moment of the game: "defeated Drake 65-53"; or a record or run, "(25-7)"
)

// Claim is one checkable statement found in a source.
type Claim struct {
	Kind   Kind   `json:"kind"`
	Source string `json:"source"` // the source's id
	Text   string `json:"text"`   // the claim's words exactly as in the source
	Start  int    `json:"start"`  // byte offset of Text in the source
	End    int    `json:"end"`    // byte offset just past Text
	Line   int    `json:"line"`   // 1-based line of Start
	Col    int    `json:"col"`    // 1-based column, in characters, of Start

	Sentence      string `json:"sentence"`       // the sentence holding the claim
	SentenceStart int    `json:"sentence_start"` // byte offset of Sentence

	// Value is the normalized number (768000000 for "US$768 million", 40 for
	// "40%"). Min and Max bound it when the text does ("more than",
	// "about", "up to"); an open bound excludes its end.
	Value   float64  `json:"value"`
	Unit    string   `json:"unit,omitempty"` // ISO 4217 code for money, "%" for percent
	Min     *float64 `json:"min,omitempty"`
	Max     *float64 `json:"max,omitempty"`
	MinOpen bool     `json:"min_open,omitempty"`
	MaxOpen bool     `json:"max_open,omitempty"`
	Approx  bool     `json:"approx,omitempty"`

	// Noun is what is counted or sized: "Chinese companies" for "four Chinese
	// companies", "initial public offering" for "US$768 million initial
	// public offering".
	Noun string `json:"noun,omitempty"`

	// Person and Office are set for titles: "Wally Adeyemo" and "Deputy
	// Secretary of the Treasury".
	Person string `json:"person,omitempty"`
	Office string `json:"office,omitempty"`

	// Date is a date claim's value in ISO 8601 at the precision written
	// ("2021-12-10", "2021-06", "2019", "2021-W49", "1960/1969"), or with
	// its year left out when the source has no date to take it from
	// ("--12-10", "--06"). Value, Min and Max then hold the first and last
	// day covered, as days since 1970-01-01.
	Date string `json:"date,omitempty"`
	// Weekday is a weekday written with a date ("Friday" in "Friday,
	// Dec. 10"), to check against the calendar.
	Weekday string `json:"weekday,omitempty"`

	// Score is a game's score, the higher side first ("65-53"); Noun is
	// then the moment of the game it stood at ("final", "halftime",
	// "13:41 left").
	Score string `json:"score,omitempty"`

	// Converts is, for a sum given in brackets after another ("euro110
	// billion ($141 billion)"), the sum it converts (conversion.go).
	Converts *Converted `json:"-"`

	// AttributedTo is who the report gives the claim to: "The Wall Street
	// Journal and Bloomberg News", "the department", "two people with
	// direct knowledge of the matter".
	AttributedTo string `json:"attributed_to,omitempty"`

	// TextStart and TextEnd are the claim's span in the source's cleaned
	// Text (Start and End are in the original file); SentenceStart is in
	// Text too.
	TextStart, TextEnd int `json:"-"`

	// Context holds the content words of the claim's clause, lower-cased
	// and stemmed, which reconcile uses to tell what the claim is about.
	// Claims that are not compared (Comparable) have none.
	Context []string `json:"-"`

	// EventDay is the first day the claim's sentence names ("46 were
	// arrested Wednesday night"), as days since 1970-01-01, or 0 when it
	// names none: what happened no earlier than that day.
	EventDay float64 `json:"-"`

	endToken int // index past the claim's last token in its sentence, while extracting

	// valueStart and valueEnd are the byte span of the amount itself, without
	// the words that bound it ("more than") or what it counts ("people").
	valueStart, valueEnd int
}

// Comparable reports whether the claim says something about the world that
// another source can confirm or contradict. Bare numbers and ordinals are
// recognized but not compared.
func (c *Claim) Comparable() bool {
	switch c.Kind {
	case Count, Percent, Money, Title, Duration, Age, Measure, Clock, Score:
		return true
	case Date:
		return c.Date != ""
	}
	return false
}

// Range returns the interval of values the claim allows. Unbounded ends are
// ±Inf.
func (c *Claim) Range() (lo, hi float64, loOpen, hiOpen bool) {
	lo, hi = c.Value, c.Value
	if c.Min != nil || c.Max != nil {
		lo, hi = negInf, posInf
		if c.Min != nil {
			lo, loOpen = *c.Min, c.MinOpen
		}
		if c.Max != nil {
			hi, hiOpen = *c.Max, c.MaxOpen
		}
	}
	return lo, hi, loOpen, hiOpen
}

// Detach copies the strings the claims share with their source's text (their
// words, sentence, noun, office, attribution, context words), so that the
// text can be let go while the claims are kept. Claims of one sentence
// share one copy of it, and each claim's own strings share one allocation.
func Detach(cs []Claim) {
	sentences := map[int]string{} // copies by SentenceStart
	for i := range cs {
		c := &cs[i]
		s, ok := sentences[c.SentenceStart]
		if !ok || len(s) != len(c.Sentence) {
			s = strings.Clone(c.Sentence)
			sentences[c.SentenceStart] = s
		}
		c.Sentence = s
		c.detachOwn()
	}
}

// detachOwn copies the claim's strings other than its sentence into one
// string; its words come from the sentence when they lie inside it.
func (c *Claim) detachOwn() {
	own := []*string{&c.Noun, &c.Person, &c.Office, &c.AttributedTo, &c.Unit, &c.Date, &c.Weekday}
	inSentence := c.TextStart >= c.SentenceStart && c.TextEnd-c.SentenceStart <= len(c.Sentence) &&
		c.Sentence[c.TextStart-c.SentenceStart:c.TextEnd-c.SentenceStart] == c.Text
	if inSentence {
		c.Text = c.Sentence[c.TextStart-c.SentenceStart : c.TextEnd-c.SentenceStart]
	} else {
		own = append(own, &c.Text)
	}
	n := 0
	for _, f := range own {
		n += len(*f)
	}
	for _, w := range c.Context {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range own {
		b.WriteString(*f)
	}
	for _, w := range c.Context {
		b.WriteString(w)
	}
	all, at := b.String(), 0
	take := func(k int) string {
		at += k
		return all[at-k : at]
	}
	for _, f := range own {
		*f = take(len(*f))
	}
	if c.Context != nil {
		ctx := make([]string, len(c.Context))
		for k, w := range c.Context {
			ctx[k] = take(len(w))
		}
		c.Context = ctx
	}
}
