package claims

import (
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// linkPattern is the regular expression nextLink finds the links of, the
// reference it is tested against.
var linkPattern = regexp.MustCompile(`(?i)\b(https?://|www\.)\S+|\S+@\S+\.\w+|@\w+`)

// allLinks returns the spans of the links of s, as FindAllStringIndex
// returns them.
func allLinks(s string) [][]int {
	var out [][]int
	for i := 0; ; {
		a, b := nextLink(s, i)
		if a < 0 {
			return out
		}
		out = append(out, []int{a, b})
		i = b
	}
}

// linkSeeds are sentences with links, and bytes near links, in the forms
// the expression reads.
var linkSeeds = []string{
	"See https://example.com/2021/12/10 — COVID-19 killed 4.",
	"Visit www.bbc.co.uk/news/123 or WWW.CNN.COM, or HtTpS://x.",
	"Write to jo.bloggs@example.co.uk, or to @jo_bloggs99 on X.",
	"a@b.c d@e. f@.g h@i.j.k @ @x @@y x@y@z.w",
	"(http://a) ahttp://b 1www.c _www.d -www.e www. http:// https:/ httpſ://x",
	"mail@host.ſ x@y.z\u212a x@y.\xe2\x84 x@y.\xc5\xbfs", "@\u212a",
	"\xff@x.y w\xffww.x @\xc5\xbf",
	"a@b.c.d@e.f., a@b..c @a.b@",
	"no links in 2021, at 10:30, 3.5 per cent",
	"tab\tsep@x.y\fform\rcr\vvt@a.b",
}

func TestNextLink(t *testing.T) {
	for _, s := range linkSeeds {
		if d := cmp.Diff(linkPattern.FindAllStringIndex(s, -1), allLinks(s)); d != "" {
			t.Errorf("links of %q (-expression +nextLink):\n%s", s, d)
		}
	}
	tests := []struct {
		s    string
		want [][]int
	}{
		{"", nil},
		{"see www.x.org.", [][]int{{4, 14}}},
		{"by a@b.c, and", [][]int{{3, 8}}},
		{"@abc!", [][]int{{0, 4}}},
		{"xhttp://y", nil},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, allLinks(tt.s)); d != "" {
			t.Errorf("links of %q (-want +got):\n%s", tt.s, d)
		}
	}
}

// FuzzNextLink holds nextLink to the expression it stands for.
func FuzzNextLink(f *testing.F) {
	for _, s := range append(linkSeeds, fuzzSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := cmp.Diff(linkPattern.FindAllStringIndex(s, -1), allLinks(s)); d != "" {
			t.Fatalf("links of %q (-expression +nextLink):\n%s", s, d)
		}
	})
}
