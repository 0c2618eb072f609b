package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCarriedNoun(t *testing.T) {
	type count struct {
		Text  string
		Value float64
		Noun  string
	}
	tests := []struct {
		in   string
		want []count
	}{
		{"There were 31 miners underground at the time. Nineteen reached the surface on their own.",
			[]count{{"31 miners", 31, "miners"}, {"Nineteen", 19, "miners"}}},
		{"The medics said more than 150 runners were treated. Seventeen were taken to hospital.",
			[]count{{"more than 150 runners", 150, "runners"}, {"Seventeen", 17, "runners"}}},
		{"The fire forced out 40 residents. More than 20 had been treated for smoke.",
			[]count{{"40 residents", 40, "residents"}, {"More than 20", 20, "residents"}}},
		// A part that opens its sentence is of the count before.
		{"Officials said 26 people were injured. Eleven of them remain in hospital.",
			[]count{{"26 people", 26, "people"}, {"Eleven of them", 11, "people"}}},
		// Counted by what befell them, they are people.
		{"The number of injured was unchanged at 26. Nine of them were still in hospital.",
			[]count{{"26", 26, "injured"}, {"Nine of them", 9, "people"}}},
		// Cars are not people: the five injured are someone else.
		{"Three cars collided on the bridge. Five were injured.", []count{{"Three cars", 3, "cars"}}},
		// A new paragraph may count something else.
		{"The team treated 40 runners.\nTwelve were taken to hospital.", []count{{"40 runners", 40, "runners"}}},
		// The number must open its sentence and be the verb's subject.
		{"The team treated 40 runners. Officials said 12 were taken to hospital.", []count{{"40 runners", 40, "runners"}}},
		{"The team treated 40 runners. Twelve tents were set up.",
			[]count{{"40 runners", 40, "runners"}, {"Twelve tents", 12, "tents"}}},
	}
	for _, tt := range tests {
		var got []count
		for _, c := range extractAll(tt.in) {
			if c.Kind == Count {
				got = append(got, count{c.Text, c.Value, c.Noun})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) counts (-want +got):\n%s", tt.in, d)
		}
	}
}
