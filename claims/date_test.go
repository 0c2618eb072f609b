package claims

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/sources"
)

type dateView struct {
	Text, ISO, From, To string
	Resolved            bool
	Weekday             string
}

func datesIn(text, published string) []dateView {
	var pub time.Time
	if published != "" {
		pub, _ = time.Parse(time.DateOnly, published)
	}
	toks := lex(nil, text, 0, len(text))
	var out []dateView
	for _, m := range findDates(toks, pub) {
		v := dateView{Text: text[toks[m.first].start:toks[m.end-1].end], ISO: m.iso, Resolved: m.resolved, Weekday: m.weekday}
		if m.resolved {
			v.From, v.To = m.from.Format(time.DateOnly), m.to.Format(time.DateOnly)
		}
		out = append(out, v)
	}
	return out
}

func TestFindDates(t *testing.T) {
	const sunday = "2021-12-12" // a Sunday
	tests := []struct {
		name, text, published string
		want                  []dateView
	}{
		{"month and day, year from the report", "The sanctions came on Dec. 10 after talks.", sunday,
			[]dateView{{"Dec. 10", "2021-12-10", "2021-12-10", "2021-12-10", true, ""}}},
		{"a day after the report's is last year's", "The deal was signed on December 20.", sunday,
			[]dateView{{"December 20", "2020-12-20", "2020-12-20", "2020-12-20", true, ""}}},
		{"full date", "It listed on December 13, 2021 in Hong Kong.", "",
			[]dateView{{"December 13, 2021", "2021-12-13", "2021-12-13", "2021-12-13", true, ""}}},
		{"day first", "Talks ended on 13 December 2021.", "",
			[]dateView{{"13 December 2021", "2021-12-13", "2021-12-13", "2021-12-13", true, ""}}},
		{"numeric, day first", "Filed on 13/12/2021.", "",
			[]dateView{{"13/12/2021", "2021-12-13", "2021-12-13", "2021-12-13", true, ""}}},
		{"numeric, month first when the day cannot be a month", "Filed on 12/13/2021.", "",
			[]dateView{{"12/13/2021", "2021-12-13", "2021-12-13", "2021-12-13", true, ""}}},
		{"numeric, ambiguous is day first", "Filed on 04/05/2021.", "",
			[]dateView{{"04/05/2021", "2021-05-04", "2021-05-04", "2021-05-04", true, ""}}},
		{"ISO", "Published 2021-12-10 at noon.", "",
			[]dateView{{"2021-12-10", "2021-12-10", "2021-12-10", "2021-12-10", true, ""}}},
		{"a month after a preposition", "The ban was expanded in June by Biden.", sunday,
			[]dateView{{"June", "2021-06", "2021-06-01", "2021-06-30", true, ""}}},
		{"a month not yet come is last year's", "It began in December, was cut in March.", "2021-02-01",
			[]dateView{{"December", "2020-12", "2020-12-01", "2020-12-31", true, ""}, {"March", "2020-03", "2020-03-01", "2020-03-31", true, ""}}},
		{"a month before a comma", "June, President Joe Biden signed an order.", sunday,
			[]dateView{{"June", "2021-06", "2021-06-01", "2021-06-30", true, ""}}},
		{"month and year", "Prices rose in June 2020.", "",
			[]dateView{{"June 2020", "2020-06", "2020-06-01", "2020-06-30", true, ""}}},
		{"a year", "It was added to the entity list in 2019.", "",
			[]dateView{{"2019", "2019", "2019-01-01", "2019-12-31", true, ""}}},
		{"a decade", "Built in the 1960s.", "",
			[]dateView{{"1960s", "1960/1969", "1960-01-01", "1969-12-31", true, ""}}},
		{"a span of years", "She modelled from 1951-1957 in New York.", "",
			[]dateView{{"1951-1957", "1951/1957", "1951-01-01", "1957-12-31", true, ""}}},
		{"a season is no span of years", "The 2012-13 season ended.", "", nil},
		{"round hundreds count", "Some 1500-2000 people marched.", "", nil},
		{"a weekday is the last one on or before the report", "The Treasury announced on Friday.", sunday,
			[]dateView{{"on Friday", "2021-12-10", "2021-12-10", "2021-12-10", true, ""}}},
		{"the report's own weekday is its day", "China on Monday slammed the move.", "2021-12-13",
			[]dateView{{"on Monday", "2021-12-13", "2021-12-13", "2021-12-13", true, ""}}},
		{"no published date: a weekday of an unknown week", "The Treasury announced on Friday.", "",
			[]dateView{{"on Friday", "-W-5", "", "", false, ""}}},
		{"no published date: Sunday is the seventh day", "It closed last Sunday.", "",
			[]dateView{{"last Sunday", "-W-7", "", "", false, ""}}},
		{"no published date: yesterday left relative", "It fell yesterday.", "",
			[]dateView{{"yesterday", "", "", "", false, ""}}},
		{"no published date: no year", "The sanctions came on Dec. 10.", "",
			[]dateView{{"Dec. 10", "--12-10", "", "", false, ""}}},
		{"yesterday", "It fell yesterday.", sunday,
			[]dateView{{"yesterday", "2021-12-11", "2021-12-11", "2021-12-11", true, ""}}},
		{"last week", "Last week, the US sanctioned four companies.", sunday,
			[]dateView{{"Last week", "2021-W48", "2021-11-29", "2021-12-05", true, ""}}},
		{"earlier this week", "It was trimmed earlier this week.", sunday,
			[]dateView{{"earlier this week", "2021-W49", "2021-12-06", "2021-12-12", true, ""}}},
		{"last month", "Last month, Biden signed a law.", sunday,
			[]dateView{{"Last month", "2021-11", "2021-11-01", "2021-11-30", true, ""}}},
		{"early this year, up to the report", "Early this year, the US declared it genocide.", sunday,
			[]dateView{{"Early this year", "2021", "2021-01-01", "2021-12-12", true, ""}}},
		{"a weekday with a date", "The order came on Friday, Dec. 10, 2021.", "",
			[]dateView{{"Friday, Dec. 10, 2021", "2021-12-10", "2021-12-10", "2021-12-10", true, "Friday"}}},
		{"not dates", "May I ask? June Carter sang. He is 10:30 late with 1,500 people and COVID-19.", sunday, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, datesIn(tt.text, tt.published)); diff != "" {
				t.Errorf("findDates(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestWeekdayMismatch(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"on Friday, Dec. 10, 2021", false},
		{"on Thursday, Dec. 10, 2021", true},
		{"on Dec. 10, 2021", false},
	}
	for _, tt := range tests {
		ms := findDates(lex(nil, tt.text, 0, len(tt.text)), time.Time{})
		if len(ms) != 1 {
			t.Fatalf("%q: %d dates", tt.text, len(ms))
		}
		if got := ms[0].weekdayMismatch(); got != tt.want {
			t.Errorf("%q: mismatch %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPeople(t *testing.T) {
	type person struct {
		Kind         Kind
		Text, Person string
	}
	tests := []struct {
		text string
		want []person
	}{
		{"The shooting killed 32-year-old Robert Buckley on Monday.", []person{{Age, "32-year-old", "Robert Buckley"}}},
		{"Robert Buckley, 32, of Brooklyn was shot.", []person{{Age, "32", "Robert Buckley"}}},
		// An age in apposition may end the sentence.
		{"\"We were lucky,\" said Ruth Okafor, 34.", []person{{Age, "34", "Ruth Okafor"}}},
		{"The girl was named by her school as Anja Reiss, 16. She was on her first trip.", []person{{Age, "16", "Anja Reiss"}}},
		// A figure after a comma inside the sentence is no apposition.
		{"He thanked Ruth Okafor, 34 times over.", nil},
		{"Esther Williams died aged 91 in her sleep.", []person{{Age, "aged 91", "Esther Williams"}}},
		// "a 32-year-old ..." in apposition to a name.
		{"Ann Marie Cole, a 32-year-old nurse from Leeds, was hurt.", []person{{Age, "32-year-old", "Ann Marie Cole"}}},
		{"The coach praised Cole, an 18-year-old guard.", []person{{Age, "18-year-old", "Cole"}}},
		{"The shot came from Cole, an 18-year-old guard.", nil}, // "from Cole" may be a place
		{"Police in Leeds, a 32-year-old man said, were slow.", nil},
		{"Meanwhile, a 32-year-old man was hurt.", nil},
		{"“We act,” said Deputy Secretary of the Treasury Wally Adeyemo. Adeyemo, the deputy treasury secretary, spoke twice.",
			[]person{{Title, "Deputy Secretary of the Treasury", "Wally Adeyemo"}, {Title, "deputy treasury secretary", "Wally Adeyemo"}}},
		{"“No,” said Foreign Ministry Spokesman Wang Wenbin. “Never,” said Wang, a spokesman, on Monday.",
			[]person{{Title, "Foreign Ministry Spokesman", "Wang Wenbin"}, {Title, "spokesman", "Wang Wenbin"}}},
		{"However, a spokesman said nothing.", nil},
		// Offices written as initials.
		{"CISO Pavel Okun said the servers were shut.", []person{{Title, "CISO", "Pavel Okun"}}},
	}
	for _, tt := range tests {
		var got []person
		for _, c := range Extract(sources.New("t", "t.txt", tt.text)) {
			if c.Person != "" {
				got = append(got, person{c.Kind, c.Text, c.Person})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestEventDay(t *testing.T) {
	const wednesday = "2024-05-15"
	tests := []struct {
		text, published string
		want            map[string]string // claim text → its event day, "" for none
	}{
		{"More than 300 people marched on Tuesday night.", wednesday,
			map[string]string{"More than 300 people": "2024-05-14", "on Tuesday": "2024-05-14"}},
		// The first of two days; a month is no day.
		{"After the vote on May 2, 40 people marched on Monday.", wednesday,
			map[string]string{"May 2": "2024-05-02", "40 people": "2024-05-02", "on Monday": "2024-05-02"}},
		{"In May, 40 people marched.", wednesday, map[string]string{"40 people": ""}},
		// Without a published date a weekday is no day.
		{"More than 300 people marched on Tuesday.", "", map[string]string{"More than 300 people": ""}},
	}
	for _, tt := range tests {
		src := sources.New("t", "t.txt", tt.text)
		src.Published = tt.published
		got := map[string]string{}
		for _, c := range Extract(src) {
			if _, ok := tt.want[c.Text]; !ok {
				continue
			}
			got[c.Text] = ""
			if c.EventDay != 0 {
				got[c.Text] = DayOf(c.EventDay).Format(time.DateOnly)
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("event days in %q (-want +got):\n%s", tt.text, d)
		}
	}
}

// TestISODate holds isoDate and yearISO to what Format and strconv write,
// at the ends of the years they write themselves and past them.
func TestISODate(t *testing.T) {
	for _, tt := range []struct {
		day  time.Time
		want []string // the day, the month and the year as isoDate and yearISO write them
	}{
		{time.Date(2021, 12, 10, 0, 0, 0, 0, time.UTC), []string{"2021-12-10", "2021-12", "2021"}},
		{time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC), []string{"1000-01-01", "1000-01", "1000"}},
		{time.Date(999, 12, 31, 0, 0, 0, 0, time.UTC), []string{"0999-12-31", "0999-12", "999"}},
		{time.Date(2100, 7, 4, 0, 0, 0, 0, time.UTC), []string{"2100-07-04", "2100-07", "2100"}},
		{time.Date(2101, 7, 4, 0, 0, 0, 0, time.UTC), []string{"2101-07-04", "2101-07", "2101"}},
		{time.Date(9999, 9, 9, 0, 0, 0, 0, time.UTC), []string{"9999-09-09", "9999-09", "9999"}},
		{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), []string{"10000-01-01", "10000-01", "10000"}},
		{time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), []string{"-0001-01-01", "-0001-01", "-1"}},
	} {
		got := []string{isoDate(tt.day, len(time.DateOnly)), isoDate(tt.day, len("2006-01")), yearISO(tt.day.Year())}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v (-want +got):\n%s", tt.day, diff)
		}
		if want := []string{tt.day.Format(time.DateOnly), tt.day.Format("2006-01"), strconv.Itoa(tt.day.Year())}; !cmp.Equal(want, got) {
			t.Errorf("%v: %q, Format and Itoa write %q", tt.day, got, want)
		}
	}
}

// TestYearlessISO holds yearlessISO to what Sprintf writes.
func TestYearlessISO(t *testing.T) {
	for _, tt := range []struct {
		mo   time.Month
		day  int
		want string
	}{
		{12, 10, "--12-10"},
		{6, 1, "--06-01"},
		{1, 31, "--01-31"},
		{6, 0, "--06"},
		{13, 5, "--13-05"},
		{0, 0, "--00"},
		{6, 100, "--06-100"},
	} {
		got := yearlessISO(tt.mo, tt.day)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("yearlessISO(%d, %d) (-want +got):\n%s", tt.mo, tt.day, diff)
		}
		want := fmt.Sprintf("--%02d-%02d", tt.mo, tt.day)
		if tt.day == 0 {
			want = fmt.Sprintf("--%02d", tt.mo)
		}
		if got != want {
			t.Errorf("yearlessISO(%d, %d) = %q, Sprintf writes %q", tt.mo, tt.day, got, want)
		}
	}
}

// TestWeekdayDate holds the table of WeekdayDate to the sum it is made of.
func TestWeekdayDate(t *testing.T) {
	want := map[time.Weekday]string{
		time.Monday: "-W-1", time.Tuesday: "-W-2", time.Wednesday: "-W-3", time.Thursday: "-W-4",
		time.Friday: "-W-5", time.Saturday: "-W-6", time.Sunday: "-W-7", 7: "-W-7", -1: "-W-6",
	}
	for wd, w := range want {
		if got := WeekdayDate(wd); got != w || got != weekdayDate(wd) {
			t.Errorf("WeekdayDate(%d) = %q, want %q", wd, got, w)
		}
	}
}

// atoiByStrconv is what atoi must return: strconv.Atoi's number, or 0.
func atoiByStrconv(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func TestAtoi(t *testing.T) {
	inputs := []string{"", "0", "7", "07", "59", "2019", "0737", "12345", "-5", "+12", "-", "1a", "a1", "1.5",
		"1,000", "٣", "99999999999999999999", "-99999999999999999999"}
	var got, want []int
	for _, s := range inputs {
		got = append(got, atoi(s))
		want = append(want, atoiByStrconv(s))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("atoi of %q differs from strconv.Atoi's (-strconv +atoi):\n%s", inputs, d)
	}
}

// FuzzAtoi holds atoi to strconv.Atoi on any text.
func FuzzAtoi(f *testing.F) {
	for _, s := range []string{"", "2019", "0737", "-5", "1/2", "９"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := atoi(s), atoiByStrconv(s); got != want {
			t.Fatalf("atoi(%q) = %d, strconv.Atoi gives %d", s, got, want)
		}
	})
}
