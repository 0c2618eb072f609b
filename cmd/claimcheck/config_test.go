package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestConfig runs claimcheck with and without a config file on reports
// written for each setting, and checks the verdicts the line format prints.
func TestConfig(t *testing.T) {
	tests := []struct {
		name    string
		config  string
		reports map[string]string
		want    []string // "verdict: topic" of each finding
	}{
		{
			name: "synonyms join nouns",
			config: `synonyms = [["IPO", "initial public offering", "share sale"]]
`,
			reports: map[string]string{
				"a.txt": "The firm was preparing a US$768 million share sale on the Hong Kong stock exchange this week.\n",
				"b.txt": "The firm postponed its USD 767 million initial public offering on the Hong Kong stock exchange this week.\n",
			},
			want: []string{"conflict: share sale (amount)"},
		},
		{
			name: "without synonyms the nouns differ",
			reports: map[string]string{
				"a.txt": "The firm was preparing a US$768 million share sale on the Hong Kong stock exchange this week.\n",
				"b.txt": "The firm postponed its USD 767 million initial public offering on the Hong Kong stock exchange this week.\n",
			},
			want: []string{"single: share sale (amount)", "single: initial public offering (amount)"},
		},
		{
			name:   "aliases join names",
			config: "aliases = [[\"Muammar Gaddafi\", \"Moammar Khadafy\"]]\n",
			reports: map[string]string{
				"a.txt": "“No,” said Foreign Minister Moammar Khadafy on Monday.\n",
				"b.txt": "“No,” said Deputy Foreign Minister Muammar Gaddafi on Monday.\n",
			},
			want: []string{"conflict: Muammar Gaddafi"},
		},
		{
			name:   "ignored phrases drop claims",
			config: "ignore = [\"share sale\"]\n",
			reports: map[string]string{
				"a.txt": "The firm was preparing a US$768 million share sale on the Hong Kong stock exchange this week.\n",
				"b.txt": "The firm postponed its USD 767 million initial public offering on the Hong Kong stock exchange this week.\n",
			},
			want: []string{"single: initial public offering (amount)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			args := []string{"--format", "line"}
			if tt.config != "" {
				cfg := filepath.Join(dir, "claimcheck.toml")
				if err := os.WriteFile(cfg, []byte(tt.config), 0o644); err != nil {
					t.Fatal(err)
				}
				args = append(args, "--config", cfg)
			}
			for name, text := range tt.reports {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args = append(args, dir)
			var stdout, stderr bytes.Buffer
			run(args, &stdout, &stderr)
			if stderr.Len() > 0 {
				t.Fatalf("stderr: %s", stderr.String())
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
				// path:line:col: verdict: topic: ...
				parts := strings.SplitN(line, ": ", 4)
				if len(parts) >= 3 && !contains(got, parts[1]+": "+parts[2]) {
					got = append(got, parts[1]+": "+parts[2])
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("verdicts (-want +got):\n%s\noutput:\n%s", diff, stdout.String())
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("synonyms = [[\"a\", \"b\"]]\ncolour = \"red\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		config, want string
	}{
		{bad, `unknown key "colour"`},
		{filepath.Join(dir, "missing.toml"), "missing.toml: no such file or directory"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"--config", tt.config, example}, &stdout, &stderr); code != 2 {
			t.Errorf("--config %s: exit %d, want 2", tt.config, code)
		}
		if !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("--config %s: stderr %q lacks %q", tt.config, stderr.String(), tt.want)
		}
	}
}

// TestTableFitsWidth checks that the wide layout keeps to the width asked
// for, and that five sources fit side by side in 100 columns.
func TestTableFitsWidth(t *testing.T) {
	for _, width := range []string{"100", "120", "70"} {
		var stdout, stderr bytes.Buffer
		run([]string{"--no-color", "--width", width, example}, &stdout, &stderr)
		max := 0
		for _, line := range strings.Split(stdout.String(), "\n") {
			if strings.HasPrefix(line, "│") || strings.HasPrefix(line, "┌") {
				max = maxInt(max, utf8.RuneCountInString(line))
			}
		}
		if want := atoi(width); max > want {
			t.Errorf("--width %s: table is %d columns wide", width, max)
		}
		if width == "100" && !strings.Contains(stdout.String(), "│ TOPIC              │ capital") {
			t.Errorf("--width 100: five sources are not side by side:\n%s", stdout.String())
		}
	}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
