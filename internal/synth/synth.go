// Package synth writes synthetic news reports for benchmarks: many stories,
// many reports of each, built from templates we wrote, with the figures,
// names and titles of each report perturbed the way real reports differ
// (a rounded figure, a toll that grew, a misspelt name, a wrong rank). The
// output depends only on the seed.
package synth

import (
	"fmt"
	"math/rand"
	"strings"
)

// Report is one synthetic report.
type Report struct {
	Name string // a file name: "s0003-r0012.txt"
	Text string
}

// story is one event, with the true figures its reports perturb.
type story struct {
	place, region, agency   string
	official, office, group string
	deaths, injured, homes  int
	amount                  float64 // millions of dollars
	magnitude               float64
	age                     int
	weekday                 string
}

var (
	places   = []string{"Tarvel", "Ostra", "Miren", "Halden", "Savin", "Kella", "Durn", "Anvik", "Sorell", "Brack"}
	endings  = []string{"ford", "ham", "vik", "ton", "dal", "mouth", "by", "stad", "wick", "holm"}
	regions  = []string{"the northern province", "the coastal district", "the river valley", "the eastern highlands", "the capital region"}
	agencies = []string{"the disaster agency", "the regional police", "the health ministry", "the fire service", "the interior ministry"}
	firsts   = []string{"Anna", "Marek", "Sofia", "Tomas", "Lena", "Pavel", "Irene", "Jonas", "Vera", "Karim"}
	lasts    = []string{"Halvorsen", "Brandt", "Okafor", "Lindqvist", "Moreau", "Castellano", "Novak", "Haddad", "Ferreira", "Kowalski"}
	ranks    = []string{"Deputy", "Assistant", "Acting", ""}
	offices  = []string{"Minister of the Interior", "Secretary of Health", "Director of Civil Protection", "Minister of Finance"}
	groups   = []string{"rescue workers", "volunteers", "soldiers", "firefighters"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	filler   = strings.Fields(`the officials residents said community local roads bridge damage
		schools reopened market services power water supply families shelters night morning
		weather forecast aid convoy arrived centre council meeting statement plans repair
		teams worked hours visited hospital staff equipment trucks volunteers organised food
		blankets donations appeal national government response criticised praised quickly`)
)

// Corpus returns reports of stories stories, perStory reports each, of
// about size bytes a report.
func Corpus(stories, perStory, size int, seed int64) []Report {
	rng := rand.New(rand.NewSource(seed))
	var out []Report
	for s := 0; s < stories; s++ {
		st := newStory(rng, s)
		for r := 0; r < perStory; r++ {
			out = append(out, Report{
				Name: fmt.Sprintf("s%04d-r%04d.txt", s, r),
				Text: st.report(rng, size),
			})
		}
	}
	return out
}

func newStory(rng *rand.Rand, n int) story {
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	rank := pick(ranks)
	office := pick(offices)
	if rank != "" {
		office = rank + " " + office
	}
	return story{
		place:     pick(places) + endings[n%len(endings)],
		region:    pick(regions),
		agency:    pick(agencies),
		official:  pick(firsts) + " " + pick(lasts),
		office:    office,
		group:     pick(groups),
		deaths:    3 + rng.Intn(60),
		injured:   20 + rng.Intn(300),
		homes:     50 + rng.Intn(2000),
		amount:    float64(5+rng.Intn(900)) / 10 * 10,
		magnitude: 5 + float64(rng.Intn(30))/10,
		age:       20 + rng.Intn(60),
		weekday:   pick(weekdays),
	}
}

// report writes one report of the story, its figures perturbed as
// reports differ.
func (s story) report(rng *rand.Rand, size int) string {
	perturb := func(v int) int {
		switch rng.Intn(10) {
		case 0:
			return v + 1 + rng.Intn(3) // a later, higher figure
		case 1:
			return v - 1
		}
		return v
	}
	official := s.official
	if rng.Intn(8) == 0 { // a misspelt name
		official = strings.Replace(official, "a", "e", 1)
	}
	office := s.office
	if rng.Intn(10) == 0 { // a wrong rank
		office = "Deputy " + strings.TrimPrefix(strings.TrimPrefix(office, "Assistant "), "Deputy ")
	}
	sentences := []string{
		fmt.Sprintf("A magnitude %.1f earthquake struck %s in %s on %s, %s said.", s.magnitude, s.place, s.region, s.weekday, s.agency),
		fmt.Sprintf("At least %d people were killed and %d others were injured, according to %s.", perturb(s.deaths), perturb(s.injured), s.agency),
		fmt.Sprintf("More than %d homes were damaged across %s.", perturb(s.homes)/10*10, s.region),
		fmt.Sprintf("\"We are doing everything we can,\" said %s %s.", office, official),
		fmt.Sprintf("The government released $%.0f million in emergency aid for %s.", s.amount, s.place),
		fmt.Sprintf("Among the dead was a %d-year-old teacher, and %d %s joined the search overnight.", s.age, perturb(s.deaths*10), s.group),
	}
	rng.Shuffle(len(sentences), func(i, j int) { sentences[i], sentences[j] = sentences[j], sentences[i] })
	var b strings.Builder
	fmt.Fprintf(&b, "Earthquake hits %s\n", s.place)
	for i, sent := range sentences {
		b.WriteString(sent)
		b.WriteByte('\n')
		// Filler paragraphs between the facts, to a realistic length.
		for b.Len() < size*(i+1)/len(sentences) {
			n := 12 + rng.Intn(20)
			words := make([]string, n)
			for k := range words {
				words[k] = filler[rng.Intn(len(filler))]
			}
			words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
			b.WriteString(strings.Join(words, " "))
			b.WriteString(".\n")
		}
	}
	return b.String()
}
