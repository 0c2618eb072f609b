package reconcile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

func TestZZDebug(t *testing.T) {
	dir := os.Getenv("ZZ_DIR")
	if dir == "" {
		t.Skip()
	}
	pats := strings.Split(os.Getenv("ZZ_PATS"), "|")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var cs []claims.Claim
	for _, f := range files {
		s, err := sources.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, claims.Extract(s)...)
	}
	m := newMatcher(Options{})
	cs = comparable(cs, m, nil)
	var sel []int
	for i := range cs {
		for _, p := range pats {
			if p != "" && strings.Contains(cs[i].Text, p) {
				sel = append(sel, i)
				break
			}
		}
	}
	for _, i := range sel {
		c := &cs[i]
		f := m.feature(c)
		var ws []string
		for _, w := range f.words {
			ws = append(ws, m.words[w])
		}
		fmt.Printf("%d %s %q kind=%s noun=%q head=%q unit=%s val=%v owner=%q outcome=%q partial=%v pron=%v scope=%v words=%v\n", i, c.Source, c.Text, c.Kind, c.Noun, f.head, c.Unit, c.Value, f.owner, f.outcome, f.partial, f.pronoun, f.scope, ws)
	}
	for x, i := range sel {
		for _, j := range sel[x+1:] {
			if cs[i].Source == cs[j].Source || cs[i].Kind != cs[j].Kind {
				continue
			}
			l, ok := m.linkOf(&cs[i], &cs[j])
			fmt.Printf("%d-%d shared=%d link=%v %+v diffSubj=%v unsure=%v\n", i, j, m.shared(&cs[i], &cs[j]), ok, l, m.differentSubjects(&cs[i], &cs[j]), m.unsure(&cs[i], &cs[j]))
		}
	}
}
