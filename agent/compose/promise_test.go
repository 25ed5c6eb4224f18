package compose

import "testing"

func TestPromiseLine(t *testing.T) {
	cases := []struct{ in, want string }{
		{"I'll come round in March", "I'm going to come round in March."},
		{"I'll pay Thursday", "I'm going to pay you back on Thursday."},
		{"I will ring you tomorrow", "I'm going to ring you tomorrow."},
		{"Breakfast is on me next Saturday", "Next Saturday, breakfast is on me."},
		{"I'll always be grateful", ""},
		{"The next round is on me", ""},
	}
	for _, c := range cases {
		got, ok := promiseLine(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("promiseLine(%q) = %q, %v, want %q", c.in, got, ok, c.want)
		}
	}
}

func TestThoughtWith(t *testing.T) {
	cases := []struct{ text, name, want string }{
		{"thinking of Amir this week with his driving test", "Amir", "Good luck with your driving test this week."},
		{"just thinking about her and the quilt she made", "Dot", "I keep thinking about the quilt you made."},
		{"thinking of Rui with his new allotment", "Rui", "I hope all is going well with your new allotment."},
		{"thinking of you", "Rui", ""},
	}
	for _, c := range cases {
		if got := thoughtWith(c.text, c.name); got != c.want {
			t.Errorf("thoughtWith(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestAgreeBe(t *testing.T) {
	cases := []struct{ in, want string }{
		{"we was neighbours in lima", "we were neighbours in lima"},
		{"they was always kind", "they were always kind"},
		{"she were my teacher", "she was my teacher"},
		{"i wish she were here", "i wish she were here"},
		{"we was best friend at school", "we were best friends at school"},
		{"we were classmates", "we were classmates"},
	}
	for _, c := range cases {
		if got := agreeBe(c.in); got != c.want {
			t.Errorf("agreeBe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNewbornNeverTheRecipient(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"my colleague had a baby boy, Ayesha is doing well", "Ayesha"},
		{"her name is Lotte and she just had a baby", "Lotte"},
	} {
		for _, d := range Parse(c.text, c.name, Congrats) {
			if d.Text == welcomeNewborn(c.name).Text {
				t.Errorf("Parse(%q) welcomes the recipient %s as the baby", c.text, c.name)
			}
		}
		if got := babyNameApart(c.text, c.name); got != c.text {
			t.Errorf("babyNameApart(%q) = %q, want it unchanged", c.text, got)
		}
	}
}
