package agent

import (
	"testing"
	"time"
)

// newsTurn is a turn on text for someone in Lisbon, on Tuesday 24
// November 2026.
func newsTurn(text string, contacts ...Contact) *turn {
	p := Person{ID: "test:n", Profile: Profile{Timezone: "Europe/Lisbon", Created: time.Unix(1, 0)}, Contacts: contacts}
	m := Message{Channel: "test", ChatID: "n", Person: p.ID, Text: text}
	tr := newTurn(New(Options{}), m, p, time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
	tr.text = text
	return tr
}

func TestDatedOccasion(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for none
	}{
		{"my uncle ray is turning 70 this friday", "birthday 27 November"},
		{"my nans 90th is on sunday!!", "birthday 29 November"},
		{"its my cousin's bday tomorrow", "birthday 25 November"},
		{"my parents anniversary is in 3 days", "anniversary 27 November"},
		{"our anniversary is today", "anniversary 24 November"},
		{"my godson will be 18 on the 2nd of january", "birthday 2 January"},
		{"my dad is 60 on friday", "birthday 27 November"},
		{"my grandma turns 92 next week", ""},
		{"my birthday is on saturday", ""},
		{"my brother turns 30 every year lol", ""},
		{"i met my friend on saturday", ""},
		{"see you on friday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := newsTurn(tt.in).datedOccasion(tt.in)
			got := ""
			if ok {
				got = d.What + " " + dateLabel(d)
			}
			if got != tt.want {
				t.Errorf("datedOccasion(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAgeTurning(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"my grandpa turns 80 on saturday", 80},
		{"my nans 90th is on sunday", 90},
		{"my dad's 60 tomorrow", 60},
		{"my cousin's bday is tomorrow", 0},
	}
	for _, tt := range tests {
		if got := ageTurning(tt.in); got != tt.want {
			t.Errorf("ageTurning(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestHabitNews(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"i phone my grandad every sunday", true},
		{"we usually video call my sister on fridays", true},
		{"btw i visit my aunt every other saturday", true},
		{"i want to call mum every sunday", false},
		{"i need to text jo every week", false},
		{"i keep forgetting to call my dad every sunday", false},
		{"call my dad every sunday", false},
		{"remind me to ring nan weekly", false},
		{"i'd like to check in with sam every month", false},
	}
	for _, tt := range tests {
		if got := habitNews(foldText(tt.in)); got != tt.want {
			t.Errorf("habitNews(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestListsPeople(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"which people am i keeping up with", true},
		{"who is on my list", true},
		{"which mates have you got me staying in touch with?", true},
		{"what friends did i add", true},
		{"who am i meant to be checking in with this week", true},
		{"who should i keep in touch with", false},
		{"who is my best friend", false},
		{"which friends do i have", false},
		{"what should i text my friend", false},
	}
	for _, tt := range tests {
		if got := listsPeople(foldText(tt.in)); got != tt.want {
			t.Errorf("listsPeople(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// A new day for a reminder keeps the rest of it: its time, and how many
// weeks apart it comes, unless the change says how often.
func TestKeepRest(t *testing.T) {
	tests := []struct {
		old, change, want string
	}{
		{"every 2 weeks on Sunday at 18:00", "make it saturdays", "every 2 weeks on Saturday at 18:00"},
		{"every 2 weeks on Sunday at 18:00", "move her to fridays at 9am", "every 2 weeks on Friday at 09:00"},
		{"every 2 weeks on Sunday at 18:00", "every saturday", "every Saturday at 18:00"},
		{"every 2 weeks on Sunday at 18:00", "every other thursday", "every 2 weeks on Thursday at 18:00"},
		{"every 3 weeks at 10:00", "change it to mondays", "every 3 weeks on Monday at 10:00"},
		{"every month at 10:00", "switch to tuesdays", "every 4 weeks on Tuesday at 10:00"},
		{"every day at 08:00", "make it wednesdays", "every Wednesday at 08:00"},
		{"every Sunday at 10:00", "on saturday", "every Saturday at 10:00"},
	}
	for _, tt := range tests {
		old, ok := ParseCadence(tt.old, 10)
		cad, ok2 := ParseCadence(tt.change, 10)
		if !ok || !ok2 {
			t.Fatalf("ParseCadence(%q, %q) not read", tt.old, tt.change)
		}
		if got := keepRest(cad, old, tt.change).String(); got != tt.want {
			t.Errorf("%q then %q = %q, want %q", tt.old, tt.change, got, tt.want)
		}
	}
}

// "her birthday" means the last person spoken of that "her" can mean.
func TestRecentForPronoun(t *testing.T) {
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	tr := newsTurn("her birthday is 3 june",
		Contact{ID: "c1", Name: "Ines", Relationship: "sister", ContactPlans: ContactPlans{Touched: now.Add(-time.Hour)}},
		Contact{ID: "c2", Name: "Dad", ContactPlans: ContactPlans{Touched: now.Add(-time.Minute)}},
		Contact{ID: "c3", Name: "Ola", ContactPlans: ContactPlans{Touched: now.Add(-48 * time.Hour)}})
	if c := tr.recentFor("her birthday is 3 june"); c == nil || c.Name != "Ines" {
		t.Errorf("her: %+v, want Ines", c)
	}
	if c := tr.recentFor("his birthday is 3 june"); c == nil || c.Name != "Dad" {
		t.Errorf("his: %+v, want Dad", c)
	}
	if c := tr.recentFor("their birthday is 3 june"); c == nil || c.Name != "Dad" {
		t.Errorf("their: %+v, want Dad, the last spoken of", c)
	}
}
