package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLevelCount(t *testing.T) {
	type count struct {
		Text  string
		Value float64
		Noun  string
	}
	tests := []struct {
		in   string
		want []count
	}{
		{"The death toll from the flood rose to 12 on Monday.", []count{{"12", 12, "toll"}}},
		{"Rescuers found two more bodies, raising the death toll in the valley to 14.", []count{{"two more bodies", 2, "more bodies"}, {"14", 14, "toll"}}},
		{"The toll from the fire stood at 9 dead on Friday.", []count{{"9", 9, "toll"}}},
		{"The number of injured is now 212, the health office said.", []count{{"212", 212, "injured"}}},
		{"The fire service puts the toll at 11 dead and 287 injured.", []count{{"11", 11, "toll"}, {"287 injured", 287, "injured"}}},
		// "put" with no toll or number after it sets nothing.
		{"They put the tents at 40 metres apart.", nil},
		// "is" without "now" says nothing of where a count stands.
		{"The number of the bus is 212.", nil},
		{"The number of trucks stuck on the pass has risen to 40.", []count{{"40", 40, "trucks"}}},
		{"The number of people killed in the storm has risen to 23, officials said.", []count{{"23", 23, "people killed"}}},
		{"The hospital said the number of injured was unchanged at 31.", []count{{"31", 31, "injured"}}},
		{"That brings the number of missing boats to five.", []count{{"five", 5, "missing boats"}}},
		// Punctuation between the subject and the number: another clause.
		{"The toll was unclear, but shares rose to 19.", nil},
		// A toll road is no death toll; "a number of" is some.
		{"Traffic on the toll road rose to 40 an hour.", nil},
		{"A number of the pupils moved to 3 other schools.", []count{{"3 other schools", 3, "other schools"}}},
		// No toll or number of something: a price, a score, a rank.
		{"The team rose to 3 in the rankings.", nil},
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
