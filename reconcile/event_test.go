package reconcile

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

func TestEventOf(t *testing.T) {
	tests := []struct {
		sentence, text string
		heads, names   []string
	}{
		{"Marlow inspired the 1999 film Quiet Harbour.", "1999", []string{"film"}, []string{"Marlow", "Quiet", "Harbour"}},
		{"Marlow ended her stage career in 1957.", "1957", []string{"career"}, []string{"Marlow"}},
		{"In 1971, he was indicted in Ohio for bribing the Elmwood police chief.", "1971", []string{"indict"}, []string{"Ohio", "Elmwood"}},
		{"By 1962, at the height of her fame, Marlow vanished from view.", "1962", []string{"disappear"}, []string{"Marlow"}},
		{"Her breakdown in 1974 followed the divorce from Tom Reyes.", "1974", []string{"breakdown"}, []string{"Tom", "Reyes"}},
		{"Reyes's indictment in 1974 came as a surprise.", "1974", []string{"indict"}, []string{"Reyes's"}},
		{"Marlow died on March 3, 2001, in Boston.", "March 3, 2001", []string{"die"}, []string{"Marlow"}},
		{"Born on May 2, 1930, in Dayton, Marlow grew up poor.", "May 2, 1930", []string{"born"}, nil},
		{"Then, on June 8, it had sunk a fishing trawler.", "June 8", []string{"sink"}, nil},
		{"The Reyes family revealed in 2005 that he had been the source.", "2005", []string{"reveal"}, []string{"Reyes"}},
		{"Marlow's husband died in 1990.", "1990", []string{"die"}, nil},
		{"Years later Reyes broke his silence, admitting in 2006 that he wrote it.", "2006", []string{"reveal"}, []string{"Reyes"}},
		{"Nixon's resignation in 1974 ended the affair.", "1974", []string{"resignation"}, []string{"Nixon's"}},
		{"The fight took place Saturday night in Kiev.", "Saturday", nil, []string{"Kiev"}},
		{"The Orrin Dam, built in 1958, held.", "1958", []string{"build"}, []string{"Orrin", "Dam"}},
		{"The Orrin Dam, completed in 1959, held.", "1959", []string{"build"}, []string{"Orrin", "Dam"}},
		{"The 1987 building on Elm Street burned down.", "1987", []string{"build"}, []string{"Elm", "Street"}},
		{"Marlow completed her degree in 1990.", "1990", []string{"complet", "degre"}, []string{"Marlow"}},
		{"The 2012 purchase of Lark Mills cost $220 million.", "2012", []string{"buy"}, []string{"Lark", "Mills"}},
		{"Marlow first won the office in 2004.", "2004", []string{"elect", "offic"}, []string{"Marlow"}},
		{"Marlow won re-election in 2008.", "2008", []string{"won", "reelection"}, []string{"Marlow"}},
		{"Marlow was re-elected in 2008.", "2008", []string{"reelect"}, []string{"Marlow"}},
		// Light verbs name no event.
		{"Marlow became a Methodist in 1959.", "1959", nil, []string{"Marlow", "Methodist"}},
		{"Marlow was a Methodist in 1959.", "1959", nil, []string{"Marlow", "Methodist"}},
	}
	for _, tt := range tests {
		c := claimIn(t, tt.sentence, tt.text)
		ev := eventOf(c)
		if diff := cmp.Diff(tt.heads, ev.heads); diff != "" {
			t.Errorf("%q: heads (-want +got):\n%s", tt.sentence, diff)
		}
		if diff := cmp.Diff(tt.names, ev.names); diff != "" {
			t.Errorf("%q: names (-want +got):\n%s", tt.sentence, diff)
		}
	}
}

func TestPlainDate(t *testing.T) {
	tests := []struct {
		sentence, text string
		want           bool
	}{
		{"Marlow left the stage in 1957.", "1957", true},
		{"Marlow left the stage after 1957.", "1957", false},
		{"By 1958, Marlow had left the stage.", "1958", false},
		{"The frigate was relieved in November-end.", "November", false},
		{"The frigate has patrolled the gulf since October 23.", "October 23", false},
		{"The ship sank on November 19.", "November 19", true},
	}
	for _, tt := range tests {
		if got := plainDate(claimIn(t, tt.sentence, tt.text)); got != tt.want {
			t.Errorf("plainDate(%q in %q) = %v, want %v", tt.text, tt.sentence, got, tt.want)
		}
	}
}

func TestNearDates(t *testing.T) {
	tests := []struct {
		a, b string // ISO dates
		want bool
	}{
		{"1957", "1958", true},
		{"1957", "1959", false},
		{"2006", "2005-05-30", true},
		{"2004", "2006-01-01", false},
		{"2005-05", "2005-06-30", true},
		{"2005-05", "2005-07", false},
		{"2010-09-09", "2010-09-10", true},
		{"2010-09-09", "2010-09-11", false},
		{"--11-19", "--11-18", true},
		{"--11-19", "2008-11-18", true},
		{"--11-19", "--12-19", false},
		{"--11", "--12", false},
		{"-W-4", "-W-5", true},
		{"-W-7", "-W-1", true},
		{"-W-1", "-W-3", false},
		{"-W-4", "2008-12-18", false},
	}
	for _, tt := range tests {
		a, b := dateClaim(tt.a), dateClaim(tt.b)
		if got := nearDates(&a, &b); got != tt.want {
			t.Errorf("nearDates(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// dateClaim makes a date claim of an ISO date, as the date recognizer
// gives it: the days it covers as Value, Min and Max.
func dateClaim(iso string) claims.Claim {
	c := claims.Claim{Kind: claims.Date, Date: iso}
	if strings.HasPrefix(iso, "--") {
		return c
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: time.DateOnly}[len(iso)]
	from, _ := time.Parse(layout, iso)
	to := from.AddDate(0, 0, 0)
	switch len(iso) {
	case 4:
		to = from.AddDate(1, 0, -1)
	case 7:
		to = from.AddDate(0, 1, -1)
	}
	lo, hi := float64(from.Unix()/86400), float64(to.Unix()/86400)
	c.Value = lo
	if hi != lo {
		c.Min, c.Max = &lo, &hi
	}
	return c
}

func TestEventDates(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "one film, dated a year apart, conflicts",
			reports: map[string]string{
				"a": "Marlow inspired the 1999 film Quiet Harbour.",
				"b": "Marlow was also celebrated in the 2000 movie, Quiet Harbour, starring Ann Lee.",
			},
			want: []groupView{{Conflict, []string{"a: 1999", "b: 2000"}}},
		},
		{
			name: "two films of one person stay apart",
			reports: map[string]string{
				"a": "Marlow starred in the 1999 film Quiet Harbour.",
				"b": "Marlow starred in the 2000 film Dark Water.",
			},
			want: []groupView{{Single, []string{"a: 1999"}}, {Single, []string{"b: 2000"}}},
		},
		{
			name: "a film unnamed is not surely the film named",
			reports: map[string]string{
				"a": "Marlow inspired the 1999 film Quiet Harbour.",
				"b": "Marlow's 2000 film was her last.",
			},
			want: []groupView{{Single, []string{"a: 1999"}}, {Single, []string{"b: 2000"}}},
		},
		{
			name: "one indictment, in different words, conflicts",
			reports: map[string]string{
				"a": "In 1971, he was indicted in Ohio on a charge of bribing the Elmwood police force.",
				"b": "In 1972, he was indicted for bribing the whole police force of Elmwood.",
			},
			want: []groupView{{Conflict, []string{"a: 1971", "b: 1972"}}},
		},
		{
			name: "a year and a day in it agree",
			reports: map[string]string{
				"a": "Marlow joined the Navy in 1942.",
				"b": "In January 1942, Marlow joined the Navy after college.",
			},
			want: []groupView{{Agree, []string{"a: 1942", "b: January 1942"}}},
		},
		{
			name: "different events of one person stay apart",
			reports: map[string]string{
				"a": "Marlow was born in Dayton in 1930.",
				"b": "Marlow died in Boston in 2001.",
			},
			want: []groupView{{Single, []string{"a: 1930"}}, {Single, []string{"b: 2001"}}},
		},
		{
			name: "dates bounded rather than stated do not conflict",
			reports: map[string]string{
				"a": "Marlow vanished from the stage after 1957.",
				"b": "Marlow vanished from the stage in 1958.",
			},
			want: []groupView{{Single, []string{"a: 1957"}}, {Single, []string{"b: 1958"}}},
		},
		{
			name: "years far apart are two occurrences, not one misdated",
			reports: map[string]string{
				"a": "A strong quake struck Aceh in 2004.",
				"b": "A strong quake struck Aceh in 2013.",
			},
			want: []groupView{{Single, []string{"a: 2004"}}, {Single, []string{"b: 2013"}}},
		},
		{
			name: "one kind of event at one place, a year apart, is not surely one",
			reports: map[string]string{
				"a": "A magnitude 9.1 quake struck Sumatra in 2004, triggering a tsunami.",
				"b": "A magnitude 8.6 quake struck Sumatra in 2005, killing hundreds.",
			},
			want: []groupView{
				{Single, []string{"a: magnitude 9.1"}}, {Single, []string{"a: 2004"}},
				{Single, []string{"b: magnitude 8.6"}}, {Single, []string{"b: 2005"}},
			},
		},
		{
			name: "one actor's event against different opponents stays apart",
			reports: map[string]string{
				"a": "Klitschko defended his title against Charr in 2011.",
				"b": "Klitschko defended his title against Thompson in 2012.",
			},
			want: []groupView{{Single, []string{"a: 2011"}}, {Single, []string{"b: 2012"}}},
		},
		{
			name: "one person's event, a year apart, conflicts",
			reports: map[string]string{
				"a": "Marlow vanished from the stage in 1957.",
				"b": "In 1958, Marlow disappeared from public view.",
			},
			want: []groupView{{Conflict, []string{"a: 1957", "b: 1958"}}},
		},
		{
			name: "a report that dates the event twice makes it recur",
			reports: map[string]string{
				"a": "A quake struck Aceh in 2004. Another quake struck Aceh in 2005.",
				"b": "A quake struck Aceh in 2003.",
			},
			want: []groupView{{Single, []string{"a: 2004"}}, {Single, []string{"a: 2005"}}, {Single, []string{"b: 2003"}}},
		},
		{
			name: "dates of an event with no one named alike stay apart",
			reports: map[string]string{
				"a": "He was indicted in Ohio in 1971.",
				"b": "He was indicted in Texas in 1972.",
			},
			want: []groupView{{Single, []string{"a: 1971"}}, {Single, []string{"b: 1972"}}},
		},
		{
			name: "one sinking, told of the trawler sunk, conflicts",
			reports: map[string]string{
				"a": "On June 9, the frigate Kestrel sank a fishing trawler held by pirates.",
				"b": "Then, on June 8, it had sunk a trawler used by pirates as a mother ship.",
			},
			want: []groupView{{Conflict, []string{"a: June 9", "b: June 8"}}},
		},
		{
			name: "different actors of one kind of event stay apart",
			reports: map[string]string{
				"a": "Smith joined the firm in 2005.",
				"b": "Jones joined the firm in 2006.",
			},
			want: []groupView{{Single, []string{"a: 2005"}}, {Single, []string{"b: 2006"}}},
		},
		{
			name: "someone's relative is not the one named",
			reports: map[string]string{
				"a": "Marlow died in Boston in 2001.",
				"b": "Marlow's husband died in Boston in 2000.",
			},
			want: []groupView{{Single, []string{"a: 2001"}}, {Single, []string{"b: 2000"}}},
		},
		{
			name: "a re-election is not the election",
			reports: map[string]string{
				"a": "Marlow was elected mayor of Dayton in 2004.",
				"b": "Marlow was re-elected mayor of Dayton in 2005.",
			},
			want: []groupView{{Single, []string{"a: 2004"}}, {Single, []string{"b: 2005"}}},
		},
		{
			name: "a dam completed is a dam built",
			reports: map[string]string{
				"a": "The Orrin Dam, built in 1958, held through the night.",
				"b": "The Orrin Dam, completed in 1959, was never at risk.",
			},
			want: []groupView{{Conflict, []string{"a: 1958", "b: 1959"}}},
		},
		{
			name: "completing something is not building it",
			reports: map[string]string{
				"a": "Marlow completed her degree in 1990.",
				"b": "Marlow built a house in 1991.",
			},
			want: []groupView{{Single, []string{"a: 1990"}}, {Single, []string{"b: 1991"}}},
		},
		{
			name: "one purchase, at one price, in different words, conflicts",
			reports: map[string]string{
				"a": "Kestrel bought Lark Mills in 2011 for $220 million.",
				"b": "Its last deal, the 2012 purchase of Lark Mills for $220 million, was its largest.",
			},
			want: []groupView{{Conflict, []string{"a: 2011", "b: 2012"}}, {Single, []string{"a: $220 million"}}, {Single, []string{"b: $220 million"}}},
		},
		{
			name: "purchases of one thing by different buyers stay apart",
			reports: map[string]string{
				"a": "Kestrel bought Lark Mills in 2011 for $220 million.",
				"b": "Dorne acquired Lark Mills in 2012 for $220 million.",
			},
			want: []groupView{{Single, []string{"a: 2011"}}, {Single, []string{"a: $220 million"}}, {Single, []string{"b: 2012"}}, {Single, []string{"b: $220 million"}}},
		},
		{
			name: "a purchase without more in common is not surely the one",
			reports: map[string]string{
				"a": "Kestrel bought Lark Mills in 2011.",
				"b": "The 2012 purchase of Lark Mills was its largest.",
			},
			want: []groupView{{Single, []string{"a: 2011"}}, {Single, []string{"b: 2012"}}},
		},
		{
			name: "winning an office is being elected to it",
			reports: map[string]string{
				"a": "Marlow first won the office in 2004 and was re-elected in 2008.",
				"b": "Marlow, 61, was first elected in 2005.",
			},
			want: []groupView{{Conflict, []string{"a: 2004", "b: 2005"}}, {Single, []string{"a: 2008"}}, {Single, []string{"b: 61"}}},
		},
		{
			name: "one day of one head, no one named, agrees",
			reports: map[string]string{
				"a": "The final will be broadcast live on Sunday, June 8, 2031, on the national channel.",
				"b": "She will host the June 8 broadcast.",
			},
			want: []groupView{{Agree, []string{"a: Sunday, June 8, 2031", "b: June 8"}}},
		},
		{
			name: "different days of one head, no one named, stay apart",
			reports: map[string]string{
				"a": "The final will be broadcast live on Sunday, June 8, 2031, on the national channel.",
				"b": "She will host the June 9 broadcast.",
			},
			want: []groupView{{Single, []string{"a: Sunday, June 8, 2031"}}, {Single, []string{"b: June 9"}}},
		},
		{
			name: "a phrase in -ing told of \"she\" dates the report's principal person's act",
			reports: map[string]string{
				"a": "Marlow was born in 1930. Marlow married in 1951. Marlow retired in 1980. It was decades before she finally broke her silence, admitting in 2006 that she wrote the letters.",
				"b": "In 2005, Marlow revealed that she wrote the letters.",
			},
			want: []groupView{
				{Conflict, []string{"a: 2006", "b: 2005"}},
				{Single, []string{"a: 1930"}},
				{Single, []string{"a: 1951"}},
				{Single, []string{"a: 1980"}},
			},
		},
		{
			name: "\"she\" in a report about two people is no one",
			reports: map[string]string{
				"a": "Marlow was born in 1930. Reyes was born in 1931. Marlow married in 1951. Reyes married in 1952. It was decades before she finally broke her silence, admitting in 2006 that she wrote the letters.",
				"b": "In 2005, Marlow revealed that she wrote the letters.",
			},
			want: []groupView{
				{Single, []string{"a: 1930"}},
				{Single, []string{"a: 1931"}},
				{Single, []string{"a: 1951"}},
				{Single, []string{"a: 1952"}},
				{Single, []string{"a: 2006"}},
				{Single, []string{"b: 2005"}},
			},
		},
		{
			name: "winning re-election is not being elected",
			reports: map[string]string{
				"a": "Marlow won re-election in 2004.",
				"b": "Marlow was first elected in 2005.",
			},
			want: []groupView{{Single, []string{"a: 2004"}}, {Single, []string{"b: 2005"}}},
		},
		{
			name: "a report's repeat of a year for another event is kept",
			reports: map[string]string{
				"a": "Reyes led the gang until his death in 1971. In 1971, Marlow was indicted in Elmwood.",
				"b": "In 1972, Marlow was indicted in Elmwood.",
			},
			want: []groupView{{Conflict, []string{"a: 1971", "b: 1972"}}, {Single, []string{"a: 1971"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := view(Group(extract(tt.reports), Options{}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestEventDatesPublished(t *testing.T) {
	reports := map[string]string{
		"a": "Police in Dayton arrested the suspect on Monday.",
		"b": "Police in Dayton arrested the suspect on Tuesday.",
	}
	// Monday's paper cannot tell of Tuesday's arrest: its Monday is of an
	// arrest before it.
	got := groupReports(reports, map[string]string{"a": "2021-12-13", "b": "2021-12-14"})
	want := []groupView{{Single, []string{"a: on Monday"}}, {Single, []string{"b: on Tuesday"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A day told relative to the report is its story's; a year is of
	// another occurrence.
	got = groupReports(map[string]string{
		"a": "A quake struck Aceh on Tuesday, police said.",
		"b": "A quake struck Aceh in 2012, police said.",
	}, map[string]string{"a": "2013-01-02", "b": "2013-01-02"})
	want = []groupView{{Single, []string{"a: on Tuesday"}}, {Single, []string{"b: 2012"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A name set off at the head of the sentence did what its verb says.
	got = groupReports(map[string]string{
		"a": "Ann Reyes, who sang for forty years, died on Friday.",
		"b": "Reyes died on Thursday at her home in Dayton.",
	}, map[string]string{"a": "2013-01-05", "b": "2013-01-05"})
	want = []groupView{{Conflict, []string{"a: on Friday", "b: on Thursday"}}, {Single, []string{"a: forty years"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Published the same day, they tell of one arrest on two days.
	got = groupReports(reports, map[string]string{"a": "2021-12-15", "b": "2021-12-15"})
	want = []groupView{{Conflict, []string{"a: on Monday", "b: on Tuesday"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestWeekdayDates checks weekdays in reports of no known date: one event
// dated on two weekdays a day apart conflicts, weekdays alike agree, and a
// weekday of an unknown week is set against no dated day.
func TestWeekdayDates(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "one death on two weekdays conflicts",
			reports: map[string]string{
				"a": "Ann Reyes, who sang for forty years, died on Friday.",
				"b": "Reyes died Thursday at her home in Dayton.",
				"c": "Ann Reyes died on Thursday.",
			},
			want: []groupView{{Conflict, []string{"a: on Friday", "b: Thursday", "c: on Thursday"}}, {Single, []string{"a: forty years"}}},
		},
		{
			name: "weekdays far apart are not one day misdated",
			reports: map[string]string{
				"a": "Reyes died on Friday.",
				"b": "Reyes died on Monday.",
			},
			want: nil,
		},
		{
			name: "a weekday of an unknown week is no dated day",
			reports: map[string]string{
				"a": "Reyes died on Friday.",
				"b": "Reyes died on March 3, 2001.",
			},
			want: []groupView{{Single, []string{"b: March 3, 2001"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := view(Group(extract(tt.reports), Options{}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestDealAnnounced checks that the day a deal was announced links across
// reports by the thing bought, and only by it.
func TestDealAnnounced(t *testing.T) {
	published := map[string]string{"a": "2021-12-13", "b": "2021-12-14"}
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "one deal announced on two days conflicts",
			reports: map[string]string{
				"a": "Kestrel-Dorne on Monday said it has agreed to buy Lark Mills, a maker of flour.",
				"b": "Baker KD (kd.com) announced on Tuesday that it has signed an agreement to acquire Lark Mills.",
			},
			want: []groupView{{Conflict, []string{"a: on Monday", "b: on Tuesday"}}},
		},
		{
			name: "statements of a day, with no deal, stay apart",
			reports: map[string]string{
				"a": "Kestrel-Dorne on Monday said it has hired Lark Mills as an adviser.",
				"b": "Kestrel-Dorne announced on Tuesday that it would close Lark Mills.",
			},
			want: []groupView{{Single, []string{"a: on Monday"}}, {Single, []string{"b: on Tuesday"}}},
		},
		{
			name: "an intent to buy may be told on many days",
			reports: map[string]string{
				"a": "Kestrel-Dorne on Monday said it would buy Lark Mills.",
				"b": "Kestrel-Dorne said on Tuesday that it would buy Lark Mills.",
			},
			want: []groupView{{Single, []string{"a: on Monday"}}, {Single, []string{"b: on Tuesday"}}},
		},
		{
			name: "one deal announced as the acquisition itself",
			reports: map[string]string{
				"a": "Kestrel-Dorne on Monday said it has agreed to buy Lark Mills.",
				"b": "KD on Tuesday announced the acquisition of Lark Mills.",
			},
			want: []groupView{{Conflict, []string{"a: on Monday", "b: on Tuesday"}}},
		},
		{
			name: "a purchase completed is another event than the deal",
			reports: map[string]string{
				"a": "Kestrel-Dorne on Monday said it has agreed to buy Lark Mills.",
				"b": "Kestrel-Dorne announced on Tuesday that it had completed its purchase of Lark Mills.",
			},
			want: []groupView{{Single, []string{"a: on Monday"}}, {Single, []string{"b: on Tuesday"}}},
		},
		{
			name: "deals for different things stay apart",
			reports: map[string]string{
				"a": "Kestrel-Dorne on Monday said it has agreed to buy Lark Mills.",
				"b": "Kestrel-Dorne announced on Tuesday that it has agreed to acquire Orrin Foods.",
			},
			want: []groupView{{Single, []string{"a: on Monday"}}, {Single, []string{"b: on Tuesday"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := groupReports(tt.reports, published)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestInitialsOf(t *testing.T) {
	tests := []struct {
		short, long string
		want        bool
	}{
		{"KD", "Kestrel-Dorne", true},
		{"KD", "Kestrel", false},
		{"Kd", "Kestrel-Dorne", false},
		{"KDX", "Kestrel-Dorne", false},
		{"DK", "Kestrel-Dorne", false},
	}
	for _, tt := range tests {
		if got := initialsOf(tt.short, tt.long); got != tt.want {
			t.Errorf("initialsOf(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

// TestEventDatesScale checks that many dates under one head and name, as
// in a folder of many stories, are not compared pair by pair.
func TestEventDatesScale(t *testing.T) {
	var cs []claims.Claim
	for i := range 20000 {
		src := fmt.Sprintf("s%d", i)
		cs = append(cs, claims.Extract(sources.New(src, src+".txt", fmt.Sprintf("Marlow died in Dayton in %d.", 1900+i%100)))...)
	}
	start := time.Now()
	m := newMatcher(Options{})
	links := eventDateLinks(cs, m)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("eventDateLinks over %d dates took %v", len(cs), d)
	}
	if len(links) != 0 {
		t.Errorf("got %d links under one crowded key, want none", len(links))
	}
}
