package agent

import (
	"testing"
	"time"
)

// Taking someone off the list is read only of someone on it; a reminder
// named is stopped elsewhere, and other removals are not this.
func TestDroppedContact(t *testing.T) {
	cs := []Contact{{ID: "c1", Name: "Grandma", Relationship: "grandmother"}, {ID: "c2", Name: "Josh"}, {ID: "c3", Name: "Ana Lucia"}}
	tests := []struct{ text, want string }{
		{"delete grandma", "Grandma"},
		{"actually remove josh from my list", "Josh"},
		{"can you take ana lucia off the list please", "Ana Lucia"},
		{"get rid of josh", "Josh"},
		{"delete the reminder for josh", ""},
		{"remove my sister", ""},
		{"delete my old photos", ""},
		{"josh deleted me on insta", ""},
	}
	for _, tt := range tests {
		c, _ := droppedContact(cs, tt.text)
		got := ""
		if c != nil {
			got = c.Name
		}
		if got != tt.want {
			t.Errorf("droppedContact(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if _, who := droppedContact(cs, "remove my sister"); !who.Found() {
		t.Error(`"remove my sister" does not name the sister it cannot find`)
	}
}

// A pause until a month or a season ends on the first of that month to
// come, after Boxing Day, or at the new year.
func TestSeasonEnd(t *testing.T) {
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want time.Time
	}{
		{"pause tom until january", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"mute priya till march", time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)},
		{"hold off on dad until after christmas", time.Date(2026, 12, 27, 0, 0, 0, 0, time.UTC)},
		{"pause everything till the new year", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"snooze gran until december", time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"pause nadia until next month", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"pause nadia for now", time.Time{}},
	}
	for _, tt := range tests {
		if got := seasonEnd(foldText(tt.text), now); !got.Equal(tt.want) {
			t.Errorf("seasonEnd(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
