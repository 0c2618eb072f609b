package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimcheck/claimcheck/sources"
)

// BenchmarkExtract measures extraction throughput on one core over two
// corpora, each repeated to about 1 MB: the project's own SenseTime reports
// (../testdata/sensetime), dense with figures, and the real reporting of the
// dev clusters (../../shared/corpora/ecbplus-dev, skipped when absent). Each
// copy is a source of its own, so that no copy's lines pass for furniture
// repeated within one page.
func BenchmarkExtract(b *testing.B) {
	for _, c := range []struct{ name, glob string }{
		{"sensetime", "../testdata/sensetime/*.txt"},
		{"ecbplus-dev", "../../shared/corpora/ecbplus-dev/*/*.txt"},
	} {
		b.Run(c.name, func(b *testing.B) { benchmarkExtract(b, c.glob) })
	}
}

func benchmarkExtract(b *testing.B, glob string) {
	paths, err := filepath.Glob(glob)
	if err != nil || len(paths) == 0 {
		b.Skipf("no reports in %s (%v)", glob, err)
	}
	sort.Strings(paths)
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
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
