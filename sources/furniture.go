package sources

import (
	"regexp"
	"strings"
	"unicode"
)

// A furniture rule reports whether one line of a page is furniture: text the
// page shows around the report (adverts, prompts, video lengths, captions)
// rather than reporting. The rules are general, not lists of lines.
var furnitureRules = []func(line string) bool{
	isCallToAction,
	isBareFigure,
	isCaptionCredit,
}

// callToAction matches the prompts and labels that sites put around a story.
var callToAction = regexp.MustCompile(`(?i)^(` +
	`advertisement|advertising|sponsored( content)?|` +
	`(register|sign up|sign in|log in|subscribe)\b.*|to register|` +
	`follow\b.*\bon (twitter|facebook|instagram|x|linkedin)\b.*|` +
	`share (this|on|via)\b.*|` +
	`(read|see) (more|also)\b.*|related (articles|stories|content|coverage|topics)|more (on|from) this\b.*|` +
	`back to top( button)?|skip to (main )?content|` +
	`reading time\s*:.*|\d+ min(ute)?s? read|why you can trust\b.*|` +
	`.*\bsource link\b.*|` +
	`click here\b.*|our standards:.*|all rights reserved.*|copyright\b.*|` +
	`(\d+|no) comments?|comments|leave a comment|` +
	`(image|photo|video|photograph)( caption| credit)?:.*` +
	`)$`)

func isCallToAction(line string) bool { return callToAction.MatchString(line) }

// bareFigure matches a line that is only a figure: a video length ("02:29"),
// a comment or share count ("43").
var bareFigure = regexp.MustCompile(`^[\d:.,]+$`)

func isBareFigure(line string) bool { return bareFigure.MatchString(line) }

// captionCredit matches photo captions, which end with their credit.
var captionCredit = regexp.MustCompile(`(?i)\b(photo|photograph|picture|image|file photo)\s*:\s*[\p{L} .&/-]{2,40}\.?$`)

func isCaptionCredit(line string) bool { return captionCredit.MatchString(line) }

// findFurniture returns the spans of s's furniture lines, in order. Besides
// the line rules, a line that appears more than once in the page (a repeated
// headline, a caption shown twice, a prompt after every few paragraphs) is
// furniture: every occurrence but a report's own paragraphs, which are long
// enough to carry sentence punctuation and are kept.
func findFurniture(s *Source) []Span {
	n := s.Lines()
	texts := make([]string, n)
	seen := make(map[string]int, n)
	for i := 1; i <= n; i++ {
		sp := s.LineSpan(i)
		t := strings.TrimFunc(s.Text[sp.Start:sp.End], unicode.IsSpace)
		texts[i-1] = t
		if t != "" {
			seen[t]++
		}
	}
	var out []Span
	for i, t := range texts {
		if t == "" {
			continue
		}
		if isFurnitureLine(t) || seen[t] > 1 && !isParagraph(t) {
			out = append(out, s.LineSpan(i+1))
		}
	}
	return out
}

func isFurnitureLine(t string) bool {
	for _, rule := range furnitureRules {
		if rule(t) {
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
