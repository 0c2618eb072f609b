package claims

import "testing"

func TestClock(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"The tremor struck at 0412 GMT off the coast.", []got{{Kind: Clock, Text: "0412 GMT", Value: 4*60 + 12, Unit: "UTC", Noun: "struck"}}},
		{"The tremor struck at 11:05 p.m. on the coast.", []got{{Kind: Clock, Text: "11:05 p.m.", Value: 23*60 + 5, Noun: "struck"}}},
		// A zone after "a.m." does not start a sentence.
		{"The tremor struck at 04:12 a.m. UTC (12:12 a.m. EDT) off the coast.", []got{
			{Kind: Clock, Text: "04:12 a.m. UTC", Value: 4*60 + 12, Unit: "UTC", Noun: "struck"},
			{Kind: Clock, Text: "12:12 a.m. EDT", Value: 12, Unit: "ET"}}},
		{"The vigil began at 9 p.m. Police said it was calm.", []got{{Kind: Clock, Text: "9 p.m.", Value: 21 * 60, Noun: "began"}}},
		{"The tremor hit at 4:12 AM local time.", []got{{Kind: Clock, Text: "4:12 AM local time", Value: 4*60 + 12, Unit: "local", Noun: "hit"}}},
		{"The vigil began at 7pm outside the school.", []got{{Kind: Clock, Text: "7pm", Value: 19 * 60, Noun: "began"}}},
		{"Marchers set off around 9: 15pm from the park.", []got{{Kind: Clock, Text: "around 9: 15pm", Value: 21*60 + 15, Range: "(1260,1290)", Approx: true, Noun: "set"}}},
		{"It closed at 12 a.m. and reopened at 12 p.m. here.", []got{
			{Kind: Clock, Text: "12 a.m.", Value: 0, Noun: "closed"},
			{Kind: Clock, Text: "12 p.m.", Value: 12 * 60, Noun: "reopened"}}},
		{"The ship radioed at 1400 hours for help.", []got{{Kind: Clock, Text: "1400 hours", Value: 14 * 60, Noun: "radioed"}}},
		// "After" and "before" make a window on one side; "shortly" narrows it.
		{"The fire started shortly after 6:30 a.m. in the warehouse.", []got{{Kind: Clock, Text: "shortly after 6:30 a.m.", Value: 6*60 + 30, Range: "(390,420]", Approx: true, Noun: "started"}}},
		{"The fire began before 7 a.m. in the warehouse.", []got{{Kind: Clock, Text: "before 7 a.m.", Value: 7 * 60, Range: "[360,420)", Approx: true, Noun: "began"}}},
		{"The ship radioed at about 1400 hrs IST for help.", []got{{Kind: Clock, Text: "about 1400 hrs IST", Value: 14 * 60, Unit: "IST", Range: "(825,855)", Approx: true, Noun: "radioed"}}},
		{"The ship radioed at 2 pm (IST) for help.", []got{{Kind: Clock, Text: "2 pm (IST)", Value: 14 * 60, Unit: "IST", Noun: "radioed"}}},
		{"She died at 18:41 in a hospital.", []got{{Kind: Clock, Text: "18:41", Value: 18*60 + 41, Noun: "died"}}},
		{"She passed away at 6:41 last night.", []got{{Kind: Clock, Text: "6:41", Value: 18*60 + 41, Noun: "died"}}},
		{"He left at 9:30 this morning.", []got{{Kind: Clock, Text: "9:30", Value: 9*60 + 30, Noun: "left"}}},
		{"He scored at 18:41 of the first half.", []got{{Kind: Clock, Text: "18:41 of the first half", Value: 18*60 + 41, Unit: "of first half"}}},
		// An hour the part of the day does not settle, or no preposition
		// of time, is no time of day.
		{"They met at 1:30 last night.", nil},
		{"The score was 18:41 at the break.", nil},
		// Four digits and "hours" without a preposition of time are a duration.
		{"She logged 2300 hours in the air.", []got{{Kind: Duration, Text: "2300 hours", Value: 2300, Unit: "hour"}}},
		// A clock with nothing to say it is a time of day is no time of
		// day: a round's clock (a game clock: TestGameClock), a race time.
		{"The referee stopped it at 1:47 of the fourth round.", []got{{Kind: Clock, Text: "1:47 of the fourth round", Value: 107, Unit: "of fourth round"}}},
		{"The referee stopped it at 1:47.", nil},
		// A page's own time stamp is not the story's.
		{"Updated 6:10 PM EDT on the site.", nil},
		// "13 a" is no time: the letter starts a word.
		{"Only 3 attended.", []got{{Kind: Number, Text: "3", Value: 3}}},
	})
}
