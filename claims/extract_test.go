package claims

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimcheck/claimcheck/sources"
)

// got is the part of a claim that the recognizer tests check. Range is the
// claim's interval in the notation of Recognizers-Text: "" for an exact
// value, "(1300,)" for more than 1,300, "[27,33]" for about 30.
type got struct {
	Kind   Kind
	Text   string
	Value  float64
	Unit   string
	Range  string
	Approx bool
	Noun   string
	Person string
	Office string
}

// rangeString writes a claim's bounds as an interval, or "" when it has none.
func rangeString(c *Claim) string {
	if c.Min == nil && c.Max == nil {
		return ""
	}
	var b strings.Builder
	if c.Min != nil {
		b.WriteString(map[bool]string{true: "(", false: "["}[c.MinOpen])
		b.WriteString(formatFloat(*c.Min))
	} else {
		b.WriteString("(")
	}
	b.WriteString(",")
	if c.Max != nil {
		b.WriteString(formatFloat(*c.Max))
		b.WriteString(map[bool]string{true: ")", false: "]"}[c.MaxOpen])
	} else {
		b.WriteString(")")
	}
	return b.String()
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func project(c *Claim) got {
	return got{c.Kind, c.Text, c.Value, c.Unit, rangeString(c), c.Approx, c.Noun, c.Person, c.Office}
}

// extract runs Extract on text and projects its claims, dates aside: they
// have their own tests (date_test.go).
func extract(text string) []got {
	var out []got
	for _, c := range Extract(sources.New("t", "t.txt", text)) {
		if c.Kind == Date {
			continue
		}
		out = append(out, project(&c))
	}
	return out
}

type recognizerTest struct {
	in   string
	want []got
}

func runRecognizerTests(t *testing.T, tests []recognizerTest) {
	t.Helper()
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, extract(tt.in), cmpopts.EquateApprox(1e-9, 0)); d != "" {
			t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.in, d)
		}
	}
}

func TestMoney(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"SenseTime had planned a US$768 million listing.", []got{
			{Kind: Money, Text: "US$768 million", Value: 768e6, Unit: "USD", Noun: "listing"}}},
		{"It sought USD 767 million from investors.", []got{
			{Kind: Money, Text: "USD 767 million", Value: 767e6, Unit: "USD"}}},
		{"it sought $ 767 million in the float.", []got{
			{Kind: Money, Text: "$ 767 million", Value: 767e6, Unit: "USD"}}},
		{"A $767M offering.", []got{
			{Kind: Money, Text: "$767M", Value: 767e6, Unit: "USD", Noun: "offering"}}},
		// Some papers join the scale with a hyphen.
		{"Europe agreed a $143-billion bailout.", []got{
			{Kind: Money, Text: "$143-billion", Value: 143e9, Unit: "USD", Noun: "bailout"}}},
		{"It set up a 30-million-euro fund.", []got{
			{Kind: Money, Text: "30-million-euro", Value: 30e6, Unit: "EUR", Noun: "fund"}}},
		{"It raised HK$5.99 billion.", []got{
			{Kind: Money, Text: "HK$5.99 billion", Value: 5.99e9, Unit: "HKD"}}},
		{"Revenue was 1.5bn yuan.", []got{
			{Kind: Money, Text: "1.5bn yuan", Value: 1.5e9, Unit: "CNY"}}},
		{"The fund holds €2 million.", []got{
			{Kind: Money, Text: "€2 million", Value: 2e6, Unit: "EUR"}}},
		{"The house sold for £350,000.", []got{
			{Kind: Money, Text: "£350,000", Value: 350000, Unit: "GBP"}}},
		{"tickets cost 15-20 usd each", []got{
			{Kind: Money, Text: "15-20 usd", Value: 15, Unit: "USD", Range: "[15,20]"}}},
		{"a deal worth 420 million finnish markka", []got{
			{Kind: Money, Text: "420 million finnish markka", Value: 420e6, Unit: "FIM"}}},
		{"Shares fell 50 cents.", []got{
			{Kind: Money, Text: "50 cents", Value: 0.5, Unit: "USD"}}},
		{"They raised more than $2 billion.", []got{
			{Kind: Money, Text: "more than $2 billion", Value: 2e9, Unit: "USD", Range: "(2000000000,)"}}},
		// Two hyphens are a dash, not a minus sign.
		{"Germany's share of the bailout--22 billion euros--passed on Friday.", []got{
			{Kind: Money, Text: "22 billion euros", Value: 22e9, Unit: "EUR"}}},
		// A change and where it ended, not a range.
		{"The price has dropped $100 to $1,199.", []got{
			{Kind: Money, Text: "$100", Value: 100, Unit: "USD"},
			{Kind: Money, Text: "$1,199", Value: 1199, Unit: "USD"}}},
		{"The firm will cut 5 to 10 percent of its staff.", []got{
			{Kind: Percent, Text: "5 to 10 percent", Value: 5, Unit: "%", Range: "[5,10]"}}},
		{"The fine was between $10m and $20m.", []got{
			{Kind: Money, Text: "between $10m and $20m", Value: 10e6, Unit: "USD", Range: "[10000000,20000000]"}}},
		{"It lost 75 million dollars.", []got{
			{Kind: Money, Text: "75 million dollars", Value: 75e6, Unit: "USD"}}},
		{"He won 3 million Hong Kong dollars.", []got{
			{Kind: Money, Text: "3 million Hong Kong dollars", Value: 3e6, Unit: "HKD"}}},
		{"Stamps cost 15-20 cents.", []got{
			{Kind: Money, Text: "15-20 cents", Value: 0.15, Unit: "USD", Range: "[0.15,0.2]"}}},
		{"It cost 3 dollars 50 cents.", []got{
			{Kind: Money, Text: "3 dollars 50 cents", Value: 3.5, Unit: "USD"}}},
		{"They lost 75 USD million.", []got{
			{Kind: Money, Text: "75 USD million", Value: 75e6, Unit: "USD"}}},
		{"Notes of 10 € and 20 € are in use.", []got{
			{Kind: Money, Text: "10 €", Value: 10, Unit: "EUR"}, {Kind: Money, Text: "20 €", Value: 20, Unit: "EUR"}}},
		{"It paid c $ 16.4 million.", []got{
			{Kind: Money, Text: "c $ 16.4 million", Value: 16.4e6, Unit: "CAD"}}},
		{"It paid $5 and 20 people came.", []got{
			{Kind: Money, Text: "$5", Value: 5, Unit: "USD"}, {Kind: Count, Text: "20 people", Value: 20, Noun: "people"}}},
		// A pound of weight is no money.
		{"The baby weighed 7 pounds.", []got{
			{Kind: Measure, Text: "7 pounds", Value: 7, Unit: "pound"}}},
	})
}

func TestCount(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"The US blacklisted four Chinese companies.", []got{
			{Kind: Count, Text: "four Chinese companies", Value: 4, Noun: "Chinese companies"}}},
		{"two senior government officials said", []got{
			{Kind: Count, Text: "two senior government officials", Value: 2, Noun: "senior government officials"}}},
		// Compounds of "men" are plural as "men" is.
		{"Raiders held 40 fishermen and nearly 300 crewmen.", []got{
			{Kind: Count, Text: "40 fishermen", Value: 40, Noun: "fishermen"},
			{Kind: Count, Text: "nearly 300 crewmen", Value: 300, Noun: "crewmen", Range: "[270,300]", Approx: true}}},
		{"The 10 women left.", []got{{Kind: Count, Text: "10 women", Value: 10, Noun: "women"}}},
		{"The fire killed twelve people.", []got{
			{Kind: Count, Text: "twelve people", Value: 12, Noun: "people"}}},
		{"It sold 1.5 billion shares.", []got{
			{Kind: Count, Text: "1.5 billion shares", Value: 1.5e9, Noun: "shares"}}},
		{"more than one million Uygurs are held", []got{
			{Kind: Count, Text: "more than one million Uygurs", Value: 1e6, Range: "(1000000,)", Noun: "Uygurs"}}},
		// "1m" is a million, not a metre: nothing says it is a length.
		{"Sales reached over 1m.", []got{
			{Kind: Number, Text: "over 1m", Value: 1e6, Range: "(1000000,)"}}},
		{"over a million people marched", []got{
			{Kind: Count, Text: "over a million people", Value: 1e6, Range: "(1000000,)", Noun: "people"}}},
		{"dozens of people were hurt", []got{
			{Kind: Count, Text: "dozens of people", Value: 24, Range: "[24,)", Approx: true, Noun: "people"}}},
		{"more than 1,300 people died", []got{
			{Kind: Count, Text: "more than 1,300 people", Value: 1300, Range: "(1300,)", Noun: "people"}}},
		{"hundreds of thousands of protesters", []got{
			{Kind: Count, Text: "hundreds of thousands of protesters", Value: 200000, Range: "[200000,)", Approx: true, Noun: "protesters"}}},
		{"three dozen eggs", []got{
			{Kind: Count, Text: "three dozen eggs", Value: 36, Noun: "eggs"}}},
		{"one person was hurt", []got{
			{Kind: Count, Text: "one person", Value: 1, Noun: "person"}}},
		// Two numbers may share one noun.
		{"Marines held 12 Somali and 11 Yemeni suspects.", []got{
			{Kind: Count, Text: "12 Somali", Value: 12, Noun: "Somali suspects"},
			{Kind: Count, Text: "11 Yemeni suspects", Value: 11, Noun: "Yemeni suspects"}}},
		{"Police arrested three Chinese and two Russian nationals.", []got{
			{Kind: Count, Text: "three Chinese", Value: 3, Noun: "Chinese nationals"},
			{Kind: Count, Text: "two Russian nationals", Value: 2, Noun: "Russian nationals"}}},
		{"It has over 230 million population and 17,000 islands.", []got{
			{Kind: Count, Text: "over 230 million population", Value: 230e6, Range: "(230000000,)", Noun: "population"},
			{Kind: Count, Text: "17,000 islands", Value: 17000, Noun: "islands"}}},
		{"The score was 3 and 2 points behind.", []got{
			{Kind: Number, Text: "3", Value: 3},
			{Kind: Count, Text: "2 points", Value: 2, Noun: "points"}}},
		{"It rained 3 days and 2 nights.", []got{
			{Kind: Duration, Text: "3 days", Value: 3, Unit: "day"},
			{Kind: Duration, Text: "2 nights", Value: 2, Unit: "day"}}},
		// A model's name is part of what is counted.
		{"Marines seized seven AK-47s and two F-16 jets.", []got{
			{Kind: Count, Text: "seven AK-47s", Value: 7, Noun: "AK-47s"},
			{Kind: Count, Text: "two F-16 jets", Value: 2, Noun: "F-16 jets"}}},
		{"Marines seized seven AK-47 assault rifles.", []got{
			{Kind: Count, Text: "seven AK-47 assault rifles", Value: 7, Noun: "AK-47 assault rifles"}}},
		// A number before a decade names a century, not a count.
		{"Her photographs filled the magazines of the nineteen fifties.", []got{
			{Kind: Number, Text: "nineteen", Value: 19}}},
		// Sources of a report, and one of several, are no counts.
		{"two people familiar with the matter said", []got{{Kind: Number, Text: "two", Value: 2}}},
		{"one of the men", []got{{Kind: Number, Text: "one", Value: 1}}},
		// One number may count two nouns: the second a collective noun
		// that ends the phrase.
		{"The ship carried some 420 passengers and crew through the strait.", []got{
			{Kind: Count, Text: "some 420 passengers and crew", Value: 420, Range: "[378,462]", Approx: true, Noun: "passengers and crew"}}},
		{"The ship carried 246 passengers and most of its crew.", []got{
			{Kind: Count, Text: "246 passengers", Value: 246, Noun: "passengers"}}},
		{"The keeper fed two lions and visitors watched.", []got{
			{Kind: Count, Text: "two lions", Value: 2, Noun: "lions"}}},
		// A version or model number is part of the name of what is counted.
		{"The laptop has two USB 3.0 ports.", []got{
			{Kind: Count, Text: "two USB 3.0 ports", Value: 2, Noun: "USB 3.0 ports"}}},
		{"Police found 12 AK 47 guns.", []got{
			{Kind: Count, Text: "12 AK 47 guns", Value: 12, Noun: "AK 47 guns"}}},
		{"The update reaches iOS 6 devices.", nil},
		// A headline in capitals still counts.
		{"QUAKE KILLS 24 PEOPLE", []got{
			{Kind: Count, Text: "24 PEOPLE", Value: 24, Noun: "PEOPLE"}}},
		// A name before a whole number does not make it a version.
		{"Yesterday Smith found 23 people.", []got{
			{Kind: Count, Text: "23 people", Value: 23, Noun: "people"}}},
	})
}

func TestPercent(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"Prices rose 3% in May.", []got{{Kind: Percent, Text: "3%", Value: 3, Unit: "%"}}},
		{"Profit fell 40 per cent.", []got{{Kind: Percent, Text: "40 per cent", Value: 40, Unit: "%"}}},
		{"It is 100 percent owned.", []got{{Kind: Percent, Text: "100 percent", Value: 100, Unit: "%"}}},
		{"about half of them", []got{{Kind: Percent, Text: "about half", Value: 50, Unit: "%", Range: "[45,55]", Approx: true}}},
		{"Profits halved.", []got{{Kind: Percent, Text: "halved", Value: 50, Unit: "%"}}},
		{"Sales doubled.", []got{{Kind: Percent, Text: "doubled", Value: 200, Unit: "%"}}},
		{"two-thirds of voters", []got{{Kind: Percent, Text: "two-thirds", Value: 200.0 / 3, Unit: "%"}}},
		{"a quarter of voters", []got{{Kind: Percent, Text: "a quarter", Value: 25, Unit: "%"}}},
		{"between 5% and 7%", []got{{Kind: Percent, Text: "between 5% and 7%", Value: 5, Unit: "%", Range: "[5,7]"}}},
		{"more than 60 pct", []got{{Kind: Percent, Text: "more than 60 pct", Value: 60, Unit: "%", Range: "(60,)"}}},
		// "the second half" is a part of a match, not a proportion.
		{"in the second half", []got{{Kind: Ordinal, Text: "second", Value: 2}}},
	})
}

func TestTitle(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"Deputy Secretary of the Treasury Wally Adeyemo said so.", []got{{
			Kind: Title, Text: "Deputy Secretary of the Treasury", Person: "Wally Adeyemo",
			Office: "deputy secretary of the treasury"}}},
		{"Wally Adeyemo, assistant secretary of the Treasury, said so.", []got{{
			Kind: Title, Text: "assistant secretary of the Treasury", Person: "Wally Adeyemo",
			Office: "assistant secretary of the treasury"}}},
		{"It is wrong, said Foreign Ministry Spokesman Wang Wenbin.", []got{{
			Kind: Title, Text: "Foreign Ministry Spokesman", Person: "Wang Wenbin",
			Office: "foreign ministry spokesman"}}},
		{"Secretary of State Antony Blinken flew in.", []got{{
			Kind: Title, Text: "Secretary of State", Person: "Antony Blinken", Office: "secretary of state"}}},
		// A rank joined by a hyphen is the office's.
		{"Vice-President Jon Arle flew in.", []got{{
			Kind: Title, Text: "Vice-President", Person: "Jon Arle", Office: "vice-president"}}},
		{"Vice-captain Ivo Rask scored twice.", []got{
			{Kind: Title, Text: "Vice-captain", Person: "Ivo Rask", Office: "vice-captain"},
			{Kind: Count, Text: "twice", Value: 2, Noun: "time"}}},
		// A title in lower case before a full name.
		{"The chain's chairman Steven Einhorn said so.", []got{{
			Kind: Title, Text: "chairman", Person: "Steven Einhorn", Office: "chairman"}}},
		{"Police spokesman Al Quintero said the men fled.", []got{{
			Kind: Title, Text: "Police spokesman", Person: "Al Quintero", Office: "police spokesman"}}},
		{"The film's director Martin Scorsese Jr Jones spoke.", nil},
		{"He met the director Smith.", nil},
		{"Halden chief executive Martin Greer apologized.", []got{{
			Kind: Title, Text: "Halden chief executive", Person: "Martin Greer", Office: "halden chief executive"}}},
		{"Chief executive Tomas Hale said the line would reopen.", []got{{
			Kind: Title, Text: "Chief executive", Person: "Tomas Hale", Office: "chief executive"}}},
		{"Delmar Health Commissioner Dr. Ruth Abara urged caution.", []got{{
			Kind: Title, Text: "Delmar Health Commissioner", Person: "Ruth Abara", Office: "delmar health commissioner"}}},
		{"The senior Tomas Hale spoke.", nil},
		{"The team has won finals under head coach Linda Farris.", []got{{
			Kind: Title, Text: "head coach", Person: "Linda Farris", Office: "head coach"}}},
		// A name said to hold an office.
		{"Mark Felt was deputy associate director of the FBI in 1972.", []got{{
			Kind: Title, Text: "deputy associate director of the FBI", Person: "Mark Felt",
			Office: "deputy associate director of the fbi"}}},
		{"Mark Felt worked as the associate director of the FBI.", []got{{
			Kind: Title, Text: "associate director of the FBI", Person: "Mark Felt",
			Office: "associate director of the fbi"}}},
		{"Mark Felt was a hero to many.", nil},
		{"Mark Felt was director.", []got{{
			Kind: Title, Text: "director", Person: "Mark Felt", Office: "director"}}},
		// No name follows: no title.
		{"The Secretary of the Treasury spoke on Monday.", nil},
	})
}

func TestParseOffice(t *testing.T) {
	tests := []struct {
		in   string
		want Office
	}{
		{"Deputy Secretary of the Treasury", Office{Ranks: []string{"deputy"}, Heads: []string{"secretary"}, Domain: []string{"treasury"}}},
		{"assistant secretary of the Treasury", Office{Ranks: []string{"assistant"}, Heads: []string{"secretary"}, Domain: []string{"treasury"}}},
		{"Foreign Ministry Spokesman", Office{Heads: []string{"spokesman"}, Domain: []string{"foreign", "ministry"}}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, ParseOffice(tt.in)); d != "" {
			t.Errorf("ParseOffice(%q) mismatch (-want +got):\n%s", tt.in, d)
		}
	}
}

func TestMeasure(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"The town lies 10 km away.", []got{{Kind: Measure, Text: "10 km", Value: 10, Unit: "km"}}},
		{"They bought a 45-acre farm.", []got{{Kind: Measure, Text: "45-acre", Value: 45, Unit: "acre"}}},
		{"He weighs 200lbs.", []got{{Kind: Measure, Text: "200lbs", Value: 200, Unit: "pound"}}},
		{"The park covers 190 km2.", []got{{Kind: Measure, Text: "190 km2", Value: 190, Unit: "km²"}}},
		{"It can run at over 188 miles an hour.", []got{{Kind: Measure, Text: "over 188 miles an hour", Value: 188, Unit: "mph", Range: "(188,)"}}},
		{"It fell to -5 °C overnight.", []got{{Kind: Measure, Text: "-5 °C", Value: -5, Unit: "°C"}}},
		{"A magnitude 5.9 quake hit.", []got{{Kind: Measure, Text: "magnitude 5.9", Value: 5.9, Unit: "magnitude"}}},
		{"The 5.9-magnitude quake hit.", []got{{Kind: Measure, Text: "5.9-magnitude", Value: 5.9, Unit: "magnitude"}}},
		{"It had a magnitude of 6.1.", []got{{Kind: Measure, Text: "magnitude of 6.1", Value: 6.1, Unit: "magnitude"}}},
		// The unit written once after a list, or not at all after "measuring"
		// in a sentence about a quake.
		{"The 6.9 and 6.2 magnitude quakes hit the coast.", []got{
			{Kind: Measure, Text: "6.9", Value: 6.9, Unit: "magnitude"},
			{Kind: Measure, Text: "6.2 magnitude", Value: 6.2, Unit: "magnitude"}}},
		{"Two tremors, measuring 6.9 and 6.2, shook the coast.", []got{
			{Kind: Count, Text: "Two tremors", Value: 2, Noun: "tremors"},
			{Kind: Measure, Text: "6.9", Value: 6.9, Unit: "magnitude"},
			{Kind: Measure, Text: "6.2", Value: 6.2, Unit: "magnitude"}}},
		{"The wells lie 4, 8 or 12 km apart.", []got{
			{Kind: Measure, Text: "4", Value: 4, Unit: "km"},
			{Kind: Measure, Text: "8", Value: 8, Unit: "km"},
			{Kind: Measure, Text: "12 km", Value: 12, Unit: "km"}}},
		// Without a quake, "measuring" sizes something else.
		{"A table measuring 1.5 by 2 was sold.", []got{{Kind: Number, Text: "1.5", Value: 1.5}, {Kind: Number, Text: "2", Value: 2}}},
		{"Seats 4 and 9 points apart.", []got{{Kind: Number, Text: "4", Value: 4}, {Kind: Count, Text: "9 points", Value: 9, Noun: "points"}}},
		{"He is 5 ft 2 in tall.", []got{{Kind: Measure, Text: "5 ft 2 in", Value: 5 + 2.0/12, Unit: "foot"}}},
		{"She is 1.8m tall.", []got{{Kind: Measure, Text: "1.8m", Value: 1.8, Unit: "metre"}}},
		// A range whose first end leaves its unit to the second.
		{"They boarded a 12- to 15-foot skiff.", []got{{Kind: Measure, Text: "12- to 15-foot", Value: 12, Unit: "foot", Range: "[12,15]"}}},
		{"Waves of 3- to 4-metre height hit the pier.", []got{{Kind: Measure, Text: "3- to 4-metre", Value: 3, Unit: "metre", Range: "[3,4]"}}},
		// A gun's caliber, in inches, with or without its decimal point.
		{"He pointed a .38-caliber revolver.", []got{{Kind: Measure, Text: ".38-caliber", Value: 0.38, Unit: "caliber"}}},
		{"He pointed a 38-caliber revolver.", []got{{Kind: Measure, Text: "38-caliber", Value: 0.38, Unit: "caliber"}}},
		{"She carried a 357 calibre handgun.", []got{{Kind: Measure, Text: "357 calibre", Value: 0.357, Unit: "caliber"}}},
		{"a 1/4 mile oval", []got{{Kind: Measure, Text: "1/4 mile", Value: 0.25, Unit: "mile"}}},
		{"some 13 nautical miles off the coast", []got{{Kind: Measure, Text: "some 13 nautical miles", Value: 13, Unit: "nautical mile", Range: "[11.7,14.3]", Approx: true}}},
		// A network generation is no gram.
		{"The 5G network opened.", []got{{Kind: Number, Text: "5", Value: 5}}},
		{"He was 5 ft 2 in the morning.", []got{{Kind: Measure, Text: "5 ft", Value: 5, Unit: "foot"}, {Kind: Number, Text: "2", Value: 2}}},
	})
}

func TestDurationAndAge(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"The strike lasted 136 days.", []got{{Kind: Duration, Text: "136 days", Value: 136, Unit: "day"}}},
		// A mark out of ten in brackets is no share.
		{"Keeper Abel Sousa (6/10) made the save.", []got{{Kind: Number, Text: "6/10", Value: 0.6}}},
		// A fraction joined to a unit of time is a span, not a share.
		{"He kept the act up for a quarter-century.", []got{{Kind: Duration, Text: "a quarter-century", Value: 0.25, Unit: "century"}}},
		{"A quarter of voters agreed.", []got{{Kind: Percent, Text: "A quarter", Value: 25, Unit: "%"}}},
		{"It took four and a half months.", []got{{Kind: Duration, Text: "four and a half months", Value: 4.5, Unit: "month"}}},
		{"It took six months.", []got{{Kind: Duration, Text: "six months", Value: 6, Unit: "month"}}},
		{"more than two years later", []got{{Kind: Duration, Text: "more than two years", Value: 2, Unit: "year", Range: "(2,)"}}},
		{"A 32-year-old man was held.", []got{{Kind: Age, Text: "32-year-old", Value: 32, Unit: "year"}}},
		{"She died aged 91.", []got{{Kind: Age, Text: "aged 91", Value: 91, Unit: "year"}}},
		{"He is 91 years old.", []got{{Kind: Age, Text: "91 years old", Value: 91, Unit: "year"}}},
	})
}

func TestDays(t *testing.T) {
	c := Claim{Kind: Duration, Value: 2, Unit: "week"}
	if d, ok := c.Days(); !ok || d != 14 {
		t.Errorf("Days of 2 weeks = %v, %v; want 14, true", d, ok)
	}
	c = Claim{Kind: Count, Value: 2, Unit: "week"}
	if _, ok := c.Days(); ok {
		t.Errorf("Days of a count reports ok")
	}
}

func TestNumberWords(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"one hundred and twenty-five", []got{{Kind: Number, Text: "one hundred and twenty-five", Value: 125}}},
		{"three thousand four hundred", []got{{Kind: Number, Text: "three thousand four hundred", Value: 3400}}},
		{"two million three hundred thousand", []got{{Kind: Number, Text: "two million three hundred thousand", Value: 2.3e6}}},
		{"nine hundred ninety-nine billion", []got{{Kind: Number, Text: "nine hundred ninety-nine billion", Value: 999e9}}},
		{"a thousand", []got{{Kind: Number, Text: "a thousand", Value: 1000}}},
		{"three dozen", []got{{Kind: Number, Text: "three dozen", Value: 36}}},
		{"half a million", []got{{Kind: Number, Text: "half a million", Value: 5e5}}},
		{"two and a half million", []got{{Kind: Number, Text: "two and a half million", Value: 2.5e6}}},
		{"10 bln", []got{{Kind: Number, Text: "10 bln", Value: 1e10}}},
		{"3k", []got{{Kind: Number, Text: "3k", Value: 3000}}},
		{"1.5 million", []got{{Kind: Number, Text: "1.5 million", Value: 1.5e6}}},
		{"twenty-one trillion and three hundred", []got{{Kind: Number, Text: "twenty-one trillion and three hundred", Value: 21e12 + 300}}},
		{"Three hundred and thirty one", []got{{Kind: Number, Text: "Three hundred and thirty one", Value: 331}}},
		{"five and a half million", []got{{Kind: Number, Text: "five and a half million", Value: 5.5e6}}},
		{"one million and a half", []got{{Kind: Number, Text: "one million and a half", Value: 1.5e6}}},
		{"three quarters billion", []got{{Kind: Number, Text: "three quarters billion", Value: 0.75e9}}},
		{"two point zero five", []got{{Kind: Number, Text: "two point zero five", Value: 2.05}}},
		{"minus five", []got{{Kind: Number, Text: "minus five", Value: -5}}},
		{"1.3e6", []got{{Kind: Number, Text: "1.3e6", Value: 1.3e6}}},
		{"a population of 1 414 021 100", []got{{Kind: Count, Text: "population of 1 414 021 100", Value: 1414021100, Noun: "population"}}},
		{"a sum of 12,34,567", []got{{Kind: Number, Text: "12,34,567", Value: 1234567}}},
		{"3 hundred and 21", []got{{Kind: Number, Text: "3 hundred and 21", Value: 321}}},
		{"the one you mentioned", nil},
		{"It was -5 degrees.", []got{{Kind: Measure, Text: "-5 degrees", Value: -5, Unit: "degree"}}},
	})
}

func TestOrdinal(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"for the first time", []got{{Kind: Ordinal, Text: "first", Value: 1}}},
		{"the 21st century", []got{{Kind: Ordinal, Text: "21st", Value: 21}}},
		{"the third-largest bank", []got{{Kind: Ordinal, Text: "third", Value: 3}}},
		// "a third" before a noun is the next of a series, not a share.
		{"police arrested a third man", []got{{Kind: Ordinal, Text: "third", Value: 3}}},
		{"a sixth work was missing", []got{{Kind: Ordinal, Text: "sixth", Value: 6}}},
		{"a fifth-place finish", []got{{Kind: Ordinal, Text: "fifth", Value: 5}}},
		{"a third of the votes", []got{{Kind: Percent, Text: "a third", Value: 100.0 / 3, Unit: "%"}}},
		{"a third said no", []got{{Kind: Percent, Text: "a third", Value: 100.0 / 3, Unit: "%"}}},
		{"prices are a fifth higher", []got{{Kind: Percent, Text: "a fifth", Value: 20, Unit: "%"}}},
		{"the twenty-first floor", []got{{Kind: Ordinal, Text: "twenty-first", Value: 21}}},
		{"the one hundredth", []got{{Kind: Ordinal, Text: "one hundredth", Value: 100}}},
		{"its 2nd and 3rd rounds", []got{{Kind: Ordinal, Text: "2nd", Value: 2}, {Kind: Ordinal, Text: "3rd", Value: 3}}},
	})
}

func TestBounds(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"between 10 and 20", []got{{Kind: Number, Text: "between 10 and 20", Value: 10, Range: "[10,20]"}}},
		{"10-20", []got{{Kind: Number, Text: "10-20", Value: 10, Range: "[10,20]"}}},
		{"from 5 to 7", []got{{Kind: Number, Text: "from 5 to 7", Value: 5, Range: "[5,7]"}}},
		{"15-20 million", []got{{Kind: Number, Text: "15-20 million", Value: 15e6, Range: "[15000000,20000000]"}}},
		{"up to 30", []got{{Kind: Number, Text: "up to 30", Value: 30, Range: "(,30]"}}},
		{"fewer than 30", []got{{Kind: Number, Text: "fewer than 30", Value: 30, Range: "(,30)"}}},
		{"at least 30", []got{{Kind: Number, Text: "at least 30", Value: 30, Range: "[30,)"}}},
		{"nearly 30", []got{{Kind: Number, Text: "nearly 30", Value: 30, Range: "[27,30]", Approx: true}}},
		{"almost 30", []got{{Kind: Number, Text: "almost 30", Value: 30, Range: "[27,30]", Approx: true}}},
		{"just under 30", []got{{Kind: Number, Text: "just under 30", Value: 30, Range: "[27,30)", Approx: true}}},
		{"about 30", []got{{Kind: Number, Text: "about 30", Value: 30, Range: "[27,33]", Approx: true}}},
		{"just over 30", []got{{Kind: Number, Text: "just over 30", Value: 30, Range: "(30,33]", Approx: true}}},
		{"30 or more", []got{{Kind: Number, Text: "30 or more", Value: 30, Range: "[30,)"}}},
		{"less than or equal to 30", []got{{Kind: Number, Text: "less than or equal to 30", Value: 30, Range: "(,30]"}}},
		{"when x >= 30", []got{{Kind: Number, Text: ">= 30", Value: 30, Range: "[30,)"}}},
		{"above 1000 and below 1500", []got{{Kind: Number, Text: "above 1000 and below 1500", Value: 1000, Range: "(1000,1500)"}}},
		{"more than 40 and less than 10", []got{
			{Kind: Number, Text: "more than 40", Value: 40, Range: "(40,)"},
			{Kind: Number, Text: "less than 10", Value: 10, Range: "(,10)"}}},
		{"500 or less", []got{{Kind: Number, Text: "500 or less", Value: 500, Range: "(,500]"}}},
		{"less than 5000 or equal", []got{{Kind: Number, Text: "less than 5000 or equal", Value: 5000, Range: "(,5000]"}}},
		{"20 through 100", []got{{Kind: Number, Text: "20 through 100", Value: 20, Range: "[20,100]"}}},
		{"exceeded 3000 tonnes", []got{{Kind: Measure, Text: "exceeded 3000 tonnes", Value: 3000, Unit: "tonne", Range: "(3000,)"}}},
		{"one in five", []got{{Kind: Percent, Text: "one in five", Value: 20, Unit: "%"}}},
		// A score is no range.
		{"they won 20-13", []got{{Kind: Score, Text: "20-13", Value: 20, Noun: "final"}}},
	})
}

func TestNotQuantities(t *testing.T) {
	for _, in := range []string{
		"The video runs 02:29.",
		"It happened in 2019.",
		"She modelled from 1951-1957.",
		"Call 555-123-4567 now.",
		"1. The list starts here\n2) and goes on",
		"The COVID-19 pandemic spread.",
		"It was announced on Dec. 10 in Washington.",
		"It was announced on December 10.",
		"Published 2021-12-12 online.",
		"Published 12/12/2021 online.",
		"See https://example.com/news/2021/12/10/story-123 for more.",
		"Details: Www.example.com/report?id=4500 shows it.",
		"Write to desk42@example.com today.",
		"The G7 met.",
		"Version 2.0.1 shipped.",
		"The ports are USB 3.0 and Thunderbolt.",
		"Apple showed iOS 6 on stage.",
	} {
		if g := extract(in); len(g) != 0 {
			t.Errorf("Extract(%q) = %+v, want nothing", in, g)
		}
	}
}

func TestComparable(t *testing.T) {
	for k, want := range map[Kind]bool{
		Number: false, Ordinal: false,
		Count: true, Percent: true, Money: true, Title: true, Duration: true, Age: true, Measure: true,
	} {
		c := Claim{Kind: k}
		if c.Comparable() != want {
			t.Errorf("Claim{Kind: %s}.Comparable() = %v, want %v", k, !want, want)
		}
	}
}

func TestProvenance(t *testing.T) {
	text := "Headline\n\nIt raised é US$768 million. Then it fell."
	src := sources.New("p", "p.txt", text)
	cs := Extract(src)
	if len(cs) != 1 {
		t.Fatalf("Extract = %+v, want one claim", cs)
	}
	c := cs[0]
	if c.Text != text[c.Start:c.End] || c.Line != 3 || c.Col != 13 || c.Source != "p" ||
		c.Sentence != "It raised é US$768 million." || text[c.SentenceStart:c.SentenceStart+2] != "It" {
		t.Errorf("provenance: %+v", c)
	}
	lo, hi, loOpen, hiOpen := c.Range()
	if lo != 768e6 || hi != 768e6 || loOpen || hiOpen {
		t.Errorf("Range() = %v, %v, %v, %v; want an exact 768e6", lo, hi, loOpen, hiOpen)
	}
}

// TestLineCol checks each claim's line and column against a fresh
// source's: the claims of a sentence are found out of order (numbers, then
// titles and dates before them), and Source.LineCol counts a column on
// from the last one it was asked for.
func TestLineCol(t *testing.T) {
	for _, text := range []string{
		"Headline\n\nIt raised é US$768 million. Then it fell.",
		"On Dec. 10, 2021, Deputy Secretary of the Treasury Wally Adeyemo said 40% of the 1,300 workers, ‘about 12 of them’, left at 7:37 a.m. on Friday.",
		"Ünïcödé — 3 ships; Captain Jo Lee, 58, said on May 2 that 14 crew were hurt.\r\nSecond line: 7 km and 5 dogs.\n\n\tIndented, 9 cats in 2019.",
		"Ten people died. On Monday, the second to last of 26 boats sank at 2:06:41.",
	} {
		cs := Extract(sources.New("p", "p.txt", text))
		fresh := func(off int) [2]int {
			line, col := sources.New("p", "p.txt", text).LineCol(off)
			return [2]int{line, col}
		}
		var got, want [][2]int
		for _, c := range cs {
			got = append(got, [2]int{c.Line, c.Col})
			want = append(want, fresh(c.TextStart))
		}
		if len(cs) == 0 {
			t.Errorf("%q: no claims to test", text)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("lines and columns of the claims of %q (-fresh source +Extract):\n%s", text, d)
		}
	}
}

// TestLongLine checks that a line without sentence ends is cut into bounded
// pieces: every claim on it is still found, and no sentence is longer than
// maxSentence.
func TestLongLine(t *testing.T) {
	var b strings.Builder
	for b.Len() < 100*maxSentence {
		b.WriteString("and then 12 people arrived ")
	}
	cs := Extract(sources.New("t", "t.txt", b.String()))
	want := strings.Count(b.String(), "12 people")
	counts := 0
	for _, c := range cs {
		if c.Kind == Count {
			counts++
		}
		if len(c.Sentence) > maxSentence {
			t.Fatalf("a sentence of %d bytes", len(c.Sentence))
		}
	}
	// A count cut in two at a piece's end is lost: at most one a piece.
	if counts < want-want/100-1 {
		t.Errorf("found %d counts of %d", counts, want)
	}
}

// TestExtractorLetsGo checks that an Extractor keeps nothing of a source
// once it has read it: no claim and no token in all of its buffers' room,
// whatever the sentences of the sources before.
func TestExtractorLetsGo(t *testing.T) {
	var e Extractor
	for _, text := range []string{
		"Officials said 40 homes burned, 12 people were hurt and 3,000 acres of land, the size of " +
			"twenty farms, were lost in a fire that spread over 5 miles on Monday, Dec. 12.\nShort one: 4 cars.",
		"Two cars. Three vans.",
		"",
		"He was 77.",
	} {
		e.Extract(sources.New("s", "s.txt", text))
		x := &e.x
		for i, c := range x.out[:cap(x.out)] {
			if c.Text != "" || c.Sentence != "" || c.Context != nil {
				t.Errorf("after %.20q: claim %d of the buffer's room is kept: %q", text, i, c.Text)
			}
		}
		for i, tok := range x.toks[:cap(x.toks)] {
			if tok != (token{}) {
				t.Errorf("after %.20q: token %d of the buffer's room is kept: %q", text, i, tok.text)
			}
		}
		if x.src != nil {
			t.Errorf("after %.20q: the source is kept", text)
		}
	}
}

// kindTest is an input and the claims of one kind expected from it.
type kindTest struct {
	in   string
	want []kindClaim
}

// kindClaim is a claim as runKindTests compares it: its text, its value
// and one more field.
type kindClaim struct {
	Text  string
	Value float64
	Field string
}

func claimNoun(c Claim) string   { return c.Noun }
func claimPerson(c Claim) string { return c.Person }
func claimUnit(c Claim) string   { return c.Unit }

// runKindTests runs Extract on each input and compares its claims of kind
// with the test's, by text, value and the field that field reads.
func runKindTests(t *testing.T, kind Kind, field func(Claim) string, tests []kindTest) {
	t.Helper()
	for _, tt := range tests {
		var got []kindClaim
		for _, c := range extractAll(tt.in) {
			if c.Kind == kind {
				got = append(got, kindClaim{c.Text, c.Value, field(c)})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) %s claims (-want +got):\n%s", tt.in, kind, d)
		}
	}
}

func TestSortByStart(t *testing.T) {
	// Claims by Start, with Value telling apart those of one Start.
	claims := func(starts ...int) []Claim {
		var out []Claim
		for i, s := range starts {
			out = append(out, Claim{Start: s, Value: float64(i)})
		}
		return out
	}
	tests := [][]Claim{
		nil,
		claims(5),
		claims(1, 2, 3),
		claims(3, 2, 1),
		claims(10, 20, 30, 5, 25),           // a pass's claims after another's
		claims(7, 3, 7, 3, 7, 1, 3),         // ties keep their order
		claims(make([]int, shortSort+1)...), // past shortSort, all ties
		claims(40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21,
			20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1),
	}
	for _, in := range tests {
		want := slices.Clone(in)
		slices.SortStableFunc(want, func(a, b Claim) int { return a.Start - b.Start })
		got := slices.Clone(in)
		sortByStart(got)
		if d := cmp.Diff(want, got, cmp.AllowUnexported(Claim{})); d != "" {
			t.Errorf("sortByStart of the Starts %v (-want +got):\n%s", starts(in), d)
		}
	}
}

// starts returns the Starts of claims.
func starts(claims []Claim) []int {
	var out []int
	for _, c := range claims {
		out = append(out, c.Start)
	}
	return out
}

// TestExtractorReuse checks that an Extractor gives each source the claims
// a fresh one gives it, whether through Extract, which keeps a source's
// claims in its buffer and drops those that people.link rejects there, or
// through Each, which passes them on sentence by sentence.
func TestExtractorReuse(t *testing.T) {
	var long strings.Builder
	for long.Len() < 20*maxSentence {
		long.WriteString("Minister Okafor said 5 people died. Then 12 were hurt on Friday.\n")
	}
	texts := []string{
		// The titles of one-word names that no full name stands for
		// are dropped, from the middle of a sentence's claims.
		"Finance Minister Okafor said 5 people died and 12 were hurt. Chief Executive Lee said 40% of the 300 staff left on Friday.",
		"No claim here.",
		"Deputy Secretary of the Treasury Wally Adeyemo said US$768 million was raised. Adeyemo, 45, said so on Dec. 10, 2021.",
		"",
		long.String(), // more claims than the buffer holds at first
		"Ten people died. On Monday, 26 boats sank at 2:06:41.",
	}
	var e Extractor
	for round := range 2 {
		for _, text := range texts {
			checkReused(t, &e, text, fmt.Sprintf("round %d", round))
		}
	}
}

// FuzzExtractorReuse holds an Extractor that has read one text to a fresh
// one on the next, through Extract and Each.
func FuzzExtractorReuse(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)])
	}
	f.Fuzz(func(t *testing.T, first, next string) {
		var e Extractor
		e.Extract(sources.New("p", "p.txt", first))
		checkReused(t, &e, next, "after Extract")
		e.Each(sources.New("p", "p.txt", first), func(Claim) {})
		checkReused(t, &e, next, "after Each")
	})
}

// checkReused checks that e, which may have read other sources, gives text
// through Extract and Each the claims a fresh Extractor's Extract gives.
func checkReused(t *testing.T, e *Extractor, text, when string) {
	t.Helper()
	src := sources.New("p", "p.txt", text)
	want := Extract(sources.New("p", "p.txt", text))
	var each []Claim
	e.Each(src, func(c Claim) { each = append(each, c) })
	got := e.Extract(src)
	opts := cmp.Options{cmp.AllowUnexported(Claim{}), cmpopts.EquateEmpty()}
	if d := cmp.Diff(want, got, opts); d != "" {
		t.Errorf("%s, %.40q: Extract of a reused Extractor (-fresh +reused):\n%s", when, text, d)
	}
	if d := cmp.Diff(want, each, opts); d != "" {
		t.Errorf("%s, %.40q: Each of a reused Extractor (-fresh Extract +Each):\n%s", when, text, d)
	}
}

// TestFurnitureSkipped checks that no claim is taken from the sentences of
// furniture lines, wherever they stand among the others, and every claim
// from the other lines.
func TestFurnitureSkipped(t *testing.T) {
	lines := []string{
		"Four people died. 7 were hurt.",
		"Advert: 50% off. Buy 2 now.",
		"12 were rescued. Then 3 more.",
		"Sign up for 1 newsletter.",
		"Sign up for 2 newsletters.",
		"Five people drowned. 9 were missing.",
		"Last: 6 boats.",
	}
	text := strings.Join(lines, "\n")
	for _, furniture := range [][]int{nil, {1}, {1, 3, 4}, {0, 6}, {3, 4, 6}} {
		src := sources.New("f", "f.txt", text)
		src.Furniture = nil
		for _, n := range furniture {
			start := strings.Index(text, lines[n])
			src.Furniture = append(src.Furniture, sources.Span{Start: start, End: start + len(lines[n])})
		}
		var got []string
		for _, c := range Extract(src) {
			got = append(got, fmt.Sprintf("%d %s %q", c.Line, c.Kind, c.Text))
		}
		var want []string
		all := sources.New("f", "f.txt", text)
		all.Furniture = nil // "Sign up" lines are furniture by the rules
		for _, c := range Extract(all) {
			if !slices.Contains(furniture, c.Line-1) {
				want = append(want, fmt.Sprintf("%d %s %q", c.Line, c.Kind, c.Text))
			}
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("furniture lines %v (-want +got):\n%s", furniture, d)
		}
	}
}
