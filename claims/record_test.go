package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRecord(t *testing.T) {
	type record struct{ Text, Score, Unit string }
	tests := []struct {
		in   string
		want []record
	}{
		{"The win improved the Owls to 22-9 on the season.", []record{{"22-9", "22-9", "record"}}},
		{"The Hawks fell to 14-18.", []record{{"14-18", "14-18", "record"}}},
		{"He improved his record to 40-2 (33 KO).", []record{{"40-2", "40-2", "record"}}},
		{"Owls (22-9, 12-6 league) play on Friday.", []record{{"22-9", "22-9", "record"}}},
		{"The champion Ruiz, 40-2 with 33 knockouts, won again.", []record{{"40-2", "40-2", "record"}}},
		{"The Hawks ended their season 14-18.", []record{{"14-18", "14-18", "record"}}},
		{"They finished with a 22-9 record.", []record{{"22-9", "22-9", "record"}}},
		{"A 12-0 run won it for the Owls.", []record{{"12-0", "12-0", "run"}}},
		{"The Owls are 22-9 and riding a streak.", []record{{"22-9", "22-9", "record"}}},
		{"The Owls, now 22-9, host Leeds.", []record{{"22-9", "22-9", "record"}}},
		{"Leeds are 2-1 up at the break.", nil},
		{"It is 2-1.", nil},
		{"The Owls, now 22-9 after the win, host Leeds.", nil},
		// Game scores, draws, shooting lines and ranges are no records.
		{"The Owls beat the Hawks 71-64 on Saturday.", nil},
		{"Ruiz, 30-2-1, fights tonight.", nil},
		{"He was 7-12 from the field.", nil},
		{"Between 10-20 people watched.", nil},
		{"The score (12-10) stood.", nil},
		{"The Highway (3-4 lanes) is closed.", nil},
	}
	for _, tt := range tests {
		var got []record
		for _, c := range extractAll(tt.in) {
			if c.Kind == Score && c.Unit != "" {
				got = append(got, record{c.Text, c.Score, c.Unit})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) records (-want +got):\n%s", tt.in, d)
		}
	}
}
