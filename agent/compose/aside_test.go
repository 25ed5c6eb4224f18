package compose

import (
	"strings"
	"testing"
)

// TestAsidesStayOut checks that what the person tells only to explain
// the message — their own nerves, a put-down of themselves, what they
// hold back, the recipient's temperament or a low now past — never
// reaches the draft, whatever the occasion.
func TestAsidesStayOut(t *testing.T) {
	for _, tt := range []struct{ name, text, bad string }{
		{"Wren", "we went to every gig at the roundhouse together. it's been forever and honestly i'm a bit embarrassed about it", "embarrassed"},
		{"Tobi", "text tobi, we used to skate at southbank every saturday. im scared he'll think it's random", "scared"},
		{"Ines", "my cousin ines passed her bar exam! she was super anxious the whole month before", "anxious"},
		{"Priya", "i need to ask priya to swap shifts with me on friday, my mum is having surgery. i feel like such a failure for asking", "failure"},
		{"Dev", "i want to ask dev if he can come round tonight, i've had a horrible week. i don't want to unload it all in a message", "unload"},
		{"Moss", "help me thank moss for lending me his van for the move. he's quite reserved so keep it short", "reserved"},
		{"Lu", "sorry message for lu, i missed her leaving drinks. she's had such a rough year", "rough year"},
		{"Kit", "thank kit for driving me to the airport at 5am when my depression was really bad", "depression"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		if strings.Contains(strings.ToLower(d), tt.bad) {
			t.Errorf("draft for %q (%s) says %q: %q", tt.text, o, tt.bad, d)
		}
	}
}

// TestAsideKeepsWhatIsMeant checks the limits of an aside: worry for them
// is care, a low of theirs is the news when they are going through it,
// and the writer's own state is the point when they ask for support.
func TestAsideKeepsWhatIsMeant(t *testing.T) {
	for _, tt := range []struct {
		c    string
		o    Occasion
		want bool
	}{
		{"i was scared for you when i heard", Thinking, false},
		{"he's been exhausted since the op", HardTime, false},
		{"i've been feeling so anxious about my exams", Support, false},
		{"i'm nervous about texting her out of nowhere", Support, true},
		{"she's not much of a texter", Thinking, false},
		{"he's not a big texter", Thinking, true},
		{"they'll get it", Thanks, true},
		{"i feel awful about what i said", Apology, false},
		{"i feel bad about how long it's been", Reconnect, true},
		{"she was so stressed before the interview", Congrats, true},
		{"i'm so proud i could burst", Congrats, true},
		{"i'm so proud of everything we built", Thinking, false},
		{"i was finally diagnosed with ocd and i want him to know", HardTime, false},
		{"i had to cancel because of my anxiety", Thinking, true},
		{"she's been so stressed about it", Congrats, false},
	} {
		if got := innerAside(tt.c, tt.o); got != tt.want {
			t.Errorf("innerAside(%q, %s) = %v, want %v", tt.c, tt.o, got, tt.want)
		}
	}
	// The writer's health as when something else happened goes; the rest
	// of the clause stays.
	if got := withoutHealth("she stayed up talking with me when my anxiety was at its worst", Thanks); got != "she stayed up talking with me" {
		t.Errorf("withoutHealth kept %q", got)
	}
	// A temperament tells no occasion: someone else's reluctance to ask is
	// no ask of the writer's.
	if o := DetectOccasion("my mate rob got made redundant on monday. he's proud and would never ask for help"); o != HardTime {
		t.Errorf("occasion %s, want a hard time", o)
	}
}
