package sources

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// furnitureLines returns the 1-based numbers of s's furniture lines.
func furnitureLines(s *Source) []int {
	var out []int
	for i := 1; i <= s.textLines(); i++ {
		sp := s.textLineSpan(i)
		if sp.End > sp.Start && s.IsFurniture(sp.Start) {
			out = append(out, i)
		}
	}
	return out
}

// TestFurnitureRules checks single lines against the rules: furniture of
// every kind, and reporting that looks a little like it.
func TestFurnitureRules(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Advertisement", true},
		{"Skip to main content", true},
		{"Register now for FREE unlimited access to example.com", true},
		{"Subscribe to keep reading", true},
		{"You have 2 free articles left this month.", true},
		{"Start my free trial", true},
		{"Share this article", true},
		{"Follow Jo Lam on Twitter @jolam", true},
		{"Related Articles", true},
		{"You may also like", true},
		{"Most read", true},
		{"Comments (12)", true},
		{"87 Comments", true},
		{"Reading Time: 3 minutes", true},
		{"5 min read", true},
		{"Why you can trust The Daily Example", true},
		{"02:29", true},
		{"43", true},
		{"214 shares", true},
		{"1.2k views", true},
		{"The mayor opens the new bridge on Monday. Photo: Ana Lie", true},
		{"Workers at the plant in 2019. (Photo: Example Wire)", true},
		{"Image caption: The bridge at dusk", true},
		{"Reporting by Jo Lam and Sam Ode; Editing by Kim Park", true},
		{"Additional reporting by Jo Lam", true},
		{"Editing by Kim Park", true},
		{"Writing by Sam Ode", true},
		{"By Jo Lam", true},
		{"By Jo Lam and Sam Ode | Updated 3 hours ago", true},
		{"By Jo Lam, Business reporter", true},
		{"Your daily guide to the markets, in one email.", true},
		{"Get the Morning Bulletin newsletter", true},
		{"News and analysis delivered to your inbox.", true},
		{"Sign up here with just one click", true},
		{"https://www.example.com/news/2024/01/02/story/", true},
		{"– Example.com", true},
		{"— Daily Example", true},
		{"Dec 13, 2021", true},
		{"13 December 2021, 10:30 GMT", true},
		{"date 2021-12-12", true},
		{"Published: March 5, 2024", true},
		{"© 2024 Example Media. All rights reserved.", true},
		{"Our Standards: The Example Trust Principles.", true},
		{"Back to top button", true},
		{"Ferries", true},
		{"Top Stories", true},

		{"The company raised $5 million on Friday.", false},
		{"By Friday, more than 600 people had signed a petition.", false},
		{"By comparison, revenue fell 3%", false},
		{"  • The operator blames a 40% rise in fuel costs", false},
		{"• Sales up 5%", false},
		{"Ferry operator cuts winter sailings by a third", false},
		{"SenseTime IPO delayed", false},
		{"“We were told about this by a press release,” she said.", false},
		{"In April, the regulator followed suit.", false},
		{"The photo agency said it had 43 staff.", false},
		{"Sign language interpreters were present.", false},
		{"Subscribers rose to 2 million, the company said.", false},
		{"Editors at the paper voted to strike.", false},
		{"Dec 13, 2021: China on Monday rejected the sanctions.", false},
		{"WASHINGTON, Dec. 10 (Example Wire) – The United States on Friday acted.", false},
		{"Comments from the minister angered unions.", false},
		{"$ 767 million", false},
	}
	for _, tt := range tests {
		if got := isFurnitureLine(tt.line); got != tt.want {
			t.Errorf("isFurnitureLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestFurnitureFiles checks whole pages we wrote, where repetition counts.
func TestFurnitureFiles(t *testing.T) {
	tests := map[string][]int{
		"ferry.txt":  {1, 2, 6, 7, 8, 9, 11, 12, 14, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27},
		"quarry.txt": {2, 6, 7, 8, 9, 10},
	}
	for name, want := range tests {
		s, err := Read(filepath.Join("../testdata/furniture", name))
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, furnitureLines(s)); d != "" {
			t.Errorf("%s furniture lines (-want +got):\n%s", name, d)
		}
	}
}

// TestFurnitureSingleLine checks that a text too short to be a page has no
// furniture: a figure or a name on its own is taken as it stands.
func TestFurnitureSingleLine(t *testing.T) {
	for _, text := range []string{"43", "three dozen", "Advertisement\n", "By Jo Lam\n\n"} {
		if f := New("t", "t.txt", text).Furniture; f != nil {
			t.Errorf("New(%q).Furniture = %v, want none", text, f)
		}
	}
}

// seedDir returns the directory of the shared seed reports, skipping the
// test when it is absent, unless CI is set.
func seedDir(t *testing.T) string {
	t.Helper()
	dir := "../../shared/seeds"
	if _, err := os.Stat(filepath.Join(dir, "reports")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("seed reports missing under %s: %v", dir, err)
		}
		t.Skipf("seed reports not present under %s; skipping", dir)
	}
	return dir
}

// TestFurnitureSeeds checks the five seed reports and our own rewrites of
// them: every line that is furniture is marked, and no line that carries a
// gold claim is.
func TestFurnitureSeeds(t *testing.T) {
	dir := seedDir(t)
	want := map[string][]int{
		"reports/000_76726d99c0a83ab5.txt": {20},
		"reports/001_a08349dd5c507447.txt": {1, 8, 9, 10, 11, 17, 19, 21, 30},
		"reports/002_4b68e9e476636103.txt": {2},
		"reports/003_0ed26b680017b795.txt": {35, 38, 40, 42, 44, 46},
		"reports/004_af4dc32facc74207.txt": {1, 2, 6, 7, 23, 24, 25, 26, 27},
	}
	own := map[string][]int{
		"capital.txt":    {2},
		"harbour.txt":    {20},
		"harbourweb.txt": {1, 3, 5, 10, 11, 12, 13, 19, 21, 23, 32},
		"ledger.txt":     {35, 38, 40, 42, 44, 46},
		"meridian.txt":   {1, 2, 6, 7, 23, 24, 25, 26, 27},
	}
	check := func(path string, want []int) *Source {
		s, err := Read(path)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, furnitureLines(s)); d != "" {
			t.Errorf("%s furniture lines (-want +got):\n%s", filepath.Base(path), d)
		}
		return s
	}
	read := map[string]*Source{}
	for name, lines := range want {
		s := check(filepath.Join(dir, name), lines)
		read[s.ID] = s
	}
	for name, lines := range own {
		check(filepath.Join("../testdata/sensetime", name), lines)
	}

	// No gold claim stands in a furniture line.
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Groups []struct {
			Claims []struct{ Source, Text string }
		}
		Single []struct{ Source, Text string }
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("gold.json: %v", err)
	}
	claims := gold.Single
	for _, g := range gold.Groups {
		claims = append(claims, g.Claims...)
	}
	n := 0
	for _, c := range claims {
		s := read[c.Source]
		if s == nil {
			continue
		}
		off := strings.Index(s.Text, c.Text)
		if off < 0 {
			continue
		}
		n++
		if s.IsFurniture(off) {
			t.Errorf("%s: gold claim %q on line %d is marked furniture", c.Source, c.Text, s.Line(off))
		}
	}
	if n == 0 {
		t.Errorf("no gold claim found in the seed reports")
	}
}
