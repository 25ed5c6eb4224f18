package safety

import "testing"

// TestFrameEnd checks that a near miss's open end (a question about how to
// say something, the past, a course or a farewell at work) quiets the
// topic it frames and never the speaker's own danger told inside it.
func TestFrameEnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       Situation
	}{
		// A question that says what it asks about.
		{"ask, abuse of the speaker", "how do i tell my mum my boyfriend hits me", Abuse},
		{"ask, partner and teacher", "how can i tell my teacher that my stepdad hits me", Abuse},
		{"ask, own attempt", "how should i tell my sister that i tried to kill myself last week", Self},
		{"ask, own overdose", "how do i tell my parents i took too many pills and feel really weird", Medical},
		{"ask, own wish", "how would i even bring up with my doctor that i want to die", Self},
		// A question about helping or about feelings stays advice.
		{"ask, hurt feelings", "how do i tell my friend she hurt me", None},
		{"ask, a friend's health", "how do i ask my dad if he is ok", None},
		{"ask, supporting someone", "how can i support someone who self harms", None},
		{"ask, saying no", "how do i tell my boss i cant do the late shift", None},
		// A joke denied says the rest is meant; a joke told stays one.
		{"joke denied", "not even joking, im going to kill myself", Self},
		{"no joke", "no joke, my plan is to end my life on friday", Self},
		{"joke denied, nl", "geen grapje, ik wil dood", Self},
		{"joke told", "we were joking about how the maths exam will kill us", None},
		// A question about what is normal, in the general "you".
		{"normal, general you", "is it normal to keep thinking about killing yourself", Self},
		{"normal, others", "does anyone else imagine not waking up", Self},
		{"normal, a craving", "is it normal to want to die for a burger this much lol", None},
		// The past, then now.
		{"past then now, en", "a few years back i tried to end it and now i want to die", Self},
		{"past then but, en", "when i was younger i used to cut, but these days i want to kill myself", Self},
		{"past then now, es", "hace años lo intenté y ahora quiero matarme", Self},
		{"past then now, it", "anni fa ci ho provato, e adesso voglio ammazzarmi", Self},
		{"past then now, pt", "há anos eu tentei e agora quero me matar", Self},
		{"past then now, pl", "kilka lat temu probowalem, a teraz znowu chce umrzec", Self},
		{"past then now, tr", "yillar once denedim ama simdi yine olmek istiyorum", Self},
		// The past told as over stays quiet, "and" going on with it.
		{"past over, en", "years ago i was in a bad place and thought about ending it, im fine now", None},
		{"past over, es", "hace años pensé en quitarme la vida, hoy estoy bien", None},
		{"past over, de", "vor ein paar jahren wollte ich nicht mehr leben, jetzt geht es mir gut", None},
		{"someone else's past", "years ago my uncle killed himself and now my cousin is struggling", None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text).Situation; got != tt.want {
				t.Errorf("Detect(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestOpenCore checks which near misses have an open end, and that their
// core is the frame without it.
func TestOpenCore(t *testing.T) {
	tests := []struct {
		pattern string
		open    bool
		core    string // a message the core matches whole
	}{
		{"how do i tell ~8", true, "how do i tell"},
		{"(years ago|back then) ~8 ~8", true, "back then"},
		{"(news about ~8 | the news said ...)", true, "the news said"},
		{"rather die than (wear|eat)", false, "rather die than eat"},
		{"(a|the) (film|book) ~6 (dies|died)", false, "the film ends and he dies"},
	}
	for _, tt := range tests {
		t.Run(tt.pattern, func(t *testing.T) {
			seq, err := parsePattern("("+tt.pattern+")", "en", map[string]node{})
			if err != nil {
				t.Fatal(err)
			}
			core, open := openCore(seq)
			if open != tt.open {
				t.Errorf("openCore(%q) open = %v, want %v", tt.pattern, open, tt.open)
			}
			toks := tokens(tt.core, nil)
			if e := matchAt(core, nil, toks, nil, 0); e != len(toks)-1 {
				t.Errorf("core of %q matches %q up to %d, want %d", tt.pattern, tt.core, e, len(toks)-1)
			}
		})
	}
}
