// Package claims finds the checkable claims in one source: amounts of money,
// counts of things, percentages and people's titles. Each claim keeps its
// provenance (byte span, line, column, sentence) and a normalized value with
// its bounds, so that claims from different sources can be compared.
//
// Each kind of quantity has its own recognizer in its own file (money.go,
// percent.go, count.go, title.go), built on a shared tokenizer (token.go) and
// number-phrase parser (number.go).
package claims

// Kind is what a claim measures.
type Kind string

// The kinds of claim.
const (
	Number  Kind = "number"  // a bare number, with nothing said of what it counts
	Ordinal Kind = "ordinal" // "third", "21st"
	Count   Kind = "count"   // a number of things: "four Chinese companies"
	Percent Kind = "percent" // "3%", "40 per cent", and proportions such as "half"
	Money   Kind = "money"   // "US$768 million"
	Title   Kind = "title"   // a person's office: "Deputy Secretary of the Treasury"

	Duration Kind = "duration" // a length of time: "six months", "136 days"
	Age      Kind = "age"      // a person's age: "32-year-old", "aged 91"
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

	// Context holds the content words of the claim's clause, lower-cased
	// and stemmed, which reconcile uses to tell what the claim is about.
	Context []string `json:"-"`

	endToken int // index past the claim's last token in its sentence, while extracting
}

// Comparable reports whether the claim says something about the world that
// another source can confirm or contradict. Bare numbers and ordinals are
// recognized but not compared.
func (c *Claim) Comparable() bool {
	switch c.Kind {
	case Count, Percent, Money, Title, Duration, Age:
		return true
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
