package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/reconcile"
)

// The JSON report, in the shape ../shared/seeds/README.md describes:
// {"sources": [jsonSource…], "groups": [jsonGroup…], "summary": jsonSummary},
// written by writeJSON.

type jsonSource struct {
	ID          string `json:"id"`
	Path        string `json:"path"`
	Outlet      string `json:"outlet,omitempty"`
	Published   string `json:"published,omitempty"`
	SameStoryAs string `json:"same_story_as,omitempty"`
}

type jsonGroup struct {
	Topic   string            `json:"topic"`
	Kind    claims.Kind       `json:"kind"`
	Verdict reconcile.Verdict `json:"verdict"`
	Spread  string            `json:"spread,omitempty"`
	// Independent counts the group's sources, copies of one story once.
	Independent int `json:"independent_sources"`
	// SharedAttribution names whom several sources give the figure to.
	SharedAttribution []string    `json:"shared_attribution,omitempty"`
	Claims            []jsonClaim `json:"claims"`
}

type jsonClaim struct {
	Kind     claims.Kind `json:"kind"`
	Source   string      `json:"source"`
	Path     string      `json:"path"`
	Text     string      `json:"text"`
	Line     int         `json:"line"`
	Col      int         `json:"col"`
	Start    int         `json:"start"`
	End      int         `json:"end"`
	Sentence string      `json:"sentence"`
	// Value is the number; for a title the office, for a date its ISO
	// form at the precision written ("relative: on Friday" when it could
	// not be resolved). Min and Max bound it: numbers, or for dates their
	// first and last days.
	Value   any    `json:"value"`
	Unit    string `json:"unit,omitempty"`
	Min     any    `json:"min,omitempty"`
	Max     any    `json:"max,omitempty"`
	MinOpen bool   `json:"min_open,omitempty"`
	MaxOpen bool   `json:"max_open,omitempty"`
	Approx  bool   `json:"approx,omitempty"`
	Noun    string `json:"noun,omitempty"`
	Person  string `json:"person,omitempty"`
	Office  string `json:"office,omitempty"`
	Date    string `json:"date,omitempty"`
	Weekday string `json:"weekday,omitempty"`
	// AttributedTo is who the report gives the claim to.
	AttributedTo string `json:"attributed_to,omitempty"`
}

type jsonSummary struct {
	Conflicts  int `json:"conflicts"`
	Agreements int `json:"agreements"`
	// CopiesOnly counts the agreements that only copies of one story state.
	CopiesOnly  int `json:"agreements_between_copies_only"`
	Single      int `json:"single"`
	Sources     int `json:"sources"`
	Independent int `json:"independent_sources"`
}

// writeJSON writes the report group by group, so that a large report is
// never held whole in memory; the layout is that of json.Encoder with a
// two-space indent.
func writeJSON(w io.Writer, rep report) error {
	bw := bufio.NewWriter(w)
	in := newIndenter()
	paths := map[string]string{}
	same := rep.sameStoryMap()
	bw.WriteString("{\n  \"sources\": [")
	for i, s := range rep.sources {
		paths[s.ID] = s.Path
		src := jsonSource{ID: s.ID, Path: s.Path, Outlet: s.Outlet, Published: s.Published, SameStoryAs: same[s.ID]}
		if err := in.element(bw, i, src); err != nil {
			return err
		}
	}
	closeArray(bw, len(rep.sources))
	bw.WriteString(",\n  \"groups\": [")
	for i, f := range rep.shown {
		g := jsonGroup{Topic: f.Topic, Kind: f.Kind, Verdict: f.Verdict, Spread: f.Spread, Independent: f.Independent,
			SharedAttribution: f.SharedAttribution, Claims: make([]jsonClaim, 0, len(f.Claims))}
		for _, c := range f.Claims {
			g.Claims = append(g.Claims, toJSONClaim(c, paths[c.Source]))
		}
		if err := in.element(bw, i, g); err != nil {
			return err
		}
	}
	closeArray(bw, len(rep.shown))
	bw.WriteString(",\n  \"summary\": ")
	if err := in.write(bw, summarize(rep), "  "); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// indenter writes values as indented JSON, one after another, keeping its
// buffers from value to value: a report of thousands of groups would
// otherwise make a buffer and an encoder for each.
type indenter struct {
	b   bytes.Buffer
	enc *json.Encoder
}

func newIndenter() *indenter {
	in := &indenter{}
	in.enc = json.NewEncoder(&in.b)
	in.enc.SetEscapeHTML(false)
	return in
}

// element writes element i of an array at the second level.
func (in *indenter) element(w *bufio.Writer, i int, v any) error {
	if i > 0 {
		w.WriteByte(',')
	}
	w.WriteString("\n    ")
	return in.write(w, v, "    ")
}

func closeArray(w *bufio.Writer, n int) {
	if n > 0 {
		w.WriteString("\n  ")
	}
	w.WriteByte(']')
}

// write writes v as indented JSON whose lines after the first start with
// prefix, without HTML escaping.
func (in *indenter) write(w *bufio.Writer, v any, prefix string) error {
	in.b.Reset()
	in.enc.SetIndent(prefix, "  ")
	if err := in.enc.Encode(v); err != nil {
		return err
	}
	w.Write(bytes.TrimSuffix(in.b.Bytes(), []byte("\n")))
	return nil
}

func summarize(rep report) jsonSummary {
	s := jsonSummary{Sources: len(rep.sources), Independent: rep.independent()}
	for _, f := range rep.findings {
		switch f.Verdict {
		case reconcile.Conflict:
			s.Conflicts++
		case reconcile.Agree:
			s.Agreements++
			if f.Independent < 2 {
				s.CopiesOnly++
			}
		default:
			s.Single++
		}
	}
	return s
}

// line is the summary as one line of prose:
// "2 conflicts, 6 agreements (2 between copies only), 36 single-source
// claims in 5 sources (4 independent)".
func (s jsonSummary) line() string {
	agree := plural(s.Agreements, "agreement", "agreements")
	if s.CopiesOnly > 0 {
		agree += fmt.Sprintf(" (%d between copies only)", s.CopiesOnly)
	}
	in := plural(s.Sources, "source", "sources")
	if s.Independent != s.Sources {
		in += fmt.Sprintf(" (%d independent)", s.Independent)
	}
	return fmt.Sprintf("%s, %s, %s in %s", plural(s.Conflicts, "conflict", "conflicts"), agree,
		plural(s.Single, "single-source claim", "single-source claims"), in)
}

// toJSONClaim is a claim as the JSON report and claimcheck extract show it.
func toJSONClaim(c claims.Claim, path string) jsonClaim {
	jc := jsonClaim{
		Kind: c.Kind, Source: c.Source, Path: path, Text: c.Text, Line: c.Line, Col: c.Col,
		Start: c.Start, End: c.End, Sentence: c.Sentence, Value: c.Value, Unit: c.Unit,
		MinOpen: c.MinOpen, MaxOpen: c.MaxOpen, Approx: c.Approx, Noun: c.Noun, Person: c.Person,
		Office: c.Office, Date: c.Date, Weekday: c.Weekday, AttributedTo: c.AttributedTo,
	}
	if c.Min != nil {
		jc.Min = *c.Min
	}
	if c.Max != nil {
		jc.Max = *c.Max
	}
	switch c.Kind {
	case claims.Title:
		jc.Value = c.Office
	case claims.Score:
		jc.Value = c.Score
	case claims.Clock: // "20:00", its bounds alike
		jc.Value = claims.ClockString(c.Value)
		if c.Min != nil {
			jc.Min = claims.ClockString(*c.Min)
		}
		if c.Max != nil {
			jc.Max = claims.ClockString(*c.Max)
		}
	case claims.Date:
		jc.Value, jc.Min, jc.Max = c.Date, nil, nil
		switch {
		case c.Date == "":
			jc.Value = "relative: " + c.Text
		case !strings.HasPrefix(c.Date, "--") && !claims.IsWeekdayDate(c.Date):
			first, last := c.Value, c.Value
			if c.Max != nil {
				first, last = *c.Min, *c.Max
			}
			jc.Min = claims.DayOf(first).Format(time.DateOnly)
			jc.Max = claims.DayOf(last).Format(time.DateOnly)
		}
	}
	return jc
}
