package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBareAge(t *testing.T) {
	type age struct {
		Text   string
		Value  float64
		Person string
	}
	tests := []struct {
		in   string
		want []age
	}{
		{"He was 83.", []age{{"83", 83, ""}}},
		{"She was 6 when the family moved.", []age{{"6", 6, ""}}},
		{"Maria Lopez was 70.", []age{{"70", 70, ""}}},
		{"Maria Lopez dies at 70", []age{{"at 70", 70, ""}}},
		{"He died in a hospital at 83 on Monday.", []age{{"at 83", 83, ""}}},
		{"She retired at 41, her agent said.", []age{{"at 41", 41, ""}}},
		{"The coach, who turned 60 on Sunday, smiled.", []age{{"turned 60", 60, ""}}},
		{"She left the stage at the age of 29.", []age{{"age of 29", 29, ""}}},
		{"Police named Ann Marie Cole, 52; Jo Lee, 31; and others.", []age{{"52", 52, "Ann Marie Cole"}, {"31", 31, "Jo Lee"}}},
		{"A 70-year old pensioner spoke.", []age{{"70-year old", 70, ""}}},
		// A place is no subject: the age is unnamed.
		{"He died in Santa Rosa aged 83.", []age{{"aged 83", 83, ""}}},
		// No person, no age; a number that counts something is no age.
		{"The score was 77.", nil},
		{"Attendance was 91.", nil},
		{"He was 77 points behind.", nil},
		{"Mary Smith was one of six children.", nil},
		{"The plane landed at 5.", nil},
		{"He died at 3 in the morning.", nil},
		{"He was 5 feet tall.", nil},
	}
	for _, tt := range tests {
		var got []age
		for _, c := range extractAll(tt.in) {
			if c.Kind == Age {
				got = append(got, age{c.Text, c.Value, c.Person})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) ages (-want +got):\n%s", tt.in, d)
		}
	}
}
