package agent

import "testing"

func TestReminderRecipient(t *testing.T) {
	tests := []struct {
		in, name, rel string
	}{
		{"remind me to check in with Mum every Sunday", "Mum", ""},
		{"remind me to call my mother every week", "Mum", ""},
		{"remind me to text my sister Ana", "Ana", "sister"},
		{"every 2 weeks for Sam", "Sam", ""},
		{"change Leo to mondays", "Leo", ""},
		{"remind me about ana every 2 weeks instead", "Ana", ""},
		{"remind me to text grandpa on the first of every month", "Grandpa", ""},
		{"nudge me to message my old boss every month", "your old boss", ""},
		{"remind me to text jess, she moved to berlin, every month", "Jess", ""},
		{"remind me to ping the uni flat group chat every friday", "your group chat", ""},
		{"remind me to call Mrs Okafor next door on sundays", "Mrs Okafor", "neighbour"},
		{"remind me to drink water every day at 3pm", "", ""},
		{"every other tuesday evening", "", ""},
		{"remind me every monday", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			name, rel := reminderRecipient(tt.in)
			if name != tt.name || rel != tt.rel {
				t.Errorf("reminderRecipient(%q) = %q, %q; want %q, %q", tt.in, name, rel, tt.name, tt.rel)
			}
		})
	}
}

func TestFindContactByName(t *testing.T) {
	cs := []Contact{{ID: "c1", Name: "Mum"}, {ID: "c2", Name: "Ana", Relationship: "sister"}, {ID: "c3", Name: "Mrs Okafor"}, {ID: "c4", Name: "your old boss"}}
	tests := []struct{ in, id string }{
		{"mum", "c1"}, {"my mother", "c1"}, {"Mum", "c1"}, {"ana", "c2"}, {"my sister", "c2"}, {"okafor", "c3"},
		{"my old boss", "c4"}, {"Leo", ""}, {"mondays", ""}, {"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ""
			if c := findContactByName(cs, tt.in); c != nil {
				got = c.ID
			}
			if got != tt.id {
				t.Errorf("findContactByName(%q) = %q, want %q", tt.in, got, tt.id)
			}
		})
	}
}

func TestFindLocation(t *testing.T) {
	tests := []struct {
		in, zone string
		ok       bool
	}{
		{"Manchester", "Europe/London", true},
		{"UK", "Europe/London", true},
		{"I live in Manchester", "Europe/London", true},
		{"I live in Lyon", "Europe/Paris", true},
		{"im in sao paulo", "America/Sao_Paulo", true},
		{"Europe/Lisbon", "Europe/Lisbon", true},
		{"london", "Europe/London", true},
		{"new york", "America/New_York", true},
		{"tokyo", "Asia/Tokyo", true},
		{"utc", "UTC", true},
		{"the US", "", false},
		{"every sunday", "", false},
		{"I joined a local running club's whatsapp group and a sci-fi book discord", "", false},
		{"no idea", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			zone, ok := findLocation(tt.in)
			if zone != tt.zone || ok != tt.ok {
				t.Errorf("findLocation(%q) = %q, %v; want %q, %v", tt.in, zone, ok, tt.zone, tt.ok)
			}
		})
	}
}
