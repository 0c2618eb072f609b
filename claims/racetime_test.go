package claims

import "testing"

func TestRaceTime(t *testing.T) {
	runRecognizerTests(t, []recognizerTest{
		{"Okoro won the race in 2:08:15.", []got{{Kind: Duration, Text: "2:08:15", Value: 7695, Unit: "second"}}},
		{"Her 2:19:03 is a national record.", []got{{Kind: Duration, Text: "2:19:03", Value: 8343, Unit: "second"}}},
		// A time of day to the second says its half of the day or its
		// zone: it is passed over, not read as an elapsed time.
		{"The alarm went off at 9:40:12 p.m.", nil},
		{"The feed stopped at 14:05:00 GMT.", nil},
		// Minutes out of range, or a fourth part: no elapsed time.
		{"The code was 2:75:10 on the panel.", nil},
		{"The file ends at 1:02:03:04 on the tape.", nil},
	})
}
