package claims

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/sources"
)

func TestMayHoldClaim(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The cat sat on the mat.", false},
		{"“It was a shock,” she told reporters — and left…", false},
		{"He didn’t say where they went.", false},
		{"One of them left.", true},            // a figure
		{"They met on MONDAY night.", true},    // a date word, in capitals
		{"Monday's vote was close.", true},     // its possessive
		{"Monday’s vote was close.", true},     // with a curly apostrophe
		{"twenty-one of them", true},           // a figure before a hyphen
		{"a well-known, twenty-one-ish", true}, // and after one
		{"The Prime Minister spoke.", true},    // an office head
		{"It cost $5.", true},                  // a sign and a digit
		{"It rose by a tenth%", true},          // a figure, and a sign
		{"Up 5% since", true},                  // a digit
		{"Up %", true},                         // a sign alone
		{"They ate at a café.", true},          // a word outside ASCII
		{"It cost ¥ a lot", true},              // a sign outside ASCII
		{"undersecretaryship", true},           // the first eight letters of an office head
		{"", false},
	}
	var got, want []bool
	for _, tt := range tests {
		got = append(got, mayHoldClaim(tt.sentence, 0, len(tt.sentence)))
		want = append(want, tt.want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mayHoldClaim (-want +got):\n%s", diff)
	}
}

// checkPrescan fails when mayHoldClaim says that text[start:end] holds no
// claim and the lexer's facts of it would allow one.
func checkPrescan(t *testing.T, text string, start, end int) {
	t.Helper()
	if mayHoldClaim(text, start, end) {
		return
	}
	toks, facts := lexWith(nil, text, start, end, new(lowerBuffer))
	if facts.has(tNumber) || facts.has(tSymbol) || facts.classes&claimClasses != 0 {
		for _, tk := range toks {
			if tk.kind == tNumber || tk.kind == tSymbol || tk.class&claimClasses != 0 {
				t.Fatalf("mayHoldClaim(%q) = false, but it holds %q (kind %d, class %#x)", text[start:end], tk.text, tk.kind, tk.class)
			}
		}
		t.Fatalf("mayHoldClaim(%q) = false, but its facts are %+v", text[start:end], facts)
	}
}

// TestMayHoldClaimCorpora holds mayHoldClaim to every sentence of every
// corpus at hand, as extract reads them.
func TestMayHoldClaimCorpora(t *testing.T) {
	skipped, sentences := 0, 0
	var x sentenceExtractor
	for _, root := range []string{"../testdata", "../../shared"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil || !utf8.Valid(data) {
				return err
			}
			src := sources.New(path, path, string(data))
			for _, text := range []string{src.Text, string(data)} {
				for _, s := range appendSentences(nil, text, 0, len(text)) {
					sentences++
					if mayHoldClaim(text, s.start, s.end) {
						continue
					}
					skipped++
					checkPrescan(t, text, s.start, s.end)
					// And what extract's gate rests on: lexed and read
					// in full, the sentence yields no claim.
					if text == src.Text {
						if got := x.extractLexed(src, s); len(got) > 0 {
							t.Fatalf("%s: %q passed over, but it holds %q", path, text[s.start:s.end], got[0].Text)
						}
					}
				}
			}
			return nil
		})
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	t.Logf("%d of %d sentences pass for holding no claim", skipped, sentences)
}

// claimWords are the words of claimClasses, for FuzzMayHoldClaim.
func claimWords() []string {
	var ws []string
	for k, w := range wordClasses.words.slots {
		if w != "" && wordClasses.class[k]&claimClasses != 0 {
			ws = append(ws, w)
		}
	}
	return ws
}

// FuzzMayHoldClaim holds mayHoldClaim to the lexer's facts on random
// sentences, and on sentences with a word of claimClasses put in, in
// random case and glued to what is around it.
func FuzzMayHoldClaim(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint64(0))
	}
	f.Add("The cat sat on the mat.", uint64(1))
	f.Add("“It was a shock,” she said — then…", uint64(7))
	f.Add("x", uint64(1<<40))
	words := claimWords()
	glue := []string{"", " ", "-", "'", "’", "’s", "'s", ".", ",", "“", "”", "—", "\n", "s", "ly", "_", "/"}
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		checkPrescan(t, s, 0, len(s))
		r := rand.New(rand.NewPCG(seed, seed>>32))
		w := []byte(words[r.IntN(len(words))])
		for i := range w {
			if r.IntN(2) == 0 {
				w[i] = strings.ToUpper(string(w[i]))[0]
			}
		}
		at := 0
		if len(s) > 0 {
			at = r.IntN(len(s) + 1)
		}
		text := s[:at] + glue[r.IntN(len(glue))] + string(w) + glue[r.IntN(len(glue))] + s[at:]
		checkPrescan(t, text, 0, len(text))
		// And as a sentence inside a text, whose bytes past its end the
		// pre-scan reads.
		checkPrescan(t, text, min(at, len(text)), len(text))
		checkPrescan(t, text, 0, min(at+len(w), len(text)))
	})
}
