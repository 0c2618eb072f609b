package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimcheck/claimcheck/internal/synth"
	"github.com/claimcheck/claimcheck/sources"
)

// BenchmarkExtract measures extraction throughput on one core over three
// corpora, each repeated to about 1 MB: the project's own SenseTime reports
// (../testdata/sensetime), dense with figures; the real reporting of the
// dev clusters (../../shared/corpora/ecbplus-dev, skipped when absent),
// denser still in figures and names; and the synthetic reports of
// internal/synth that the end-to-end benchmarks run on, a template's
// sentences with filler between them. Each copy is a source of its own,
// so that no copy's lines pass for furniture repeated within one page.
func BenchmarkExtract(b *testing.B) {
	for _, c := range []struct{ name, glob string }{
		{"sensetime", "../testdata/sensetime/*.txt"},
		{"ecbplus-dev", "../../shared/corpora/ecbplus-dev/*/*.txt"},
	} {
		b.Run(c.name, func(b *testing.B) {
			paths, texts := readReports(b, c.glob)
			benchmarkExtract(b, paths, texts)
		})
	}
	b.Run("synthetic", func(b *testing.B) {
		var paths, texts []string
		for _, r := range synth.Corpus(20, 10, 5000, 1) {
			paths, texts = append(paths, r.Name), append(texts, r.Text)
		}
		benchmarkExtract(b, paths, texts)
	})
}

// readReports reads the files of glob, in order of name.
func readReports(b *testing.B, glob string) (paths, texts []string) {
	paths, err := filepath.Glob(glob)
	if err != nil || len(paths) == 0 {
		b.Skipf("no reports in %s (%v)", glob, err)
	}
	sort.Strings(paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return paths, texts
}

func benchmarkExtract(b *testing.B, paths, texts []string) {
	var srcs []*sources.Source
	size := 0
	for copy := 0; size < 1<<20; copy++ {
		for i, t := range texts {
			srcs = append(srcs, sources.New(fmt.Sprintf("%d-%d", copy, i), paths[i], t))
			size += len(t)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	var e Extractor // as each of the CLI's workers holds one
	for range b.N {
		for _, src := range srcs {
			e.Extract(src)
		}
	}
}
