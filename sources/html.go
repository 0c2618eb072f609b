// HTML pages are cut down to their article with go-readability
// (github.com/go-shiori/go-readability), not go-trafilatura
// (github.com/markusmobius/go-trafilatura). On our three saved-page
// fixtures both found the story; readability took 0.8–1.1 ms a page against
// trafilatura's 1.1–1.7 ms, and 7.5 ms against 14.9 ms on a 136 KB page with
// a 1,500-link menu; a program using readability is 8.1 MB against
// trafilatura's 16.4 MB (2.4 MB for an empty one). Readability also keeps
// the article as an HTML tree, so paragraphs stay apart and each can be
// found again in the page, where trafilatura's text ran them together and
// let a comment ("87 Comments Great news for Portugal!") through. What
// readability leaves in (an inline "Advertisement" label, a byline line) the
// furniture rules take out.

package sources

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"unicode"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isHTML reports whether a file is a web page: by its name, or by opening
// like one.
func isHTML(path, text string) bool {
	switch strings.ToLower(fileExt(path)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	head := strings.ToLower(strings.TrimLeftFunc(text[:min(len(text), 512)], unicode.IsSpace))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return true
	}
	return strings.HasPrefix(http.DetectContentType([]byte(head)), "text/html")
}

func fileExt(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 && !strings.ContainsAny(path[i:], `/\`) {
		return path[i:]
	}
	return ""
}

// fromHTML makes a Source of a web page: its Text is the article's
// headline and paragraphs, one a line, each mapped back to where it stands
// in raw; its metadata comes from the page's meta tags and JSON-LD.
func fromHTML(id, path string, raw []byte, d decoded) (*Source, error) {
	if depth := nesting(d.text); depth > maxNesting {
		// The HTML parser takes time quadratic in the nesting: read the
		// page's visible text instead, as a plain text.
		text, pos := pageText(d.text)
		if len(pos) == len(text) {
			pos = append(pos, len(d.text))
		}
		if d.pos != nil {
			for i, p := range pos {
				pos[i] = d.pos[min(p, len(d.pos)-1)]
			}
		}
		s := fromDecoded(id, path, raw, 0, decoded{text: text, pos: pos, enc: d.enc})
		s.Warnings = append(s.Warnings, fmt.Sprintf("HTML nested %d elements deep: read as the page's text, not as an article", depth))
		s.finish()
		return s, nil
	}
	doc, err := html.Parse(strings.NewReader(d.text))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	meta := htmlMeta(doc)

	var pageURL *url.URL
	if u, err := url.Parse(meta.URL); err == nil && u.IsAbs() {
		pageURL = u
	}
	var paras []string
	content, _ := html.Parse(strings.NewReader(d.text))
	parser := readability.NewParser()
	if art, err := parser.ParseDocument(content, pageURL); err == nil && art.Node != nil {
		paras = blocks(art.Node)
		if meta.Headline == "" {
			meta.Headline = art.Title
		}
		if meta.Outlet == "" {
			meta.Outlet = art.SiteName
		}
	} else {
		// No article found: take the page's text, less its navigation.
		paras = blocks(doc)
	}
	if h := collapse(meta.Headline); h != "" && (len(paras) == 0 || paras[0] != h) {
		paras = append([]string{h}, paras...)
	}
	kept := paras[:0]
	for _, p := range paras {
		if !isFurnitureLine(p) {
			kept = append(kept, p)
		}
	}
	text, pos := alignParagraphs(kept, d.text)
	if d.pos != nil {
		for i, p := range pos {
			pos[i] = d.pos[p]
		}
	}
	s := &Source{ID: id, Path: path, Text: text, Raw: string(raw), Encoding: d.enc}
	s.orig = compress(pos, len(raw))
	s.lines = lineStarts(text)
	if d.pos == nil {
		s.rawLines = lineStarts(s.Raw)
	} else {
		s.rawLines = []int{0}
		for i := 0; i < len(d.text); i++ {
			if d.text[i] == '\n' {
				s.rawLines = append(s.rawLines, d.pos[i+1])
			}
		}
	}
	if strings.HasPrefix(s.Raw, "\xef\xbb\xbf") {
		s.bom = 3
	} else if d.enc == UTF16LE || d.enc == UTF16BE {
		s.bom = 2
	}
	meta.fill(s)
	s.finish()
	return s, nil
}

// skipped are the elements whose text is never the article's.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Figcaption: true, atom.Figure: true, atom.Select: true, atom.Textarea: true,
	atom.Iframe: true, atom.Svg: true,
}

// inline are the elements that do not break a paragraph.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true,
	atom.I: true, atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true,
	atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Wbr: true, atom.Font: true, atom.Ins: true, atom.Del: true,
}

// blocks returns the text of n's paragraphs: the runs of text between
// block-level elements, white space collapsed.
func blocks(n *html.Node) []string {
	var (
		out []string
		cur strings.Builder
	)
	flush := func() {
		if t := collapse(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Br {
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && !inline[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}

// collapse trims s and turns each run of white space in it into one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }

// visible is the text of a page as a reader sees it, white space collapsed,
// with the offset in the page of each of its bytes.
type visible struct {
	text strings.Builder
	pos  []int
}

// add appends s, which stands in the page at offset at: character by
// character when s is as the page has it, all at at when it was decoded
// from an entity.
func (v *visible) add(s string, at int, verbatim bool) {
	for i, r := range s {
		o := at
		if verbatim {
			o += i
		}
		if isSpace(r) {
			if v.text.Len() == 0 || strings.HasSuffix(v.text.String(), " ") {
				continue
			}
			r = ' '
		}
		n, _ := v.text.WriteRune(r)
		for k := 0; k < n; k++ {
			v.pos = append(v.pos, o)
		}
	}
}

// pageText returns the visible text of page, outside scripts, styles and
// the head, with entities decoded.
func pageText(page string) (string, []int) {
	var v visible
	z := html.NewTokenizer(strings.NewReader(page))
	off, skip := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := string(z.Raw())
		switch tt {
		case html.TextToken:
			if skip == 0 {
				decodeEntities(raw, off, v.add)
			}
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Title, atom.Textarea:
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if !inline[a] {
				v.add(" ", off, false)
			}
		}
		off += len(raw)
	}
	return v.text.String(), v.pos
}

// decodeEntities calls add with each piece of raw, a run of text starting
// at offset at, entities decoded.
func decodeEntities(raw string, at int, add func(s string, at int, verbatim bool)) {
	for raw != "" {
		i := strings.IndexByte(raw, '&')
		if i < 0 {
			add(raw, at, true)
			return
		}
		add(raw[:i], at, true)
		at += i
		raw = raw[i:]
		end := strings.IndexAny(raw[1:min(len(raw), 34)], ";& <")
		n := 1
		if end >= 0 && raw[1+end] == ';' {
			n = end + 2
		}
		add(html.UnescapeString(raw[:n]), at, false)
		at += n
		raw = raw[n:]
	}
}

// alignParagraphs puts paras in the order they stand in the page, joins
// them with newlines and finds each of their words in the page, returning
// the text and the page offset of each of its bytes and of its end. A word
// not found maps to where the last one found ended, so that the offsets
// never decrease along the text.
func alignParagraphs(paras []string, page string) (string, []int) {
	vis, vpos := pageText(page)
	at := func(i int) int {
		if i < len(vpos) {
			return vpos[i]
		}
		return len(page)
	}

	// Where each paragraph starts in vis: its first words, after the last
	// paragraph or, failing that, anywhere; -1 when not found.
	starts := make([]int, len(paras))
	order := make([]int, len(paras))
	sortKey := make([]int, len(paras))
	cursor := 0
	for pi, p := range paras {
		order[pi] = pi
		words := strings.Fields(p)
		start := -1
		for _, k := range []int{8, 3, 1} {
			probe := strings.Join(words[:min(k, len(words))], " ")
			if i := strings.Index(vis[cursor:], probe); i >= 0 {
				start = cursor + i
			} else if i := strings.Index(vis, probe); i >= 0 {
				start = i
			}
			if start >= 0 {
				cursor = start + len(probe)
				break
			}
		}
		starts[pi] = start
		sortKey[pi] = cursor // a paragraph not found stays after the last found
	}
	sort.SliceStable(order, func(i, j int) bool { return sortKey[order[i]] < sortKey[order[j]] })

	var (
		b    strings.Builder
		pos  []int
		last int // page offset after the last word found
	)
	for n, pi := range order {
		if n > 0 {
			b.WriteByte('\n')
			pos = append(pos, last)
		}
		c := 0
		if starts[pi] >= 0 {
			c = starts[pi]
			last = max(last, at(c))
		} else if len(pos) > 0 {
			c = sort.SearchInts(vpos, last)
		}
		// Each word in turn, a little way on from the last.
		rest := paras[pi]
		for rest != "" {
			sp := strings.IndexByte(rest, ' ')
			w := rest
			if sp >= 0 {
				w = rest[:sp]
			}
			window := vis[c:min(len(vis), c+len(w)+200)]
			if i := strings.Index(window, w); i >= 0 {
				for k := range len(w) {
					pos = append(pos, at(c+i+k))
				}
				c += i + len(w)
				last = at(c-1) + 1
			} else {
				for range len(w) {
					pos = append(pos, last)
				}
			}
			b.WriteString(w)
			if sp < 0 {
				break
			}
			b.WriteByte(' ')
			pos = append(pos, last)
			rest = rest[sp+1:]
		}
	}
	pos = append(pos, last)
	for i := 1; i < len(pos); i++ {
		pos[i] = max(pos[i], pos[i-1])
	}
	return b.String(), pos
}

// htmlMeta reads a page's metadata from its JSON-LD article object and its
// meta and link tags; JSON-LD wins.
func htmlMeta(doc *html.Node) Meta {
	var ld, tags Meta
	var h1 string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				v := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:site_name", "application-name":
					setIfEmpty(&tags.Outlet, v)
				case "article:published_time", "og:article:published_time", "datepublished",
					"date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "parsely-pub-date":
					setIfEmpty(&tags.Published, v)
				case "og:title", "twitter:title":
					setIfEmpty(&tags.Headline, v)
				case "author", "article:author", "byl", "parsely-author", "dc.creator":
					if !strings.HasPrefix(v, "http") {
						setIfEmpty(&tags.Byline, strings.TrimPrefix(v, "By "))
					}
				case "og:url":
					setIfEmpty(&tags.URL, v)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					setIfEmpty(&tags.URL, attr(n, "href"))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					var v any
					if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						jsonLD(v, &ld)
					}
				}
			case atom.H1:
				if h1 == "" {
					h1 = collapse(textOf(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	tags.Headline = firstNonEmpty(tags.Headline, h1)
	m := ld
	m.fillFrom(tags)
	return m
}

// fillFrom sets m's empty fields from o.
func (m *Meta) fillFrom(o Meta) {
	setIfEmpty(&m.Outlet, o.Outlet)
	setIfEmpty(&m.Published, o.Published)
	setIfEmpty(&m.Headline, o.Headline)
	setIfEmpty(&m.Byline, o.Byline)
	setIfEmpty(&m.URL, o.URL)
	setIfEmpty(&m.Dateline, o.Dateline)
}

// jsonLD reads the first article object of a JSON-LD value, which may be an
// object, a list or a @graph.
func jsonLD(v any, m *Meta) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			jsonLD(x, m)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			jsonLD(g, m)
		}
		if !strings.Contains(strings.ToLower(ldString(v["@type"])), "article") || m.Headline != "" {
			return
		}
		m.Headline = ldString(v["headline"])
		m.Published = ldString(v["datePublished"])
		m.Byline = ldNames(v["author"])
		m.Outlet = ldNames(v["publisher"])
		m.URL = firstNonEmpty(ldString(v["url"]), ldString(v["mainEntityOfPage"]))
	}
}

// ldString returns a JSON-LD value as a string: a string, the first of a
// list, or an object's @id.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		if len(v) > 0 {
			return ldString(v[0])
		}
	case map[string]any:
		return ldString(v["@id"])
	}
	return ""
}

// ldNames returns the names of a JSON-LD person or organisation, or of a
// list of them, joined by " and ".
func ldNames(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		if n, ok := v["name"].(string); ok {
			return strings.TrimSpace(n)
		}
	case []any:
		var names []string
		for _, x := range v {
			if n := ldNames(x); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, " and ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

// maxNesting is the deepest HTML read as an article; real pages nest a few
// dozen elements deep.
const maxNesting = 512

// nesting returns how deeply the elements of a page nest, reading its tags
// once, in linear time.
func nesting(page string) int {
	z := html.NewTokenizer(strings.NewReader(page))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			depth++
			deepest = max(deepest, depth)
		case html.EndTagToken:
			depth = max(0, depth-1)
		}
	}
}
