package main

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/claimcheck/claimcheck/claims"
)

// csvHeader names the columns of --format csv: one row a claim.
var csvHeader = []string{"group", "topic", "kind", "verdict", "source", "path", "line", "col",
	"text", "value", "unit", "min", "max", "person", "sentence"}

// writeCSV prints one row a claim, for spreadsheets.
func writeCSV(w io.Writer, rep report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for i, f := range rep.shown {
		for _, c := range f.Claims {
			value, lo, hi := formatFloat(c.Value), formatBound(c.Min), formatBound(c.Max)
			switch c.Kind {
			case claims.Title:
				value = c.Office
			case claims.Score:
				value = c.Score
			case claims.Clock: // "19:00"
				value, lo, hi = claims.ClockString(c.Value), clockBound(c.Min), clockBound(c.Max)
			}
			row := []string{strconv.Itoa(i + 1), f.Topic, string(f.Kind), string(f.Verdict), c.Source,
				rep.path(c.Source), strconv.Itoa(c.Line), strconv.Itoa(c.Col), c.Text, value, c.Unit,
				lo, hi, c.Person, oneLine(c.Sentence)}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func formatBound(p *float64) string {
	if p == nil {
		return ""
	}
	return formatFloat(*p)
}

func clockBound(p *float64) string {
	if p == nil {
		return ""
	}
	return claims.ClockString(*p)
}
