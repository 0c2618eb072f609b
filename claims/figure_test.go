package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimcheck/claimcheck/sources"
)

func TestIsFigure(t *testing.T) {
	words := []string{"six", "twenty", "million", "dozen", "dozens", "third", "thirds", "half", "twice",
		"doubled", "last", "second", "one", "the", "a", "an", "between", "from", "more", "at", "in", "us",
		"usd", "euro", "percent", "some", "minus", "<", "company", "said"}
	got := map[string]bool{}
	for _, w := range words {
		got[w] = isFigure(w)
	}
	want := map[string]bool{"six": true, "twenty": true, "million": true, "dozen": true, "dozens": true,
		"third": true, "thirds": true, "half": true, "twice": true, "doubled": true, "last": true,
		"second": true, "one": true}
	for _, w := range words {
		if !want[w] {
			want[w] = false // the others
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("isFigure (-want +got):\n%s", d)
	}
}

// numbersGated returns the quantities numbers finds in each sentence of
// text, from the sentence's last figure (as numbers reads them) and from
// all its tokens.
func numbersGated(text string) (gated, all [][]Claim) {
	src := sources.New("t", "t.txt", text)
	var x sentenceExtractor
	for _, s := range sentences(src.Text, 0, len(src.Text)) {
		x.extract(src, s) // to set the sentence up
		x.out = nil
		x.numbersUpTo(lastFigure(x.toks))
		gated = append(gated, x.out)
		x.out = nil
		x.numbersUpTo(len(x.toks) - 1)
		all = append(all, x.out)
		x.out = nil // kept: the next sentence's must not reuse it
	}
	return gated, all
}

// TestFigureGate checks that numbers finds the same quantities from the
// last figure of a sentence as from all of it, on the project's own
// reports and on sentences whose quantities open with markers.
func TestFigureGate(t *testing.T) {
	texts := append([]string{
		"It rose between twenty and thirty, then to more than a dozen, from five to seven.",
		"The one before the last, the last but one, for the third time, the second woman to do it.",
		"Sales doubled; prices tripled twice, up to US$ 5, at least a third, per cent of twenty-two.",
		"He was the first; the last; the penultimate; a hundred; half; a quarter; point five; minus six.",
		"Nothing here counts anything at all, as the company said in a statement from Paris.",
	}, fuzzSeeds...)
	texts = append(texts, reports(t)...)
	for _, text := range texts {
		gated, all := numbersGated(text)
		opts := cmp.Options{cmp.AllowUnexported(Claim{}), cmpopts.EquateEmpty()}
		if d := cmp.Diff(all, gated, opts); d != "" {
			t.Errorf("numbers from the last figure differ from all of %.60q (-all +gated):\n%s", text, d)
		}
	}
}

// FuzzFigureGate checks the same on any text.
func FuzzFigureGate(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		gated, all := numbersGated(text)
		if d := cmp.Diff(all, gated, cmp.AllowUnexported(Claim{}), cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("numbers from the last figure differ from all (-all +gated):\n%s", d)
		}
	})
}

// titlesGated returns the titles findTitles finds in each sentence of
// text that its facts say may hold one (mayHoldTitle), and those found
// trying every token of the sentences that hold an office head.
func titlesGated(text string) (gated, all [][]titleMatch) {
	for _, s := range sentences(text, 0, len(text)) {
		toks := lex(nil, text, s.start, s.end)
		var titles []titleMatch
		if factsOf(toks).mayHoldTitle() {
			titles = findTitles(toks)
		}
		gated = append(gated, titles)
		var every []titleMatch
		if lastOfficeHead(toks) >= 0 {
			every = findTitlesUpTo(toks, len(toks)-1)
		}
		all = append(all, every)
	}
	return gated, all
}

// TestTitleReach checks that no title starts more than titleReach words
// after the last office head of its sentence, on the project's own
// reports and on titles written every way.
func TestTitleReach(t *testing.T) {
	texts := append([]string{
		"Police spokesman senior Al Quintero said so. Wally Adeyemo, the deputy secretary, spoke.",
		"Felt was deputy director of the FBI. Deputy Secretary of the Treasury Wally Adeyemo said it.",
		"Said chairman Steven Einhorn and FBI director Patrick Gray; Jo Lee served as chief executive.",
		"Health Commissioner Dr. Ruth Abara and spokesman acting chief Ann Moe met minister Li Wei.",
	}, fuzzSeeds...)
	texts = append(texts, reports(t)...)
	for _, text := range texts {
		gated, all := titlesGated(text)
		if d := cmp.Diff(all, gated, cmp.AllowUnexported(titleMatch{}), cmpopts.EquateEmpty()); d != "" {
			t.Errorf("titles up to the last office head differ from all of %.60q (-all +gated):\n%s", text, d)
		}
	}
}

// FuzzTitleReach checks the same on any text.
func FuzzTitleReach(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		gated, all := titlesGated(text)
		if d := cmp.Diff(all, gated, cmp.AllowUnexported(titleMatch{}), cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("titles up to the last office head differ from all (-all +gated):\n%s", d)
		}
	})
}

// reports returns the texts of the project's own reports (testdata).
func reports(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no reports: %v", err)
	}
	more, _ := filepath.Glob("../testdata/*/*/*.txt")
	var texts []string
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// matchModifierPlain is matchModifier without the filters that pass over
// the words no modifier begins with there.
func matchModifierPlain(toks []token, i int) (bound, int, bool) {
	if i >= len(toks) {
		return exact, i, false
	}
	return lookupModifier(toks, i)
}

// modifierSeeds are texts with every modifier, and with their first words
// before other words.
func modifierSeeds() []string {
	var out []string
	for _, ms := range modifiers {
		for _, m := range ms {
			p := strings.Join(m.words, " ")
			out = append(out, p+" 5", "x "+p+" 5", m.words[0]+" the 5", "<"+p+" 5", p)
		}
	}
	return append(out, fuzzSeeds...)
}

// TestModifierGate checks matchModifier against matchModifierPlain at
// every token of texts with every modifier.
func TestModifierGate(t *testing.T) {
	for _, s := range modifierSeeds() {
		checkModifierGate(t, s)
	}
}

// FuzzModifierGate checks the same on any text.
func FuzzModifierGate(f *testing.F) {
	for _, s := range modifierSeeds() {
		f.Add(s)
	}
	f.Fuzz(checkModifierGate)
}

func checkModifierGate(t *testing.T, s string) {
	toks := lex(nil, s, 0, len(s))
	for i := 0; i <= len(toks); i++ {
		b, j, ok := matchModifier(toks, i)
		pb, pj, pok := matchModifierPlain(toks, i)
		if b != pb || j != pj || ok != pok {
			t.Fatalf("matchModifier(%q, %d) = %v, %d, %v; plainly %v, %d, %v", s, i, b, j, ok, pb, pj, pok)
		}
	}
}
