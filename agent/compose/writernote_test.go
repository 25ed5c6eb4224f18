package compose

import (
	"strings"
	"testing"
)

// TestWriterNotesStayOut checks that what the person tells the companion
// so the message is written well is never said to the recipient.
func TestWriterNotesStayOut(t *testing.T) {
	cases := []struct {
		name, text string
		o          Occasion
		never      string
	}{
		{"Oisin", "his gran died on monday. honestly im hopeless with words at times like this", Condolence, "hopeless"},
		{"Maya", "she got the promotion! i'm so bad at texting tbh", Congrats, "texting"},
		{"Kit", "we lived together in halls. i've been awful at staying in touch", Reconnect, "awful"},
		{"Lou", "her cat died. i'm scared of sounding cold", Condolence, "cold"},
		{"Ben", "we played in a band at school. i'm worried he won't remember me", Reconnect, "remember me"},
		{"Ada", "we used to run together on sundays, i just got so caught up with work", Reconnect, "caught up"},
		{"Sam", "he lost his job. he's fiercely independent and hates a fuss", HardTime, "independent"},
		{"Eve", "she's having chemo. she's quite private about it", HardTime, "private"},
		{"Tom", "i need to tell my brother i'm struggling. we never really talk about feelings", Support, "feelings"},
		{"Liv", "she split up with her partner. we aren't that close", HardTime, "close"},
		{"Ro", "he failed his driving test again. i don't want to sound patronising", HardTime, "patronising"},
		{"Nia", "i feel kind of awkward about reaching out after so long. we did drama club together", Reconnect, "awkward"},
	}
	for _, c := range cases {
		got := Write(Spec{Occasion: c.o, Name: c.name, Details: Parse(c.text, c.name, c.o)})
		if strings.Contains(strings.ToLower(got), c.never) {
			t.Errorf("draft for %q says %q: %q", c.text, c.never, got)
		}
	}
}

// TestWriterNotesLeaveTheRest checks that closeness told as a memory, and
// what the writer is afraid of for them, are not taken for notes.
func TestWriterNotesLeaveTheRest(t *testing.T) {
	for _, c := range []string{"we were really close at school", "i'm worried about her", "we're close", "i'm not great at the moment"} {
		if writerNote(c) {
			t.Errorf("writerNote(%q) = true, want false", c)
		}
	}
}

// TestWriterNoteMore keeps out of the message more of what the person
// says for the companion only: the recipient's temperament said with their
// name, how the recipient should not take it, the kind of message wished
// for, and the writer's own going quiet.
func TestWriterNoteMore(t *testing.T) {
	for _, c := range []string{
		"marta is very private so nothing long",
		"he doesnt do soppy stuff",
		"kofi's quite old school",
		"i dont want her to worry",
		"don't want him thinking something's wrong",
		"i just want a quick friendly hello",
		"i kind of disappeared after the wedding",
		"we barely talked since",
		"i left on good terms i think",
		"because i was in a bad place that winter",
	} {
		if !writerNote(c) {
			t.Errorf("writerNote(%q) = false, want true", c)
		}
	}
	for _, c := range []string{
		"he's been struggling since the move",
		"i want to say thank you",
		"i was not ok and i need someone to talk to",
		"she always makes me laugh",
	} {
		if writerNote(c) {
			t.Errorf("writerNote(%q) = true, want false", c)
		}
	}
}
