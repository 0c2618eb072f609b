package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/sources"
)

// extract finds the claims of several one-line reports, keyed by source id.
func extract(reports map[string]string) []claims.Claim {
	var out []claims.Claim
	for id, text := range reports {
		out = append(out, claims.Extract(sources.New(id, id+".txt", text))...)
	}
	return out
}

// groupView is what a test checks of a finding: its verdict and the
// source:text of each claim.
type groupView struct {
	Verdict Verdict
	Claims  []string
}

func view(fs []Finding) []groupView {
	var out []groupView
	for _, f := range fs {
		g := groupView{Verdict: f.Verdict}
		for _, c := range f.Claims {
			g.Claims = append(g.Claims, c.Source+": "+c.Text)
		}
		out = append(out, g)
	}
	return out
}

// groupReports extracts the claims of each report, with its published
// date, and groups them.
func groupReports(reports, published map[string]string) []groupView {
	var cs []claims.Claim
	for id, text := range reports {
		s := sources.New(id, id+".txt", text)
		s.Published = published[id]
		cs = append(cs, claims.Extract(s)...)
	}
	return view(Group(cs, Options{Published: published}))
}

func TestGroup(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "same offering, different sizes conflict",
			reports: map[string]string{
				"a": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange.",
				"b": "The company postponed its USD 767 million Hong Kong initial public offering on Monday.",
			},
			want: []groupView{{Conflict, []string{"a: US$768 million", "b: USD 767 million"}}},
		},
		{
			name: "a different amount in the same story is not the offering",
			reports: map[string]string{
				"a": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange.",
				"b": "Of the planned $ 450 million cornerstone investment, state-backed funds will provide part.",
			},
			want: []groupView{
				{Single, []string{"a: US$768 million"}},
				{Single, []string{"b: $ 450 million"}},
			},
		},
		{
			name: "bounded counts of one group agree across spellings",
			reports: map[string]string{
				"a": "More than one million Uygurs and other Muslim minority groups have been detained in Xinjiang camps.",
				"b": "Experts say over a million people, mainly Uighurs and other Muslim minorities, were held in Xinjiang camps.",
			},
			want: []groupView{{Agree, []string{"a: More than one million Uygurs", "b: over a million people"}}},
		},
		{
			name: "counts of different things stay apart",
			reports: map[string]string{
				"a": "The Treasury sanctioned two senior government officials in Xinjiang on Friday.",
				"b": "Last week the US sanctioned four Chinese companies for helping profile Uyghurs.",
			},
			want: []groupView{
				{Single, []string{"a: two senior government officials"}},
				{Single, []string{"b: four Chinese companies"}},
			},
		},
		{
			name: "one noun, different subjects: no conflict on thin evidence",
			reports: map[string]string{
				"a": "SenseTime is one of dozens of Chinese companies subject to the investment ban.",
				"b": "Last week the US sanctioned four Chinese companies for helping profile Uyghurs.",
			},
			want: []groupView{
				{Single, []string{"a: dozens of Chinese companies"}},
				{Single, []string{"b: four Chinese companies"}},
			},
		},
		{
			name: "titles of one person conflict on rank",
			reports: map[string]string{
				"a": "“We act today,” said Deputy Secretary of the Treasury Wally Adeyemo.",
				"b": "“We act today,” said Assistant Secretary of the Treasury Wally Adeyemo in a statement.",
				"c": "Deputy Secretary of State Wendy Sherman told the paper more was coming.",
			},
			want: []groupView{
				{Conflict, []string{"a: Deputy Secretary of the Treasury", "b: Assistant Secretary of the Treasury"}},
				{Single, []string{"c: Deputy Secretary of State"}},
			},
		},
		{
			name: "a report that states both of a person's titles agrees with one that states one",
			reports: map[string]string{
				"a": "Assistant Director Mark Felt was promoted. “No,” said Deputy Director Mark Felt to the reporters.",
				"b": "Deputy Director Mark Felt met the reporters in a garage.",
			},
			want: []groupView{
				{Agree, []string{"a: Deputy Director", "b: Deputy Director"}},
				{Single, []string{"a: Assistant Director"}},
			},
		},
		{
			name: "reports that state one title each conflict",
			reports: map[string]string{
				"a": "Assistant Director Mark Felt was promoted.",
				"b": "Deputy Director Mark Felt met the reporters in a garage.",
			},
			want: []groupView{
				{Conflict, []string{"a: Assistant Director", "b: Deputy Director"}},
			},
		},
		{
			name: "a figure stated alike outranks another figure of the same words",
			reports: map[string]string{
				"a": "The offer is a 27% premium to Brightwater's closing price on Friday.",
				"b": "The offer is a premium of 27 percent to Brightwater's Friday close and 34 percent to its 30-day average price.",
			},
			want: []groupView{
				{Agree, []string{"a: 27%", "b: 27 percent"}},
				{Single, []string{"b: 34 percent"}},
				{Single, []string{"b: 30-day average price"}},
			},
		},
		{
			name: "a less specific title is compatible",
			reports: map[string]string{
				"a": "“No comment,” said Foreign Ministry Spokesman Wang Wenbin.",
				"b": "“No comment,” said Chinese Foreign Ministry Spokesman Wang Wenbin on Monday.",
			},
			want: []groupView{{Agree, []string{"a: Foreign Ministry Spokesman", "b: Chinese Foreign Ministry Spokesman"}}},
		},
		{
			name: "counts of other things are another set",
			reports: map[string]string{
				"a": "Indian commandos seized three other assault rifles from the pirate boat in the Gulf of Aden.",
				"b": "Indian commandos seized nine assault rifles from the pirate boat in the Gulf of Aden.",
			},
			want: []groupView{
				{Single, []string{"a: three other assault rifles"}},
				{Single, []string{"b: nine assault rifles"}},
			},
		},
		{
			name: "nearly a figure agrees with the figure",
			reports: map[string]string{
				"a": "Woodward and Bernstein wrote nearly 400 stories about the Watergate scandal for the paper.",
				"b": "Woodward and Bernstein wrote 400 stories about the Watergate scandal for the paper.",
			},
			want: []groupView{{Agree, []string{"a: nearly 400 stories", "b: 400 stories"}}},
		},
		{
			name: "sizes are not counts: a resolution is one figure however written",
			reports: map[string]string{
				"a": "The new Retina screen is 2880 pixels by 1800 on the new MacBook Pro.",
				"b": "The new Retina screen shows 2,880 by 1,800 pixels on the new MacBook Pro.",
			},
			want: []groupView{{Agree, []string{"a: 2880 pixels by 1800", "b: 2,880 by 1,800 pixels"}}},
		},
		{
			name: "two resolutions of one screen conflict, as other measures do",
			reports: map[string]string{
				"a": "The new Retina screen is 2880 pixels by 1800 on the new MacBook Pro.",
				"b": "The new Retina screen shows 2,560 by 1,600 pixels on the new MacBook Pro.",
			},
			want: []groupView{{Conflict, []string{"a: 2880 pixels by 1800", "b: 2,560 by 1,600 pixels"}}},
		},
		{
			name: "resolutions of different screens are not compared",
			reports: map[string]string{
				"a": "The new Retina screen is 2880 pixels by 1800 on the new MacBook Pro.",
				"b": "Its rival's laptop display runs at 2,560 by 1,600 pixels, the maker said.",
			},
			want: []groupView{{Single, []string{"a: 2880 pixels by 1800"}}, {Single, []string{"b: 2,560 by 1,600 pixels"}}},
		},
		{
			name: "a source's repeat of its own figure is one claim",
			reports: map[string]string{
				"a": "The firm holds a 3% stake in the company. Its 3% stake is locked up.",
			},
			want: []groupView{{Single, []string{"a: 3%"}}},
		},
		{
			name: "one figure said of two people in one source is two claims",
			reports: map[string]string{
				"a": "Tom Baker scored 14 points off the bench for the Hawks. Sam Ortiz scored 14 points and Dan Lee added nine for the Owls.",
				"b": "Sam Ortiz had 12 points and Dan Lee added nine for the Owls.",
			},
			want: []groupView{
				{Conflict, []string{"a: 14 points", "b: 12 points"}},
				{Single, []string{"a: 14 points"}},
			},
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

func TestGroupIgnoresInputOrder(t *testing.T) {
	reports := map[string]string{
		"a": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange.",
		"b": "The company postponed its USD 767 million Hong Kong initial public offering on Monday.",
		"c": "The proposed $ 767 million offering with the Hong Kong Stock Exchange, the company said.",
	}
	cs := extract(reports)
	want := view(Group(cs, Options{}))
	for i := range cs {
		rotated := append(append([]claims.Claim{}, cs[i:]...), cs[:i]...)
		if diff := cmp.Diff(want, view(Group(rotated, Options{}))); diff != "" {
			t.Errorf("rotation %d changed the groups (-want +got):\n%s", i, diff)
		}
	}
}

func TestOfficesCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Deputy Secretary of the Treasury", "deputy treasury secretary", true},
		{"Deputy Secretary of the Treasury", "Assistant Secretary of the Treasury", false},
		{"Deputy Secretary of the Treasury", "Deputy Secretary of State", false},
		{"Deputy Secretary of the Treasury", "Secretary of the Treasury", false},
		{"US President", "President", true},
		{"President", "former President", true},
		{"Foreign Minister", "Foreign Ministry Spokesman", false},
		{"Foreign Ministry Spokesman", "spokesman", true},
		{"associate director of the FBI", "former associate director at the Federal Bureau of Investigation", true},
		{"associate director of the FBI", "associate director at the Federal Bureau of Investigation", true},
		{"deputy associate director of the FBI", "associate director at the Federal Bureau of Investigation", false},
		{"associate director of the FBI", "associate director of the CIA", false},
		{"mafia leader", "head of the Genovese crime family", true},
		{"CEO", "chief executive officer of Acme", true},
		{"CTO", "director", true},
		{"CTO", "CFO", false},
		{"CEO", "CFO", false},
		{"chief executive", "chief operating officer", false},
		{"Dunholm Rail chief executive", "CEO", true},
		{"Halvorsen Chief Financial Officer", "Halvorsen Chief Operating Officer", false},
		{"Halvorsen Chief Financial Officer", "CFO", true},
		{"CISO", "chief information security officer", true},
		{"CISO", "chief technology officer", false},
		{"vice-captain", "captain", false},
		{"vice-president", "vice president", true},
		// A kind of body is less specific than a named one, not another.
		{"NMB director", "Board director", true},
		{"director of the museum", "Arts Council director", true},
		{"NMB director", "NMB deputy director", false},
		{"FBI director", "CIA director", false},
	}
	for _, tt := range tests {
		if got := officesCompatible(tt.a, tt.b); got != tt.want {
			t.Errorf("officesCompatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Wally Adeyemo", "Wally Adeyemo", true},
		{"Wally Adeyemo", "Adeyemo", true},
		{"Heydar Alishbandi", "Heidar Alishvandi", true},
		{"Wally Adeyemo", "Wendy Sherman", false},
		{"Joe Biden", "Jill Biden", false},
		{"J. Biden", "Joe Biden", true},
	}
	for _, tt := range tests {
		if got := samePerson(tt.a, tt.b); got != tt.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSpread(t *testing.T) {
	cs := extract(map[string]string{
		"a": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange.",
		"b": "The company postponed its USD 767 million Hong Kong initial public offering on Monday.",
	})
	fs := Group(cs, Options{})
	if len(fs) != 1 {
		t.Fatalf("got %d groups, want 1", len(fs))
	}
	if want := "768M USD vs 767M USD, 0.13%"; fs[0].Spread != want {
		t.Errorf("Spread = %q, want %q", fs[0].Spread, want)
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		name      string
		reports   map[string]string
		published map[string]string
		want      []groupView
	}{
		{
			name: "durations agree within their precision",
			reports: map[string]string{
				"a": "The protester was sentenced to 136 days in jail by the district court in Minsk.",
				"b": "The protester was sentenced to four and a half months in jail by the district court in Minsk.",
			},
			want: []groupView{{Agree, []string{"a: 136 days", "b: four and a half months"}}},
		},
		{
			name: "ages of one person conflict",
			reports: map[string]string{
				"a": "Police said the gunman shot 32-year-old Robert Buckley outside the store.",
				"b": "The victim, 31-year-old Robert Buckley, died in hospital.",
				"c": "Robert Buckley's neighbour, 45-year-old Ann Tate, saw it.",
			},
			want: []groupView{{Conflict, []string{"a: 32-year-old", "b: 31-year-old"}}},
		},
		{
			name: "one event dated by weekday and by date agrees",
			reports: map[string]string{
				"a": "The Treasury announced sanctions on SenseTime and Xinjiang officials over human rights abuses on Friday.",
				"b": "WASHINGTON - The Treasury imposed sanctions on SenseTime over human rights abuses in Xinjiang on Dec. 10.",
			},
			published: map[string]string{"a": "2021-12-12", "b": "2021-12-10"},
			want:      []groupView{{Agree, []string{"a: on Friday", "b: Dec. 10"}}},
		},
		{
			name: "one actor's event on two days conflicts",
			reports: map[string]string{
				"a": "The Treasury announced sanctions on SenseTime and Xinjiang officials over human rights abuses on Friday.",
				"b": "The Treasury announced sanctions on SenseTime and Xinjiang officials over human rights abuses on Thursday.",
			},
			published: map[string]string{"a": "2021-12-12", "b": "2021-12-12"},
			want:      []groupView{{Conflict, []string{"a: on Friday", "b: on Thursday"}}},
		},
		{
			name: "a weekday that is not the date's conflicts with itself",
			reports: map[string]string{
				"a": "The court ruled on Thursday, Dec. 10, 2021, that the ban was lawful.",
			},
			want: []groupView{{Conflict, []string{"a: Thursday, Dec. 10, 2021"}}, {Single, []string{"a: Thursday, Dec. 10, 2021"}}},
		},
		{
			name: "times of one event conflict, of other events do not",
			reports: map[string]string{
				"a": "The vigil for the teacher began at about 7 p.m. outside the school on Elm Street.",
				"b": "Neighbours said the march started around 7:45 pm and police closed the road at 9 p.m.",
				"c": "Police closed the road at 10 p.m., officers said.",
			},
			want: []groupView{
				{Conflict, []string{"a: about 7 p.m.", "b: around 7:45 pm"}},
				{Conflict, []string{"b: 9 p.m.", "c: 10 p.m."}},
			},
		},
		{
			name: "a time on a coming occasion is not this event's",
			reports: map[string]string{
				"a": "The race started at 8:30 a.m., as in previous years.",
				"b": "Organizers said they would consider starting the race at 7 a.m. next year.",
			},
			want: nil, // two single times
		},
		{
			name: "counts on a coming occasion are not this one's",
			reports: map[string]string{
				"a": "About 18,400 runners started the race on Sunday.",
				"b": "The organizers hope 25,000 runners will start the race next year.",
			},
			want: nil, // two single counts
		},
		{
			name: "scores of one game at one moment conflict, of another game do not",
			reports: map[string]string{
				"a": "The Owls beat the Hawks 71-64 on Saturday, and the Larks beat the Wrens 60-58.",
				"b": "The Owls defeated the Hawks 71-62 in the semifinal; the Owls led 52-40 with 9:12 to play.",
				"c": "A layup gave the Owls a 52-41 lead with 9:12 left, before the Larks edged the Wrens 60-57.",
			},
			want: []groupView{
				{Conflict, []string{"a: 71-64", "b: 71-62"}},
				{Conflict, []string{"a: 60-58", "c: 60-57"}},
				{Conflict, []string{"b: 52-40", "c: 52-41"}},
				{Agree, []string{"b: 9:12 to play", "c: 9:12 left"}},
			},
		},
		{
			name: "counts of times compare by the verb before them",
			reports: map[string]string{
				"a": "Police said Lee had been arrested five times on charges of burglary and assault in Dover.",
				"b": "Lee had been arrested twice before, charged with burglary and assault in Dover; he was jailed three times.",
				"c": "Lee had been arrested three times on charges of burglary and assault in Dover, police said.",
			},
			want: []groupView{{Conflict, []string{"a: five times", "b: twice", "c: three times"}}},
		},
		{
			name: "game clocks are many plays of one game, never one event's time",
			reports: map[string]string{
				"a": "Owls guard Lee hit a jumper with 4:43 left in the first half against the Hawks.",
				"b": "Owls guard Lee hit a three with 2:10 left in the first half against the Hawks.",
			},
			want: nil,
		},
		{
			name: "records and runs group with their like, only to agree",
			reports: map[string]string{
				"a": "The Owls (22-9) beat the Hawks on a 12-0 run late in the game at the Dome.",
				"b": "The Owls improved to 22-9 after a 10-0 run late in the game at the Dome.",
			},
			want: []groupView{{Agree, []string{"a: 22-9", "b: 22-9"}}},
		},
		{
			name: "each report's only vote is the story's",
			reports: map[string]string{
				"a": "The Orla council approved the budget 7-2 on Tuesday.",
				"b": "The Orla council adopted the budget by a vote of 6-3.",
			},
			want: []groupView{{Conflict, []string{"a: 7-2", "b: 6-3"}}},
		},
		{
			name: "votes that share no word are two votes",
			reports: map[string]string{
				"a": "The Orla council approved the budget 7-2 on Tuesday.",
				"b": "Shareholders backed the merger by a vote of 6-3.",
			},
			want: nil,
		},
		{
			name: "the time something happened is the story's event's",
			reports: map[string]string{
				"a": "The fire happened at 4:12 a.m., before the night shift ended, the chief of the Tarva brigade said.",
				"b": "The facts. The fire happened at 4:42 a.m. on Monday, in a shed at the edge of the Tarva yard.",
			},
			want: []groupView{{Conflict, []string{"a: 4:12 a.m.", "b: 4:42 a.m."}}},
		},
		{
			name: "times in different zones are not compared",
			reports: map[string]string{
				"a": "The tremor struck at 0412 GMT off the coast of Tarva.",
				"b": "The tremor struck at 4:12 AM local time off the coast of Tarva.",
			},
			want: nil,
		},
		{
			name: "magnitudes of a story's quakes pair nearest first",
			reports: map[string]string{
				"a": "Two quakes, measuring 6.9 and 6.3, struck off the island of Tarva on Monday.",
				"b": "The 7.0 magnitude quake was followed by a 6.3-magnitude aftershock off Tarva.",
				"c": "A 6.1-magnitude tremor hit the island's south coast, after the 6.9 magnitude quake.",
			},
			want: []groupView{
				{Conflict, []string{"a: 6.9", "b: 7.0 magnitude", "c: 6.9 magnitude"}},
				{Conflict, []string{"a: 6.3", "b: 6.3-magnitude", "c: 6.1-magnitude"}},
			},
		},
		{
			name: "magnitudes far apart are of different quakes",
			reports: map[string]string{
				"a": "A 6.1-magnitude quake struck Tarva; in 2004 a 9.1-magnitude quake hit the region.",
				"b": "A 6.1-magnitude quake struck Tarva; in 2012 an 8.6-magnitude quake hit the region.",
			},
			want: []groupView{{Agree, []string{"a: 6.1-magnitude", "b: 6.1-magnitude"}}},
		},
		{
			name: "a death toll that grows in later reports is an update",
			reports: map[string]string{
				"a": "The earthquake in Aceh province killed five people and damaged houses in Bener Meriah.",
				"b": "The earthquake in Aceh province killed 24 people and damaged houses in Bener Meriah.",
			},
			published: map[string]string{"a": "2013-07-02", "b": "2013-07-03"},
			want:      []groupView{{Update, []string{"a: five people", "b: 24 people"}}},
		},
		{
			name: "a toll that falls in a later report stays a conflict",
			reports: map[string]string{
				"a": "The earthquake in Aceh province killed 24 people and damaged houses in Bener Meriah.",
				"b": "The earthquake in Aceh province killed five people and damaged houses in Bener Meriah.",
			},
			published: map[string]string{"a": "2013-07-02", "b": "2013-07-03"},
			want:      []groupView{{Conflict, []string{"a: 24 people", "b: five people"}}},
		},
		{
			name: "a figure of an earlier year is not a version of this one",
			reports: map[string]string{
				"a": "Halden Foods recalled 300,000 jars of peanut butter in 2019 after a smaller outbreak.",
				"b": "Halden Foods has recalled 1.2 million jars of almond butter after the outbreak.",
			},
			published: map[string]string{"a": "2024-08-26", "b": "2024-08-27"},
			want:      nil,
		},
		{
			name: "figures of one named year conflict, the year opening one sentence",
			reports: map[string]string{
				"a": "A quake off Indonesia triggered a tsunami that killed 230,000 people in 13 countries in 2004.",
				"b": "In 2004, a quake off Indonesia triggered a tsunami that killed 230,000 people in 14 countries.",
			},
			published: map[string]string{"a": "2013-07-02", "b": "2013-07-02"},
			want: []groupView{
				{Conflict, []string{"a: 13 countries", "b: 14 countries"}},
				{Agree, []string{"a: 230,000 people", "b: 230,000 people"}},
				{Agree, []string{"a: 2004", "b: 2004"}},
			},
		},
		{
			name: "counts of different days are not versions of one count",
			reports: map[string]string{
				"a": "The school gym became a shelter, where 310 people spent Monday night, officials said.",
				"b": "The school gym shelter housed 180 people Wednesday night, officials said.",
			},
			want: nil,
		},
		{
			name: "how far a fire is contained grows from one day to the next",
			reports: map[string]string{
				"a": "The Kestrel Ridge fire was 5% contained Tuesday evening, the forest service said.",
				"b": "The Kestrel Ridge fire was 25% contained, the forest service said.",
			},
			published: map[string]string{"a": "2025-08-12", "b": "2025-08-14"},
			want:      []groupView{{Update, []string{"a: 5%", "b: 25%"}}},
		},
		{
			name: "people in hospital are not all the injured",
			reports: map[string]string{
				"a": "Police said 36 people remained in hospital after the crush at Kellam Park.",
				"b": "Police said 287 people were injured in the crush at Kellam Park.",
			},
			want: nil, // two single counts
		},
		{
			name: "how many a place holds is not how many were there",
			reports: map[string]string{
				"a": "The crush happened at Kellam Park stadium in Dunmore, where 41,200 people had come for the concert.",
				"b": "Kellam Park stadium in Dunmore holds 42,000 people and was nearly full for the concert.",
			},
			want: nil, // two single counts
		},
		{
			name: "the records of some people are not the bank details of others",
			reports: map[string]string{
				"a": "According to a breakdown the insurer published, the bank details of 312,000 customers were also taken, as were medical claim records of 86,000 people.",
				"b": "The revised figure is about 30 percent of the insurer's 8.1 million customers. Bank details of 312,000 people and medical claim records of 86,000 were among the stolen data, the company said.",
			},
			want: []groupView{{Agree, []string{"a: 312,000 customers", "b: 312,000 people"}}},
		},
		{
			name: "the bank details of different numbers of people conflict",
			reports: map[string]string{
				"a": "Hackers took the bank details of 350,000 people, the insurer said.",
				"b": "The bank details of 312,000 people were stolen, the insurer said.",
			},
			want: []groupView{{Conflict, []string{"a: 350,000 people", "b: 312,000 people"}}},
		},
		{
			name: "a report that gives both counts is not at odds with one of them",
			reports: map[string]string{
				"a": "Two days after three men climbed out of Marsh Lane prison, one is back in custody.",
				"b": "Police were searching for two men who escaped from Marsh Lane prison, after a third was caught. The three men were locked in their cells at a 1:30 a.m. check.",
			},
			want: nil,
		},
		{
			name: "a count of a past event is no second count of the one at hand",
			reports: map[string]string{
				"a": "Seven people were killed in a fire at a paint factory on Tuesday, and four workers were still missing, authorities said. An explosion at the same plant in 2011 killed two workers.",
				"b": "Two workers remain missing after the fire at the paint factory, the fire chief said.",
			},
			want: []groupView{{Conflict, []string{"a: four workers", "b: Two workers"}}},
		},
		{
			name: "a count of what is still so is no count of the whole",
			reports: map[string]string{
				"a": "A fire at a substation cut power to about 1.2 million homes in the Talvik region on Tuesday.",
				"b": "Around 210,000 homes and businesses in the Talvik region were still without power at 11 p.m. on Tuesday.",
			},
			published: map[string]string{"a": "2026-07-21", "b": "2026-07-21"},
			want:      []groupView{{Agree, []string{"a: on Tuesday", "b: on Tuesday"}}},
		},
		{
			name: "counts of what is still so conflict",
			reports: map[string]string{
				"a": "About 210,000 homes in the Talvik region were still without power at 11 p.m. on Tuesday.",
				"b": "About 120,000 homes in the Talvik region were still without power at 11 p.m. on Tuesday.",
			},
			published: map[string]string{"a": "2026-07-21", "b": "2026-07-21"},
			want: []groupView{
				{Conflict, []string{"a: About 210,000 homes", "b: About 120,000 homes"}},
				{Agree, []string{"a: 11 p.m.", "b: 11 p.m."}},
				{Agree, []string{"a: on Tuesday", "b: on Tuesday"}},
			},
		},
		{
			name: "a live entry's count of the rescued held at its time of day",
			reports: map[string]string{
				"a": "02:15 - Coast guard: 198 people have been rescued from the ferry Calder Star so far.",
				"b": "The coast guard said 371 people had been rescued from the ferry Calder Star.",
			},
			published: map[string]string{"a": "2026-03-15", "b": "2026-03-15"},
			want:      nil,
		},
		{
			name: "a live entry's count above a report's was not seen to grow",
			reports: map[string]string{
				"a": "08:15 - The town council says 5,400 residents have now been evacuated from Harven.",
				"b": "About 4,500 residents were evacuated from Harven, the town council said.",
			},
			published: map[string]string{"a": "2026-05-14", "b": "2026-05-14"},
			want:      []groupView{{Conflict, []string{"a: 5,400 residents", "b: About 4,500 residents"}}},
		},
		{
			name: "a live entry's count of what does not grow is set against others",
			reports: map[string]string{
				"a": "01:10 - Nordvane Lines says there were 412 people on board the ferry Calder Star.",
				"b": "Nordvane Lines said 421 people were on board the ferry Calder Star.",
			},
			published: map[string]string{"a": "2026-03-15", "b": "2026-03-15"},
			want:      []groupView{{Conflict, []string{"a: 412 people", "b: 421 people"}}},
		},
		{
			name: "an ask and an offer are two figures of one dispute",
			reports: map[string]string{
				"a": "The dockworkers' union is asking for 11 percent over two years in the Selvane port dispute.",
				"b": "The port authority raised its offer to 5 percent over two years in the Selvane port dispute.",
			},
			published: map[string]string{"a": "2026-09-09", "b": "2026-09-09"},
			want:      []groupView{{Agree, []string{"a: over two years", "b: over two years"}}},
		},
		{
			name: "two offers conflict",
			reports: map[string]string{
				"a": "The port authority has offered 4.5 percent over two years in the Selvane port dispute.",
				"b": "The port authority has offered 5 percent over two years in the Selvane port dispute.",
			},
			published: map[string]string{"a": "2026-09-08", "b": "2026-09-08"},
			want: []groupView{
				{Conflict, []string{"a: 4.5 percent", "b: 5 percent"}},
				{Agree, []string{"a: over two years", "b: over two years"}},
			},
		},
		{
			name: "a percentage that rose to its figure is an update of an earlier one",
			reports: map[string]string{
				"a": "The port authority has offered 4.5 percent over two years in the Selvane port dispute.",
				"b": "The port authority raised its offer to 5 percent over two years in the Selvane port dispute.",
			},
			published: map[string]string{"a": "2026-09-08", "b": "2026-09-09"},
			want: []groupView{
				{Update, []string{"a: 4.5 percent", "b: 5 percent"}},
				{Agree, []string{"a: over two years", "b: over two years"}},
			},
		},
		{
			name: "people whose evacuation orders were lifted are not those under orders",
			reports: map[string]string{
				"a": "Containment of the Kestrel fire is 15%, and 4,800 people are under evacuation orders.",
				"b": "About 3,100 residents remain under evacuation orders after orders were lifted for 1,700 people in the south end of the Kestrel fire's path.",
			},
			want: nil, // two single counts
		},
		{
			name: "a count of people brought out alive only grows",
			reports: map[string]string{
				"a": "Rescuers have brought four miners out alive from the Kessel mine.",
				"b": "Rescuers have brought ten miners out alive from the Kessel mine.",
			},
			published: map[string]string{"a": "2026-11-17", "b": "2026-11-19"},
			want:      []groupView{{Update, []string{"a: four miners", "b: ten miners"}}},
		},
		{
			name: "two reports of one day that differ on a toll conflict, whatever a later one says",
			reports: map[string]string{
				"a": "The earthquake in Aceh province killed five people and damaged houses in Bener Meriah.",
				"b": "The earthquake in Aceh province killed seven people and damaged houses in Bener Meriah.",
				"c": "The earthquake in Aceh province killed 24 people and damaged houses in Bener Meriah.",
			},
			published: map[string]string{"a": "2013-07-02", "b": "2013-07-02", "c": "2013-07-03"},
			want:      []groupView{{Conflict, []string{"a: five people", "b: seven people", "c: 24 people"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []groupView
			for _, g := range groupReports(tt.reports, tt.published) {
				if len(g.Claims) > 0 && (len(tt.reports) == 1 || len(g.Claims) > 1) {
					got = append(got, g)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("groups (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSharedAttribution(t *testing.T) {
	cs := extract(map[string]string{
		"a": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange, according to Bloomberg News.",
		"b": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange, Bloomberg News reported.",
		"c": "The company is preparing a US$768 million initial public offering on the Hong Kong stock exchange, its filing shows.",
	})
	fs := Group(cs, Options{})
	if len(fs) != 1 {
		t.Fatalf("got %d groups: %v", len(fs), view(fs))
	}
	if diff := cmp.Diff([]string{"Bloomberg News"}, fs[0].SharedAttribution); diff != "" {
		t.Errorf("SharedAttribution (-want +got):\n%s", diff)
	}
}
