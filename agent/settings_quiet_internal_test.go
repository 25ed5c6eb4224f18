package agent

import "testing"

func TestQuietAskedInWords(t *testing.T) {
	tests := []struct {
		in         string
		start, end int
		weekends   bool
		reset      bool
		none       bool
	}{
		{"pls don't message me after 10pm", 22 * 60, -1, false, false, false},
		{"quiet hours from 11pm till 6:30am", 23 * 60, 6*60 + 30, false, false, false},
		{"no reminders before 9 please", -1, 9 * 60, false, false, false},
		{"set my quiet hours between 21:00 and 07:00", 21 * 60, 7 * 60, false, false, false},
		{"can you not ping me on saturdays and sundays", -1, -1, true, false, false},
		{"stop texting me past midnight", 0, -1, false, false, false},
		{"turn off my quiet hours", -1, -1, false, false, true},
		{"switch the quiet hours off please", -1, -1, false, false, true},
		{"i dont need quiet hours", -1, -1, false, false, true},
		{"reset my quiet hours", -1, -1, false, true, false},
		{"can you put quiet hours back to the usual", -1, -1, false, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c, ok := quietAsked(quietFold(tc.in))
			if !ok {
				t.Fatal("not read as quiet hours")
			}
			if c.start != tc.start || c.end != tc.end || c.weekends != tc.weekends || c.reset != tc.reset || c.none != tc.none {
				t.Errorf("got %+v, want start %d end %d weekends %v reset %v none %v", c, tc.start, tc.end, tc.weekends, tc.reset, tc.none)
			}
		})
	}
	for _, in := range []string{"i stayed up after 10pm watching films", "she never texts me before noon", "my weekend was quiet", "nothing much, you?", "i don't text anyone after 10pm", "they dont message me before lunch", "it was nothing after all"} {
		if c, ok := quietAsked(quietFold(in)); ok {
			t.Errorf("%q read as quiet hours: %+v", in, c)
		}
	}
}
