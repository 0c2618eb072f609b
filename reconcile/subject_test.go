package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHead(t *testing.T) {
	tests := []struct{ noun, want string }{
		{"crew members", "crew"},
		{"Thai crew member", "crew"},
		{"crewmen", "crew"},
		{"policemen", "police"},
		{"gunmen", "gunman"},
		{"women", "women"}, // too short to be a compound of "-men"
		{"members", "member"},
		{"club fights", "fight"},
		{"light-heavyweight bouts", "fight"},
		{"two more people", "more people"},
		// A model's name is the head, whatever noun follows it.
		{"AK-47s", "ak47"},
		{"AK-47 assault rifles", "ak47"},
		{"AK 47 guns", "ak47"},
		{"F-16s", "f16"},
		{"USB 3.0 ports", "port"},
		{"COVID-19 patients", "patient"},
		{"Chinese companies", "company"},
	}
	for _, tt := range tests {
		if got := head(tt.noun); got != tt.want {
			t.Errorf("head(%q) = %q, want %q", tt.noun, got, tt.want)
		}
	}
}

func TestModelCounts(t *testing.T) {
	got := view(Group(extract(map[string]string{
		"a": "Commandos seized seven AK-47 assault rifles, two grenades and a boat from the pirates.",
		"b": "The commandos recovered 12 AK 47 guns, two grenades and ammunition from the pirates.",
	}), Options{}))
	want := []groupView{
		{Conflict, []string{"a: seven AK-47 assault rifles", "b: 12 AK 47 guns"}},
		{Agree, []string{"a: two grenades", "b: two grenades"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Group() mismatch (-want +got):\n%s", diff)
	}
}

func TestKindOfPeople(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"young protesters", "mostly young people", true},
		{"local residents", "local people", true},
		{"protesters", "people", false},               // no qualifier ties them
		{"young protesters", "young students", false}, // neither counts people
		{"other protesters", "other people", false},   // "other" ties nothing
		{"young people", "young persons", false},      // one class already
	}
	for _, tt := range tests {
		if got := kindOfPeople(tt.a, tt.b); got != tt.want {
			t.Errorf("kindOfPeople(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestKindOfPeopleCounts(t *testing.T) {
	got := view(Group(extract(map[string]string{
		"a": "About two dozen young protesters broke off from the march and looted a pharmacy.",
		"b": "At least three dozen mostly young people looted the pharmacy after the march.",
	}), Options{}))
	want := []groupView{
		{Conflict, []string{"a: About two dozen young protesters", "b: At least three dozen mostly young people"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Group() mismatch (-want +got):\n%s", diff)
	}
}
