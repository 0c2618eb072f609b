package claims

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/sources"
)

// The acceptance suite: the English specs of Microsoft Recognizers-Text in
// ../shared/external/recognizers, an outside view of what a number, a range,
// a percentage, an ordinal, an amount of money and a measure are. Each case
// is run through the recognizers and its expected results compared on span
// (case folded), value and unit. Recall is the share of expected results
// found exactly; precision the share of results found that were expected.

const recognizersDir = "../../shared/external/recognizers"

type specCase struct {
	Input                string
	Results              []specResult
	NotSupported         string
	NotSupportedByDesign string
}

type specResult struct {
	Text       string
	TypeName   string
	Resolution map[string]any
	Start, End int // character offsets, End inclusive
}

// found is one result, from the spec or from the recognizers: a byte span of
// the input, a value written as the spec writes it, and a unit.
type found struct {
	start, end int
	value      string
	unit       string
}

// model runs the recognizers on an input the way one spec file sees them.
type model struct {
	name string // the file, unless it says otherwise
	file string
	min  struct{ recall, precision float64 } // the thresholds, in per cent
	find func(input string) []found
	// expect turns a spec result into a found, or reports false when the
	// result is out of the suite's scope; skipWhy says why.
	expect func(r specResult) (found, bool)
}

// skipped lists the spec results left out of the figures beyond those that
// the spec marks as unsupported by .NET, its reference implementation.
var skipped = []string{
	"a result without a value ('percent' in 'a small percent', 'dollar' in 'dollar : 143.80 yen', " +
		"'mcg', 'metric ton'): a unit named without a number is no quantity claim",
	"DimensionModel: units outside length, distance, weight, area, speed and temperature " +
		"(volume, information, cooking, angle, turns): beyond the scope set for this suite",
}

func TestRecognizers(t *testing.T) {
	if _, err := os.Stat(recognizersDir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the recognizers suite is missing: %v", err)
		}
		t.Skipf("the recognizers suite is missing (%v); it lives in ../shared beside the project", err)
	}
	for _, why := range skipped {
		t.Log("left out:", why)
	}
	for _, m := range models() {
		if m.name == "" {
			m.name = m.file
		}
		t.Run(strings.TrimSuffix(m.name, "Model.json"), func(t *testing.T) {
			runModel(t, m)
		})
	}
}

func runModel(t *testing.T, m model) {
	data, err := os.ReadFile(filepath.Join(recognizersDir, m.file))
	if err != nil {
		t.Fatal(err)
	}
	var cases []specCase
	if err := json.Unmarshal([]byte(strings.TrimPrefix(string(data), "\ufeff")), &cases); err != nil {
		t.Fatal(err)
	}
	var expected, hit, predicted, right int
	for _, c := range cases {
		if strings.Contains(strings.ToLower(c.NotSupported+c.NotSupportedByDesign), "dotnet") {
			continue
		}
		var want []found
		for _, r := range c.Results {
			f, ok := m.expect(r)
			if !ok {
				continue
			}
			f.start, f.end = byteOffset(c.Input, r.Start), byteOffset(c.Input, r.End+1)
			if !strings.EqualFold(c.Input[f.start:f.end], r.Text) {
				t.Fatalf("%s: %q: result %q is not at %d-%d", m.file, c.Input, r.Text, r.Start, r.End)
			}
			want = append(want, f)
		}
		got := m.find(c.Input)
		expected += len(want)
		predicted += len(got)
		for _, w := range want {
			if contains(got, w) {
				hit++
			} else if testing.Verbose() {
				t.Logf("missed %q %v in %q; found %s", c.Input[w.start:w.end], w, c.Input, show(c.Input, got))
			}
		}
		for _, g := range got {
			if contains(want, g) {
				right++
			} else if testing.Verbose() {
				t.Logf("unexpected %q %v in %q", c.Input[g.start:g.end], g, c.Input)
			}
		}
	}
	recall := 100 * float64(hit) / float64(max(expected, 1))
	precision := 100 * float64(right) / float64(max(predicted, 1))
	fmt.Printf("%-32s recall %5.1f%% (%d/%d)  precision %5.1f%% (%d/%d)\n",
		m.name, recall, hit, expected, precision, right, predicted)
	if recall < m.min.recall {
		t.Errorf("%s: recall %.1f%%, want at least %.0f%%", m.name, recall, m.min.recall)
	}
	if precision < m.min.precision {
		t.Errorf("%s: precision %.1f%%, want at least %.0f%%", m.name, precision, m.min.precision)
	}
}

func show(input string, fs []found) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%q=%s%s", input[f.start:f.end], f.value, f.unit))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func contains(fs []found, f found) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

// byteOffset converts a character offset into s to a byte offset.
func byteOffset(s string, chars int) int {
	i := 0
	for n := 0; n < chars && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// specFormat writes v as the spec compares it: to 12 significant digits.
func specFormat(v float64) string {
	if v == 0 {
		return "0"
	}
	return strconv.FormatFloat(v, 'g', 12, 64)
}

// specNumber rewrites a spec value ("1E-12", "0.666666666666667") the same way.
func specNumber(s string) string {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return specFormat(v)
}

func specValue(r specResult) (string, bool) {
	v, ok := r.Resolution["value"].(string)
	if !ok || v == "null" {
		return "", false
	}
	return v, true
}

// claimsOf runs Extract on one input.
func claimsOf(input string) []Claim {
	return Extract(sources.New("spec", "spec.txt", input))
}

func models() []model {
	return []model{
		{
			file: "NumberModel.json", min: threshold(95, 95),
			find:   findNumbers,
			expect: expectNumber,
		},
		{
			file: "NumberRangeModel.json", min: threshold(90, 90),
			find:   findRanges,
			expect: expectRange,
		},
		{
			file: "PercentModel.json", min: threshold(95, 95),
			find:   findPercents,
			expect: expectPercent,
		},
		{
			file: "OrdinalModel.json", min: threshold(90, 90),
			find:   findOrdinals,
			expect: expectNumber,
		},
		{
			file: "CurrencyModel.json", min: threshold(90, 90),
			find:   findMoney,
			expect: expectMoney,
		},
		{
			file: "DimensionModel.json", min: threshold(85, 85),
			find:   findMeasures,
			expect: expectMeasure,
		},
	}
}

func threshold(recall, precision float64) struct{ recall, precision float64 } {
	return struct{ recall, precision float64 }{recall, precision}
}

func expectNumber(r specResult) (found, bool) {
	v, ok := specValue(r)
	if !ok {
		return found{}, false
	}
	return found{value: specNumber(v)}, true
}

// findNumbers finds every number phrase, as number.go reads them: the
// NumberModel asks for numbers wherever they are, in dates, codes and
// amounts of money alike, which claims leave out as quantities.
func findNumbers(input string) []found {
	var out []found
	for _, s := range sentences(input, 0, len(input)) {
		toks := lex(nil, input, s.start, s.end)
		for i := 0; i < len(toks); {
			if o, ok := parseOrdinal(toks, i); ok {
				i = o.end
				continue
			}
			n, ok := parseNumber(toks, i)
			if !ok {
				i++
				continue
			}
			if n.end < len(toks) && toks[n.end].adjacent() && toks[n.end].kind == tWord {
				i = n.end // "180ml", "29km": a measure, whose number is no bare number
				continue
			}
			out = append(out, found{start: toks[n.first].start, end: toks[n.end-1].end, value: specFormat(n.value)})
			i = n.end
		}
	}
	return out
}

func findOrdinals(input string) []found {
	var out []found
	for _, c := range claimsOf(input) {
		if c.Kind == Ordinal {
			out = append(out, found{start: c.Start, end: c.End, value: ordinalValue(&c)})
		}
	}
	return out
}

// ordinalValue writes an ordinal as the spec does: "21", or "end-1" for a
// place counted from the end.
func ordinalValue(c *Claim) string {
	if c.Unit == "" {
		return specFormat(c.Value)
	}
	return fmt.Sprintf("%s%+d", c.Unit, int(c.Value))
}

func expectRange(r specResult) (found, bool) {
	v, ok := specValue(r)
	if !ok {
		return found{}, false
	}
	return found{value: specInterval(v)}, true
}

// specInterval rewrites a spec interval "[20,35)" with numbers written as
// specFormat writes them. Recognizers-Text leaves a two-sided range open at its
// upper end ("between 20 and 30" is [20,30)) where claims closes it; such a
// range is compared on its ends.
func specInterval(v string) string {
	if len(v) < 3 {
		return v
	}
	lo, hi, ok := strings.Cut(v[1:len(v)-1], ",")
	if !ok {
		return v
	}
	open, close := v[:1], v[len(v)-1:]
	if lo != "" && hi != "" && open == "[" && close == ")" && lo != hi {
		close = "]"
	}
	if lo != "" {
		lo = specNumber(lo)
	}
	if hi != "" {
		hi = specNumber(hi)
	}
	return open + lo + "," + hi + close
}

// claimInterval writes a claim's interval as specInterval does.
func claimInterval(c *Claim) string {
	var lo, hi string
	open, close := "(", ")"
	if c.Min != nil {
		lo = specFormat(*c.Min)
		if !c.MinOpen {
			open = "["
		}
	}
	if c.Max != nil {
		hi = specFormat(*c.Max)
		if !c.MaxOpen {
			close = "]"
		}
	}
	if c.Min == nil && c.Max == nil {
		lo, hi, open, close = specFormat(c.Value), specFormat(c.Value), "[", "]"
	}
	return open + lo + "," + hi + close
}

// findRanges reports the bounded amounts: "more than 30", "between 20 and
// 35"; an approximate amount ("about 30") is no range.
// A claim's bounding words come before its value ("equals 20" is [20,20]);
// a proportion, given in per cent, is compared as a fraction.
func findRanges(input string) []found {
	var out []found
	for _, c := range claimsOf(input) {
		if c.valueEnd == 0 || c.Approx || c.Min == nil && c.Max == nil && c.Start == c.valueStart {
			continue
		}
		if c.Kind == Percent && !signedPercent(c.Text) {
			c = scaleClaim(c, 0.01)
		}
		out = append(out, found{start: c.Start, end: c.valueEnd, value: claimInterval(&c)})
	}
	return out
}

// scaleClaim returns c with its value and bounds multiplied by f.
func scaleClaim(c Claim, f float64) Claim {
	c.Value *= f
	if c.Min != nil {
		v := *c.Min * f
		c.Min = &v
	}
	if c.Max != nil {
		v := *c.Max * f
		c.Max = &v
	}
	return c
}

func expectPercent(r specResult) (found, bool) {
	v, ok := specValue(r)
	if !ok {
		return found{}, false
	}
	return found{value: specNumber(strings.TrimSuffix(v, "%"))}, true
}

// findPercents reports the percentages written with a sign or the word
// "percent"; the spec has no proportions ("half").
func signedPercent(text string) bool {
	text = strings.ToLower(text)
	return strings.ContainsAny(text, "%‰") || strings.Contains(text, "per") || strings.Contains(text, "pct")
}

func findPercents(input string) []found {
	var out []found
	for _, c := range claimsOf(input) {
		if c.Kind != Percent || !signedPercent(c.Text) {
			continue
		}
		out = append(out, found{start: c.valueStart, end: c.End, value: specFormat(c.Value)})
	}
	return out
}

// currencies maps the spec's currency names, for results without an ISO
// code, to ISO 4217 codes and the factor from the spec's value to ours.
var currencies = map[string]struct {
	code   string
	factor float64
}{
	"Dollar": {"USD", 1}, "Cent": {"USD", 0.01}, "Pound": {"GBP", 1}, "Pence": {"GBP", 0.01},
	"Penny": {"GBP", 0.01}, "Franc": {"CHF", 1}, "Finnish markka": {"FIM", 1}, "Peseta": {"ESP", 1},
	"Netherlands guilder": {"NLG", 1}, "Rupee": {"INR", 1}, "Bitcoin": {"XBT", 1}, "Sen": {"JPY", 0.01},
	"Satoshi": {"XBT", 1e-8},
}

func expectMoney(r specResult) (found, bool) {
	v, ok := specValue(r)
	if !ok {
		return found{}, false
	}
	code, _ := r.Resolution["isoCurrency"].(string)
	unit, _ := r.Resolution["unit"].(string)
	factor := 1.0
	if code == "" {
		c, ok := currencies[unit]
		if !ok {
			c.code = "unknown currency " + unit
		}
		code, factor = c.code, c.factor
	}
	f, _ := strconv.ParseFloat(v, 64)
	return found{value: specFormat(f * factor), unit: code}, true
}

func findMoney(input string) []found {
	var out []found
	for _, c := range claimsOf(input) {
		if c.Kind == Money {
			out = append(out, found{start: c.valueStart, end: c.valueEnd, value: specFormat(c.Value), unit: c.Unit})
		}
	}
	return out
}

// measures maps the spec's unit names to ours, for the kinds of measure in
// the suite's scope.
var measures = map[string]string{
	"Kilometer": "km", "Meter": "metre", "Centimeter": "cm", "Millimeter": "mm", "Decimeter": "dm",
	"Picometer": "pm", "Mile": "mile", "Foot": "foot", "Inch": "inch", "Yard": "yard",
	"Kilogram": "kg", "Gram": "g", "Milligram": "mg", "Microgram": "µg", "Metric ton": "tonne",
	"Ton": "ton", "Pound": "pound", "Ounce": "ounce", "Acre": "acre", "Hectare": "hectare",
	"Square meter": "m²", "Square kilometer": "km²", "Square mile": "square mile", "Square foot": "square foot",
	"Mile per hour": "mph", "Kilometer per hour": "km/h", "Knot": "knot",
	"Meter per millisecond": "m/ms", "Centimeter per millisecond": "cm/ms", "Kilometer per millisecond": "km/ms",
	"C": "°C", "F": "°F",
}

func expectMeasure(r specResult) (found, bool) {
	v, ok := specValue(r)
	unit, _ := r.Resolution["unit"].(string)
	u, inScope := measures[unit]
	if !ok || !inScope {
		return found{}, false
	}
	return found{value: specNumber(v), unit: u}, true
}

// measureInScope reports whether one of our units is of a kind in scope.
func measureInScope(unit string) bool {
	for _, u := range measures {
		if u == unit {
			return true
		}
	}
	return false
}

func findMeasures(input string) []found {
	var out []found
	for _, c := range claimsOf(input) {
		if c.Kind == Measure && measureInScope(c.Unit) {
			out = append(out, found{start: c.valueStart, end: c.End, value: specFormat(c.Value), unit: c.Unit})
		}
	}
	return out
}
