package claims

import "testing"

func TestBareAge(t *testing.T) {
	runKindTests(t, Age, claimPerson, []kindTest{
		{"He was 83.", []kindClaim{{"83", 83, ""}}},
		{"She was 6 when the family moved.", []kindClaim{{"6", 6, ""}}},
		{"Maria Lopez was 70.", []kindClaim{{"70", 70, ""}}},
		{"Maria Lopez dies at 70", []kindClaim{{"at 70", 70, ""}}},
		{"He died in a hospital at 83 on Monday.", []kindClaim{{"at 83", 83, ""}}},
		{"She retired at 41, her agent said.", []kindClaim{{"at 41", 41, ""}}},
		{"The coach, who turned 60 on Sunday, smiled.", []kindClaim{{"turned 60", 60, ""}}},
		{"She left the stage at the age of 29.", []kindClaim{{"age of 29", 29, ""}}},
		{"Police named Ann Marie Cole, 52; Jo Lee, 31; and others.", []kindClaim{{"52", 52, "Ann Marie Cole"}, {"31", 31, "Jo Lee"}}},
		{"A 70-year old pensioner spoke.", []kindClaim{{"70-year old", 70, ""}}},
		// A place is no subject: the age is unnamed.
		{"He died in Santa Rosa aged 83.", []kindClaim{{"aged 83", 83, ""}}},
		// No person, no age; a number that counts something is no age.
		{"The score was 77.", nil},
		{"Attendance was 91.", nil},
		{"He was 77 points behind.", nil},
		{"Mary Smith was one of six children.", nil},
		{"The plane landed at 5.", nil},
		{"He died at 3 in the morning.", nil},
		{"He was 5 feet tall.", nil},
	})
}
