package claims

import "testing"

func TestNthTime(t *testing.T) {
	tests := []countTest{
		{"She will present the awards for the second time.", []count{{"the second time", 2, "time"}}},
		{"He was arrested for a third time.", []count{{"a third time", 3, "time"}}},
		{"For the 10th time, the vote failed.", []count{{"the 10th time", 10, "time"}}},
		{"She married twice.", []count{{"twice", 2, "time"}}},
		{"The launch was delayed twice in May.", []count{{"twice", 2, "time"}}},
		{"It was his 9th straight win.", []count{{"9th straight win", 9, "straight win"}}},
		{"It was the third successful launch.", []count{{"third successful launch", 3, "successful launch"}}},
		{"It was a second consecutive loss.", []count{{"second consecutive loss", 2, "consecutive loss"}}},
		{"She was only the second woman to chair the board.", []count{{"second woman", 2, "woman to chair"}}},
		{"It was the 10th team to qualify.", []count{{"10th team", 10, "team to qualify"}}},
		{"The second marriage to a dentist failed.", nil},
		{"The third bridge to Brooklyn opened.", nil},
		{"He stopped him in the sixth round to keep the title.", nil},
		{"She took the lift up to the fifth floor to see him.", nil},
		// A streak of nights is a length of time, and "a third" in it no share.
		{"They marched for a third straight night.", nil},
		// Multipliers, rates and ordinals of other things are no counts of times.
		{"It is twice as large.", nil},
		{"They doubled twice the size.", nil},
		{"We met twice a week.", nil},
		{"The second time was easier.", nil},
		{"She came second for the first round.", nil},
		{"He spoke for the first time.", nil},
	}
	runCountTests(t, tests)
}
