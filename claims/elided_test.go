package claims

import "testing"

func TestElidedNoun(t *testing.T) {
	runKindTests(t, Count, claimNoun, []kindTest{
		{"She needed 9 goals to pass the club's scoring record of 1,204.",
			[]kindClaim{{"9 goals", 9, "goals"}, {"record of 1,204", 1204, "goals"}}},
		{"His 22 rebounds beat his career high of 19.",
			[]kindClaim{{"22 rebounds", 22, "rebounds"}, {"high of 19", 19, "rebounds"}}},
		// No count before it: nothing to take the noun from.
		{"She broke the record of 1,204.", nil},
		// A word after the number may be its own noun or something else.
		{"She scored 9 goals, a record of 12 in her career.", []kindClaim{{"9 goals", 9, "goals"}}},
		// Not whole: no count.
		{"He won 3 medals and set a personal best of 9.58.", []kindClaim{{"3 medals", 3, "medals"}}},
		// Another clause: the high is not of people.
		{"Three people died and the heat reached a high of 41.", []kindClaim{{"Three people", 3, "people"}}},
		// The last claim before it is no count.
		{"She scored 9 goals before 300 to set a record of 12.", []kindClaim{{"9 goals", 9, "goals"}}},
		// Not a record's figure.
		{"She scored 9 goals in front of 1,204.", []kindClaim{{"9 goals", 9, "goals"}}},
	})
}

func TestCoordinatedNoun(t *testing.T) {
	runKindTests(t, Count, claimNoun, []kindTest{
		{"Four people are confirmed dead and 23 were injured.",
			[]kindClaim{{"Four people", 4, "people"}, {"23 were injured", 23, "people"}}},
		{"Two miners died and 14 have been rescued.",
			[]kindClaim{{"Two miners", 2, "miners"}, {"14 have been rescued", 14, "miners"}}},
		// A list, not "and": the figure may be of another place or part.
		{"In the north, 8 people were killed, 60 were injured.", []kindClaim{{"8 people", 8, "people"}}},
		// No count of people just before.
		{"The storm hit at dawn and 46 were arrested.", nil},
		// Another clause between: "when" starts one.
		{"Five people died when the roof fell on the hall and 30 were hurt.", []kindClaim{{"Five people", 5, "people"}}},
		// Not what happened to people.
		{"Three shops closed and 12 were sold.", []kindClaim{{"Three shops", 3, "shops"}}},
		// Nothing happened to the count before: the injured are not cars.
		{"Three cars collided and 5 were injured.", []kindClaim{{"Three cars", 3, "cars"}}},
	})
}
