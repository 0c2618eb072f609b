// Package sources reads the inputs claimcheck compares — files, directories
// and standard input — and turns each into a Source: its text, the lines that
// are page furniture rather than reporting, and what is known of its outlet
// and date. Offsets into a Source's Text are offsets into the original file.
package sources

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Source is one input report.
type Source struct {
	ID   string // file name without its extension; "stdin" for standard input
	Path string // as given on the command line, or "-"
	Text string // the file's bytes, unchanged

	// Furniture lists the byte spans of lines that are not reporting
	// (adverts, sign-up prompts, video lengths, repeated headlines). No claim
	// is taken from them.
	Furniture []Span

	Outlet    string // the publication, when the text reveals it
	Published string // YYYY-MM-DD, when the text reveals it

	lines []int // byte offset of the start of each line
}

// Span is a half-open byte range [Start, End) of a Source's Text.
type Span struct{ Start, End int }

// New makes a Source from text already in memory.
func New(id, path, text string) *Source {
	s := &Source{ID: id, Path: path, Text: text}
	s.lines = append(s.lines, 0)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			s.lines = append(s.lines, i+1)
		}
	}
	s.Furniture = findFurniture(s)
	return s
}

// ErrBinary reports an input that is not text.
var ErrBinary = errors.New("skipped: binary file")

// ErrNotUTF8 reports an input that is not valid UTF-8.
var ErrNotUTF8 = errors.New("skipped: not valid UTF-8")

// Read reads one file, or standard input when path is "-".
func Read(path string) (*Source, error) {
	var (
		data []byte
		err  error
		id   string
	)
	if path == "-" {
		data, err = io.ReadAll(os.Stdin)
		id = "stdin"
	} else {
		data, err = os.ReadFile(path)
		base := filepath.Base(path)
		id = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{Path: path, Err: err}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, &Error{Path: path, Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		return nil, &Error{Path: path, Err: ErrNotUTF8}
	}
	return New(id, path, string(data)), nil
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

// Line returns the 1-based line number of byte offset off.
func (s *Source) Line(off int) int {
	return sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off })
}

// Col returns the 1-based column, in characters, of byte offset off.
func (s *Source) Col(off int) int {
	start := s.lines[s.Line(off)-1]
	return utf8.RuneCountInString(s.Text[start:off]) + 1
}

// LineSpan returns the byte span of 1-based line n, without its newline.
func (s *Source) LineSpan(n int) Span {
	start := s.lines[n-1]
	end := len(s.Text)
	if n < len(s.lines) {
		end = s.lines[n] - 1
	}
	if end > start && s.Text[end-1] == '\r' {
		end--
	}
	return Span{start, end}
}

// Lines returns the number of lines in the source.
func (s *Source) Lines() int { return len(s.lines) }

// IsFurniture reports whether byte offset off lies in a furniture line.
func (s *Source) IsFurniture(off int) bool {
	i := sort.Search(len(s.Furniture), func(i int) bool { return s.Furniture[i].End > off })
	return i < len(s.Furniture) && s.Furniture[i].Start <= off
}
