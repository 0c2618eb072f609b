package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSoleFigures(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "the only counts of one noun, one in a long list, conflict when near",
			reports: map[string]string{
				"a": "Homes were flattened by the storm, as well as four piers, one of which sank.",
				"b": "The mayor said the storm wrecked 30 shops, 12 sheds, 6 barns, 9 garages, 5 piers and 2 schools.",
			},
			want: []groupView{
				{Conflict, []string{"a: four piers", "b: 5 piers"}},
				{Single, []string{"a: one of which"}},
				{Single, []string{"b: 30 shops"}},
				{Single, []string{"b: 12 sheds"}},
				{Single, []string{"b: 6 barns"}},
				{Single, []string{"b: 9 garages"}},
				{Single, []string{"b: 2 schools"}},
			},
		},
		{
			name: "an uncommon measure stated alike in other words agrees",
			reports: map[string]string{
				"a": "That comes to 3.1 million dots and 264 ppi on the panel.",
				"b": "In plain figures, the new tablet screen packs 264 pixels per inch.",
			},
			want: []groupView{
				{Agree, []string{"a: 264 ppi", "b: 264 pixels per inch"}},
				{Single, []string{"a: 3.1 million dots"}},
			},
		},
		{
			name: "an upper bound of an uncommon measure agrees with the figure",
			reports: map[string]string{
				"a": "It can now be configured with up to 256 GB on the larger model.",
				"b": "There is a new 256 gigabyte option at the top of the range.",
			},
			want: []groupView{{Agree, []string{"a: up to 256 GB", "b: 256 gigabyte"}}},
		},
		{
			name: "sole counts far apart stay apart",
			reports: map[string]string{
				"a": "Homes were flattened by the storm, as well as four piers, one of which sank.",
				"b": "The mayor said the storm wrecked 30 shops, 12 sheds, 6 barns, 9 garages, 12 piers and 2 schools.",
			},
			want: []groupView{
				{Single, []string{"a: four piers"}},
				{Single, []string{"a: one of which"}},
				{Single, []string{"b: 30 shops"}},
				{Single, []string{"b: 12 sheds"}},
				{Single, []string{"b: 6 barns"}},
				{Single, []string{"b: 9 garages"}},
				{Single, []string{"b: 12 piers"}},
				{Single, []string{"b: 2 schools"}},
			},
		},
		{
			name: "a report with two counts of the noun is not matched on so little",
			reports: map[string]string{
				"a": "Homes were flattened by the storm, as well as four piers, one of which sank.",
				"b": "The storm wrecked 9 garages and 5 piers. Two piers at the marina were spared.",
			},
			want: []groupView{
				{Single, []string{"a: four piers"}},
				{Single, []string{"a: one of which"}},
				{Single, []string{"b: 9 garages"}},
				{Single, []string{"b: 5 piers"}},
				{Single, []string{"b: Two piers"}},
			},
		},
		{
			name: "sole counts sharing only their noun agree on one uncommon figure",
			reports: map[string]string{
				"a": "Marchers walked more than 40 blocks to the town hall.",
				"b": "A witness said the rally began some 40 blocks away.",
			},
			want: []groupView{{Agree, []string{"a: more than 40 blocks", "b: some 40 blocks"}}},
		},
		{
			name: "sole counts sharing only their noun are not set against each other",
			reports: map[string]string{
				"a": "Marchers walked more than 40 blocks to the town hall.",
				"b": "A witness said the rally began some 38 blocks away.",
			},
			want: []groupView{
				{Single, []string{"a: more than 40 blocks"}},
				{Single, []string{"b: some 38 blocks"}},
			},
		},
		{
			name: "a common figure shared with only the noun says nothing",
			reports: map[string]string{
				"a": "Two men were arrested at the scene.",
				"b": "Outside the court, two men argued about the verdict.",
			},
			want: []groupView{
				{Single, []string{"a: Two men"}},
				{Single, []string{"b: two men"}},
			},
		},
		{
			name: "a vague amount shared with only the noun says nothing",
			reports: map[string]string{
				"a": "In the port city, around 20,000 protesters blocked the roads.",
				"b": "Tens of thousands of protesters filled the capital's square.",
			},
			want: []groupView{
				{Single, []string{"a: around 20,000 protesters"}},
				{Single, []string{"b: Tens of thousands of protesters"}},
			},
		},
		{
			name: "the only counts of one crew, in its members or its men, conflict",
			reports: map[string]string{
				"a": "Pirates still hold nearly 300 crewmen off the coast.",
				"b": "The gangs hold more than 300 crew members for ransom.",
			},
			want: []groupView{{Conflict, []string{"a: nearly 300 crewmen", "b: more than 300 crew"}}},
		},
		{
			name: "each report's only measure in a unit, near the other's, conflicts",
			reports: map[string]string{
				"a": "Officers said the man drew a .38-caliber revolver before they fired.",
				"b": "The man was holding a .357 caliber revolver when officers fired at him.",
			},
			want: []groupView{{Conflict, []string{"a: .38-caliber", "b: .357 caliber"}}},
		},
		{
			name: "measures far apart stay apart",
			reports: map[string]string{
				"a": "Officers said the man drew a .38-caliber revolver before they fired.",
				"b": "The man was holding a .22 caliber revolver when officers fired at him.",
			},
			want: []groupView{
				{Single, []string{"a: .38-caliber"}},
				{Single, []string{"b: .22 caliber"}},
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

func TestSoleAges(t *testing.T) {
	tests := []struct {
		name    string
		reports map[string]string
		want    []groupView
	}{
		{
			name: "unnamed ages of one figure agree",
			reports: map[string]string{
				"a": "The famous jazz singer has died in Paris, aged 83.",
				"b": "A legend of the clubs of the sixties, she passed away on Monday at age 83.",
			},
			want: []groupView{{Agree, []string{"a: aged 83", "b: age 83"}}},
		},
		{
			name: "the same sum of money, stated once by each report, agrees",
			reports: map[string]string{
				"a": "The software maker was bought for $1.6 billion in cash.",
				"b": "Analysts said the deal, at $1.6 billion, was fair.",
			},
			want: []groupView{{Agree, []string{"a: $1.6 billion", "b: $1.6 billion"}}},
		},
		{
			name: "the same sum of money, with a noun in one report only, agrees",
			reports: map[string]string{
				"a": "HP announced a $1.6 billion purchase of the software maker.",
				"b": "Analysts said the deal, at $1.6 billion, was fair.",
			},
			want: []groupView{{Agree, []string{"a: $1.6 billion", "b: $1.6 billion"}}},
		},
		{
			name: "the same time of day off the hour, once in each report, agrees",
			reports: map[string]string{
				"a": "Police say the boy was shot around 11:30 p.m. on Saturday.",
				"b": "The officers fired at him just before 11:30 p.m.",
			},
			want: []groupView{{Agree, []string{"a: around 11:30 p.m.", "b: just before 11:30 p.m."}}},
		},
		{
			name: "times on the hour are too common to tie two reports",
			reports: map[string]string{
				"a": "Police say the boy was shot around 11 p.m. on Saturday.",
				"b": "The vigil began at 11 p.m.",
			},
			want: []groupView{
				{Single, []string{"a: around 11 p.m."}},
				{Single, []string{"b: 11 p.m."}},
			},
		},
		{
			name: "the same count of one noun, once in each report, agrees",
			reports: map[string]string{
				"a": "Protesters marched more than 20 blocks to the station.",
				"b": "The march began some 20 blocks away.",
			},
			want: []groupView{{Agree, []string{"a: more than 20 blocks", "b: some 20 blocks"}}},
		},
		{
			name: "the same count of people with different outcomes stays apart",
			reports: map[string]string{
				"a": "In the city 20 people were killed.",
				"b": "The storm left 20 people injured.",
			},
			want: []groupView{
				{Single, []string{"a: 20 people"}},
				{Single, []string{"b: 20 people"}},
			},
		},
		{
			name: "the same sum of money of two different nouns stays apart",
			reports: map[string]string{
				"a": "The firm reported a $20 million loss for the year.",
				"b": "Later the firm won a $20 million contract.",
			},
			want: []groupView{
				{Single, []string{"a: $20 million"}},
				{Single, []string{"b: $20 million"}},
			},
		},
		{
			name: "different sums of money are not set against each other on so little",
			reports: map[string]string{
				"a": "The software maker was bought for $1.6 billion in cash.",
				"b": "Analysts said the deal, at $1.7 billion, was fair.",
			},
			want: []groupView{
				{Single, []string{"a: $1.6 billion"}},
				{Single, []string{"b: $1.7 billion"}},
			},
		},
		{
			name: "unnamed ages of different figures stay apart",
			reports: map[string]string{
				"a": "The famous jazz singer has died in Paris, aged 83.",
				"b": "A legend of the clubs of the sixties, she passed away on Monday at age 84.",
			},
			want: []groupView{
				{Single, []string{"a: aged 83"}},
				{Single, []string{"b: age 84"}},
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

func TestTransposed(t *testing.T) {
	tests := []struct {
		x, y float64
		want bool
	}{
		{294, 249, true},
		{1850, 1580, true},
		{640, 460, true},
		{294, 294, false},
		{294, 492, false}, // not neighbours
		{21, 12, false},   // two digits: too often two counts
		{294, 2940, false},
		{29.4, 24.9, false},
	}
	for _, tt := range tests {
		if got := transposed(tt.x, tt.y); got != tt.want {
			t.Errorf("transposed(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

func TestTransposedSoleMeasures(t *testing.T) {
	reports := map[string]string{
		"a": "The Vega Dawn, a 183-meter tanker, struck the reef off the cape.",
		"b": "The 138-meter tanker Vega Dawn struck the reef off the cape.",
	}
	want := []groupView{{Conflict, []string{"a: 183-meter", "b: 138-meter"}}}
	if d := cmp.Diff(want, view(Group(extract(reports), Options{}))); d != "" {
		t.Errorf("Group() mismatch (-want +got):\n%s", d)
	}
}
