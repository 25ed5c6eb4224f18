package knowledge

import (
	"regexp"
	"strings"
	"testing"
)

func TestJourneys(t *testing.T) {
	want := []struct{ id, title string }{
		{"seek", "What I look for in a connection"},
		{"matter", "Who matters to me"},
		{"showup", "How I show up"},
		{"boundaries", "My boundaries"},
		{"week", "Looking back on my week"},
	}
	got := journeys()
	if len(got) != len(want) {
		t.Fatalf("got %d journeys, want %d", len(got), len(want))
	}
	for i, w := range want {
		j := got[i]
		t.Run(w.id, func(t *testing.T) {
			if j.ID != w.id || j.Title != w.title {
				t.Errorf("journey %d = %q %q, want %q %q", i, j.ID, j.Title, w.id, w.title)
			}
			if strings.TrimSpace(j.Intro) == "" {
				t.Error("empty intro")
			}
			if len(j.Questions) != 5 {
				t.Fatalf("%d questions, want 5", len(j.Questions))
			}
			seen := map[string]bool{}
			for n, q := range j.Questions {
				if !strings.HasSuffix(q.Text, "?") {
					t.Errorf("question %d %q does not end with a question mark", n+1, q.Text)
				}
				if strings.TrimSpace(q.Why) == "" {
					t.Errorf("question %d has no why", n+1)
				}
				if seen[q.Text] {
					t.Errorf("question %d repeats %q", n+1, q.Text)
				}
				seen[q.Text] = true
			}
		})
	}
}

func TestMatterAsksForNamesFirst(t *testing.T) {
	var qs []string
	for _, j := range journeys() {
		if j.ID == "matter" {
			for _, q := range j.Questions {
				qs = append(qs, q.Text)
			}
		}
	}
	if len(qs) != 5 {
		t.Fatalf("matter has %d questions, want 5", len(qs))
	}
	if !strings.HasPrefix(qs[0], "Who ") || !strings.Contains(qs[0], "closer") {
		t.Errorf("first question %q should ask who they want to feel closer to", qs[0])
	}
	them := regexp.MustCompile(`\bthem\b`)
	for i, q := range qs[1:] {
		if !them.MatchString(q) {
			t.Errorf("question %d %q should refer back to them", i+2, q)
		}
	}
}

func TestJourneysReturnsCopies(t *testing.T) {
	a := journeys()
	a[0].Questions[0].Text = "changed"
	if b := journeys(); b[0].Questions[0].Text == "changed" {
		t.Error("changing one result changed the next")
	}
}

func TestPlan(t *testing.T) {
	days := plan()
	if len(days) != 7 {
		t.Fatalf("plan has %d days, want 7", len(days))
	}
	titles := map[string]bool{}
	for i, d := range days {
		if d.Day != i+1 {
			t.Errorf("day at index %d is numbered %d, want %d", i, d.Day, i+1)
		}
		if d.Title == "" || titles[d.Title] {
			t.Errorf("day %d title %q is empty or repeated", d.Day, d.Title)
		}
		titles[d.Title] = true
		if n := lintSentences(d.Task); n < 1 || n > 2 {
			t.Errorf("day %d task has %d sentences, want 1 or 2: %q", d.Day, n, d.Task)
		}
		if !strings.HasSuffix(d.Reflection, "?") {
			t.Errorf("day %d reflection %q is not a question", d.Day, d.Reflection)
		}
	}
}

func TestPrinciples(t *testing.T) {
	ps := principles()
	if len(ps) < 6 || len(ps) > 8 {
		t.Fatalf("%d principles, want 6 to 8", len(ps))
	}
	ids := map[string]bool{}
	for _, p := range ps {
		if !lintIDPattern.MatchString(p.ID) {
			t.Errorf("id %q is not a lowercase slug", p.ID)
		}
		if ids[p.ID] {
			t.Errorf("id %q repeated", p.ID)
		}
		ids[p.ID] = true
		if p.Title == "" {
			t.Errorf("%s has no title", p.ID)
		}
		if n := lintSentences(p.Tip); n != 1 {
			t.Errorf("%s tip has %d sentences, want 1: %q", p.ID, n, p.Tip)
		}
	}
	for _, want := range []string{"specific", "warm", "open-question", "no-pressure", "their-time", "honest-gap"} {
		if !ids[want] {
			t.Errorf("missing principle %q", want)
		}
	}
}

// lintSentences counts sentence ends in s.
func lintSentences(s string) int {
	return len(regexp.MustCompile(`[.!?](\s|$)`).FindAllString(strings.TrimSpace(s), -1))
}
