package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDurationLinks(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "one interval named in different words conflicts",
			reports: map[string]string{
				"a": "The actor suffered a stroke ten days earlier and never woke.",
				"b": "He died in a Chicago clinic ten days after suffering a stroke.",
				"c": "The actor succumbed to a stroke suffered almost four weeks ago.",
			},
			want: []groupView{{Conflict, []string{"a: ten days", "b: ten days", "c: almost four weeks"}}},
		},
		{
			name: "three weeks and four weeks of one stay do not meet",
			reports: map[string]string{
				"a": "She had been in hospital for three weeks with pneumonia.",
				"b": "She was hospitalized for four weeks with pneumonia.",
			},
			want: []groupView{{Conflict, []string{"a: three weeks", "b: four weeks"}}},
		},
		{
			name: "one subject, lasting for different lengths, conflicts",
			reports: map[string]string{
				"a": "The storm was felt for around 20 minutes along the coast.",
				"b": "People fled as the storm battered homes for around one hour.",
			},
			want: []groupView{{Conflict, []string{"a: around 20 minutes", "b: around one hour"}}},
		},
		{
			name: "the nouns two durations size name one event",
			reports: map[string]string{
				"a": "The pier was in the middle of a six-month repair contract with a local firm.",
				"b": "Work on the pier had begun under a 14-month repair program.",
			},
			want: []groupView{{Conflict, []string{"a: six-month repair contract", "b: 14-month repair program"}}},
		},
		{
			name: "what a duration sizes tells two intervals apart",
			reports: map[string]string{
				"a": "The ship will spend 20 months cruising to the comet.",
				"b": "After a 20-month cruise, the ship will orbit the comet for 14 months.",
			},
			// The 14 months in orbit are not set against the 20 months
			// of cruising, which agree.
			want: []groupView{
				{Agree, []string{"a: 20 months", "b: 20-month cruise"}},
				{Single, []string{"b: 14 months"}},
			},
		},
		{
			name: "one number in two units of one interval conflicts",
			reports: map[string]string{
				"a": "The salvors expect the refloating to take about 12 days once the cargo is off.",
				"b": "The salvors expect the refloating to take about 12 weeks.",
			},
			want: []groupView{{Conflict, []string{"a: about 12 days", "b: about 12 weeks"}}},
		},
		{
			name: "one number in units far apart is two intervals",
			reports: map[string]string{
				"a": "The salvors expect the refloating to take about 2 hours once the cargo is off.",
				"b": "The salvors expect the refloating to take about 2 years.",
			},
			want: []groupView{{Single, []string{"a: about 2 hours"}}, {Single, []string{"b: about 2 years"}}},
		},
		{
			name: "how long something lasted is not the time since it began",
			reports: map[string]string{
				"a": "The storm was felt for around 20 minutes along the coast.",
				"b": "The storm hit the town 50 minutes ago.",
			},
			want: []groupView{
				{Single, []string{"a: around 20 minutes"}},
				{Single, []string{"b: 50 minutes"}},
			},
		},
		{
			name: "durations in relative clauses about different people stay apart",
			reports: map[string]string{
				"a": "Among the missing is a forklift operator who had worked at the mill for 24 years.",
				"b": "A woman said she was waiting for news of her husband, who had worked at the mill for 11 years.",
			},
			want: []groupView{
				{Single, []string{"a: 24 years"}},
				{Single, []string{"b: 11 years"}},
			},
		},
		{
			name: "a relative clause about the one person the other names still conflicts",
			reports: map[string]string{
				"a": "The secret was kept by Marlow, who had worked at the mill for 24 years.",
				"b": "Marlow had worked at the mill for 21 years.",
			},
			want: []groupView{{Conflict, []string{"a: 24 years", "b: 21 years"}}},
		},
		{
			name: "one shared word may be two people's tenures",
			reports: map[string]string{
				"a": "Smith had been at the mill for 37 years.",
				"b": "Jones, who has worked at the mill for nearly 30 years, saw the fire.",
			},
			want: []groupView{
				{Single, []string{"a: 37 years"}},
				{Single, []string{"b: nearly 30 years"}},
			},
		},
		{
			name: "a duration that sizes a noun is one thing's among several",
			reports: map[string]string{
				"a": "The smaller model gives 5 hours of battery life on a charge.",
				"b": "The larger model gives seven hours of battery life on a charge.",
			},
			want: []groupView{
				{Single, []string{"a: 5 hours"}},
				{Single, []string{"b: seven hours"}},
			},
		},
		{
			name: "a report with two durations of the event is not matched on a guess",
			reports: map[string]string{
				"a": "He was sentenced to seven years in prison in 1959. In 1997 a judge imposed a prison sentence of 12 years.",
				"b": "He was sentenced to 10 years in prison.",
			},
			want: []groupView{
				{Single, []string{"a: seven years"}},
				{Single, []string{"a: 1959"}},
				{Single, []string{"a: 1997"}},
				{Single, []string{"a: 12 years"}},
				{Single, []string{"b: 10 years"}},
			},
		},
		{
			name: "a sentence both tell alike is no rival: the earlier one conflicts",
			reports: map[string]string{
				"a": "Mr. Vance died while serving a 10-year sentence for fraud. Mr. Vance, who ran a garage in Leeds, was sentenced to six years in prison.",
				"b": "A jury convicted Vance of fraud and sentenced him to 10 years. In his youth Vance received a four-year sentence for smuggling guns.",
			},
			want: []groupView{
				{Conflict, []string{"a: six years", "b: four-year sentence"}},
				{Agree, []string{"a: 10-year sentence", "b: 10 years"}},
			},
		},
		{
			name: "another sentence, by its own words, is not set against one told",
			reports: map[string]string{
				"a": "Vance, who ran a garage in Leeds, was sentenced to six years in prison.",
				"b": "The escape brought Vance another two-year sentence.",
			},
			want: []groupView{
				{Single, []string{"a: six years"}},
				{Single, []string{"b: two-year sentence"}},
			},
		},
		{
			name: "a clause in -ing is its sentence's subject's: another man's sentence",
			reports: map[string]string{
				"a": "Vance was sentenced to six years in prison.",
				"b": "Moreau ran the gang from his cell while serving a four-year sentence.",
			},
			want: []groupView{
				{Single, []string{"a: six years"}},
				{Single, []string{"b: four-year sentence"}},
			},
		},
		{
			name: "spans that led up to one event, named and dated alike, conflict",
			reports: map[string]string{
				"a": "After nearly 10 years of quiet lobbying, the mayor finally announced the bridge at a May 2019 meeting.",
				"b": "It was not until 2019, after more than 12 years of campaigning, that the mayor announced the bridge.",
			},
			want: []groupView{
				{Conflict, []string{"a: nearly 10 years", "b: more than 12 years"}},
				{Single, []string{"a: May 2019"}},
				{Single, []string{"b: 2019"}},
			},
		},
		{
			name: "spans before events of different years stay apart",
			reports: map[string]string{
				"a": "After nearly 10 years of quiet lobbying, the mayor finally announced the bridge in 2019.",
				"b": "After more than 12 years of campaigning, the mayor announced the tunnel in 2021.",
			},
			want: []groupView{
				{Single, []string{"a: nearly 10 years"}},
				{Single, []string{"a: 2019"}},
				{Single, []string{"b: more than 12 years"}},
				{Single, []string{"b: 2021"}},
			},
		},
		{
			name: "lengths far apart measure different intervals",
			reports: map[string]string{
				"a": "The storm hit the coast and the power was out for nine days.",
				"b": "The storm hit the coast and the power was out for eight hours.",
			},
			want: []groupView{
				{Single, []string{"a: nine days"}},
				{Single, []string{"b: eight hours"}},
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

func TestDurationTopicAndSpread(t *testing.T) {
	fs := Group(extract(map[string]string{
		"a": "The actor suffered a stroke ten days earlier and never woke.",
		"c": "The actor succumbed to a stroke suffered almost four weeks ago.",
	}), Options{})
	type view struct{ Topic, Spread string }
	var got []view
	for _, f := range fs {
		got = append(got, view{f.Topic, f.Spread})
	}
	want := []view{{"actor suffered stroke (duration)", "10 days vs ~4 weeks"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Group() mismatch (-want +got):\n%s", diff)
	}
}

func TestDurationCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"for three weeks", "for four weeks", false},
		{"for three weeks", "for 24 days", true},
		// A bound at the figure itself is not widened by rounding.
		{"for nearly 10 years", "for more than 10 years", false},
		{"for nearly seven minutes", "for seven minutes", true},
		// A fraction of a unit is as precise as the fraction.
		{"for a quarter-century", "for 70 years", false},
		{"for a quarter-century", "for 30 years", true},
		{"for half an hour", "for 50 minutes", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" / "+tt.b, func(t *testing.T) {
			a := extract(map[string]string{"a": "The talks went on " + tt.a + "."})
			b := extract(map[string]string{"b": "The talks went on " + tt.b + "."})
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("extracted %d and %d claims, want one each", len(a), len(b))
			}
			if got := compatible(&a[0], &b[0]); got != tt.want {
				t.Errorf("compatible(%q, %q) = %v, want %v", a[0].Text, b[0].Text, got, tt.want)
			}
		})
	}
}

func TestElapsedString(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{7601, "2:06:41"},
		{3600, "1:00:00"},
		{36061, "10:01:01"},
	}
	for _, tt := range tests {
		if got := elapsedString(tt.v); got != tt.want {
			t.Errorf("elapsedString(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestFieldsAt(t *testing.T) {
	tests := []struct {
		s      string
		fields []string
		starts []int
	}{
		{"", nil, nil},
		{"ran it as boss was", []string{"ran", "it", "as", "boss", "was"}, []int{0, 4, 7, 10, 15}},
		{"  while\tserving ", []string{"while", "serving"}, []int{2, 8}},
	}
	for _, tt := range tests {
		fields, starts := fieldsAt(tt.s)
		if d := cmp.Diff(tt.fields, fields); d != "" {
			t.Errorf("fieldsAt(%q) fields (-want +got):\n%s", tt.s, d)
		}
		if d := cmp.Diff(tt.starts, starts); d != "" {
			t.Errorf("fieldsAt(%q) starts (-want +got):\n%s", tt.s, d)
		}
	}
}
