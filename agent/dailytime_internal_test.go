package agent

import "testing"

func TestTimeReply(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"11pm", true},
		{"7:30 am", true},
		{"7:30", true},
		{"at 25:00", true},
		{"how about 6pm instead?", true},
		{"in the evening", true},
		{"18", true},
		{"I joined a book club at 8pm", false},
		{"hello", false},
		{"what should I do today?", false},
		{"please", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := timeReply(tc.text); got != tc.want {
				t.Errorf("timeReply(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestHabitClockIn(t *testing.T) {
	tests := []struct {
		text, which string
		hour, min   int
		ok          bool
	}{
		{"at 7", "morning", 7, 0, true},
		{"at 7", "evening", 19, 0, true},
		{"at 9", "evening", 21, 0, true},
		{"at 9", "", 9, 0, true},
		{"at 12", "morning", 12, 0, true},
		{"at 19", "morning", 19, 0, true},
		{"at 7pm", "morning", 19, 0, true},
		{"at 7:30", "evening", 7, 30, true},
		{"at 11pm", "morning", 23, 0, true},
		{"at 25:00", "morning", 0, 0, false},
		{"at 25", "evening", 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.which+" "+tc.text, func(t *testing.T) {
			h, m, ok := habitClockIn(tc.text, tc.which)
			if ok != tc.ok || ok && (h != tc.hour || m != tc.min) {
				t.Errorf("habitClockIn(%q, %q) = %02d:%02d %v, want %02d:%02d %v", tc.text, tc.which, h, m, ok, tc.hour, tc.min, tc.ok)
			}
		})
	}
}

func TestBadClock(t *testing.T) {
	tests := []struct{ text, want string }{
		{"at 25:00", "25:00"},
		{"at 7:75", "7:75"},
		{"remind me with a daily nudge at 24:30!", "24:30"},
		{"at 23:59", ""},
		{"at 11pm", ""},
		{"no time here", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := badClock(tc.text); got != tc.want {
				t.Errorf("badClock(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
