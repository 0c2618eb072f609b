package sources

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// metaOf returns the metadata of s.
func metaOf(s *Source) Meta {
	return Meta{Outlet: s.Outlet, Published: s.Published, Headline: s.Headline,
		Byline: s.Byline, URL: s.URL, Dateline: s.Dateline}
}

// TestGuessMeta checks the rules that read metadata from a report's text,
// on reports we wrote.
func TestGuessMeta(t *testing.T) {
	body := "The council approved 40 new homes on Monday.\nThe plan had been delayed since 2019.\n"
	tests := []struct {
		name, text string
		want       Meta
	}{
		{
			name: "dated first line that runs into the story",
			text: " date 2023-04-05 The council approved 40 new homes on Monday.\nThe plan had been delayed since 2019.\nIt will cost 12 million crowns.\n",
			want: Meta{Published: "2023-04-05"},
		},
		{
			name: "a line stating only a date, under the headline",
			text: "Council approves 40 homes\nApr 5, 2023\n" + body,
			want: Meta{Published: "2023-04-05", Headline: "Council approves 40 homes"},
		},
		{
			name: "a day-month-year date with a time",
			text: "Council approves 40 homes\n5 April 2023, 14:20 CET\n" + body,
			want: Meta{Published: "2023-04-05", Headline: "Council approves 40 homes"},
		},
		{
			name: "a labelled date under the headline, in capitals, with a time",
			text: "Council approves 40 homes\nBy Kari Li\nPUBLISHED: WEDNESDAY, APRIL 5, 2023, 10:34 PM\nUPDATED: THURSDAY, APRIL 6, 2023, 9:36 AM\n" + body,
			want: Meta{Published: "2023-04-05", Headline: "Council approves 40 homes", Byline: "Kari Li"},
		},
		{
			name: "a date line with an update time after a bar",
			text: "Council approves 40 homes\nWednesday, Apr 5, 2023 | Updated 8:52 PM EDT\n" + body,
			want: Meta{Published: "2023-04-05", Headline: "Council approves 40 homes"},
		},
		{
			name: "a posted date with an ordinal day and a time split by markup",
			text: "Council approves 40 homes\nPosted Apr 5th 2023 12: 41PM\n" + body,
			want: Meta{Published: "2023-04-05", Headline: "Council approves 40 homes"},
		},
		{
			name: "a date line opened by on",
			text: "Council approves 40 homes\non April 5, 2023\n" + body,
			want: Meta{Published: "2023-04-05", Headline: "Council approves 40 homes"},
		},
		{
			name: "a sentence opened by on is no date line",
			text: "Council approves 40 homes\non April 5, 2023 the council met.\n" + body,
			want: Meta{Headline: "Council approves 40 homes"},
		},
		{
			name: "wire dateline; year from the trailing URL",
			text: "OSLO, April 5 (Nordwire) – The council approved 40 new homes on Monday.\nThe plan had been delayed since 2019.\nReporting by Kari Li; Editing by Ole Dahl\nhttps://www.nordwire.example/europe/council-homes-2023-04-05/\n",
			want: Meta{Outlet: "Nordwire", Published: "2023-04-05", Dateline: "OSLO", Byline: "Kari Li",
				URL: "https://www.nordwire.example/europe/council-homes-2023-04-05/"},
		},
		{
			name: "a paper reporting its own interview names itself",
			text: "The minister said more cuts were coming.\nThe minister told the Northern Gazette in an interview that 300 posts would go.\nUnions objected.\n",
			want: Meta{Outlet: "Northern Gazette"},
		},
		{
			name: "an interview given to a broadcaster is not the outlet",
			text: "The minister said more cuts were coming.\nThe minister told CNN in an interview that 300 posts would go.\nUnions objected.\n",
			want: Meta{},
		},
		{
			name: "dateline with its own year and an abbreviated month",
			text: "BERGEN, Sept. 30, 2022 (Coast Wire) - Fish exports rose 12%.\nPrices fell.\nCatches grew.\n",
			want: Meta{Outlet: "Coast Wire", Published: "2022-09-30", Dateline: "BERGEN"},
		},
		{
			name: "dateline without a year anywhere",
			text: "BERGEN, Sept. 30 (Coast Wire) - Fish exports rose 12%.\nPrices fell.\nCatches grew.\n",
			want: Meta{Outlet: "Coast Wire", Dateline: "BERGEN"},
		},
		{
			name: "dateline with a bracketed country and a colon",
			text: "Council approves 40 homes\nApr 5, 2023\nTromsø [Norway], April 5 : The council approved 40 new homes.\nThe plan had been delayed.\n",
			want: Meta{Published: "2023-04-05", Dateline: "Tromsø", Headline: "Council approves 40 homes"},
		},
		{
			name: "sign-off naming the outlet by its domain",
			text: body + "– NorthStar.com",
			want: Meta{Outlet: "North Star"},
		},
		{
			name: "sign-off in capitals",
			text: body + "\n— NST.com\n",
			want: Meta{Outlet: "NST"},
		},
		{
			name: "the site vouching for itself",
			text: "Advertisement\nCouncil approves 40 homes\nWhy you can trust Valley Post\n" + body,
			want: Meta{Outlet: "Valley Post", Headline: "Council approves 40 homes"},
		},
		{
			name: "outlet from a trailing URL, spelt as the text spells it",
			text: body + "Read more at Valleypost.\nhttps://valleypost.example/homes\n",
			want: Meta{Outlet: "Valleypost", URL: "https://valleypost.example/homes"},
		},
		{
			name: "a trailing URL whose host the text never names",
			text: body + "https://www.valleypost.example/2023/04/05/homes/\n",
			want: Meta{Published: "2023-04-05", URL: "https://www.valleypost.example/2023/04/05/homes/"},
		},
		{
			name: "byline under the headline",
			text: "Council approves 40 homes\nBy Kari Li and Ole Dahl | 2 min read\n" + body,
			want: Meta{Headline: "Council approves 40 homes", Byline: "Kari Li and Ole Dahl"},
		},
		{
			name: "a paragraph first: no headline",
			text: body + "It will cost 12 million crowns.\n",
			want: Meta{},
		},
		{
			name: "naming an outlet in the story is no evidence",
			text: "Council approves 40 homes\nThe mayor told the Valley Post that 40 homes were approved.\nThe plan had been delayed since 2019.\n",
			want: Meta{Headline: "Council approves 40 homes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New("t", "t.txt", tt.text)
			if d := cmp.Diff(tt.want, metaOf(s)); d != "" {
				t.Errorf("metadata (-want +got):\n%s", d)
			}
		})
	}
}

// TestStatedMeta checks that a sidecar NAME.meta.json and Markdown front
// matter give the metadata, win over what the text suggests, and that front
// matter stays out of Text while lines keep their place in the file.
func TestStatedMeta(t *testing.T) {
	tests := []struct {
		file      string
		want      Meta
		firstLine string // first line of Text
		line      int    // its line in the file
	}{
		{
			file: "tunnel.txt",
			want: Meta{Outlet: "Fjord Times", Published: "2024-05-18", Byline: "Eva Strand",
				Headline: "Tunnel under the fjord opens two years late",
				URL:      "https://fjordtimes.example/2024/05/18/tunnel/", Dateline: "VIKA"},
			firstLine: "Tunnel under the fjord opens two years late",
			line:      1,
		},
		{
			file: "orchard.md",
			want: Meta{Outlet: "Valley Ledger", Published: "2023-07-02", Byline: "Nils Berg, Tove Aas",
				Headline: "Frost halves the cherry harvest", URL: "https://valleyledger.example/orchard-frost"},
			firstLine: "Cherry growers in the valley picked 1,900 tonnes this season, about half of last year's 3,800 tonnes, after a late frost in April.",
			line:      10,
		},
		{
			file:      "crlf.md",
			want:      Meta{Outlet: "Bay Herald", Published: "2022-03-14"},
			firstLine: "Dec 1, 2020",
			line:      5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			s, err := Read(filepath.Join("../testdata/meta", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, metaOf(s)); d != "" {
				t.Errorf("metadata (-want +got):\n%s", d)
			}
			first, _, _ := strings.Cut(s.Text, "\n")
			if first != tt.firstLine {
				t.Errorf("first line of Text = %q, want %q", first, tt.firstLine)
			}
			if got := s.Line(0); got != tt.line {
				t.Errorf("Line(0) = %d, want %d", got, tt.line)
			}
			if got := s.Raw[s.Orig(0):]; !strings.HasPrefix(got, tt.firstLine) {
				t.Errorf("Raw at Orig(0) = %.30q, want %q", got, tt.firstLine)
			}
		})
	}
}

// TestSeedMeta checks the metadata read from the seed reports: only what a
// general rule justifies.
func TestSeedMeta(t *testing.T) {
	dir := seedDir(t)
	tests := map[string]struct{ outlet, published string }{
		"000_76726d99c0a83ab5.txt": {"SCMP", "2021-12-12"},    // "date …" first line, "– SCMP.com"
		"001_a08349dd5c507447.txt": {"SCMP", ""},              // "Why you can trust SCMP"
		"002_4b68e9e476636103.txt": {"", "2021-12-13"},        // "Dec 13, 2021"
		"003_0ed26b680017b795.txt": {"Financial Times", ""},   // "told the Financial Times in an interview"
		"004_af4dc32facc74207.txt": {"Reuters", "2021-12-10"}, // dateline, year from the URL
	}
	for name, want := range tests {
		s, err := Read(filepath.Join(dir, "reports", name))
		if err != nil {
			t.Fatal(err)
		}
		if s.Outlet != want.outlet || s.Published != want.published {
			t.Errorf("%s: outlet %q, published %q; want %q, %q", name, s.Outlet, s.Published, want.outlet, want.published)
		}
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2021-12-12":                "2021-12-12",
		"2024-03-05T07:30:00+01:00": "2024-03-05",
		"2023-11-04T14:05:00Z":      "2023-11-04",
		"Dec 13, 2021":              "2021-12-13",
		"Dec. 13, 2021":             "2021-12-13",
		"December 13 2021":          "2021-12-13",
		"Monday, December 13, 2021": "2021-12-13",
		"13 Dec 2021":               "2021-12-13",
		"Sept 3, 2024":              "2024-09-03",
		"November 12th, 2007":       "2007-11-12",
		"Nov 14th 2007":             "2007-11-14",
		"February 30, 2021":         "",
		"Decemberish 13, 2021":      "",
		"13/12/2021":                "",
		"":                          "",
	} {
		if got := parseDate(in); got != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, got, want)
		}
	}
}
