package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const (
	example = "../../testdata/sensetime"
	draft   = "../../testdata/drafts/sensetime-draft.txt"
)

// TestGolden runs claimcheck on the bundled example and compares its output
// with the golden files; go test ./... -update rewrites them.
func TestGolden(t *testing.T) {
	tests := []struct {
		golden   string
		args     []string
		wantExit int
	}{
		{"sensetime.table", []string{"--no-color", "--width", "100", example}, 1},
		{"sensetime-conflicts.table", []string{"--no-color", "--width", "100", "--only", "conflicts", example}, 1},
		{"sensetime-long.table", []string{"--no-color", "--width", "70", example}, 1},
		{"sensetime.json", []string{"--format", "json", example}, 1},
		{"sensetime.line", []string{"--format", "line", example}, 1},
		{"sensetime.md", []string{"--format", "markdown", example}, 1},
		{"sensetime.csv", []string{"--format", "csv", example}, 1},
		{"sensetime.html", []string{"--format", "html", example}, 1},
		{"sensetime-evidence.table", []string{"--no-color", "--width", "100", "--only", "conflicts", "--evidence", example}, 1},
		{"sensetime-evidence-all.table", []string{"--no-color", "--width", "100", "--evidence=all", example}, 1},
		{"sensetime-rounding.table", []string{"--no-color", "--width", "100", "--tolerance", "0.5%", "--only", "conflicts", example}, 1},
		{"sensetime-fail-never.table", []string{"--no-color", "--width", "100", "--fail-on", "never", "--min-sources", "2", example}, 0},
		{"harbour.extract", []string{"extract", example + "/harbour.txt"}, 0},
		{"draft.check", []string{"check", "--no-color", "--width", "100", draft, "--against", example}, 1},
		{"draft.check.line", []string{"check", "--format", "line", draft, "--against", example}, 1},
		{"draft.check.json", []string{"check", "--format", "json", draft, "--against", example}, 1},
		{"draft.check.html", []string{"check", "--format", "html", draft, "--against", example}, 1},
		{"draft.check.never", []string{"check", "--format", "line", "--fail-on", "never", draft, "--against", example}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.wantExit {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantExit, stderr.String())
			}
			path := filepath.Join("..", "..", "testdata", "golden", tt.golden)
			if *update {
				if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./... -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
				t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// TestEndToEnd builds the binary and runs it as a user would.
func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	bin := buildBinary(t)
	unreadable := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(unreadable, []byte("x"), 0o000); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(dir, "photo.txt")
	if err := os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	harbour := example + "/harbour.txt"
	meridian := example + "/meridian.txt"
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantExit   int
		wantStdout []string // substrings
		wantStderr []string // substrings; nil means stderr must be empty
	}{
		{
			name:       "example has conflicts",
			args:       []string{example},
			wantExit:   1,
			wantStdout: []string{"CONFLICT", "Wally Adeyemo: title", "2 conflicts, 6 agreements (2 between copies only)", "in 5 sources (4 independent)", "copies of one story, counted as one source: harbour, harbourweb"},
		},
		{
			name:       "flags after paths",
			args:       []string{example, "--only", "conflicts"},
			wantExit:   1,
			wantStdout: []string{"CONFLICT"},
		},
		{
			name:       "no conflict exits 0",
			args:       []string{harbour},
			wantExit:   0,
			wantStdout: []string{"0 conflicts"},
		},
		{
			name:       "a missing file is reported and the rest is read",
			args:       []string{"nosuch.txt", harbour, meridian},
			wantExit:   1,
			wantStdout: []string{"CONFLICT", "in 2 sources"},
			wantStderr: []string{"claimcheck: nosuch.txt: no such file or directory\n"},
		},
		{
			name:       "binary input is skipped",
			args:       []string{binary, harbour},
			wantExit:   0,
			wantStderr: []string{"photo.txt: skipped: binary file\n"},
		},
		{
			name:       "no readable input",
			args:       []string{"nosuch.txt"},
			wantExit:   2,
			wantStderr: []string{"nosuch.txt: no such file or directory", "no readable input"},
		},
		{
			name:       "no arguments",
			args:       nil,
			wantExit:   2,
			wantStderr: []string{"usage: claimcheck"},
		},
		{
			name:       "bad flag",
			args:       []string{"--colour", example},
			wantExit:   2,
			wantStderr: []string{"unknown flag: --colour"},
		},
		{
			name:       "bad format",
			args:       []string{"--format", "yaml", example},
			wantExit:   2,
			wantStderr: []string{`unknown --format "yaml"`},
		},
		{
			name:       "standard input",
			args:       []string{"-", harbour},
			stdin:      "Meanwhile the company filed a US$700 million initial public offering on the Hong Kong stock exchange, the paper said.",
			wantExit:   1,
			wantStdout: []string{"stdin", "CONFLICT"},
		},
		{
			name:       "version",
			args:       []string{"version"},
			wantExit:   0,
			wantStdout: []string{"claimcheck "},
		},
		{
			name:       "help check shows examples",
			args:       []string{"help", "check"},
			wantExit:   0,
			wantStdout: []string{"usage: claimcheck check DRAFT --against PATH...", "claimcheck check draft.txt --against testdata/sensetime", "--fail-on"},
		},
		{
			name:       "help shows examples",
			args:       []string{"--help"},
			wantExit:   0,
			wantStderr: []string{"usage: claimcheck [flags] PATH...", "claimcheck --only conflicts --evidence reports/*.txt"},
		},
		{
			name:       "check without sources",
			args:       []string{"check", draft},
			wantExit:   2,
			wantStderr: []string{"check needs sources"},
		},
		{
			name:       "bad tolerance",
			args:       []string{"--tolerance", "lots", example},
			wantExit:   2,
			wantStderr: []string{`--tolerance "lots"`},
		},
		{
			name:       "unknown date source",
			args:       []string{"--date", "nobody=2021-12-12", example},
			wantExit:   2,
			wantStderr: []string{`no source "nobody"`},
		},
		{
			name:     "extract prints JSON lines",
			args:     []string{"extract", "-"},
			stdin:    "They raised $ 767 million from 1.5 billion shares.",
			wantExit: 0,
			wantStdout: []string{`"kind":"money","source":"stdin","path":"-","text":"$ 767 million","line":1,"col":13,"start":12,"end":25,`,
				`"value":767000000,"unit":"USD"`},
		},
	}
	if os.Getuid() == 0 {
		t.Log("running as root: the unreadable-file case is left out, as root reads any file")
	} else {
		tests = append(tests, struct {
			name       string
			args       []string
			stdin      string
			wantExit   int
			wantStdout []string
			wantStderr []string
		}{"unreadable file", []string{unreadable, harbour}, "", 0, nil, []string{"secret.txt: permission denied"}})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...)
			cmd.Stdin = strings.NewReader(tt.stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tt.wantExit {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.wantExit, stdout.String(), stderr.String())
			}
			for _, s := range tt.wantStdout {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout.String())
				}
			}
			if tt.wantStderr == nil && stderr.Len() > 0 {
				t.Errorf("unexpected stderr:\n%s", stderr.String())
			}
			for _, s := range tt.wantStderr {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr.String())
				}
			}
			if strings.Contains(stdout.String()+stderr.String(), "panic") {
				t.Errorf("output mentions a panic")
			}
		})
	}
}

// buildBinary builds the command into a temporary directory and returns
// its path, for the tests that run it as a user would.
func buildBinary(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "claimcheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
