package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

func TestModelOf(t *testing.T) {
	tests := []struct {
		sentence string
		want     []productModel // of each price, in order
	}{
		{"Zento will ask $499 for the base 10-inch version and $699 for a 12-inch version.",
			[]productModel{{"10", ""}, {"12", ""}}},
		{"If you prefer the classic Zento Slate design, Zento will ask $499 for the base 10-inch version.",
			[]productModel{{"10", "zento slate"}}},
		{"Zento's new Slate Pro line starts at $599 for the 12-inch option.",
			[]productModel{{"12", "slate pro"}}},
		{"The 12-inch Slate Pro costs $599, while the 14-inch will sell for $799.",
			[]productModel{{"12", "slate pro"}, {"14", "slate pro"}}},
		{"The 10″ Slate Air will cost $399.", []productModel{{"10", "slate air"}}},
		// A quotation mark after a figure closes a quote, not a size.
		{`The "Vision 2030" plan will cost $500 billion.`, []productModel{{}}},
		{"The “Vision 2030” plan will cost $500 billion.", []productModel{{}}},
		{"Though the 10-inch Air still starts at $399, the 12-inch now costs $449.",
			[]productModel{{"10", "air"}, {"12", "air"}}},
		{"The tablet costs $399 and ships in May.", []productModel{{}}},
	}
	for _, tt := range tests {
		var got []productModel
		for _, c := range claims.Extract(sources.New("a", "a.txt", tt.sentence)) {
			if c.Kind == claims.Money {
				got = append(got, modelOf(&c))
			}
		}
		if d := cmp.Diff(tt.want, got, cmp.AllowUnexported(productModel{})); d != "" {
			t.Errorf("modelOf in %q (-want +got):\n%s", tt.sentence, d)
		}
	}
}

func TestModelPrices(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
		topic   string // of the first finding
	}{
		{
			name: "one model's base price told differently conflicts",
			reports: map[string]string{
				"a": "If you prefer the classic Slate Pro design, Zento will ask $499 for the base 10-inch version and $799 for a 12-inch version.",
				"b": "The 10-inch Slate Pro costs $549, while the 12-inch sells for $799.",
			},
			want: []groupView{
				{Conflict, []string{"a: $499", "b: $549"}},
				{Agree, []string{"a: $799", "b: $799"}},
			},
			topic: "10-inch slate pro (amount)",
		},
		{
			name: "prices of different models are never compared, even alike",
			reports: map[string]string{
				"a": "The 10-inch Slate Pro costs $549 in the United States from Friday.",
				"b": "The 12-inch Slate Pro costs $549 in the United States from Friday.",
			},
			want: []groupView{
				{Single, []string{"a: $549"}},
				{Single, []string{"b: $549"}},
			},
		},
		{
			name: "one model's prices in different places are not compared",
			reports: map[string]string{
				"a": "The 10-inch Slate Pro costs $549 in Britain, the maker said.",
				"b": "The 10-inch Slate Pro costs $599 in Japan, the maker said.",
			},
			want: []groupView{
				{Single, []string{"a: $549"}},
				{Single, []string{"b: $599"}},
			},
		},
		{
			name: "a price far from another of the model is of something else",
			reports: map[string]string{
				"a": "The 10-inch Slate Pro costs $549, the maker said.",
				"b": "The fully loaded 10-inch Slate Pro costs $1,049, the maker said.",
			},
			want: []groupView{
				{Single, []string{"a: $549"}},
				{Single, []string{"b: $1,049"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs []Finding // the prices: the sizes agree or not as lengths
			for _, f := range Group(extract(tt.reports), Options{}) {
				if f.Kind == claims.Money {
					fs = append(fs, f)
				}
			}
			if diff := cmp.Diff(tt.want, view(fs)); diff != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", diff)
			}
			if tt.topic != "" && len(fs) > 0 && fs[0].Topic != tt.topic {
				t.Errorf("topic = %q, want %q", fs[0].Topic, tt.topic)
			}
		})
	}
}
