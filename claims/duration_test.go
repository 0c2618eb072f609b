package claims

import "testing"

func TestCompoundDuration(t *testing.T) {
	runKindTests(t, Duration, claimUnit, []kindTest{
		{"She is serving a 20-year sentence for fraud.", []kindClaim{{"20-year sentence", 20, "year"}}},
		{"It ended a 40-year career.", []kindClaim{{"40-year career", 40, "year"}}},
		{"That earned him another two-year prison term.", []kindClaim{{"two-year prison term", 2, "year"}}},
		{"A six-month ban imposed last year ends today.", []kindClaim{{"six-month ban", 6, "month"}}},
		{"They have a 30-day window to appeal.", []kindClaim{{"30-day window", 30, "day"}}},
		{"It called a 24-hour nationwide general strike.", []kindClaim{{"24-hour nationwide general strike", 24, "hour"}}},
		// Ages, names and plural units are no compound durations.
		{"The 30-year-old won.", nil},
		{"A 70-year old pensioner spoke.", nil},
		{"A 10-year Treasury note.", nil},
		{"A 12-years sentence.", nil},
	})
}
