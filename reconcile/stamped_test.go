package reconcile

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/google/go-cmp/cmp"
)

func TestStamped(t *testing.T) {
	sentences := []string{
		"02:15 - Coast guard: 198 people have been rescued so far.",
		"9:40 p.m. - Part of a tunnel roof collapses.",
		"23:50 (Saturday) - We are getting reports that the ferry has sunk.",
		"07:30 – Civil protection says 1,800 people have been moved.",
		"2:15 p.m. on Friday, police said 14 people were hurt.",
		"At 02:15 - a time in the middle - 198 were rescued.",
		"1,800 - the number evacuated - is rising.",
		"10.50 - Markets open lower.",
	}
	want := []bool{true, true, true, true, false, false, false, true}
	var got []bool
	for _, s := range sentences {
		got = append(got, stamped(&claims.Claim{Sentence: s}))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("stamped (-want +got):\n%s", d)
	}
}
