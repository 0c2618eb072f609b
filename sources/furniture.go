package sources

import (
	"regexp"
	"strings"
	"unicode"
)

// A furniture rule reports whether one line of a page is furniture: text the
// page shows around the report (adverts, prompts, video lengths, captions,
// credits) rather than reporting. The rules are general, not lists of lines.
// Each is given the line and the line lower-cased, so that the rules look
// for their words without lower-casing it again.
var furnitureRules = []func(line, lower string) bool{
	isCallToAction,
	isNewsletterBlurb,
	isBareFigure,
	isCaptionCredit,
	isCreditLine,
	isByline,
	isBareURL,
	isSignOff,
	isDateOnly,
	isShortLabel,
}

// callToAction matches the prompts and labels that sites put around a story.
var callToAction = regexp.MustCompile(`(?i)^(` +
	`advertisement|advertising|sponsored( content)?|ad|` +
	`(register|sign up|sign in|log in|subscribe)\b.*|to register|` +
	`follow\b.*\bon (twitter|facebook|instagram|x|linkedin|threads|bluesky)\b.*|` +
	`share (this|on|via)\b.*|copy link|print( this (article|page|story))?|` +
	`(read|see) (more|also)\b.*|related( (articles|stories|content|coverage|topics|links))?|more (on|from|about) this\b.*|` +
	`you (may|might) also like\b.*|recommended( for you)?|most (read|popular|viewed|shared)|trending( now)?|top stories|more stories|` +
	`back to top( button)?|skip to (main )?content|scroll to continue\b.*|.*\bscroll to continue with content|` +
	`reading time\s*:.*|\d+ min(ute)?s? read|why you can trust\b.*|` +
	`.*\bsource link\b.*|` +
	`click here\b.*|our standards:.*|all rights reserved.*|copyright\b.*|©.*|` +
	`(\d+|no) comments?|comments( \(\d+\))?|leave a comment|show comments|load more( comments)?|` +
	`(next|previous) (article|story)|advertise with us\b.*|contact us|terms (of use|and conditions)|privacy policy|` +
	`we use cookies\b.*|accept (all )?cookies|cookie (policy|settings)|` +
	`(listen|watch)( to)? (this|the) (article|story|video)\b.*|(get|download) (the|our) app\b.*|` +
	`you have \d+ free articles?\b.*|(\d+ )?free articles? (left|remaining)\b.*|subscribers? only\b.*|` +
	`already (a subscriber|have an account)\b.*|start (my|your|a) (free )?trial\b.*|unlock\b.*\barticles?\b.*|` +
	`all quotes delayed\b.*|` +
	`(image|photo|video|photograph)( caption| credit| source)?:.*` +
	`)$`)

// maxPromptLength is the longest line taken for a prompt or a label.
const maxPromptLength = 300

// promptStarts are the first words of callToAction's alternatives: a line
// that starts with none of them (nor holds one of the phrases that may
// stand anywhere) is no prompt, and the pattern is not tried.
var promptStarts = wordSet(`advertisement advertising sponsored ad register sign log subscribe
to follow share copy print read see related more you recommended most trending top back skip
scroll reading why click our all copyright © no comments comment leave show load next previous
advertise contact terms privacy we accept cookie listen watch get download already start unlock
image photo video photograph subscriber subscribers free`)

func isCallToAction(line, lower string) bool {
	if len(line) > maxPromptLength {
		return false
	}
	first := lower
	if i := strings.IndexAny(lower, " :("); i >= 0 {
		first = lower[:i]
	}
	ok := first != "" && first[0] >= '0' && first[0] <= '9' || promptStarts[first] ||
		strings.Contains(lower, "source link") || strings.Contains(lower, "scroll to continue")
	return ok && callToAction.MatchString(line)
}

// newsletterBlurb matches the promotion of a newsletter: "Your daily guide
// to…", "…delivered to your inbox", "Exclusive news from…".
var newsletterBlurb = regexp.MustCompile(`(?i)^your (\w+ ){0,3}(guide|briefing|digest|newsletter|round-?up)\b|` +
	`\bdelivered (straight |directly )?to your inbox\b|\bexclusive news from\b|\bsign up (here|now|today|for (our|the))\b|` +
	`^get (the|our) [\p{L} ]{2,40} (newsletter|briefing|bulletin)$`)

func isNewsletterBlurb(line, lower string) bool {
	if !strings.HasPrefix(lower, "your ") && !strings.HasPrefix(lower, "get ") && !strings.Contains(lower, "inbox") &&
		!strings.Contains(lower, "exclusive news") && !strings.Contains(lower, "sign up") {
		return false // none of the words the pattern needs
	}
	return newsletterBlurb.MatchString(line)
}

// bareFigure matches a line that is only a figure: a video length ("02:29"),
// a comment or share count ("43", "214 shares").
var bareFigure = regexp.MustCompile(`(?i)^[\d:.,]+\s*[km]?(\s*(shares?|comments?|views?|likes?|reads?|replies))?$`)

func isBareFigure(line, lower string) bool { return bareFigure.MatchString(line) }

// captionCredit matches photo captions, which end with their credit:
// "… Photo: Bloomberg", "… (Photo: AFP)".
var captionCredit = regexp.MustCompile(`(?i)(\b(photo|photograph|picture|image|file photo)s?\s*:\s*[\p{L} .&/-]{2,40}\.?|` +
	`\(\s*(photo|photograph|picture|image|file photo)s?\s*:?\s*[^)]{2,40}\))$`)

func isCaptionCredit(line, lower string) bool {
	// The credit ends the line: look for its word near the end first.
	tail := lower[max(0, len(lower)-100):]
	if !strings.Contains(tail, "photo") && !strings.Contains(tail, "picture") && !strings.Contains(tail, "image") {
		return false
	}
	return captionCredit.MatchString(line)
}

// creditLine matches the credits at the foot of a story: "Reporting by …",
// "Editing by …", "Additional reporting by …".
var creditLine = regexp.MustCompile(`(?i)^(additional )?(reporting|writing|editing|edited|written|compiled|produced|research|translated|graphics|photos?) by\b`)

// creditStarts are the words a credit line can open with.
var creditStarts = strings.Fields(`additional reporting writing editing edited written compiled produced
research translated graphics photo photos`)

func isCreditLine(line, lower string) bool {
	first := line
	if i := strings.IndexByte(line, ' '); i >= 0 {
		first = line[:i]
	}
	for _, w := range creditStarts {
		if strings.EqualFold(first, w) {
			return creditLine.MatchString(line)
		}
	}
	return false
}

// byline matches a line that only names the writers: "By Jane Doe",
// "By Jane Doe and John Roe · 3 min read", "By Jane Doe, Business reporter".
var byline = regexp.MustCompile(`^By\s+` + name + `((,\s*|\s+and\s+|\s*&\s*)` + name + `)*` +
	`(\s*[|·•–-]\s*.*|,\s*(?i:[\p{L} ]*\b(reporter|correspondent|editor|writer|staff|journalist|contributor)s?\b.*))?$`)

// name is a personal name of up to four capitalised words.
const name = `\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}`

func isByline(line, lower string) bool {
	return strings.HasPrefix(line, "By") && fieldsAtMost(line, 15) && byline.MatchString(line)
}

func isBareURL(line, lower string) bool { return bareURL.MatchString(line) }

// isSignOff reports a line that only names the outlet after a dash, as
// syndicated copy ends: "– SCMP.com".
func isSignOff(line, lower string) bool {
	m := signOff.FindStringSubmatch(line)
	return m != nil && len(strings.Fields(m[1])) <= 4
}

// isDateOnly reports a line that states only a date, with perhaps a time
// or a "date" label: "Dec 13, 2021", "date 2021-12-12".
func isDateOnly(line, lower string) bool {
	if len(line) > maxDateLine {
		return false
	}
	if loc := dateLabel.FindStringIndex(line); loc != nil && loc[1] > 0 {
		line = line[loc[1]:]
	}
	_, ok := isDateLine(line)
	return ok
}

// maxDateLine is the longest line taken for one that states only a date:
// a label, a weekday, a date and a time take fewer bytes than this.
const maxDateLine = 120

// isShortLabel reports a line of one or two words, without figures or
// sentence punctuation: a section label ("Most read", "Business"), a
// name shown alone. Reporting needs more words than that.
func isShortLabel(line, lower string) bool {
	if !fieldsAtMost(line, 2) || strings.ContainsAny(line, "0123456789") {
		return false
	}
	return !strings.ContainsAny(line[len(line)-1:], `.!?:"”’'`)
}

// findFurniture returns the spans of s's furniture lines, in order. Besides
// the line rules, a line that appears more than once in the page (a repeated
// headline, a caption shown twice, a prompt after every few paragraphs) is
// furniture: every occurrence but a report's own paragraphs, which are long
// enough to carry sentence punctuation and are kept.
//
// A text of fewer than three non-blank lines is not a page and has no
// furniture: a single line, a quotation, is taken as it stands.
func findFurniture(s *Source) []Span {
	n := s.textLines()
	texts := make([]string, n)
	seen := make(map[string]int, n)
	for i := 1; i <= n; i++ {
		sp := s.textLineSpan(i)
		t := strings.TrimFunc(s.Text[sp.Start:sp.End], unicode.IsSpace)
		texts[i-1] = t
		if t != "" {
			seen[t]++
		}
	}
	if nonBlank := len(texts) - countEmpty(texts); nonBlank < 3 {
		return nil
	}
	var out []Span
	for i, t := range texts {
		if t == "" {
			continue
		}
		if s.ruledFurniture(t) || seen[t] > 1 && !isParagraph(t) {
			out = append(out, s.textLineSpan(i+1))
		}
	}
	return out
}

func isFurnitureLine(t string) bool {
	lower := strings.ToLower(t)
	for _, rule := range furnitureRules {
		if rule(t, lower) {
			return true
		}
	}
	return false
}

// isParagraph reports whether a line reads as running prose: several
// sentences' worth of words ending in sentence punctuation.
func isParagraph(t string) bool {
	if len(strings.Fields(t)) < 25 {
		return false
	}
	t = strings.TrimRight(t, `"'”’)`)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// wordSet makes a set of the words of s, separated by white space.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// fieldsAtMost reports whether s has at most n words separated by white
// space, without splitting it.
func fieldsAtMost(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if words++; words > n {
				return false
			}
			in = true
		}
	}
	return true
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func countEmpty(texts []string) int {
	n := 0
	for _, t := range texts {
		if t == "" {
			n++
		}
	}
	return n
}
