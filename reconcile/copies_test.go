package reconcile

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/sources"
)

const story = `The regulator fined the bank $5 million on Tuesday for failing to report suspicious transfers over three years.
The bank said it had cooperated fully with the investigation and had since replaced its compliance chief.
Investigators found that more than 2,000 transfers to shell companies in four countries went unreported.
The fine is the largest the regulator has imposed on a domestic lender since it was created a decade ago.
Shares in the bank fell 3% in early trading before recovering most of their losses by the afternoon.`

func TestCopies(t *testing.T) {
	lines := strings.Split(story, "\n")
	trimmed := "Advertisement\n" + strings.Join(lines[:4], "\n") + "\nSign up for our newsletter\n"
	other := `A separate court on Wednesday ordered the insurer to repay 40,000 customers who were overcharged for cover.
The insurer said it would appeal and that the judgment misread the terms of its policies from the past decade.
Consumer groups welcomed the ruling and called on other insurers to review similar policies at once.`
	tests := []struct {
		name string
		srcs []*sources.Source
		want map[string]string
	}{
		{
			name: "a trimmed copy with furniture is a copy",
			srcs: []*sources.Source{
				sources.New("wire", "wire.txt", story),
				sources.New("court", "court.txt", other),
				sources.New("reprint", "reprint.txt", trimmed),
			},
			want: map[string]string{"wire": "wire", "reprint": "wire"},
		},
		{
			name: "different stories are not copies",
			srcs: []*sources.Source{
				sources.New("wire", "wire.txt", story),
				sources.New("court", "court.txt", other),
			},
			want: map[string]string{},
		},
		{
			name: "short texts are never copies",
			srcs: []*sources.Source{
				sources.New("a", "a.txt", "Shares fell 3% on Tuesday."),
				sources.New("b", "b.txt", "Shares fell 3% on Tuesday."),
			},
			want: map[string]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Copies(tt.srcs)); diff != "" {
				t.Errorf("Copies() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGroupCountsCopiesOnce(t *testing.T) {
	cs := extract(map[string]string{
		"wire":    "Investigators found that more than 2,000 transfers to shell companies in four countries went unreported.",
		"reprint": "Investigators found that more than 2,000 transfers to shell companies in four countries went unreported.",
	})
	tests := []struct {
		name   string
		copies map[string]string
		want   Verdict
		indep  int
	}{
		{"independent sources agree", nil, Agree, 2},
		{"copies of one story agree as one source", map[string]string{"wire": "wire", "reprint": "wire"}, Agree, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Group(cs, Options{Copies: tt.copies})
			var got []Verdict
			for _, f := range fs {
				if strings.Contains(f.Topic, "transfers") {
					got = append(got, f.Verdict)
					if f.Independent != tt.indep {
						t.Errorf("Independent = %d, want %d", f.Independent, tt.indep)
					}
				}
			}
			if diff := cmp.Diff([]Verdict{tt.want}, got); diff != "" {
				t.Errorf("verdicts of the transfers group (-want +got):\n%s", diff)
			}
		})
	}
}
