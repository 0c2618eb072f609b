package sources

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/unicode/norm"
)

// Encoding names how a Source's Raw bytes were decoded.
type Encoding string

// The encodings Read recognises.
const (
	UTF8    Encoding = "utf-8"
	UTF16LE Encoding = "utf-16le"
	UTF16BE Encoding = "utf-16be"
	// Windows1252 is used, byte by byte, for the bytes of a file that are
	// not valid UTF-8; the valid UTF-8 around them is kept as it is.
	Windows1252 Encoding = "windows-1252"
)

// sniffLen is how much of a file is looked at to tell text from binary.
const sniffLen = 8 << 10

// binaryMagic are the openings of file formats that are not text.
var binaryMagic = [][]byte{
	[]byte("%PDF-"),
	[]byte("\x89PNG\r\n\x1a\n"),
	[]byte("PK\x03\x04"),
	[]byte("\x1f\x8b"),
	[]byte("GIF8"),
	[]byte("\xff\xd8\xff"),
}

// isBinary reports whether data is not text: it opens like a known binary
// format, or has a NUL byte in its first sniffLen bytes. UTF-16 text, which
// has NUL bytes, is recognised by its byte-order mark before this is asked.
func isBinary(data []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m) {
			return true
		}
	}
	return bytes.IndexByte(data[:min(len(data), sniffLen)], 0) >= 0
}

// decoded is text decoded from Raw bytes, with the Raw offset of each of its
// bytes and, last, of its end.
type decoded struct {
	text string
	pos  []int
	enc  Encoding
}

// decode decodes raw[start:] to UTF-8 text and cleans it: the byte-order
// mark is dropped, CRLF and lone CR become LF, no-break spaces become
// spaces, zero-width characters are dropped and the text is put in Unicode
// NFC. Typographic quotes and dashes are kept. It returns a nil pos when the
// text is raw[start:] unchanged.
func decode(raw []byte, start int) (decoded, error) {
	return decodeWith(raw, start, nil, "")
}

// decodeWith is decode; with a single-byte character set cm (named enc)
// every byte is read as a character of it, as a page that declares one
// asks.
func decodeWith(raw []byte, start int, cm *charmap.Charmap, declared Encoding) (decoded, error) {
	data := raw[start:]
	enc, bom := UTF8, 0
	switch {
	case cm != nil:
		enc = declared
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		bom = 3
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		enc, bom = UTF16LE, 2
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		enc, bom = UTF16BE, 2
	}
	if enc == UTF8 && isBinary(data) {
		return decoded{}, ErrBinary
	}
	if enc == UTF8 && bom == 0 && isClean(data) {
		return decoded{text: string(data), enc: UTF8}, nil
	}

	var (
		b   strings.Builder
		pos []int
		buf [utf8.UTFMax]byte
	)
	b.Grow(len(data))
	pos = make([]int, 0, len(data)+1)
	emit := func(r rune, at, size int) {
		n := utf8.EncodeRune(buf[:], r)
		b.Write(buf[:n])
		for k := 0; k < n; k++ {
			if n == size {
				pos = append(pos, at+k)
			} else {
				pos = append(pos, at)
			}
		}
	}
	// next returns the character at i and its length in bytes.
	next := func(i int) (rune, int) {
		if cm != nil {
			return cm.DecodeByte(data[i]), 1
		}
		switch enc {
		case UTF16LE, UTF16BE:
			unit := func(j int) rune {
				if enc == UTF16LE {
					return rune(data[j]) | rune(data[j+1])<<8
				}
				return rune(data[j])<<8 | rune(data[j+1])
			}
			if i+1 >= len(data) {
				return utf8.RuneError, 1
			}
			r := unit(i)
			if utf16.IsSurrogate(r) && i+3 < len(data) {
				if r2 := utf16.DecodeRune(r, unit(i+2)); r2 != utf8.RuneError {
					return r2, 4
				}
			}
			return r, 2
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			enc = Windows1252
			return charmap.Windows1252.DecodeByte(data[i]), 1
		}
		return r, n
	}
	for i := bom; i < len(data); {
		r, n := next(i)
		at := start + i
		i += n
		switch r {
		case '\r':
			if nr, _ := peek(next, i, len(data)); nr == '\n' {
				continue
			}
			emit('\n', at, n)
		case '\u00a0', '\u202f', '\u2007':
			emit(' ', at, n)
		case '\ufeff', '\u200b', '\u2060':
			// zero-width: dropped
		default:
			emit(r, at, n)
		}
	}
	pos = append(pos, len(raw))
	text := b.String()
	if !norm.NFC.IsNormalString(text) {
		text, pos = nfc(text, pos)
	}
	return decoded{text: text, pos: pos, enc: enc}, nil
}

// peek returns the character at i without consuming it.
func peek(next func(int) (rune, int), i, n int) (rune, int) {
	if i >= n {
		return -1, 0
	}
	return next(i)
}

// isClean reports whether data is valid UTF-8 that decode would leave
// unchanged.
func isClean(data []byte) bool {
	if !utf8.Valid(data) || bytes.IndexByte(data, '\r') >= 0 {
		return false
	}
	for _, r := range []string{"\u00a0", "\u202f", "\u2007", "\ufeff", "\u200b", "\u2060"} {
		if bytes.Contains(data, []byte(r)) {
			return false
		}
	}
	return norm.NFC.IsNormal(data)
}

// nfc puts text in Unicode NFC, carrying the Raw offsets in pos along: each
// byte of a changed segment maps to where the segment began.
func nfc(text string, pos []int) (string, []int) {
	var (
		it  norm.Iter
		b   strings.Builder
		out = make([]int, 0, len(pos))
	)
	it.InitString(norm.NFC, text)
	for !it.Done() {
		a := it.Pos()
		seg := it.Next()
		z := it.Pos()
		b.Write(seg)
		if string(seg) == text[a:z] {
			out = append(out, pos[a:z]...)
			continue
		}
		for range seg {
			out = append(out, pos[a])
		}
	}
	out = append(out, pos[len(text)])
	return b.String(), out
}

// metaCharset finds the character set an HTML page declares in its head:
// <meta charset="windows-1251"> or <meta http-equiv="Content-Type"
// content="text/html; charset=koi8-r">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([a-z0-9_:.-]+)`)

// declaredCharmap returns the single-byte character set an HTML page's
// head declares, and its name, or nil when it declares none or one of
// several bytes a character (UTF-8, Shift_JIS…).
func declaredCharmap(data []byte) (*charmap.Charmap, Encoding) {
	m := metaCharset.FindSubmatch(data[:min(len(data), 4096)])
	if m == nil {
		return nil, ""
	}
	e, err := htmlindex.Get(string(m[1]))
	if err != nil {
		return nil, ""
	}
	cm, ok := e.(*charmap.Charmap)
	if !ok {
		return nil, ""
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return nil, ""
	}
	return cm, Encoding(name)
}
