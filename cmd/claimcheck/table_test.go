package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
)

func TestValueLines(t *testing.T) {
	count := func(src, text string) claims.Claim {
		return claims.Claim{Kind: claims.Count, Source: src, Text: text + " people", Noun: "people"}
	}
	tests := []struct {
		name  string
		cs    []claims.Claim
		width int
		want  string
	}{
		{
			name:  "few claims: a line a source",
			cs:    []claims.Claim{count("bbc", "5.9"), count("usatoday", "5.9"), count("nytimes", "6.1")},
			width: 40,
			want:  "bbc: 5.9\nusatoday: 5.9\nnytimes: 6.1",
		},
		{
			name:  "no value repeated: a line a source",
			cs:    []claims.Claim{count("a", "1"), count("b", "2"), count("c", "3"), count("d", "4")},
			width: 40,
			want:  "a: 1\nb: 2\nc: 3\nd: 4",
		},
		{
			name: "many claims: a line a value, in order of first appearance",
			cs: []claims.Claim{count("bbc", "5.9"), count("nytimes", "6.1"), count("usatoday", "5.9"),
				count("latimes", "5.9")},
			width: 40,
			want:  "5.9: bbc, usatoday, latimes\n6.1: nytimes",
		},
		{
			name: "a long list wraps, indented",
			cs: []claims.Claim{count("inquirer", "170,000"), count("ndtv", "170,000"), count("sott", "170,000"),
				count("presstv", "230,000"), count("ahram", "170,000")},
			width: 24,
			want:  "170,000: inquirer, ndtv,\n  sott, ahram\n230,000: presstv",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, valueLines(tt.cs, tt.width)); diff != "" {
				t.Errorf("valueLines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWrapIndented(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"one two three", 20, "one two three"},
		{"one two three", 7, "one two\n  three"},
		{"averyveryverylongword next", 5, "averyveryverylongword\n  next"},
		{"", 10, ""},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, wrapIndented(tt.s, tt.width, "  ")); diff != "" {
			t.Errorf("wrapIndented(%q, %d) (-want +got):\n%s", tt.s, tt.width, diff)
		}
	}
}
