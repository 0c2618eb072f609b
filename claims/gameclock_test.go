package claims

import "testing"

func TestGameClock(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"She scored with 4:12 left in the first half.", []got{{Kind: Clock, Text: "4:12 left in the first half", Value: 4*60 + 12, Unit: "left in first half"}}},
		{"He hit a jumper with 0:38 remaining.", []got{{Kind: Clock, Text: "0:38 remaining", Value: 38, Unit: "left"}}},
		{"They led with about 10:00 to play.", []got{{Kind: Clock, Text: "about 10:00 to play", Value: 600, Unit: "left", Range: "(540,660)", Approx: true}}},
		{"It ended at 2:05 of the 9th round.", []got{{Kind: Clock, Text: "2:05 of the 9th round", Value: 125, Unit: "of 9th round"}}},
		{"He scored 1:47 into the second period.", []got{{Kind: Clock, Text: "1:47 into the second period", Value: 107, Unit: "into second period"}}},
		// A stoppage in a period named before it.
		{"He fell again in the 9th, and the referee stopped the bout at 2:05.", []got{{Kind: Ordinal, Text: "9th", Value: 9}, {Kind: Clock, Text: "2:05", Value: 125, Unit: "of 9th"}}},
		{"He fell again in the 9th round and the referee stopped it at 2:05.", []got{{Kind: Ordinal, Text: "9th", Value: 9}, {Kind: Clock, Text: "2:05", Value: 125, Unit: "of 9th round"}}},
		{"He went down late in the round and the referee stopped it at 2:05.", []got{{Kind: Clock, Text: "2:05", Value: 125, Unit: "of round"}}},
		{"Police stopped the car at 2:05.", nil},
		// A clock with no period and no countdown is no game clock.
		{"It ended at 2:05 sharp.", nil},
		{"The split was 1:47 flat.", nil},
	})
	if c := (Claim{Kind: Clock, Unit: "left in first half"}); !c.GameClock() {
		t.Error("a clock left in the first half is a game clock")
	}
	if c := (Claim{Kind: Clock, Unit: "UTC"}); c.GameClock() {
		t.Error("a time in UTC is no game clock")
	}
}
