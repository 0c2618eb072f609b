package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestElidedNoun(t *testing.T) {
	type count struct {
		Text  string
		Value float64
		Noun  string
	}
	tests := []struct {
		in   string
		want []count
	}{
		{"She needed 9 goals to pass the club's scoring record of 1,204.",
			[]count{{"9 goals", 9, "goals"}, {"record of 1,204", 1204, "goals"}}},
		{"His 22 rebounds beat his career high of 19.",
			[]count{{"22 rebounds", 22, "rebounds"}, {"high of 19", 19, "rebounds"}}},
		// No count before it: nothing to take the noun from.
		{"She broke the record of 1,204.", nil},
		// A word after the number may be its own noun or something else.
		{"She scored 9 goals, a record of 12 in her career.", []count{{"9 goals", 9, "goals"}}},
		// Not whole: no count.
		{"He won 3 medals and set a personal best of 9.58.", []count{{"3 medals", 3, "medals"}}},
		// Another clause: the high is not of people.
		{"Three people died and the heat reached a high of 41.", []count{{"Three people", 3, "people"}}},
		// The last claim before it is no count.
		{"She scored 9 goals before 300 to set a record of 12.", []count{{"9 goals", 9, "goals"}}},
		// Not a record's figure.
		{"She scored 9 goals in front of 1,204.", []count{{"9 goals", 9, "goals"}}},
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

func TestCoordinatedNoun(t *testing.T) {
	type count struct {
		Text  string
		Value float64
		Noun  string
	}
	tests := []struct {
		in   string
		want []count
	}{
		{"Four people are confirmed dead and 23 were injured.",
			[]count{{"Four people", 4, "people"}, {"23 were injured", 23, "people"}}},
		{"Two miners died and 14 have been rescued.",
			[]count{{"Two miners", 2, "miners"}, {"14 have been rescued", 14, "miners"}}},
		// A list, not "and": the figure may be of another place or part.
		{"In the north, 8 people were killed, 60 were injured.", []count{{"8 people", 8, "people"}}},
		// No count of people just before.
		{"The storm hit at dawn and 46 were arrested.", nil},
		// Another clause between: "when" starts one.
		{"Five people died when the roof fell on the hall and 30 were hurt.", []count{{"Five people", 5, "people"}}},
		// Not what happened to people.
		{"Three shops closed and 12 were sold.", []count{{"Three shops", 3, "shops"}}},
		// Nothing happened to the count before: the injured are not cars.
		{"Three cars collided and 5 were injured.", []count{{"Three cars", 3, "cars"}}},
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
