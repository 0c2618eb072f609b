package claims

import "testing"

func TestRoleAge(t *testing.T) {
	runKindTests(t, Age, claimPerson, []kindTest{
		{"The rest stayed aboard with the captain, 61, until dawn.", []kindClaim{{"the captain, 61", 61, "the captain"}}},
		{"The ferry's captain, 49, and four crew remain on board.", []kindClaim{{"The ferry's captain, 49", 49, "the captain"}}},
		{"The bus driver, 63, was pulled from the water.", []kindClaim{{"The bus driver, 63", 63, "the bus driver"}}},
		{"The pilot is 44 and has flown for 20 years.", []kindClaim{{"The pilot is 44", 44, "the pilot"}}},
		{"The skipper, who was not named, is 58.", []kindClaim{{"The skipper, who was not named, is 58", 58, "the skipper"}}},
		// No "the": nobody in particular.
		{"A driver, 45, was also hurt.", nil},
		// A role a story may have several of.
		{"The victim, 23, was a student.", nil},
		// A number that counts something after it.
		{"The captain, 12 crew and three passengers left.", nil},
	})
}
