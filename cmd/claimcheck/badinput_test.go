package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBadInput runs the binary on each kind of bad input beside a good
// report: each bad input gets one line on stderr naming it and the reason,
// the good one is still read, nothing panics, and memory stays bounded.
func TestBadInput(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("The regulator fined the bank $5 million on Tuesday for failing to report transfers.\n"))

	huge := filepath.Join(dir, "huge.txt")
	func() {
		f, err := os.Create(huge)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		w := bufio.NewWriter(f)
		chunk := strings.Repeat("The regulator fined the bank 5 million dollars and 12 people lost their jobs; ", 1000)
		for n := 0; n < 200<<20; n += len(chunk) {
			w.WriteString(chunk) // one line: no newline anywhere
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
	}()

	var deep strings.Builder
	deep.WriteString("<html><body>")
	deep.WriteString(strings.Repeat("<div>", 100000))
	deep.WriteString("The fine was $5 million.")
	deep.WriteString(strings.Repeat("</div>", 100000))
	deep.WriteString("</body></html>")

	many := filepath.Join(dir, "many")
	if err := os.Mkdir(many, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 10000; i++ {
		text := fmt.Sprintf("Report %d: the council approved %d new homes on Monday.\n", i, i%50+2)
		if err := os.WriteFile(filepath.Join(many, fmt.Sprintf("r%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	loops := filepath.Join(dir, "loops")
	os.Mkdir(loops, 0o755)
	os.Symlink("b.txt", filepath.Join(loops, "a.txt"))
	os.Symlink("a.txt", filepath.Join(loops, "b.txt"))
	os.Symlink("..", filepath.Join(loops, "up"))

	tests := []struct {
		name     string
		args     []string
		stdin    *os.File // nil: an empty stdin
		wantExit int
		stderr   []string // substrings, one line each
		stdout   []string
		maxRSSMB int64 // 0: not checked
	}{
		{name: "a path that does not exist", args: []string{"nosuch.txt", good}, wantExit: 0,
			stderr: []string{"nosuch.txt: no such file or directory"}, stdout: []string{"in 1 source"}},
		{name: "an empty file", args: []string{write("empty.txt", nil), good},
			stderr: []string{"empty.txt: skipped: empty"}, stdout: []string{"in 1 source"}},
		{name: "a PDF", args: []string{write("paper.pdf.txt", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")), good},
			stderr: []string{"paper.pdf.txt: skipped: binary file"}},
		{name: "a PNG", args: []string{write("photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), good},
			stderr: []string{"photo.txt: skipped: binary file"}},
		{name: "a ZIP", args: []string{write("archive.txt", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00")), good},
			stderr: []string{"archive.txt: skipped: binary file"}},
		{name: "NUL bytes", args: []string{write("nul.txt", []byte("The fine\x00 was $5 million.\n")), good},
			stderr: []string{"nul.txt: skipped: binary file"}},
		{name: "invalid UTF-8 is read as Windows-1252", args: []string{write("latin.txt", []byte("The fine was \x805 million on Tuesday, the regulator said.\n")), good},
			stderr: []string{"latin.txt: not valid UTF-8: read as Windows-1252"}, stdout: []string{"in 2 sources"}},
		{name: "a number with 10,000 digits", args: []string{write("digits.txt", []byte("The total was "+strings.Repeat("9", 10000)+" dollars, and 12 people came.\n")), good},
			stdout: []string{"in 2 sources"}},
		{name: "HTML nested 100,000 deep", args: []string{write("deep.html", []byte(deep.String())), good},
			stderr: []string{"deep.html: HTML nested 100002 elements deep"}, stdout: []string{"in 2 sources"}},
		{name: "200 MB on one line, cut", args: []string{"--max-bytes", "5MB", huge, good},
			stderr: []string{"huge.txt: cut at"}, stdout: []string{"in 2 sources"}, maxRSSMB: 400},
		{name: "a directory of 10,000 files", args: []string{"--format", "json", many}, wantExit: 1, // their figures differ
			stdout: []string{`"sources": 10000`}},
		{name: "a symlink loop", args: []string{loops, good},
			stderr: []string{"a.txt: too many levels of symbolic links", "b.txt: too many levels of symbolic links"}, stdout: []string{"in 1 source"}},
		{name: "standard input closed", args: []string{"-", good},
			stderr: []string{"-: skipped: empty"}, stdout: []string{"in 1 source"}},
		{name: "nothing usable", args: []string{"nosuch.txt", write("empty2.txt", nil)}, wantExit: 2,
			stderr: []string{"nosuch.txt: no such file or directory", "empty2.txt: skipped: empty", "no readable input"}},
	}
	if !testing.Short() {
		tests = append(tests, struct {
			name     string
			args     []string
			stdin    *os.File
			wantExit int
			stderr   []string
			stdout   []string
			maxRSSMB int64
		}{name: "200 MB on one line, default limit", args: []string{huge, good},
			stderr: []string{"huge.txt: cut at 52428799 bytes"}, stdout: []string{"in 2 sources"}, maxRSSMB: 1200})
	} else {
		t.Log("-short: the 200 MB file at the default 50 MB limit is left out (it takes some 20 s)")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, append([]string{"--no-color"}, tt.args...)...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if tt.name == "standard input closed" {
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				w.Close()
				r.Close() // a closed descriptor: reading it fails
				cmd.Stdin = r
			}
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatalf("%v\nstderr:\n%s", err, stderr.String())
			}
			if code != tt.wantExit {
				t.Errorf("exit %d, want %d\nstderr:\n%s", code, tt.wantExit, stderr.String())
			}
			lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			for _, want := range tt.stderr {
				n := 0
				for _, l := range lines {
					if strings.Contains(l, want) {
						n++
						if !strings.HasPrefix(l, "claimcheck: ") {
							t.Errorf("stderr line %q does not start with the command's name", l)
						}
					}
				}
				if n != 1 {
					t.Errorf("stderr has %d lines with %q, want 1:\n%s", n, want, stderr.String())
				}
			}
			for _, want := range tt.stdout {
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("stdout lacks %q:\n%.2000s", want, stdout.String())
				}
			}
			if strings.Contains(stderr.String(), "panic") || strings.Contains(stderr.String(), "goroutine ") {
				t.Errorf("panic:\n%s", stderr.String())
			}
			if tt.maxRSSMB > 0 {
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					if mb := ru.Maxrss / 1024; mb > tt.maxRSSMB {
						t.Errorf("peak memory %d MB, want at most %d MB", mb, tt.maxRSSMB)
					}
				}
			}
		})
	}
}
