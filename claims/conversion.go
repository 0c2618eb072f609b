package claims

// Conversions: a sum written in brackets right after another, "a euro110
// billion ($141 billion) loan", "a 110 billion euro (93.6 billion pound)
// aid package", is the same sum in another currency, converted by the
// report for its readers. It keeps the sum it converts (Claim.Converts),
// so that reconcile can tell conversions of one sum from figures of their
// own. The sum converted may have lost its currency sign ("a? 110-billion
// ($143-billion)", a euro sign the page's encoding dropped): a bare
// figure then, whose currency is not known.

// Converted is the sum a conversion converts: its value, and its currency
// when the report writes one.
type Converted struct {
	Value float64
	Unit  string
}

// conversionOf returns the sum that the money of amount a converts: the
// sentence's claim just before it, a sum of money or a bare figure, with
// nothing but an opening bracket between them.
func (x *sentenceExtractor) conversionOf(a *amount) *Converted {
	prev := x.last()
	if prev == nil || a.first < 1 || x.toks[a.first-1].text != "(" || prev.endToken != a.first-1 {
		return nil
	}
	if prev.Kind != Money && prev.Kind != Number || prev.Min != nil || prev.Max != nil || prev.Value <= 0 {
		return nil
	}
	return &Converted{Value: prev.Value, Unit: prev.Unit}
}
