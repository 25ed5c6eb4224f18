package agent

import "testing"

// A request to move the plan's daily message names the hour by the clock
// or by the part of the day; other plan talk names none.
func TestPlanHourAsked(t *testing.T) {
	tests := []struct {
		text string
		hour int
		ok   bool
	}{
		{"send the daily step at 7pm instead", 19, true},
		{"can the plan messages come in the evening", 19, true},
		{"id rather get my daily prompt first thing in the morning", 9, true},
		{"move the daily task to 8:30", 8, true},
		{"could my plan reminders arrive around lunchtime", 12, true},
		{"stop the daily messages", 0, false},
		{"what's tomorrow's step", 0, false},
		{"i did the daily step this morning", 0, false},
		{"move the daily message to midnight", 0, false},
	}
	for _, tt := range tests {
		h, ok := planHourAsked(tt.text)
		if ok != tt.ok || ok && h != tt.hour {
			t.Errorf("planHourAsked(%q) = %d, %v; want %d, %v", tt.text, h, ok, tt.hour, tt.ok)
		}
	}
}
