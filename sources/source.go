// Package sources reads the inputs claimcheck compares — files, directories
// and standard input — and turns each into a Source: its text, the lines that
// are page furniture rather than reporting, and what is known of its outlet
// and date. Text is cleaned (decoded, normalised, for a web page cut down to
// the article); Orig, Line and Col map offsets in it back to the original
// file.
package sources

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Source is one input report.
type Source struct {
	ID   string // file name without its extension; "stdin" for standard input
	Path string // as given on the command line, or "-"

	// Text is the report's text, cleaned: decoded to UTF-8 in Unicode NFC,
	// with LF line ends, no byte-order mark, spaces for no-break spaces and,
	// for an HTML page, only the article's paragraphs, one a line. Orig maps
	// an offset in Text back to Raw.
	Text string
	// Raw is the file's bytes, unchanged.
	Raw string
	// Encoding is how Raw was decoded.
	Encoding Encoding

	// Warnings say what was done to read the input that a user should know:
	// a file cut at the size limit, invalid UTF-8 read as Windows-1252, a
	// page too deeply nested to read as an article.
	Warnings []string

	// Furniture lists the byte spans of Text lines that are not reporting
	// (adverts, sign-up prompts, video lengths, repeated headlines). No claim
	// is taken from them.
	Furniture []Span

	Outlet    string // the publication, when the text reveals it
	Published string // YYYY-MM-DD, when the text reveals it
	Headline  string // the report's headline, when it has one
	Dateline  string // the place the report is datelined, as written
	Byline    string // the reporters, as written
	URL       string // where the report was published

	orig *offsetMap // Text to Raw offsets; nil when Text is Raw

	ruled    map[string]bool // the line rules' answers, while reading
	colMu    sync.Mutex      // guards colAt
	colAt    place           // where LineCol was last asked of
	lines    []int           // byte offset in Text of the start of each Text line
	rawLines []int           // byte offset in Raw of the start of each Raw line
	bom      int             // length of Raw's byte-order mark
}

// Release lets go of the source's text and bytes, for a caller that keeps
// the source (its id, path and metadata) after taking its claims. The
// metadata is copied out of the text, so that no field keeps the text
// alive. Nothing that reads the text (Line, Col, LineSpan, IsFurniture,
// Orig) may be called after.
func (s *Source) Release() {
	s.Text, s.Raw, s.orig = "", "", nil
	s.lines, s.rawLines, s.Furniture = nil, nil, nil
	for _, f := range []*string{&s.Outlet, &s.Published, &s.Headline, &s.Dateline, &s.Byline, &s.URL} {
		*f = strings.Clone(*f)
	}
	for i := range s.Warnings {
		s.Warnings[i] = strings.Clone(s.Warnings[i])
	}
}

// Span is a half-open byte range [Start, End) of a Source's Text.
type Span struct{ Start, End int }

// New makes a Source from text already in memory, read as a plain-text file
// would be.
func New(id, path, text string) *Source {
	s, err := fromText(id, path, []byte(text), 0)
	if err != nil {
		// Not text: keep it as it is, so that nothing is lost.
		s = &Source{ID: id, Path: path, Text: text, Raw: text, Encoding: UTF8}
		s.index(nil, 0)
	}
	s.finish()
	return s
}

// fromText makes a Source of the plain text in raw[start:]; raw[:start] is
// front matter, kept in Raw but not in Text.
func fromText(id, path string, raw []byte, start int) (*Source, error) {
	d, err := decode(raw, start)
	if err != nil {
		return nil, err
	}
	return fromDecoded(id, path, raw, start, d), nil
}

// fromDecoded makes a Source of raw[start:], decoded as d.
func fromDecoded(id, path string, raw []byte, start int, d decoded) *Source {
	s := &Source{ID: id, Path: path, Text: d.text, Raw: string(raw), Encoding: d.enc}
	if d.pos != nil || start > 0 {
		if d.pos == nil {
			d.pos = make([]int, len(d.text)+1)
			for i := range d.pos {
				d.pos[i] = start + i
			}
		}
		s.orig = compress(d.pos, len(raw))
		s.index(&d, start)
	} else {
		s.index(nil, 0)
	}
	if d.enc == UTF8 && bytes.HasPrefix(raw[start:], []byte("\xef\xbb\xbf")) {
		s.bom = 3
	} else if d.enc == UTF16LE || d.enc == UTF16BE {
		s.bom = 2
	}
	return s
}

// index finds the starts of the lines of Text and of Raw. doc is the whole
// decoded document Raw[start:] when it is not Raw itself; Raw[:start] is
// UTF-8.
func (s *Source) index(doc *decoded, start int) {
	s.lines = lineStarts(s.Text)
	if doc == nil {
		if s.orig == nil {
			s.rawLines = s.lines
		} else {
			s.rawLines = lineStarts(s.Raw)
		}
		return
	}
	s.rawLines = lineStarts(s.Raw[:start])
	if start > 0 && s.Raw[start-1] != '\n' {
		s.rawLines = append(s.rawLines, start)
	}
	for i := 0; i < len(doc.text); i++ {
		if doc.text[i] == '\n' {
			s.rawLines = append(s.rawLines, doc.pos[i+1])
		}
	}
}

// lineStarts returns the byte offset of the start of each line of text.
func lineStarts(text string) []int {
	starts := make([]int, 1, strings.Count(text, "\n")+1)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// finish marks s's furniture and reads what its text says of its outlet,
// date and authors.
func (s *Source) finish() {
	s.ruled = map[string]bool{}
	s.Furniture = findFurniture(s)
	guessMeta(s)
	s.ruled = nil
}

// ruledFurniture reports whether a line rule finds line t furniture,
// asking the rules once for each distinct line while the source is read.
func (s *Source) ruledFurniture(t string) bool {
	if s.ruled == nil {
		return isFurnitureLine(t)
	}
	v, ok := s.ruled[t]
	if !ok {
		v = isFurnitureLine(t)
		s.ruled[t] = v
	}
	return v
}

// ErrBinary reports an input that is not text.
var ErrBinary = errors.New("skipped: binary file")

// Read reads one file, or standard input when path is "-". A file that
// is HTML, by its name or by its opening, is read as a web page: its Text is
// the article's paragraphs. A Markdown file's front matter and a sidecar
// NAME.meta.json beside the file give the Source's metadata, which win over
// what is guessed from the text. Binary files are refused with ErrBinary.
func Read(path string) (*Source, error) { return ReadMax(path, DefaultMaxBytes) }

// DefaultMaxBytes is how much of one input is read: 50 MB.
const DefaultMaxBytes = 50 << 20

// ErrEmpty reports an input with nothing in it.
var ErrEmpty = errors.New("skipped: empty")

// ReadMax reads one file, or standard input when path is "-", reading at
// most max bytes of it: a longer input is cut at the last line break
// before max (or at max, on a line longer than that), with a warning.
func ReadMax(path string, max int64) (*Source, error) {
	var (
		in   io.Reader
		id   string
		size int64 = -1 // a regular file's size, when known
	)
	if path == "-" {
		in, id = os.Stdin, "stdin"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, pathError(path, err)
		}
		defer f.Close()
		info, err := f.Stat()
		if err == nil && info.IsDir() {
			return nil, &Error{Path: path, Err: errors.New("is a directory")}
		}
		if err == nil && info.Mode().IsRegular() {
			size = info.Size()
		}
		in = f
		base := filepath.Base(path)
		id = strings.TrimSuffix(base, filepath.Ext(base))
	}
	data, err := readUpTo(in, max+1, size)
	if err != nil {
		return nil, pathError(path, err)
	}
	var warnings []string
	if int64(len(data)) > max {
		data = data[:max]
		if i := bytes.LastIndexByte(data, '\n'); i > 0 {
			data = data[:i+1]
		} else {
			for len(data) > 0 && !utf8.RuneStart(data[len(data)-1]) {
				data = data[:len(data)-1] // not inside a character
			}
			if len(data) > 0 {
				data = data[:len(data)-1]
			}
		}
		warnings = append(warnings, fmt.Sprintf("cut at %d bytes (see --max-bytes)", len(data)))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Path: path, Err: ErrEmpty}
	}
	s, err := read(id, path, data)
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	s.Warnings = append(warnings, s.Warnings...)
	if path != "-" {
		if err := s.readSidecar(path); err != nil {
			return nil, &Error{Path: path, Err: err}
		}
	}
	return s, nil
}

// read makes a Source of a file's bytes.
func read(id, path string, data []byte) (*Source, error) {
	s, err := readDecoded(id, path, data)
	if err == nil && s.Encoding == Windows1252 {
		s.Warnings = append(s.Warnings, "not valid UTF-8: read as Windows-1252")
	}
	return s, err
}

func readDecoded(id, path string, data []byte) (*Source, error) {
	d, err := decode(data, 0)
	if err != nil {
		return nil, err
	}
	if isHTML(path, d.text) {
		// A page that is not UTF-8 is read in the single-byte character
		// set it declares, when it declares one.
		if cm, name := declaredCharmap(data); d.enc == Windows1252 && cm != nil {
			if dd, err := decodeWith(data, 0, cm, name); err == nil {
				d = dd
			}
		}
		return fromHTML(id, path, data, d)
	}
	var fm Meta
	start := 0
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".md" || ext == ".markdown" {
		fm, start, err = parseFrontMatter(data)
		if err != nil {
			return nil, err
		}
	}
	var s *Source
	if start == 0 {
		s = fromDecoded(id, path, data, 0, d)
	} else if s, err = fromText(id, path, data, start); err != nil {
		return nil, err
	}
	s.finish()
	fm.apply(s)
	return s, nil
}

// Extensions are the file name endings read when a directory is walked.
var Extensions = []string{".txt", ".md", ".html", ".htm"}

// Expand turns command-line paths into the list of inputs to read: a file
// stands for itself, "-" for standard input, and a directory for the files
// under it whose names end in one of Extensions, sorted. Paths that cannot be
// used are reported in the returned ErrorList; the others are still returned.
func Expand(paths []string) ([]string, ErrorList) {
	var (
		out  []string
		errs ErrorList
	)
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			errs.Add(p, err)
			continue
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				errs.Add(path, err)
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && hasExtension(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs.Add(p, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, errs
}

func hasExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Orig returns the byte offset in Raw, the original file, of byte offset
// off in Text. For a file that needed no cleaning it is off itself.
func (s *Source) Orig(off int) int {
	if s.orig == nil { // told here, where Orig is inlined, not in a call
		return off
	}
	return s.orig.orig(off)
}

// OrigSpan returns the byte span in Raw, the original file, of the text
// Text[start:end]: from the first character's first byte to the last
// character's last byte.
func (s *Source) OrigSpan(start, end int) (int, int) {
	a := s.Orig(start)
	if end <= start || s.orig == nil {
		return a, max(a, s.Orig(end))
	}
	b := s.Orig(end - 1)
	switch s.Encoding {
	case UTF16LE, UTF16BE:
		b += 2
		if b+2 <= len(s.Raw) && b-2 >= 0 && isHighSurrogate(s.Raw[b-2:b], s.Encoding) {
			b += 2
		}
	default:
		_, w := utf8.DecodeRuneInString(s.Raw[b:])
		b += max(w, 1)
	}
	return a, min(b, len(s.Raw))
}

// isHighSurrogate reports whether a UTF-16 code unit starts a surrogate pair.
func isHighSurrogate(unit string, enc Encoding) bool {
	hi := unit[1]
	if enc == UTF16BE {
		hi = unit[0]
	}
	return hi >= 0xD8 && hi <= 0xDB
}

// Line returns the 1-based line number, in the original file, of the text
// at byte offset off of Text.
func (s *Source) Line(off int) int {
	return s.rawLine(s.Orig(off))
}

// rawLine returns the 1-based line of Raw offset o.
func (s *Source) rawLine(o int) int {
	return s.rawLineFrom(o, 0)
}

// nearLines is how many lines on rawLineFrom looks at one by one before
// it searches: a claim is most often on the line of the claim before or
// one of the next few.
const nearLines = 4

// rawLineFrom returns the 1-based line of Raw offset o, which is on line
// lo or after it (Raw's first lo lines start at or before o).
func (s *Source) rawLineFrom(o, lo int) int {
	for end := min(lo+nearLines, len(s.rawLines)); lo < end; lo++ {
		if s.rawLines[lo] > o {
			return lo
		}
	}
	hi := len(s.rawLines)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.rawLines[m] <= o {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Col returns the 1-based column, in characters of the original file, of
// the text at byte offset off of Text.
func (s *Source) Col(off int) int {
	_, col := s.LineCol(off)
	return col
}

// LineCol returns Line(off) and Col(off), finding the line once: a claim
// needs both.
func (s *Source) LineCol(off int) (n, col int) {
	s.colMu.Lock()
	defer s.colMu.Unlock()
	return s.lineCol(&s.colAt, off)
}

// A Cursor is where LineColFrom was last asked of in one source, for a
// caller that asks of many offsets of a source in turn, as an extractor
// asks of its claims. It takes no lock: it is for one goroutine. The
// zero value is ready to use; a Cursor used with another source starts
// afresh in it.
type Cursor struct {
	src *Source
	at  place
}

// place is a line and column that LineCol counts on from: the line's
// number and Raw offset, an offset on it and its column, or none when
// col is 0.
type place struct{ n, line, off, col int }

// LineColFrom returns LineCol(off), counted on from where cur was last
// asked of, and moves cur to off. Unlike LineCol, it takes no lock.
func (s *Source) LineColFrom(cur *Cursor, off int) (n, col int) {
	if cur.src != s {
		*cur = Cursor{src: s}
	}
	return s.lineCol(&cur.at, off)
}

// lineCol returns LineCol(off), counted on from at, and moves at to off.
func (s *Source) lineCol(at *place, off int) (n, col int) {
	o := s.Orig(off)
	// Claims are found in order along a line, each kind in its turn:
	// count on from the last column asked for on the same line, or back
	// when it is nearer, so that a long line costs its length about
	// once, not once a claim. Most claims are on the last one's line or
	// one of the next few, which need no search.
	if at.col > 0 && at.line <= o {
		n = s.rawLineFrom(o, at.n)
	} else {
		n = s.rawLine(o)
	}
	line := s.rawLines[n-1]
	start := line
	if start == 0 {
		start = min(s.bom, o)
	}
	switch {
	case at.col > 0 && at.line == line && at.off <= o && at.off >= start:
		col = at.col + s.count(s.Raw[at.off:o])
	case at.col > 0 && at.line == line && o < at.off && at.off-o < o-start:
		col = at.col - s.count(s.Raw[o:at.off])
	default:
		col = s.count(s.Raw[start:o]) + 1
	}
	*at = place{n, line, o, col}
	return n, col
}

// count counts the characters of a segment of Raw.
func (s *Source) count(seg string) int {
	switch s.Encoding {
	case UTF16LE, UTF16BE:
		n := 0
		for i := 0; i+1 < len(seg); i += 2 {
			u := uint16(seg[i])<<8 | uint16(seg[i+1])
			if s.Encoding == UTF16LE {
				u = uint16(seg[i+1])<<8 | uint16(seg[i])
			}
			if u < 0xdc00 || u > 0xdfff { // not the second half of a pair
				n++
			}
		}
		return n
	}
	return runeCount(seg)
}

// runeCount returns utf8.RuneCountInString(s). A claim's column is
// counted from the line's start or the last claim's, mostly over eight
// to a hundred bytes, and nineteen in twenty such segments of news are
// ASCII: their bytes are OR'ed together, sixteen at a time, the last
// sixteen or eight loaded again, however many were left, rather than
// counted on in a loop whose end the processor cannot foretell; then one
// test of the bytes' top bits tells a length that is the count.
func runeCount(s string) int {
	const tops = 0x8080808080808080
	var all uint64
	switch n := len(s); {
	case n >= 16:
		all = load64(s[n-16:]) | load64(s[n-8:])
		for i := 0; i+16 <= n; i += 16 {
			all |= load64(s[i:]) | load64(s[i+8:])
		}
	case n >= 8:
		all = load64(s) | load64(s[n-8:])
	default:
		return utf8.RuneCountInString(s)
	}
	if all&tops == 0 {
		return len(s)
	}
	return mixedRuneCount(s)
}

// mixedRuneCount is runeCount for a text with bytes past ASCII: sixteen
// bytes a step where they are ASCII, and one character at a time past
// them.
func mixedRuneCount(s string) int {
	const tops = 0x8080808080808080
	n := 0
	for len(s) >= 16 {
		if (load64(s[:8])|load64(s[8:16]))&tops == 0 {
			n, s = n+16, s[16:]
			continue
		}
		// The ASCII bytes before the first that is not, then one
		// character, counted as range counts it: an invalid byte is one.
		k := 8
		if m := load64(s[:8]) & tops; m != 0 {
			k = bits.TrailingZeros64(m) / 8
		}
		_, size := utf8.DecodeRuneInString(s[k:])
		n, s = n+k+1, s[k+size:]
	}
	return n + utf8.RuneCountInString(s)
}

// load64 returns the first eight bytes of s, read little-endian, in one
// load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// LineSpan returns the byte span of Text that stands on 1-based line n of
// the original file, without its line end: for a text file the whole line
// as cleaned; for a web page the part of a paragraph on that line, or an
// empty span where the line holds none. LineSpan(Line(off)).Start <= off.
func (s *Source) LineSpan(n int) Span {
	if s.orig == nil {
		return s.textLineSpan(n)
	}
	rs, re := s.rawLines[n-1], len(s.Raw)
	if n < len(s.rawLines) {
		re = s.rawLines[n]
	}
	start := s.firstAt(rs)
	end := max(start, s.firstAt(re))
	if nl := strings.IndexByte(s.Text[start:end], '\n'); nl >= 0 {
		end = start + nl
	}
	return Span{start, end}
}

// firstAt returns the first offset of Text whose place in Raw is at or
// after o. Orig never decreases along Text.
func (s *Source) firstAt(o int) int {
	return sort.Search(len(s.Text), func(i int) bool { return s.Orig(i) >= o })
}

// Lines returns the number of lines in the original file.
func (s *Source) Lines() int { return len(s.rawLines) }

// textLineSpan returns the byte span of 1-based line n of Text, without its
// newline.
func (s *Source) textLineSpan(n int) Span {
	start := s.lines[n-1]
	end := len(s.Text)
	if n < len(s.lines) {
		end = s.lines[n] - 1
	}
	return Span{start, end}
}

// textLines returns the number of lines in Text.
func (s *Source) textLines() int { return len(s.lines) }

// IsFurniture reports whether byte offset off lies in a furniture line.
func (s *Source) IsFurniture(off int) bool {
	i := sort.Search(len(s.Furniture), func(i int) bool { return s.Furniture[i].End > off })
	return i < len(s.Furniture) && s.Furniture[i].Start <= off
}

// pathError reports err for path, without repeating the path that errors
// of the os package carry.
func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{Path: path, Err: err}
}

// readUpTo reads at most limit bytes of r. A regular file's size, where
// known (else -1), sizes the buffer at once rather than by doubling.
func readUpTo(r io.Reader, limit, size int64) ([]byte, error) {
	if size < 0 || size >= limit {
		return io.ReadAll(io.LimitReader(r, limit))
	}
	r = io.LimitReader(r, limit)
	data := make([]byte, 0, size+1) // +1: the read that meets the end
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
		if len(data) == cap(data) { // the file grew as it was read
			data = append(data, 0)[:len(data)]
		}
	}
}
