package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

// claimIn returns the claim of a one-sentence report whose words are text.
func claimIn(t *testing.T, sentence, text string) *claims.Claim {
	t.Helper()
	for _, c := range claims.Extract(sources.New("t", "t.txt", sentence)) {
		if c.Text == text {
			return &c
		}
	}
	t.Fatalf("no claim %q in %q", text, sentence)
	return nil
}

func TestOwner(t *testing.T) {
	tests := []struct {
		sentence, claim, want string
	}{
		{"Lena Ortiz scored 31 points for the home side.", "31 points", "lena"},
		{"The keeper broke Tom Hale's club record of 412 saves.", "412 saves", "hale"},
		// The subject set off by an appositive still owns the figure.
		{"Ortiz, a senior, now has 1,204 points for the club.", "1,204 points", "ortiz"},
		{"In the end, 40 fans stayed behind.", "40 fans", ""},
		{"The club said 40 fans stayed behind.", "40 fans", ""},
		// A place tells two counts apart.
		{"A bomb in Basra killed 25 people.", "25 people", "basra"},
	}
	for _, tt := range tests {
		if got := owner(claimIn(t, tt.sentence, tt.claim)); got != tt.want {
			t.Errorf("owner(%q in %q) = %q, want %q", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

func TestPersonOwner(t *testing.T) {
	tests := []struct {
		sentence, claim, want string
	}{
		// A name in a phrase of place is where, not whose.
		{"She died at a Rome clinic 12 days after the fall.", "12 days", ""},
		{"Ortiz had been in Lisbon for three weeks.", "three weeks", "ortiz"},
		{"Lena Ortiz scored 31 points for the home side.", "31 points", "lena"},
	}
	for _, tt := range tests {
		if got := personOwner(claimIn(t, tt.sentence, tt.claim)); got != tt.want {
			t.Errorf("personOwner(%q in %q) = %q, want %q", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

func TestPronounOwned(t *testing.T) {
	tests := []struct {
		sentence, claim string
		want            bool
	}{
		{"It gave him 1,210 career points before the break.", "1,210 career points", true},
		{"When the guard found the staff, she freed one person.", "one person", true},
		{"Ortiz scored 31 points for the home side.", "31 points", false},
		// A possessive leaves the subject named; a first person speaks for the source.
		{"The club postponed its sale of 5,000 shares on Monday.", "5,000 shares", false},
		{"We have counted 12 people dead, the agency said.", "12 people", false},
	}
	for _, tt := range tests {
		if got := pronounOwned(claimIn(t, tt.sentence, tt.claim)); got != tt.want {
			t.Errorf("pronounOwned(%q in %q) = %v, want %v", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

func TestPartial(t *testing.T) {
	tests := []struct {
		sentence, claim string
		want            bool
	}{
		{"Ortiz scored nine of the side's first 14 points.", "14 points", true},
		{"Ortiz had 12 points in the first eight minutes.", "12 points", true},
		{"Ortiz had four points during a decisive 10-0 run.", "four points", true},
		{"During the decisive run, Ortiz blocked three shots.", "three shots", true},
		{"Those 12 points put Ortiz level with the record.", "12 points", true},
		{"Ortiz scored 31 points in the win over Leeds.", "31 points", false},
		{"In the end, Ortiz scored 31 points.", "31 points", false},
		{"Ortiz had 14 first-half points.", "14 first-half points", true},
		{"He was convicted on 14 of the 17 counts he faced.", "17 counts", true},
		{"Of the 45 people interviewed, 41 had eaten there.", "45 people", true},
		{"The ferry carried 45 people.", "45 people", false},
		{"Rescuers spoke to six of the remaining eight men.", "eight men", true},
		{"Divers found 4 of the original 12 crew.", "12 crew", true},
		{"One of its two doors was locked.", "two doors", true},
		{"Two of their three children were hurt.", "three children", true},
		// A figure set off by commas after a share of a whole restates the part.
		{"One in four of the 310,000 patients on the drug, about 78,000 people, got the bad tablets.", "about 78,000 people", true},
		{"The 310,000 patients on the drug, about 78,000 people more than last year, got letters.", "310,000 patients", false},
		// A name between "of the" and the figure says whose, not which part.
		{"She is one of the Belgian 40 envoys.", "40 envoys", false},
	}
	for _, tt := range tests {
		if got := partial(claimIn(t, tt.sentence, tt.claim)); got != tt.want {
			t.Errorf("partial(%q in %q) = %v, want %v", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

func TestChange(t *testing.T) {
	tests := []struct {
		sentence, claim string
		want            bool
	}{
		{"Its third-quarter revenue dropped 6 percent to $2.84 billion.", "6 percent", true},
		{"Shares fell 11.4% on Wednesday.", "11.4%", true},
		{"It will cut 1,800 jobs, about 7% of its workforce.", "about 7%", false},
	}
	for _, tt := range tests {
		if got := change(claimIn(t, tt.sentence, tt.claim)); got != tt.want {
			t.Errorf("change(%q in %q) = %v, want %v", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

func TestRate(t *testing.T) {
	tests := []struct {
		sentence, claim string
		want            bool
	}{
		{"Ortiz was named best player after averaging 23.3 points in three games.", "23.3 points", true},
		{"Ortiz scores 20 points per game.", "20 points", true},
		{"The offer is worth $5 a share.", "$5", true},
		{"Ortiz scored 27 points in the final.", "27 points", false},
		{"The deal is worth $5 billion.", "$5 billion", false},
	}
	for _, tt := range tests {
		if got := rate(claimIn(t, tt.sentence, tt.claim)); got != tt.want {
			t.Errorf("rate(%q in %q) = %v, want %v", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

func TestPlanned(t *testing.T) {
	tests := []struct {
		sentence, claim string
		want            bool
	}{
		{"The pier was on a list of nine piers due for repair by 2031.", "nine piers", true},
		{"The council said 40 schools are set to close.", "40 schools", false}, // "are" stands between
		{"It named 40 schools set to close next year.", "40 schools", true},
		{"The harbour has four piers in all.", "four piers", false},
		// What happened to them, not a plan.
		{"The storm damaged 12 piers on the coast.", "12 piers", false},
	}
	for _, tt := range tests {
		if got := planned(claimIn(t, tt.sentence, tt.claim)); got != tt.want {
			t.Errorf("planned(%q in %q) = %v, want %v", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

func TestScope(t *testing.T) {
	tests := []struct {
		sentence, claim string
		want            []string
	}{
		{"The flood killed 9,000 people in the province and more elsewhere.", "9,000 people", []string{"province"}},
		{"The flood killed 12,000 people across the whole region.", "12,000 people", []string{"whole", "region"}},
		{"The flood killed 9,000 people in Northland alone.", "9,000 people", []string{"northland"}},
		{"The flood killed 9,000 people in the north-east.", "9,000 people", []string{"north-east"}},
		{"The flood killed 12,000 people in six countries.", "12,000 people", []string{"country"}},
		{"The flood killed 12,000 people, officials said.", "12,000 people", nil},
		// A part says where its people stay: "remain in hospital".
		{"The crash injured 40 people, 12 of them still in hospital.", "12 of them", []string{"hospital"}},
		{"The crash left 40 people still in shock.", "40 people", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, scope(claimIn(t, tt.sentence, tt.claim))); diff != "" {
			t.Errorf("scope(%q in %q) mismatch (-want +got):\n%s", tt.claim, tt.sentence, diff)
		}
	}
}

func TestMarksAndDemonyms(t *testing.T) {
	tests := []struct {
		sentence, claim    string
		marks, nationality []string
	}{
		{"Marines detained 14 Dutch sailors on the boat.", "14 Dutch sailors", []string{"dutch"}, nil},
		{"The laptop has two Thunderbolt ports on the left.", "two Thunderbolt ports", []string{"thunderbolt"}, nil},
		{"The British coastguard rescued 30 sailors on Friday.", "30 sailors", nil, []string{"british"}},
		{"Marines detained 30 sailors on the boat.", "30 sailors", nil, nil},
	}
	for _, tt := range tests {
		c := claimIn(t, tt.sentence, tt.claim)
		if diff := cmp.Diff(tt.marks, marks(c.Noun)); diff != "" {
			t.Errorf("marks(%q) mismatch (-want +got):\n%s", c.Noun, diff)
		}
		if diff := cmp.Diff(tt.nationality, demonyms(c)); diff != "" {
			t.Errorf("demonyms(%q in %q) mismatch (-want +got):\n%s", tt.claim, tt.sentence, diff)
		}
	}
}

// TestNoConflictUnlessSure checks that counts of one noun that the words
// around them tell apart, or leave open, never make a conflict.
func TestNoConflictUnlessSure(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "a figure owned by a pronoun",
			reports: map[string]string{
				"a": "Ortiz now has 1,204 career points for the club after the win over Leeds.",
				"b": "It gave him 1,190 career points for the club after the win over Leeds.",
			},
			want: []groupView{
				{Single, []string{"a: 1,204 career points"}},
				{Single, []string{"b: 1,190 career points"}},
			},
		},
		{
			name: "a stretch of the game against the whole game",
			reports: map[string]string{
				"a": "Lena Ortiz scored 31 points as the home side beat Leeds in the cup final.",
				"b": "Lena Ortiz had 12 points in the first eight minutes as the home side beat Leeds in the cup final.",
			},
			want: []groupView{
				{Single, []string{"a: 31 points"}},
				{Single, []string{"b: 12 points"}},
				{Single, []string{"b: eight minutes"}},
			},
		},
		{
			name: "a part of a region against the whole",
			reports: map[string]string{
				"a": "The great flood killed 9,000 people in the province and thousands more in the lowlands.",
				"b": "The great flood killed 12,000 people across the whole region and the lowlands.",
			},
			want: []groupView{
				{Single, []string{"a: 9,000 people"}},
				{Single, []string{"b: 12,000 people"}},
			},
		},
		{
			name: "some of the sailors against all of them",
			reports: map[string]string{
				"a": "Marines boarded the trawler and detained 14 Dutch sailors near the harbour.",
				"b": "Marines boarded the trawler and detained 30 sailors near the harbour.",
			},
			want: []groupView{
				{Single, []string{"a: 14 Dutch sailors"}},
				{Single, []string{"b: 30 sailors"}},
			},
		},
		{
			name: "another navy's catch",
			reports: map[string]string{
				"a": "The British navy captured six smugglers in the strait last month.",
				"b": "The Spanish navy captured 19 smugglers in the strait on Saturday.",
			},
			want: []groupView{
				{Single, []string{"a: six smugglers"}},
				{Single, []string{"b: 19 smugglers"}},
			},
		},
		{
			name: "a part of a count held to a place, against a count of that place",
			reports: map[string]string{
				"a": "The storm killed more than 9,000 people, over 6,000 of them in the delta region.",
				"b": "The storm killed 5,200 people in the delta region and on the coast.",
			},
			want: []groupView{
				{Conflict, []string{"a: over 6,000 of them", "b: 5,200 people"}},
				{Single, []string{"a: more than 9,000 people"}},
			},
		},
		{
			name: "a part of a count against a count that says nothing of where",
			reports: map[string]string{
				"a": "The storm killed more than 9,000 people, over 6,000 of them in the delta region.",
				"b": "The storm killed 5,200 people as it crossed the delta region.",
			},
			// The wholes may conflict; the part is set against neither.
			want: []groupView{
				{Conflict, []string{"a: more than 9,000 people", "b: 5,200 people"}},
				{Single, []string{"a: over 6,000 of them"}},
			},
		},
		{
			name: "the piers on a repair list against all the piers",
			reports: map[string]string{
				"a": "The Vell pier in Oster is one of four timber piers in Oster, the harbour office said.",
				"b": "The Vell pier in Oster was on a list of nine timber piers due for repair, the harbour office said.",
			},
			want: []groupView{
				{Single, []string{"a: four timber piers"}},
				{Single, []string{"b: nine timber piers"}},
			},
		},
		{
			name: "the same count, told alike, still conflicts",
			reports: map[string]string{
				"a": "Marines boarded the trawler and detained 30 sailors near the harbour.",
				"b": "Marines boarded the trawler and detained 32 sailors near the harbour.",
			},
			want: []groupView{{Conflict, []string{"a: 30 sailors", "b: 32 sailors"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := view(Group(extract(tt.reports), Options{}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLaterEvent(t *testing.T) {
	reports := map[string]string{
		"wed": "More than 300 people marched from the vigil to the town hall on Wednesday night.",
		"mon": "Nearly 150 people marched from the vigil to the town hall, police said.",
	}
	tests := []struct {
		name      string
		published map[string]string
		want      []groupView
	}{
		{
			name:      "a report published before the march cannot count it",
			published: map[string]string{"wed": "2024-05-15", "mon": "2024-05-13"},
			want: []groupView{
				{Single, []string{"mon: Nearly 150 people"}},
				{Single, []string{"wed: More than 300 people"}},
				{Single, []string{"wed: on Wednesday"}},
			},
		},
		{
			name:      "published the same day, it may",
			published: map[string]string{"wed": "2024-05-15", "mon": "2024-05-15"},
			want: []groupView{
				{Conflict, []string{"mon: Nearly 150 people", "wed: More than 300 people"}},
				{Single, []string{"wed: on Wednesday"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []claims.Claim
			for id, text := range reports {
				src := sources.New(id, id+".txt", text)
				src.Published = tt.published[id]
				cs = append(cs, claims.Extract(src)...)
			}
			got := view(Group(cs, Options{Published: tt.published}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Group() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPlausibleBounds(t *testing.T) {
	tests := []struct {
		a, b string // sentences, each with one count
		want bool
	}{
		{"At least 40 people were inside.", "About 60 people were inside.", true},
		{"At least 40 people were inside.", "About 130 people were inside.", false},
		{"More than 100 people were inside.", "About 130 people were inside.", true},
		{"Up to 20,000 people marched.", "About 100,000 people marched.", false},
		// Vague amounts and exact figures are not tested.
		{"Dozens of people were inside.", "About 130 people were inside.", true},
		{"About 40 people were inside.", "About 130 people were inside.", true},
	}
	first := func(s string) *claims.Claim {
		for _, c := range claims.Extract(sources.New("t", "t.txt", s)) {
			if c.Kind == claims.Count {
				return &c
			}
		}
		t.Fatalf("no count in %q", s)
		return nil
	}
	for _, tt := range tests {
		if got := plausibleBounds(first(tt.a), first(tt.b)); got != tt.want {
			t.Errorf("plausibleBounds(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOfHead(t *testing.T) {
	tests := []struct {
		sentence, claim string
		want            string
	}{
		{"Hackers took the medical claim records of 86,000 people.", "86,000 people", "record"},
		{"The bank details of 312,000 customers were stolen.", "312,000 customers", "detail"},
		// Nouns that size or gather what follows name nothing of it.
		{"A total of 86,000 people were affected.", "86,000 people", ""},
		{"A total of 22,000 watched the final.", "22,000", ""},
		{"The toll rose to 12 after the collapse.", "12", ""},
		{"Hackers took records on 86,000 people.", "86,000 people", ""},
	}
	for _, tt := range tests {
		if got := ofHead(claimIn(t, tt.sentence, tt.claim)); got != tt.want {
			t.Errorf("ofHead(%q in %q) = %q, want %q", tt.claim, tt.sentence, got, tt.want)
		}
	}
}
