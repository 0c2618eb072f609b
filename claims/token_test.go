package claims

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestKnownWords checks what a lowerBuffer's table of known words gives
// for words said again, in other cases, and for words that share a slot
// of the table (same length, first, middle and last bytes).
func TestKnownWords(t *testing.T) {
	type word struct {
		Lower string
		Class wordClass
	}
	text := "The Tessel said THE TESSEL rose. The Tassel, the Tessel and Łódź; ŁÓDŹ rose Twice and TWICE."
	var got []word
	var lb lowerBuffer
	toks, _ := lexWith(nil, text, 0, len(text), &lb)
	for _, tk := range toks {
		if tk.kind == tWord && tk.text != tk.lower {
			got = append(got, word{tk.lower, tk.class})
		}
	}
	the := wordClasses.of("the")
	twice := wordClasses.of("twice")
	want := []word{{"the", the}, {"tessel", 0}, {"the", the}, {"tessel", 0}, {"the", the}, {"tassel", 0},
		{"tessel", 0}, {"łódź", 0}, {"łódź", 0}, {"twice", twice}, {"twice", twice}}
	if d := cmp.Diff(want, got, cmp.AllowUnexported(word{})); d != "" {
		t.Errorf("known words (-want +got):\n%s", d)
	}
	if the == 0 || twice == 0 {
		t.Errorf("the and twice have no class: %v, %v", the, twice)
	}
}

// lexShared returns the tokens of each sentence of text as lexed with one
// lowerBuffer for them all, and each with a fresh one.
func lexShared(texts []string) (shared, fresh [][]token) {
	var lb lowerBuffer
	for _, text := range texts {
		for _, s := range sentences(text, 0, len(text)) {
			toks, _ := lexWith(nil, text, s.start, s.end, &lb)
			shared = append(shared, toks)
			fresh = append(fresh, lex(nil, text, s.start, s.end))
		}
	}
	return shared, fresh
}

// TestKnownWordsShared checks that the words a lowerBuffer knows from the
// sentences before change none of a sentence's tokens, on the project's
// own reports.
func TestKnownWordsShared(t *testing.T) {
	shared, fresh := lexShared(append(fuzzSeeds, reports(t)...))
	if d := cmp.Diff(fresh, shared, cmp.AllowUnexported(token{})); d != "" {
		t.Errorf("tokens lexed with known words differ (-fresh +shared):\n%s", d)
	}
}

// FuzzKnownWords checks the same on any two texts lexed one after the other.
func FuzzKnownWords(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		shared, fresh := lexShared([]string{a, b})
		if d := cmp.Diff(fresh, shared, cmp.AllowUnexported(token{})); d != "" {
			t.Fatalf("tokens lexed with known words differ (-fresh +shared):\n%s", d)
		}
	})
}

// TestIsUpperCase checks isUpperCase against strings.ToUpper on words
// written every way.
func TestIsUpperCase(t *testing.T) {
	words := []string{"", "US", "Us", "u", "USB3", "Ł", "ŁÓDŹ", "Łódź", "ǅ", "ǆ", "ß", "ı", "İ", "NASA’S",
		"NASA’s", "\xff", "A\xffB", "\ufffd", "Σ", "σ", "ﬁ", "Ⅻ", "ⅻ", "123", "-"}
	got := map[string]bool{}
	want := map[string]bool{}
	for _, w := range words {
		got[w] = isUpperCase(w)
		want[w] = w == strings.ToUpper(w)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("isUpperCase (-ToUpper +isUpperCase):\n%s", d)
	}
	if !got["US"] || got["Us"] || !got["ŁÓDŹ"] || got["A\xffB"] {
		t.Errorf("isUpperCase: %v", got)
	}
}

// FuzzIsUpperCase checks isUpperCase against strings.ToUpper on any text.
func FuzzIsUpperCase(f *testing.F) {
	for _, s := range []string{"US", "Łódź", "A\xffB", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isUpperCase(s), s == strings.ToUpper(s); got != want {
			t.Fatalf("isUpperCase(%q) = %v, strings.ToUpper says %v", s, got, want)
		}
	})
}

// capitalizedByRune is isCapitalized as it reads the word's first letter.
func capitalizedByRune(t token) bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// TestCapital checks the capitals the lexer marks on words written every
// way, and on the project's own reports.
func TestCapital(t *testing.T) {
	text := "The ÉTÉ été iPhone Łódź ǅemal 1st A a ,"
	var got []bool
	for _, tk := range lex(nil, text, 0, len(text)) {
		got = append(got, tk.isCapitalized())
	}
	want := []bool{true, true, false, false, true, false, false, false, true, false, false}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("isCapitalized of %q (-want +got):\n%s", text, d)
	}
	for _, text := range append(fuzzSeeds, reports(t)...) {
		for _, tk := range lex(nil, text, 0, len(text)) {
			if tk.isCapitalized() != capitalizedByRune(tk) {
				t.Errorf("isCapitalized(%q) = %v", tk.text, tk.isCapitalized())
			}
		}
	}
}

// FuzzCapital checks the same on any text.
func FuzzCapital(f *testing.F) {
	f.Add("The ÉTÉ été iPhone Łódź ǅemal 1st A a ,")
	f.Fuzz(func(t *testing.T, text string) {
		for _, tk := range lex(nil, text, 0, len(text)) {
			if tk.isCapitalized() != capitalizedByRune(tk) {
				t.Fatalf("isCapitalized(%q) = %v", tk.text, tk.isCapitalized())
			}
		}
	})
}

// FuzzWordBits checks isStopword and isTitleWord, by the class, against
// the sets themselves on every token of any text.
func FuzzWordBits(f *testing.F) {
	f.Add("The Deputy Secretary of the Treasury, s t I, said: THE deputy's")
	f.Fuzz(func(t *testing.T, text string) {
		for _, tk := range lex(nil, text, 0, len(text)) {
			if tk.isStopword() != stopwords[tk.lower] || tk.isTitleWord() != isTitleWord(tk.lower) {
				t.Fatalf("%q: isStopword %v, isTitleWord %v", tk.text, tk.isStopword(), tk.isTitleWord())
			}
		}
	})
}

// TestGeneralPunct checks that no code point isGeneralPunct reports is a
// letter or a mark, which scanWord and the lexer take it to tell, and
// that it reports the block's bounds and nothing past them.
func TestGeneralPunct(t *testing.T) {
	var got []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isGeneralPunct(r) && (unicode.IsLetter(r) || unicode.IsMark(r)) {
			got = append(got, r)
		}
	}
	if d := cmp.Diff([]rune(nil), got); d != "" {
		t.Errorf("letters and marks isGeneralPunct reports (-want +got):\n%s", d)
	}
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{0x1fff, false}, {0x2000, true}, {'’', true}, {'”', true}, {'—', true},
		{'…', true}, {0x206f, true}, {0x2070, false}, {'a', false}, {-1, false},
	} {
		if got := isGeneralPunct(tc.r); got != tc.want {
			t.Errorf("isGeneralPunct(%U) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

// TestLowerBufferLower checks lowerBuffer.lower against strings.ToLower
// on ASCII words, short and past its buffer of 32 bytes, and against
// toLowerUnicode on the others.
func TestLowerBufferLower(t *testing.T) {
	words := []string{"a", "A", "the", "The", "THE", "SenseTime", "McDONALD'S", "x-RAY", "2B", "@Z",
		"[", "`", "{", "Łódź", "ŁÓDŹ", "NASA’S", "\xff", "Abc\xff",
		"Internationalisation-And-Everything-Else", "internationalisation-and-everything-else"}
	var lb lowerBuffer
	got, want := map[string]string{}, map[string]string{}
	for _, w := range words {
		got[w] = lb.lower(w)
		if strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 { // ASCII
			want[w] = strings.ToLower(w)
		} else {
			want[w] = toLowerUnicode(w)
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("lower (-want +got):\n%s", d)
	}
}
