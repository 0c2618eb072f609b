package claims

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// lexByRune is the lexer written plainly, rune by rune, with no fast
// paths: each word is lower-cased anew and its class looked up with
// wordClasses.of. The lexer must give the same tokens.
func lexByRune(text string, start, end int) []token {
	var toks []token
	space, newline := true, false
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '\n':
			space, newline = true, true
			i += w
			continue
		case r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			space = true
			i += w
			continue
		}
		t := token{start: i, space: space, newline: newline}
		switch {
		case isDigit(r):
			t.kind = tNumber
			i = scanNumber(text, i, end)
		case r == '.' && space && i+1 < end && isDigit(rune(text[i+1])):
			t.kind = tNumber
			i = scanNumber(text, i+1, end)
		case r >= utf8.RuneSelf && vulgarFractions[string(r)] != 0:
			t.kind = tNumber
			i += w
		case unicode.IsLetter(r):
			t.kind = tWord
			i = scanWordByRune(text, i, end)
		case isSymbol(r):
			t.kind = tSymbol
			i += w
		default:
			t.kind = tPunct
			i += w
		}
		t.end = i
		t.text = text[t.start:t.end]
		switch t.kind {
		case tWord:
			t.capital = unicode.IsUpper(r)
			t.lower = toLowerUnicode(t.text)
			t.class = wordClasses.of(t.lower)
		case tPunct:
			t.lower, t.class = t.text, wordClasses.of(t.text)
		default:
			t.lower = t.text
		}
		toks = append(toks, t)
		space, newline = false, false
	}
	return toks
}

// scanWordByRune is scanWord rune by rune: letters and marks, and
// apostrophes between letters.
func scanWordByRune(text string, i, end int) int {
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += w
			continue
		}
		if r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(text[i+w : end]); i+w < end && unicode.IsLetter(r2) {
				i += w
				continue
			}
		}
		break
	}
	return i
}

// lexCases are texts that take the lexer down each of its paths.
var lexCases = []string{
	"the cat sat on a mat, and the dog's bone.",
	"The Tessel said THE TESSEL rose; iPhone eBay McDonald's O'Neill don't it’s.",
	"café Łódź ÉTÉ été naïve ǅemal Straße İstanbul",
	"1,300 40 000 12,34,567 1.111,11 .25 5,00 192.168.1.2 ½ $5 €10 30% 3‰",
	"a\tb\rc\vd\fe\u00a0f\u2009g\nh \n i",
	"x—y – z … «quoted» “curly” 'single' (paren) [bracket] @handle http://x.y",
	"see www.example.com or WWW.EXAMPLE.COM, mail a@b.org; not ww.x, w.w.w. or :/ /",
	"Www.example.com", "wWw.x", "at WwW.",
	"www.", "a.www", ".www.", "://", ":/", "@",
	"a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi",
	"internationally counterproductiveness incomprehensibilities's abcdefghijklmnopQrst abcdefghijklmnop’s abcdefghijklmnopé abcdefghijklmnop-qrs abcdefghijklmnopqrstu",
	"said", "s", "t", "i", "z", "", " ", "\n",
	"\xff\xfe bad \xc3 utf8 a\xffb",
	"end with a short word at the very end of the text: it",
	"seven seventy seventeen thousand hundred million dozen",
	"Monday Monday's monday's january jan.",
}

// TestLex checks the lexer against lexByRune on texts that take it down
// each of its paths, on the fuzz seeds and on the project's own reports,
// with the text cut at every sentence's end.
func TestLex(t *testing.T) {
	texts := append(append(append([]string{}, lexCases...), fuzzSeeds...), reports(t)...)
	for _, text := range texts {
		checkLex(t, text)
	}
}

// FuzzLex checks the same on any text.
func FuzzLex(f *testing.F) {
	for _, s := range append(append([]string{}, lexCases...), fuzzSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkLex(t, text)
	})
}

// checkLex compares the lexer with lexByRune on text, whole and sentence
// by sentence, with one lowerBuffer for all of it, and the content words
// of its tokens with contentWordsPlain.
func checkLex(t *testing.T, text string) {
	t.Helper()
	var lb lowerBuffer
	var content []contentWord
	spans := append([]span{{0, len(text)}}, sentences(text, 0, len(text))...)
	for _, s := range spans {
		got, facts := lexWith(nil, text, s.start, s.end, &lb)
		want := lexByRune(text, s.start, s.end)
		if d := cmp.Diff(want, got, cmp.AllowUnexported(token{})); d != "" {
			t.Fatalf("tokens of %q (-byRune +lexer):\n%s", text[s.start:s.end], d)
		}
		if sentence := text[s.start:s.end]; facts.links != mayHoldLinks(sentence) {
			t.Fatalf("links of %q: %v, mayHoldLinks says %v", sentence, facts.links, !facts.links)
		}
		if d := cmp.Diff(factsOf(got), lexFacts{classes: facts.classes, kinds: facts.kinds}, cmp.AllowUnexported(lexFacts{})); d != "" {
			t.Fatalf("facts of %q (-factsOf +lexer):\n%s", text[s.start:s.end], d)
		}
		content = contentWords(content[:0], got, &lb)
		if d := cmp.Diff(contentWordsPlain(want), content, cmp.AllowUnexported(contentWord{}), cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("content words of %q (-plain +contentWords):\n%s", text[s.start:s.end], d)
		}
	}
}

// mayHoldLinks reports whether s holds what every link (nextLink)
// holds: an "@", "://", or "www." in any case.
func mayHoldLinks(s string) bool {
	return strings.Contains(s, "@") || strings.Contains(s, "://") || strings.Contains(strings.ToLower(s), "www.")
}

// contentWordsPlain is contentWords written plainly: the words of two
// letters or more that are not in notContent, stemmed, and capitalized
// again when they are capitalized inside the sentence.
func contentWordsPlain(toks []token) []contentWord {
	var out []contentWord
	var lb lowerBuffer
	for i, t := range toks {
		if t.kind != tWord || len(t.lower) < 2 || notContent[t.lower] {
			continue
		}
		st := Stem(t.lower)
		if i > 0 && unicode.IsUpper([]rune(t.text)[0]) && !toks[i-1].newline {
			st = lb.capitalize(st)
		}
		out = append(out, contentWord{stem: st, tok: i, bit: uint8(wordBit(st))})
	}
	return out
}

// BenchmarkLex measures the lexer and the content words of each sentence
// (the per-token work every sentence pays for) on the real reporting of
// the dev clusters, about 1 MB of it, as extract runs them.
func BenchmarkLex(b *testing.B) {
	texts := benchTexts(b, "../../shared/corpora/ecbplus-dev/*/*.txt")
	var spans [][]span
	size := 0
	for _, t := range texts {
		spans = append(spans, sentences(t, 0, len(t)))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	var lb lowerBuffer
	var toks []token
	var content []contentWord
	for range b.N {
		for k, t := range texts {
			for _, s := range spans[k] {
				toks, _ = lexWith(toks[:0], t, s.start, s.end, &lb)
				content = contentWords(content[:0], toks, &lb)
			}
		}
	}
}

// benchTexts returns the texts of the files glob matches, repeated to
// about 1 MB, or skips b when there are none.
func benchTexts(b *testing.B, glob string) []string {
	paths, err := filepath.Glob(glob)
	if err != nil || len(paths) == 0 {
		b.Skipf("no reports in %s (%v)", glob, err)
	}
	sort.Strings(paths)
	var texts []string
	for size := 0; size < 1<<20; {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
			size += len(data)
		}
	}
	return texts
}

// windowPlain is window written plainly: the content words from end on,
// then back from first, then between, at most contextWindow on each
// side, each once.
func windowPlain(content []contentWord, first, end int) []string {
	var words []string
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	k := sort.Search(len(content), func(i int) bool { return content[i].tok >= end })
	b := sort.Search(len(content), func(i int) bool { return content[i].tok >= first })
	for i := k; i < len(content) && i < k+contextWindow; i++ {
		add(content[i].stem)
	}
	for i := b - 1; i >= 0 && i >= b-contextWindow; i-- {
		add(content[i].stem)
	}
	for i := b; i < k; i++ {
		add(content[i].stem)
	}
	return words
}

// TestWindow checks window against windowPlain over spans of tokens of
// up to five, and the wrong way round, from every token of the sentences
// of the project's own reports and the fuzz seeds.
func TestWindow(t *testing.T) {
	for _, text := range append(append([]string{}, fuzzSeeds...), reports(t)...) {
		var x sentenceExtractor
		for _, s := range sentences(text, 0, len(text)) {
			x.toks, _ = lexWith(x.toks[:0], text, s.start, s.end, &x.lowers)
			x.contentDone = false
			for first := range x.toks {
				for _, end := range []int{first - 1, first, first + 1, first + 2, first + 5} {
					end = min(max(end, 0), len(x.toks))
					got := x.window(first, end)
					want := windowPlain(x.content, first, end)
					if slices.Equal(want, got) {
						continue // cmp.Diff on each span would cost seconds
					}
					if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
						t.Fatalf("window(%d, %d) of %q (-plain +window):\n%s", first, end, text[s.start:s.end], d)
					}
				}
			}
		}
	}
}

// TestFirstAtOrAfter checks the branch-free search against sort.Search on
// every place of content words at every other token, the first and last
// included, for sentences of 0 to 9 content words.
func TestFirstAtOrAfter(t *testing.T) {
	for n := range 10 {
		content := make([]contentWord, n)
		for i := range content {
			content[i].tok = 2*i + 1 // tokens 1, 3, 5, ...: the even ones fall between
		}
		var got, want []int
		for tok := -1; tok <= 2*n+2; tok++ {
			got = append(got, firstAtOrAfter(content, tok))
			want = append(want, sort.Search(n, func(i int) bool { return content[i].tok >= tok }))
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%d content words (-sort.Search +firstAtOrAfter):\n%s", n, d)
		}
	}
}
