package claims

import "testing"

func TestHarmedCount(t *testing.T) {
	runKindTests(t, Count, claimNoun, []kindTest{
		{"The storm left over 300 injured.", []kindClaim{{"over 300 injured", 300, "injured"}}},
		{"At least 40 reported injured in the blast.", []kindClaim{{"At least 40 reported injured", 40, "injured"}}},
		{"Three children died and 9 trapped under the roof.", []kindClaim{{"Three children", 3, "children"}, {"9 trapped", 9, "trapped"}}},
		{"Police said 17 arrested overnight.", []kindClaim{{"17 arrested", 17, "arrested"}}},
		// A plural noun after the word is what is counted.
		{"The fire left 12 injured firefighters.", []kindClaim{{"12 injured firefighters", 12, "injured firefighters"}}},
		// Other participles say nothing of whom.
		{"The shop said 12 sold in an hour.", nil},
		// A death toll is read with its noun only.
		{"The flood left 8 dead.", nil},
	})
}
