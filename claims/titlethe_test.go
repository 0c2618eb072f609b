package claims

import (
	"strings"
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
		// "whose" or "its" in place of "the", the organisation named before.
		{"The eruption began at dawn, according to the Marl Institute, whose deputy director, Ilse Varga, said the ash rose fast.", []title{{"deputy director", "Ilse Varga"}}},
		{"The harbour office was closed. Its director, Hedda Marr, said so.", []title{{"director", "Hedda Marr"}}},
		// Other determiners open no title.
		{"A director, Maren Holt, said so.", nil},
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

func TestOfficeOf(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Deputy Secretary of the Treasury", "deputy secretary of the treasury"},
		{"police spokesman,", "police spokesman"},
		{"chief  executive\n officer", "chief executive officer"},
		{" Acting\tDirector ,", "acting director"},
		{"Director, ,", "director,"},
		{"", ""},
		{",", ""},
		{"Premier Ministre de l'Économie", "premier ministre de l'économie"},
		{"Chef\u00a0Kommissar", "chef kommissar"},
		{"CEO\v\f\rCFO", "ceo cfo"},
	}
	var got, want []string
	for _, tt := range tests {
		got = append(got, officeOf(tt.in))
		want = append(want, tt.want)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("officeOf (-want +got):\n%s", d)
	}
}

// FuzzOfficeOf holds officeOf to the expression it stands for.
func FuzzOfficeOf(f *testing.F) {
	for _, s := range []string{"Deputy Secretary of the Treasury", " a\tB\u0085C\u00a0d,", "ÉTÉ  Chief,,", "\xff Head"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(strings.ToLower(strings.TrimSuffix(s, ","))), " ")
		if got := officeOf(s); got != want {
			t.Fatalf("officeOf(%q) = %q, want %q", s, got, want)
		}
	})
}
