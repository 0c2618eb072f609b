package main

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// TestDeterministic runs the binary on the example's files across
// GOMAXPROCS=1, 2 and 8 and in shuffled orders, and wants the same bytes
// every time, in every format.
func TestDeterministic(t *testing.T) {
	bin := buildBinary(t)
	files, err := filepath.Glob(filepath.Join(example, "*.txt"))
	if err != nil || len(files) < 2 {
		t.Fatalf("example files: %v %v", files, err)
	}
	sort.Strings(files)
	rng := rand.New(rand.NewSource(1))
	for _, format := range []string{"table", "json", "html", "line"} {
		var want []byte
		for run, procs := range []string{"1", "2", "8", "1", "2", "8"} {
			order := append([]string(nil), files...)
			if run > 0 {
				rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			}
			cmd := exec.Command(bin, append([]string{"--format", format, "--no-color", "--width", "100"}, order...)...)
			cmd.Env = append(os.Environ(), "GOMAXPROCS="+procs)
			out, _ := cmd.Output()
			if run == 0 {
				want = out
				continue
			}
			if !bytes.Equal(out, want) {
				t.Errorf("--format %s, GOMAXPROCS=%s, order %v: output differs from the first run", format, procs, order)
			}
		}
	}
}
