package claims

import "testing"

func TestResolution(t *testing.T) {
	const px = 1920 * 1080
	runRecognizerTests(t, []recognizerTest{
		{"The panel shows 1920x1080 resolution.", []got{{Kind: Measure, Text: "1920x1080", Value: px, Unit: "pixels", Noun: "1920x1080"}}},
		{"The panel shows 1,920 by 1,080 pixels.", []got{{Kind: Measure, Text: "1,920 by 1,080 pixels", Value: px, Unit: "pixels", Noun: "1920x1080"}}},
		{"The panel is 1920 pixels by 1080.", []got{{Kind: Measure, Text: "1920 pixels by 1080", Value: px, Unit: "pixels", Noun: "1920x1080"}}},
		{"The panel is 1920 × 1080 px.", []got{{Kind: Measure, Text: "1920 × 1080 px", Value: px, Unit: "pixels", Noun: "1920x1080"}}},
		// Pairs without pixels are sizes or names.
		{"The room is 13 x 9 feet.", []got{{Kind: Number, Text: "13", Value: 13}, {Kind: Measure, Text: "9 feet", Value: 9, Unit: "foot"}}},
		{"The 400 by 400 relay.", []got{{Kind: Number, Text: "400", Value: 400}, {Kind: Number, Text: "400", Value: 400}}},
	})
}
