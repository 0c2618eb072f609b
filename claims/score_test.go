package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/sources"
)

func TestScore(t *testing.T) {
	type score struct{ Text, Score, Moment string }
	tests := []struct {
		in   string
		want []score
	}{
		{"The Owls beat the Hawks 71-64 on Saturday.", []score{{"71-64", "71-64", "final"}}},
		{"The Hawks lost 64-71 to the Owls.", []score{{"64-71", "71-64", "final"}}},
		{"The Owls led 30-28 at the half.", []score{{"30-28", "30-28", "halftime"}}},
		{"A dunk made it 52-40 with 9:12 to play.", []score{{"52-40", "52-40", "9:12 left"}}},
		{"The Owls took a 52-41 lead with 9:12 left.", []score{{"52-41", "52-41", "9:12 left"}}},
		// Runs, records, shooting lines and ranges are no scores of a game
		// (runs and records are read apart: TestRecord).
		{"A 12-0 run won it for the Owls.", nil},
		{"The win improved the Owls to 22-9 on the season.", nil},
		{"He was 7-12 from the field.", nil},
		{"Between 10-20 people watched.", nil},
		{"The Owls won their 30-28 game, trailing at the break.", []score{{"30-28", "30-28", "final"}}},
	}
	for _, tt := range tests {
		var got []score
		for _, c := range extractAll(tt.in) {
			if c.Kind == Score && c.Unit == "" {
				got = append(got, score{c.Text, c.Score, c.Noun})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) scores (-want +got):\n%s", tt.in, d)
		}
	}
}

func extractAll(text string) []Claim {
	return Extract(sources.New("t", "t.txt", text))
}
