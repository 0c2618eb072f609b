package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTitleWithThe(t *testing.T) {
	type title struct{ Office, Person string }
	tests := []struct {
		in   string
		want []title
	}{
		{"The library's director, Maren Holt, said the doors were locked.", []title{{"director", "Maren Holt"}}},
		{"The director, Maren Holt, said so.", []title{{"director", "Maren Holt"}}},
		{"\"It is gone,\" said Maren Holt, the library's director.", []title{{"director", "Maren Holt"}}},
		{"Piet Aal, the gallery's chief curator, wept.", []title{{"chief curator", "Piet Aal"}}},
		// One capitalized word after the comma is no full name.
		{"The director, Holt, said so.", nil},
		// A middle initial: the name runs on past its full stop, unread.
		{"The prosecutor, Jon R. Alder, wrote to the court.", nil},
		// The name runs on: an organisation, not a person.
		{"The director, Maren Holt Art Foundation, said so.", nil},
	}
	for _, tt := range tests {
		var got []title
		for _, c := range extractAll(tt.in) {
			if c.Kind == Title {
				got = append(got, title{c.Office, c.Person})
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) titles (-want +got):\n%s", tt.in, d)
		}
	}
}
