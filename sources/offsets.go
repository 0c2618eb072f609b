package sources

import "sort"

// An offsetMap maps byte offsets in a Source's Text to byte offsets in its
// Raw bytes. It is a list of breakpoints: from text[i] up to the next
// breakpoint, Text and Raw advance together from raw[i]. A nil map is the
// identity, used when Text is Raw.
type offsetMap struct {
	text []int // breakpoints in Text, ascending, text[0] == 0
	raw  []int // Raw offset of each breakpoint
	end  int   // len(Raw): no offset maps beyond it
}

// orig returns the Raw offset of Text offset off.
func (m *offsetMap) orig(off int) int {
	if m == nil {
		return off
	}
	i := sort.SearchInts(m.text, off+1) - 1
	if i < 0 {
		return 0
	}
	r := m.raw[i] + off - m.text[i]
	// An offset inside a character that was longer in Text than in Raw
	// (a decoded byte, a composed accent) stays inside that character.
	if i+1 < len(m.raw) && m.raw[i+1] >= m.raw[i] && r > m.raw[i+1] {
		r = m.raw[i+1]
	}
	return min(r, m.end)
}

// compress turns pos, the Raw offset of each byte of a cleaned text and,
// last, of its end, into an offsetMap for a Raw of rawLen bytes.
func compress(pos []int, rawLen int) *offsetMap {
	m := &offsetMap{end: rawLen}
	for i, r := range pos {
		n := len(m.text)
		if n == 0 || r-i != m.raw[n-1]-m.text[n-1] {
			m.text = append(m.text, i)
			m.raw = append(m.raw, r)
		}
	}
	return m
}
