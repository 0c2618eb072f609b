package claims

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/sources"
)

func TestRolesAt(t *testing.T) {
	tests := []struct {
		sentence string
		want     map[string]starterRole // by token text, of the tokens that startsQuantity
	}{
		{"the company said in a statement", map[string]starterRole{
			"the": roleOrdinalCountAfter | roleRelativeAfter, "in": roleAmountAfter,
			"a": roleOrdinalCountAfter | roleOrdinal | roleAmount,
		}},
		{"in excess of 5, at least 3, more than 2", map[string]starterRole{
			"in": roleAmountAfter | roleAmount, "5": roleClock | roleAmount,
			"at": roleAmountAfter | roleAmount, "3": roleClock | roleAmount,
			"more": roleAmountAfter | roleAmount, "2": roleClock | roleAmount,
		}},
		{"for the second time, a third straight", map[string]starterRole{
			"the":    roleOrdinalCountAfter | roleOrdinalCount | roleRelativeAfter | roleWordQuantity,
			"second": roleOrdinalCount | roleOrdinal | roleRelativeAfter,
			"a":      roleOrdinalCountAfter | roleOrdinalCount | roleOrdinal | roleAmount,
			"third":  roleOrdinalCount | roleOrdinal,
		}},
		{"the second to last", map[string]starterRole{
			"the":    roleOrdinalCountAfter | roleOrdinalCount | roleRelativeAfter | roleWordQuantity,
			"second": roleOrdinalCount | roleOrdinal | roleRelativeAfter | roleWordQuantity,
			"last":   roleWordQuantity,
		}},
		{"about 5 or some twenty dollars", map[string]starterRole{
			"about": roleClock | roleAmount, "5": roleClock | roleAmount, "some": roleAmount,
			"twenty": roleOrdinalCount | roleOrdinal | roleSpelled | roleAmount,
		}},
		{"his 16th straight fight, twice", map[string]starterRole{
			"16":    roleClock | roleOrdinalCount | roleOrdinal | roleAmount,
			"twice": roleOrdinalCount | roleOrdinal | roleSpelled, // the filters of spelled numbers let it by
		}},
		{"sales doubled from $5 to 10", map[string]starterRole{
			"doubled": roleWordQuantity, "from": roleAmount, "$": roleAmount, "5": roleClock | roleAmount,
			"10": roleClock | roleAmount,
		}},
		{"the next one, third, per cent of it", map[string]starterRole{
			"the": roleOrdinalCountAfter | roleRelativeAfter, "next": roleWordQuantity,
			"one":   roleOrdinalCount | roleOrdinal | roleSpelled | roleAmount,
			"third": roleOrdinalCount | roleOrdinal, "per": roleWordQuantity,
		}},
	}
	for _, tt := range tests {
		toks := lex(nil, tt.sentence, 0, len(tt.sentence))
		got := map[string]starterRole{}
		for i := range toks {
			if startsQuantity(toks, i) {
				got[toks[i].text] = rolesAt(toks, i)
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("rolesAt in %q (-want +got):\n%s", tt.sentence, d)
		}
	}
}

// rolesMissed returns the starters of text at which a recognizer reads a
// quantity that the starter's roles (rolesAt) would not have it tried at,
// and those whose roles say otherwise than beginsSpelled.
func rolesMissed(text string) []string {
	src := sources.New("t", "t.txt", text)
	var x sentenceExtractor
	var missed []string
	for _, s := range sentences(src.Text, 0, len(src.Text)) {
		x.extract(src, s) // to set the sentence up
		toks := x.toks
		for i := range toks {
			if !startsQuantity(toks, i) {
				continue
			}
			r := rolesAt(toks, i)
			check := func(name string, role starterRole, ok bool) {
				if ok != (r&role != 0) && (ok || role == roleSpelled) {
					missed = append(missed, fmt.Sprintf("%s at %q of %q", name, toks[i].text, src.Text[s.start:s.end]))
				}
			}
			x.out = nil
			_, ok := x.timeOrScore(i)
			check("timeOrScore", roleClock, ok)
			_, ok = x.ordinalCount(i)
			check("ordinalCount", roleOrdinalCount, ok)
			_, ok = parseOrdinal(toks, i)
			check("parseOrdinal", roleOrdinal, ok)
			if toks[i].kind == tWord {
				_, ok = x.wordQuantity(i)
				check("wordQuantity", roleWordQuantity, ok)
			}
			_, ok = parseAmount(toks, i)
			check("parseAmount", roleAmount, ok)
			check("beginsSpelled", roleSpelled, toks[i].kind == tWord && beginsSpelled(toks[i].lower))
		}
		x.out = nil // kept: the next sentence's must not reuse it
	}
	return missed
}

// TestRolesCover checks that no recognizer reads a quantity at a starter
// whose roles leave it out, on the project's own reports and on sentences
// whose quantities open with every kind of starter.
func TestRolesCover(t *testing.T) {
	texts := append([]string{
		"It rose between twenty and thirty, then to more than a dozen, from five to seven.",
		"The one before the last, the last but one, for the third time, the second woman to do it.",
		"Sales doubled; prices tripled twice, up to US$ 5, at least a third, per cent of twenty-two.",
		"He was the first; the last; the penultimate; a hundred; half; a quarter; point five; minus six.",
		"At about 8 p.m., around 10:30, the 16th straight win, a 3rd consecutive loss, 5 MUSD, $ 4, -3, <5%.",
		"A hundred and twenty-first, one hundredth, a fifth, two thirds, dozens of them, hundreds of thousands.",
	}, fuzzSeeds...)
	texts = append(texts, reports(t)...)
	for _, text := range texts {
		if missed := rolesMissed(text); len(missed) > 0 {
			t.Errorf("roles leave out what is read:\n%v", missed)
		}
	}
}

// FuzzRolesCover checks the same on any text.
func FuzzRolesCover(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if missed := rolesMissed(text); len(missed) > 0 {
			t.Fatalf("roles leave out what is read:\n%v", missed)
		}
	})
}
