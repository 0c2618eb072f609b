package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/sources"
)

func TestLeadDump(t *testing.T) {
	out := os.Getenv("LEAD_DUMP")
	if out == "" {
		t.Skip()
	}
	var paths []string
	for _, g := range []string{"../testdata/sensetime/*.txt", "../../shared/corpora/ecbplus-dev/*/*.txt", "../../shared/seeds/reports/*.txt", "../testdata/*/*.txt", "/tmp/lead-e2e/s01*.txt"} {
		more, _ := filepath.Glob(g)
		paths = append(paths, more...)
	}
	var b strings.Builder
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		src := sources.New("x", p, string(data))
		for _, c := range Extract(src) {
			fmt.Fprintf(&b, "%s %d %s %q %v %q %q %q %v\n", p, c.Start, c.Kind, c.Text, c.Value, c.Unit, c.Noun, c.AttributedTo, c.Context)
		}
	}
	os.WriteFile(out, []byte(b.String()), 0o644)
}
