package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestBoundMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // put the limit back
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("x", 40<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("one line"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		files    []string
		maxBytes int64
		env      string // GOMEMLIMIT, or "" for unset
		want     int64
	}{
		{"small input: the floor", []string{small}, 50 << 20, "", minMemoryLimit},
		{"large input: in proportion", []string{big, small}, 50 << 20, "", 3 * (40<<20 + 8)},
		{"cut at --max-bytes", []string{big}, 30 << 20, "", 3 * 30 << 20},
		{"missing files count nothing", []string{filepath.Join(dir, "none"), "-"}, 50 << 20, "", minMemoryLimit},
		{"GOMEMLIMIT is the user's", []string{big}, 50 << 20, "1GiB", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOMEMLIMIT", tt.env) // put back after the test
			if tt.env == "" {
				os.Unsetenv("GOMEMLIMIT")
			}
			if got := boundMemory(tt.files, tt.maxBytes); got != tt.want {
				t.Errorf("boundMemory = %d, want %d", got, tt.want)
			}
			if tt.want != 0 {
				if got := debug.SetMemoryLimit(-1); got != tt.want {
					t.Errorf("memory limit = %d, want %d", got, tt.want)
				}
			}
		})
	}
}
