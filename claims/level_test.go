package claims

import "testing"

func TestLevelCount(t *testing.T) {
	runKindTests(t, Count, claimNoun, []kindTest{
		{"The death toll from the flood rose to 12 on Monday.", []kindClaim{{"12", 12, "toll"}}},
		{"Rescuers found two more bodies, raising the death toll in the valley to 14.", []kindClaim{{"two more bodies", 2, "more bodies"}, {"14", 14, "toll"}}},
		{"The toll from the fire stood at 9 dead on Friday.", []kindClaim{{"9", 9, "toll"}}},
		{"The number of injured is now 212, the health office said.", []kindClaim{{"212", 212, "injured"}}},
		{"The fire service puts the toll at 11 dead and 287 injured.", []kindClaim{{"11", 11, "toll"}, {"287 injured", 287, "injured"}}},
		// "put" with no toll or number after it sets nothing.
		{"They put the tents at 40 metres apart.", nil},
		// "is" without "now" says nothing of where a count stands.
		{"The number of the bus is 212.", nil},
		{"The number of trucks stuck on the pass has risen to 40.", []kindClaim{{"40", 40, "trucks"}}},
		{"The number of people killed in the storm has risen to 23, officials said.", []kindClaim{{"23", 23, "people killed"}}},
		{"The hospital said the number of injured was unchanged at 31.", []kindClaim{{"31", 31, "injured"}}},
		{"That brings the number of missing boats to five.", []kindClaim{{"five", 5, "missing boats"}}},
		// Punctuation between the subject and the number: another clause.
		{"The toll was unclear, but shares rose to 19.", nil},
		// A toll road is no death toll; "a number of" is some.
		{"Traffic on the toll road rose to 40 an hour.", nil},
		{"A number of the pupils moved to 3 other schools.", []kindClaim{{"3 other schools", 3, "other schools"}}},
		// No toll or number of something: a price, a score, a rank.
		{"The team rose to 3 in the rankings.", nil},
	})
}
