package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRoleAge(t *testing.T) {
	type age struct {
		Text   string
		Value  float64
		Person string
	}
	tests := []struct {
		in   string
		want []age
	}{
		{"The rest stayed aboard with the captain, 61, until dawn.", []age{{"the captain, 61", 61, "the captain"}}},
		{"The ferry's captain, 49, and four crew remain on board.", []age{{"The ferry's captain, 49", 49, "the captain"}}},
		{"The bus driver, 63, was pulled from the water.", []age{{"The bus driver, 63", 63, "the bus driver"}}},
		{"The pilot is 44 and has flown for 20 years.", []age{{"The pilot is 44", 44, "the pilot"}}},
		{"The skipper, who was not named, is 58.", []age{{"The skipper, who was not named, is 58", 58, "the skipper"}}},
		// No "the": nobody in particular.
		{"A driver, 45, was also hurt.", nil},
		// A role a story may have several of.
		{"The victim, 23, was a student.", nil},
		// A number that counts something after it.
		{"The captain, 12 crew and three passengers left.", nil},
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
