package claims

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimcheck/claimcheck/sources"
)

// TestDetach checks that detached claims read as before and that none of
// their strings points into the source's text any more.
func TestDetach(t *testing.T) {
	text := "WASHINGTON, Dec. 10 (Reuters) - Four Chinese companies raised US$768 million, " +
		"about 40% more than planned, on Friday, Dec. 10, according to the Treasury.\n" +
		"\"We act,\" said Deputy Secretary of the Treasury Wally Adeyemo. Three officials, aged 91, left.\n"
	src := sources.New("wire", "wire.txt", text)
	want := Extract(src)
	if len(want) < 5 {
		t.Fatalf("Extract found %d claims, want at least 5: %+v", len(want), want)
	}
	got := append([]Claim(nil), want...)
	Detach(got)
	if diff := cmp.Diff(want, got, cmpopts.IgnoreUnexported(Claim{})); diff != "" {
		t.Errorf("Detach changed the claims (-before +after):\n%s", diff)
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(src.Text)))
	hi := lo + uintptr(len(src.Text))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return s != "" && p >= lo && p < hi
	}
	for _, c := range got {
		fields := append([]string{c.Text, c.Sentence, c.Noun, c.Person, c.Office, c.AttributedTo, c.Unit, c.Date, c.Weekday}, c.Context...)
		for _, f := range fields {
			if inText(f) {
				t.Errorf("claim %q: %q still points into the source's text", c.Text, f)
			}
		}
	}
	// Claims of one sentence share its copy.
	for i := 1; i < len(got); i++ {
		a, b := got[i-1], got[i]
		if a.SentenceStart == b.SentenceStart && unsafe.StringData(a.Sentence) != unsafe.StringData(b.Sentence) {
			t.Errorf("claims %q and %q of one sentence hold two copies of it", a.Text, b.Text)
		}
	}
	if !strings.Contains(text, got[0].Sentence) {
		t.Errorf("first claim's sentence %q is not in the text", got[0].Sentence)
	}
}

func TestFullNameBefore(t *testing.T) {
	tests := []struct {
		text, family, want string
	}{
		{"W. Mark Felt Sr. died yesterday. Later, ", "Felt", "Mark Felt"},
		{"Mr Felt died yesterday. ", "Felt", ""},
		{"Director Felt spoke. ", "Felt", ""},
		{"The Felt case. ", "Felt", ""},
		{"Ellen DeGeneres will host. Then Mr DeGeneres said ", "DeGeneres", "Ellen DeGeneres"},
		{"Tony Thompsonville grew. ", "Thompson", ""},
		{"no one named here ", "Felt", ""},
	}
	for _, tt := range tests {
		if got := fullNameBefore(tt.text, tt.family); got != tt.want {
			t.Errorf("fullNameBefore(%q, %q) = %q, want %q", tt.text, tt.family, got, tt.want)
		}
	}
}
