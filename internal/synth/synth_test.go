package synth

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCorpus(t *testing.T) {
	a := Corpus(3, 4, 2000, 7)
	if diff := cmp.Diff(a, Corpus(3, 4, 2000, 7)); diff != "" {
		t.Fatalf("the same seed gave another corpus:\n%s", diff)
	}
	if len(a) != 12 {
		t.Fatalf("%d reports, want 12", len(a))
	}
	if a[0].Name != "s0000-r0000.txt" || a[11].Name != "s0002-r0003.txt" {
		t.Errorf("names %q … %q", a[0].Name, a[11].Name)
	}
	for _, r := range a {
		if n := len(r.Text); n < 2000 || n > 2600 {
			t.Errorf("%s: %d bytes, want about 2000", r.Name, n)
		}
		for _, fact := range []string{"magnitude", "people were killed", "homes were damaged", "million in emergency aid", "-year-old"} {
			if !strings.Contains(r.Text, fact) {
				t.Errorf("%s lacks %q", r.Name, fact)
			}
		}
	}
	if diff := cmp.Diff(a, Corpus(3, 4, 2000, 8)); diff == "" {
		t.Errorf("another seed gave the same corpus")
	}
}
