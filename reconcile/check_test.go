package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

func TestCheck(t *testing.T) {
	against := extract(map[string]string{
		"a": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange.",
		"b": "Experts say over a million people, mainly Uighurs and other Muslim minorities, were held in Xinjiang camps.",
	})
	draft := claims.Extract(sources.New("draft", "draft.txt",
		"The company postponed its US$700 million initial public offering on the Hong Kong stock exchange.\n"+
			"More than one million Uygurs and other Muslim minority groups have been held in Xinjiang camps.\n"+
			"The firm employs 5,000 engineers in Shanghai."))
	type result struct {
		Text   string
		Status Status
		Away   []string
	}
	var got []result
	for _, ch := range Check(draft, against, Options{}) {
		r := result{Text: ch.Claim.Text, Status: ch.Status}
		for _, c := range ch.Away {
			r.Away = append(r.Away, c.Source+": "+c.Text)
		}
		got = append(got, r)
	}
	want := []result{
		{"US$700 million", Contradicted, []string{"a: US$768 million"}},
		{"More than one million Uygurs", Supported, nil},
		{"5,000 engineers", Unsupported, nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check() mismatch (-want +got):\n%s", diff)
	}
}

func TestTolerance(t *testing.T) {
	cs := extract(map[string]string{
		"a": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange.",
		"b": "The company postponed its USD 767 million Hong Kong initial public offering on the stock exchange.",
	})
	tests := []struct {
		tol  float64
		want Verdict
	}{
		{0, Conflict},
		{0.001, Conflict}, // 0.13% apart
		{0.005, Rounding},
	}
	for _, tt := range tests {
		fs := Group(cs, Options{Tolerance: tt.tol})
		if len(fs) != 1 || fs[0].Verdict != tt.want {
			t.Errorf("tolerance %v: got %v, want one %s group", tt.tol, view(fs), tt.want)
		}
	}
}
