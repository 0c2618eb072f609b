package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium finds a Chromium to test the HTML report in. Outside CI the test
// skips when there is none; in CI (.ci/run installs Debian's chromium) it
// fails.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium on PATH; .ci/run installs Debian's chromium package")
	}
	t.Skip("no chromium on PATH: install Debian's chromium package to test the HTML report")
	return ""
}

// headless runs Chromium headless on url with extra flags and returns what
// it prints on stdout.
func headless(t *testing.T, bin, url string, flags ...string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--window-size=1400,1000"}, flags...)
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	return stdout.String()
}

// TestHTMLInChromium renders the HTML report of the example in a real
// headless Chromium: the page loads, the conflicts are in it, and the
// filter hides the agreements when asked for conflicts only.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	var out, errs bytes.Buffer
	if code := run([]string{"--format", "html", example}, &out, &errs); code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, errs.String())
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + page

	rows := regexp.MustCompile(`<tr class="(\w+)" data-verdict="\w+"( hidden(="")?)?>`)
	count := func(dom string) (shown, hidden map[string]int) {
		shown, hidden = map[string]int{}, map[string]int{}
		for _, m := range rows.FindAllStringSubmatch(dom, -1) {
			if m[2] != "" {
				hidden[m[1]]++
			} else {
				shown[m[1]]++
			}
		}
		return shown, hidden
	}

	dom := headless(t, bin, url, "--dump-dom")
	if !strings.Contains(dom, "2 conflicts, 6 agreements (2 between copies only)") {
		t.Errorf("rendered page lacks the summary")
	}
	shown, hidden := count(dom)
	if shown["conflict"] != 2 || shown["agree"] != 6 || len(hidden) != 0 {
		t.Errorf("all rows: shown %v hidden %v, want 2 conflicts and 6 agreements shown, none hidden", shown, hidden)
	}
	if !strings.Contains(dom, `<mark id="c-meridian-`) || !strings.Contains(dom, `class="conflict">$ 767 million</mark>`) {
		t.Errorf("the conflicting claim is not highlighted in its source")
	}

	dom = headless(t, bin, url+"#only=conflicts", "--dump-dom")
	shown, hidden = count(dom)
	if shown["conflict"] != 2 || shown["agree"] != 0 || hidden["agree"] != 6 || hidden["single"] == 0 {
		t.Errorf("filtered to conflicts: shown %v hidden %v, want only the 2 conflicts shown", shown, hidden)
	}

	shot := filepath.Join(dir, "report.png")
	headless(t, bin, url+"#only=conflicts", "--screenshot="+shot)
	if info, err := os.Stat(shot); err != nil || info.Size() < 10000 {
		t.Errorf("screenshot %s missing or empty: %v", shot, err)
	}
}
