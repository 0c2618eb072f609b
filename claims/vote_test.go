package claims

import "testing"

func TestVote(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"The board voted 5-2 to close the pool.", []got{{Kind: Score, Text: "5-2", Value: 5, Noun: "vote"}}},
		{"The plan passed by a vote of 6-3 on Monday.", []got{{Kind: Score, Text: "6-3", Value: 6, Noun: "vote"}}},
		{"The council rejected, 4-5, a plan to cut the levy.", []got{{Kind: Score, Text: "4-5", Value: 5, Noun: "vote"}}},
		{"It was a 5-4 ruling.", []got{{Kind: Score, Text: "5-4", Value: 5, Noun: "vote"}}},
		// No word of voting: no vote.
		{"The ratio was 6-3 in the lab.", []got{{Kind: Number, Text: "6", Value: 6}, {Kind: Number, Text: "3", Value: 3}}},
		// A word of a game's result, nearer, makes it the game's.
		{"The goal was ruled out and Rovers won 2-1.", []got{{Kind: Score, Text: "2-1", Value: 2, Noun: "final"}}},
		// A full stop ends the reach of a word of voting.
		{"The board voted. Rovers won 6-3 on Saturday.", []got{{Kind: Score, Text: "6-3", Value: 6, Noun: "final"}}},
	})
}
