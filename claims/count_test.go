package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCountNounAround(t *testing.T) {
	tests := []countTest{
		{"A crowd of 40,000 watched.", []count{{"crowd of 40,000", 40000, "crowd"}}},
		{"He won before a 40,000 crowd.", []count{{"40,000 crowd", 40000, "crowd"}}},
		{"The bill passed by a majority of 81.", []count{{"majority of 81", 81, "majority"}}},
		{"A crowd of 40,000 fans watched.", []count{{"40,000 fans", 40000, "fans"}}},
		// The collective noun as the subject the number is said of.
		{"Attendance was 8,150.", []count{{"Attendance was 8,150", 8150, "Attendance"}}},
		{"Attendance was announced at 8,150 on Sunday.", []count{{"Attendance was announced at 8,150", 8150, "Attendance"}}},
		{"The crowd was estimated at 3,000.", []count{{"crowd was estimated at 3,000", 3000, "crowd"}}},
		{"The crowd was loud at 9 p.m.", nil},
		{"Attendance rose to 8,150.", nil},
		{"Guards held 9 Iraqis.", []count{{"9 Iraqis", 9, "Iraqis"}}},
		{"Guards held 9 Iraqi and 4 Syrian men.", []count{{"9 Iraqi", 9, "Iraqi men"}, {"4 Syrian men", 4, "Syrian men"}}},
		{"They found 3 large and 2 small boats.", []count{{"3 large", 3, "large boats"}, {"2 small boats", 2, "small boats"}}},
		{"Police seized nine AK-47 assault rifles.", []count{{"nine AK-47 assault rifles", 9, "AK-47 assault rifles"}}},
		{"Police seized nine AK-47s.", []count{{"nine AK-47s", 9, "AK-47s"}}},
		{"The base hosts 24 F-16 jets.", []count{{"24 F-16 jets", 24, "F-16 jets"}}},
		// A quoted word, and two words joined by "or", qualify one noun.
		{"The clan has 80 \"made\" or sworn members.", []count{{"80 \"made\" or sworn members", 80, "\"made\" or sworn members"}}},
		{"They cast 12 “yes” votes.", []count{{"12 “yes” votes", 12, "“yes” votes"}}},
		{"The clan has 80 or so members.", []count{{"80 or so members", 80, "members"}}}, // "or so" bounds the number
		{"He said 80 \"Yes\" votes.", nil},
		// Lists without a shared noun, shares and common nouns in "-is" are no counts.
		{"Guards held 9 Iraqi and 4 Syrian.", nil},
		{"It rose 5 and 6 percent.", nil},
		{"A majority of two-thirds agreed.", nil},
		{"We read 3 thesis drafts and 2 crisis.", []count{{"3 thesis drafts", 3, "thesis drafts"}}},
	}
	runCountTests(t, tests)
}

func TestMemberCompound(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"He paid the five-member village police force.", []got{{Kind: Count, Text: "five-member village police force", Value: 5, Noun: "village police force"}}},
		{"A 12-man crew sailed.", []got{{Kind: Count, Text: "12-man crew", Value: 12, Noun: "crew"}}},
		{"The 6,000-member Guild voted.", []got{{Kind: Count, Text: "6,000-member Guild", Value: 6000, Noun: "Guild"}}},
		{"A 300-strong crowd gathered.", []got{{Kind: Count, Text: "300-strong crowd", Value: 300, Noun: "crowd"}}},
	})
}

// count is a count claim as the count tests compare it.
// count is a count claim as the count tests compare it: text, value, noun.
type count = kindClaim

// countTest is a sentence and the count claims it holds.
type countTest = kindTest

// runCountTests checks the count claims extracted from each sentence.
func runCountTests(t *testing.T, tests []countTest) {
	t.Helper()
	runKindTests(t, Count, claimNoun, tests)
}

func TestIsQuoteMark(t *testing.T) {
	got := map[string]bool{}
	for _, s := range []string{`"`, "“", "”", "'", "‘", "’", "", "«", "`", "made", "''", `""`, "-"} {
		got[s] = isQuoteMark(s)
	}
	want := map[string]bool{`"`: true, "“": true, "”": true, "'": true, "‘": true, "’": true,
		"": false, "«": false, "`": false, "made": false, "''": false, `""`: false, "-": false}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("isQuoteMark (-want +got):\n%s", d)
	}
}
