package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPossessiveWeekday(t *testing.T) {
	const thursday = "2026-04-16"
	tests := []struct {
		text string
		want []dateView
	}{
		{"The toll from Monday's flood rose.", []dateView{{Text: "Monday's", ISO: "2026-04-13", From: "2026-04-13", To: "2026-04-13", Resolved: true}}},
		{"It fell in Tuesday’s morning rush hour.", []dateView{{Text: "Tuesday’s", ISO: "2026-04-14", From: "2026-04-14", To: "2026-04-14", Resolved: true}}},
		// In lower case, no weekday.
		{"The sunday's papers were late.", nil},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, datesIn(tt.text, thursday)); d != "" {
			t.Errorf("dates of %q (-want +got):\n%s", tt.text, d)
		}
	}
}
