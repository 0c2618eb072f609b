package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/claimcheck/claimcheck/internal/synth"
)

// BenchmarkEndToEnd runs the binary on synthetic corpora: 1,000 reports of
// one story, and 10,000 reports of 1,000 stories (about 50 MB). It reports
// the input's MB/s and the process's peak memory. scripts/bench runs it.
func BenchmarkEndToEnd(b *testing.B) {
	bin := buildBinary(b)
	for _, c := range []struct {
		name                    string
		stories, perStory, size int
	}{
		{"reports=1000/stories=1", 1, 1000, 3000},
		{"reports=10000/stories=1000", 1000, 10, 5000},
	} {
		dir := b.TempDir()
		total := 0
		for _, r := range synth.Corpus(c.stories, c.perStory, c.size, 1) {
			if err := os.WriteFile(filepath.Join(dir, r.Name), []byte(r.Text), 0o644); err != nil {
				b.Fatal(err)
			}
			total += len(r.Text)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			var peak int64
			for range b.N {
				cmd := exec.Command(bin, "--format", "json", dir)
				cmd.Stdout = nil
				if err := cmd.Run(); err != nil {
					if _, ok := err.(*exec.ExitError); !ok {
						b.Fatal(err)
					}
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					peak = max(peak, ru.Maxrss)
				}
			}
			b.ReportMetric(float64(peak)/1024, "peak-MB")
		})
	}
}
