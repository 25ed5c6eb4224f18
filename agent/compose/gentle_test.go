package compose

import (
	"strings"
	"testing"
)

// Hard news is met by whose it is; how it happened, their health and how
// they were left are never told back.
func TestGentleNews(t *testing.T) {
	for _, tc := range []struct {
		news      string
		has       string
		never     []string
		untouched bool
	}{
		{news: "your cousin was hit by a drunk driver in a car accident", has: "your cousin", never: []string{"driver", "accident"}},
		{news: "your husband walked out and ended it over text", has: "you and your husband", never: []string{"text"}},
		{news: "you've been having panic attacks and started counselling", has: "hard", never: []string{"panic", "counselling"}},
		{news: "your mother fell down the stairs at home and hurt her hip badly", has: "your mother", never: []string{"stairs"}},
		{news: "your mum used to bring us soup whenever we were ill", untouched: true},
		{news: "you lost your job", untouched: true},
	} {
		got, ok := gentleNews(tc.news, 0, false, func(string) bool { return false })
		if tc.untouched {
			if ok {
				t.Errorf("gentleNews(%q) = %q, want the news said as it is", tc.news, got)
			}
			continue
		}
		if !ok || !strings.Contains(got, tc.has) {
			t.Errorf("gentleNews(%q) = %q, %v; want it to carry %q", tc.news, got, ok, tc.has)
		}
		for _, n := range tc.never {
			if strings.Contains(strings.ToLower(got), n) {
				t.Errorf("gentleNews(%q) = %q, says %q back", tc.news, got, n)
			}
		}
	}
}

// A condolence and a hard-time draft carry whose news it is, never how it
// happened.
func TestHardNewsDraftsGentle(t *testing.T) {
	for _, tc := range []struct {
		occ   Occasion
		said  string
		has   string
		never string
	}{
		{Condolence, "her sister was killed in a climbing accident last month", "your sister", "climbing"},
		{HardTime, "he told me he's been depressed for a while and is seeing a therapist", "sorry", "therapist"},
	} {
		d := Write(Spec{Occasion: tc.occ, Name: "Noor", Details: Parse(tc.said, "Noor", tc.occ)})
		if !strings.Contains(d, tc.has) || strings.Contains(strings.ToLower(d), tc.never) {
			t.Errorf("%s draft for %q = %q; want %q and never %q", tc.occ, tc.said, d, tc.has, tc.never)
		}
	}
}

// News about them keeps what it is and leaves out how it happened.
func TestWithoutHow(t *testing.T) {
	for _, tc := range []struct{ news, want string }{
		{"you're laid up at home after a nasty cycling accident", "you're laid up at home"},
		{"you broke your arm in a skiing collision", "you broke your arm"},
		{"you're in hospital", "you're in hospital"},
		{"your dad is in hospital after a crash", "your dad is in hospital after a crash"},
	} {
		if got := withoutHow(tc.news); got != tc.want {
			t.Errorf("withoutHow(%q) = %q, want %q", tc.news, got, tc.want)
		}
	}
}
