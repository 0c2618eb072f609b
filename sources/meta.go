package sources

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"
)

// Meta is what is stated about a report rather than guessed from its text:
// the fields of a sidecar NAME.meta.json file or of a Markdown file's YAML
// front matter. Empty fields state nothing.
type Meta struct {
	Outlet    string `json:"outlet" yaml:"outlet"`
	Published string `json:"published" yaml:"published"` // a date; stored as YYYY-MM-DD
	Headline  string `json:"headline" yaml:"headline"`
	Byline    string `json:"byline" yaml:"byline"`
	URL       string `json:"url" yaml:"url"`
	Dateline  string `json:"dateline" yaml:"dateline"`
}

// apply sets the fields of s that m states, overriding what was guessed.
func (m Meta) apply(s *Source) {
	set := func(dst *string, v string) {
		if v = strings.TrimSpace(v); v != "" {
			*dst = v
		}
	}
	set(&s.Outlet, m.Outlet)
	if d := parseDate(m.Published); d != "" {
		s.Published = d
	}
	set(&s.Headline, m.Headline)
	set(&s.Byline, m.Byline)
	set(&s.URL, m.URL)
	set(&s.Dateline, m.Dateline)
}

// fill sets the fields of s that are still empty from m.
func (m Meta) fill(s *Source) {
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = strings.TrimSpace(v)
		}
	}
	set(&s.Outlet, m.Outlet)
	set(&s.Published, parseDate(m.Published))
	set(&s.Headline, m.Headline)
	set(&s.Byline, m.Byline)
	set(&s.URL, m.URL)
	set(&s.Dateline, m.Dateline)
}

// sidecarPath returns the path of the metadata file beside path.
func sidecarPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
}

// readSidecar applies the metadata of the NAME.meta.json file beside path,
// when there is one.
func (s *Source) readSidecar(path string) error {
	name := sidecarPath(path)
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading metadata: %w", err)
	}
	var m Meta
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("metadata %s: %w", filepath.Base(name), err)
	}
	m.apply(s)
	return nil
}

// parseFrontMatter reads the YAML front matter that opens a Markdown file,
// between two lines of three dashes, and returns it and the offset of the
// text after it. A file without front matter gives zero values.
func parseFrontMatter(data []byte) (Meta, int, error) {
	var m Meta
	body := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	bom := len(data) - len(body)
	first, rest, ok := bytes.Cut(body, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return m, 0, nil
	}
	off := bom + len(first) + 1
	for len(rest) > 0 {
		line, tail, _ := bytes.Cut(rest, []byte("\n"))
		next := off + len(line) + 1
		if t := string(bytes.TrimRight(line, " \t\r")); t == "---" || t == "..." {
			fm := data[bom+len(first)+1 : off]
			var raw map[string]any
			if err := yaml.Unmarshal(fm, &raw); err != nil {
				return m, 0, fmt.Errorf("front matter: %w", err)
			}
			m = metaFromMap(raw)
			return m, min(next, len(data)), nil
		}
		off, rest = next, tail
	}
	return m, 0, nil // no closing line: not front matter
}

// metaFromMap reads the usual front matter keys.
func metaFromMap(raw map[string]any) Meta {
	get := func(keys ...string) string {
		for _, k := range keys {
			for rk, v := range raw {
				if !strings.EqualFold(rk, k) {
					continue
				}
				switch v := v.(type) {
				case string:
					return v
				case time.Time:
					return v.Format(time.DateOnly)
				case []any:
					var names []string
					for _, x := range v {
						names = append(names, fmt.Sprint(x))
					}
					return strings.Join(names, ", ")
				case nil:
				default:
					return fmt.Sprint(v)
				}
			}
		}
		return ""
	}
	return Meta{
		Outlet:    get("outlet", "publisher", "publication", "site", "source"),
		Published: get("published", "date", "pubdate", "published_at"),
		Headline:  get("headline", "title"),
		Byline:    get("byline", "author", "authors"),
		URL:       get("url", "link", "canonical"),
		Dateline:  get("dateline"),
	}
}

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// month returns the month a name or abbreviation stands for, or 0.
func month(name string) time.Month {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if m, ok := months[name]; ok {
		return m
	}
	if len(name) > 3 {
		if m := months[name[:3]]; m != 0 && strings.HasPrefix(strings.ToLower(m.String()), name) {
			return m
		}
	}
	return 0
}

const monthRE = `(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

var (
	isoDate = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$`)
	mdyDate = regexp.MustCompile(`(?i)^(?:[a-z]+day,?\s+)?` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyDate = regexp.MustCompile(`(?i)^(?:[a-z]+day,?\s+)?(\d{1,2})\s+` + monthRE + `,?\s+(\d{4})\b`)
	// dateTail is what may follow a date on a line that only states it.
	// "| Updated 8:52 PM EDT", ", 1: 17pm EST" (a space after the colon
	// where a page's markup split the time).
	dateTail = regexp.MustCompile(`(?i)^[\s,|·–-]*(?:updated\s*:?\s*)?(?:(?:at\s+)?\d{1,2}[:.]\s?\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$`)
)

// parseDate returns date written as YYYY-MM-DD, "Dec 13, 2021",
// "13 December 2021" or an RFC 3339 time as YYYY-MM-DD, or "" when it is
// not a date.
func parseDate(date string) string {
	d, _ := parseDatePrefix(strings.TrimSpace(date))
	return d
}

// parseDatePrefix reads a date at the start of s and returns it as
// YYYY-MM-DD with the rest of s.
func parseDatePrefix(s string) (string, string) {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3]), ""
	}
	if len(s) >= 10 && isoDate.MatchString(s[:10]) && (len(s) == 10 || !unicode.IsDigit(rune(s[10]))) {
		m := isoDate.FindStringSubmatch(s[:10])
		return ymd(m[1], m[2], m[3]), s[10:]
	}
	if m := mdyDate.FindStringSubmatchIndex(s); m != nil {
		return dateOf(s[m[6]:m[7]], month(s[m[2]:m[3]]), s[m[4]:m[5]]), s[m[1]:]
	}
	if m := dmyDate.FindStringSubmatchIndex(s); m != nil {
		return dateOf(s[m[6]:m[7]], month(s[m[4]:m[5]]), s[m[2]:m[3]]), s[m[1]:]
	}
	return "", s
}

func ymd(y, m, d string) string {
	t, err := time.Parse(time.DateOnly, y+"-"+m+"-"+d)
	if err != nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

func dateOf(year string, m time.Month, day string) string {
	if m == 0 {
		return ""
	}
	if len(day) == 1 {
		day = "0" + day
	}
	return ymd(year, fmt.Sprintf("%02d", int(m)), day)
}

// isDateLine reports whether a line states only a date (and perhaps a
// time), and returns it.
func isDateLine(line string) (string, bool) {
	d, rest := parseDatePrefix(line)
	if d == "" || !dateTail.MatchString(rest) {
		return "", false
	}
	return d, true
}

var (
	// dateLabel is a first line that labels the date: "date 2021-12-12",
	// "Published: Dec 13, 2021", "on November 13, 2007".
	dateLabel = regexp.MustCompile(`(?i)^\s*(?:(?:date|published|posted|updated)\s*(?:on\s*)?:?|on\s)\s*`)
	// dateline is the opening of wire copy: "WASHINGTON, Dec. 10 (Reuters) –",
	// "Beijing [China], December 13 :".
	dateline = regexp.MustCompile(`^([\p{Lu}][\p{L}.'’ -]{1,40}?)(?:\s*\[[^\]]{1,40}\])?,\s+` + monthRE +
		`\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\(([^)]{2,40})\))?\s*[–—:-]`)
	// urlDate is a date in a URL's path: "…-2021-12-10/", "/2021/12/10/".
	urlDate = regexp.MustCompile(`[/-](\d{4})[/-](\d{2})[/-](\d{2})(?:[/-]|$)`)
	// signOff is a last line naming the outlet: "– SCMP.com", "— Reuters".
	signOff = regexp.MustCompile(`^[–—-]\s*([\p{L}][\p{L}\d&' .-]{0,40}?)(\.(?:com|net|org|co\.uk|com\.au|co|news|io))?\s*$`)
	// trustBadge is the label by which a site vouches for itself:
	// "Why you can trust SCMP".
	trustBadge = regexp.MustCompile(`(?i)^why you can trust\s+(.{2,40}?)\s*$`)
	bareURL    = regexp.MustCompile(`^https?://\S+$`)
	// ownInterview is how a paper reports an interview it gave itself:
	// "told the Financial Times in an interview". The name must read as a
	// paper's, ending in one of the words papers are named with.
	ownInterview = regexp.MustCompile(`\btold (?:the )?((?:\p{Lu}[\p{L}&'’]*\s){0,3}(?:Times|Post|Journal|News|Herald|Guardian|Telegraph|Tribune|Gazette|Chronicle|Ledger|Courier|Standard|Observer|Independent|Mail|Express|Star|Globe|Mirror|Economist|Reuters|Bloomberg))\s+in an interview\b`)
	bylineBy     = regexp.MustCompile(`^By\s+([\p{Lu}][^|·•]{2,80}?)\s*(?:[|·•,].*)?$`)
	reportedBy   = regexp.MustCompile(`(?i)^(?:additional\s+)?(?:reporting|writing|written) by\s+(.+?)(?:[;.]?\s+(?:writing|editing|compiled|additional reporting)\s+by\b.*|[;.]?\s*)$`)
)

// guessMeta fills the empty metadata fields of s from what its text says:
// a dated first line, a line stating only a date, a wire dateline, a
// sign-off naming the outlet, a trailing URL, a byline.
func guessMeta(s *Source) {
	type line struct {
		text      string
		furniture bool // by a line rule, not by repetition
	}
	var lines []line
	for i := 1; i <= s.textLines(); i++ {
		sp := s.textLineSpan(i)
		t := strings.TrimSpace(s.Text[sp.Start:sp.End])
		if t != "" {
			lines = append(lines, line{t, s.ruledFurniture(t)})
		}
	}
	if len(lines) == 0 {
		return
	}
	var m Meta

	// A trailing URL is where the report was published.
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		if bareURL.MatchString(lines[i].text) {
			m.URL = lines[i].text
			break
		}
	}
	// Dates: a labelled first line, then a line stating only a date, with
	// or without its label ("PUBLISHED: MONDAY, MARCH 11, 2013, 10:34 PM"
	// under the headline).
	if loc := dateLabel.FindStringIndex(lines[0].text); loc != nil {
		m.Published, _ = parseDatePrefix(lines[0].text[loc[1]:])
	}
	for i := 0; i < len(lines) && i < 6 && m.Published == ""; i++ {
		t := lines[i].text
		if loc := dateLabel.FindStringIndex(t); loc != nil {
			t = t[loc[1]:]
		}
		m.Published, _ = isDateLine(t)
	}
	// The dateline of the first lines that are not furniture.
	for i, seen := 0, 0; i < len(lines) && seen < 3; i++ {
		if lines[i].furniture {
			continue
		}
		seen++
		d := dateline.FindStringSubmatch(lines[i].text)
		if d == nil {
			continue
		}
		m.Dateline = strings.TrimSpace(d[1])
		m.Outlet = strings.TrimSpace(d[5])
		year := d[4]
		if year == "" && m.Published != "" {
			year = m.Published[:4]
		}
		if u := urlDate.FindStringSubmatch(m.URL); year == "" && u != nil {
			year = u[1]
		}
		if year != "" && m.Published == "" {
			m.Published = dateOf(year, month(d[2]), d[3])
		}
		break
	}
	// Failing all else, the date in a trailing URL's path.
	if u := urlDate.FindStringSubmatch(m.URL); m.Published == "" && u != nil {
		m.Published = ymd(u[1], u[2], u[3])
	}
	// The outlet: a sign-off, the site's trust badge, the URL's host.
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3 && m.Outlet == ""; i-- {
		if o := signOff.FindStringSubmatch(lines[i].text); o != nil && len(strings.Fields(o[1])) <= 4 {
			m.Outlet = strings.TrimSpace(o[1])
			if o[2] != "" { // a domain name: "HarbourPost.com" → "Harbour Post"
				m.Outlet = splitCamel(m.Outlet)
			}
		}
	}
	for i := 0; i < len(lines) && m.Outlet == ""; i++ {
		if !hasPrefixFold(lines[i].text, "why you can trust") {
			continue
		}
		if o := trustBadge.FindStringSubmatch(lines[i].text); o != nil {
			m.Outlet = o[1]
		}
	}
	if m.Outlet == "" && m.URL != "" {
		m.Outlet = outletOfHost(m.URL, s.Text)
	}
	// Last, a paper naming itself as it reports its own interview.
	for i := 0; i < len(lines) && m.Outlet == ""; i++ {
		if !strings.Contains(lines[i].text, "in an interview") {
			continue
		}
		if o := ownInterview.FindStringSubmatch(lines[i].text); o != nil && !lines[i].furniture {
			m.Outlet = o[1]
		}
	}
	// The headline: the first line, when it is not furniture and reads as
	// a title rather than a paragraph.
	for _, l := range lines {
		if l.furniture {
			continue
		}
		if _, ok := isDateLine(l.text); !ok && len(lines) > 1 && isTitle(l.text) {
			m.Headline = l.text
		}
		break
	}
	// The byline: "By …" near the top, or "Reporting by …", "Writing by …"
	// anywhere.
	for i := 0; i < len(lines) && i < 8 && m.Byline == ""; i++ {
		if b := bylineBy.FindStringSubmatch(lines[i].text); b != nil && len(strings.Fields(b[1])) <= 12 {
			m.Byline = strings.TrimSpace(b[1])
		}
	}
	for i := len(lines) - 1; i >= 0 && m.Byline == ""; i-- {
		if t := lines[i].text; !hasPrefixFold(t, "additional") && !hasPrefixFold(t, "reporting") &&
			!hasPrefixFold(t, "writing") && !hasPrefixFold(t, "written") {
			continue // none of the words reportedBy starts with
		}
		if b := reportedBy.FindStringSubmatch(lines[i].text); b != nil {
			m.Byline = strings.TrimSpace(b[1])
		}
	}
	m.fill(s)
}

// isTitle reports whether a line reads as a headline: a few words, not
// ending like a sentence.
func isTitle(t string) bool {
	n := len(strings.Fields(t))
	if n < 3 || n > 25 || dateLabel.MatchString(t) || dateline.MatchString(t) {
		return false
	}
	return !strings.HasSuffix(strings.TrimRight(t, `"'”’)`), ".")
}

// outletOfHost names the outlet at rawURL's host by the host's main label,
// spelt as the text spells it when it does ("reuters.com" → "Reuters").
func outletOfHost(rawURL, text string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	labels := strings.Split(strings.TrimPrefix(u.Hostname(), "www."), ".")
	if len(labels) < 2 {
		return ""
	}
	name := labels[0]
	if len(labels) >= 3 && (labels[len(labels)-2] == "co" || labels[len(labels)-2] == "com") {
		name = labels[len(labels)-3]
	} else if len(labels) >= 2 {
		name = labels[len(labels)-2]
	}
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(name) + `\b`)
	for _, loc := range re.FindAllStringIndex(text, -1) {
		w := text[loc[0]:loc[1]]
		// Skip the host itself, spelt in lower case.
		if w != strings.ToLower(w) {
			return w
		}
	}
	return ""
}

// splitCamel puts a space where a lower-case letter meets an upper-case one,
// as in a site's name run together for its domain: "HarbourPost" becomes
// "Harbour Post", "SCMP" stays.
func splitCamel(name string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range name {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
