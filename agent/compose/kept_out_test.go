package compose

import (
	"strings"
	"testing"
)

// TestNotesForTheWriterStayOut checks that what is said for the companion
// (where the news was learnt, a rule for the writing, a joke offered as an
// excuse, a sum asked to be left out) never reaches the draft.
func TestNotesForTheWriterStayOut(t *testing.T) {
	for _, c := range []struct {
		name, text string
		out        []string
	}{
		{"Omar", "my old teammate Omar's wife died. i only saw it on facebook this morning", []string{"facebook", "saw it"}},
		{"Ilse", "my aunt Ilse lost her husband Karl. she's not religious so nothing about god please", []string{"religious", "god"}},
		{"Rory", "i need to apologise to Rory, i mocked his accent at the pub. it was only a joke", []string{"joke"}},
		{"Tess", "my sister Tess lent me £300 for the deposit, want to thank her but don't mention the amount", []string{"300"}},
		{"Nico", "my friend Nico is on a hiking trip this week, want to say hi. no emojis please", []string{"emoji"}},
	} {
		d, _ := draftOf(c.text, c.name, TieFriend)
		for _, o := range c.out {
			if strings.Contains(strings.ToLower(d), o) {
				t.Errorf("draft for %q says %q: %q", c.text, o, d)
			}
		}
	}
}

// TestForgottenBirthdayOwnedFirst checks that a birthday forgotten opens
// without an exclamation before its sorry, and that "her" before "no
// matter what" is who is meant, not whose.
func TestForgottenBirthdayOwnedFirst(t *testing.T) {
	d, _ := draftOf("i totally forgot my cousin Anouk's birthday on monday, i feel terrible", "Anouk", TieFamily)
	first, _, _ := strings.Cut(d, ".")
	if strings.Contains(first, "!") || !strings.Contains(strings.ToLower(d), "sorry") {
		t.Errorf("forgotten birthday not owned calmly: %q", d)
	}
	if got := secondPerson("I'm proud of her no matter what", "Ada", false); strings.Contains(got, "your no") {
		t.Errorf("secondPerson read her as whose: %q", got)
	}
}

// TestAsidesOfAnApologyAndADayAway checks that a tag stressing a sorry and
// a guess at how they took it stay out, that a birthday spent away is
// wished well where it is spent, and that "have new baby" gets its article.
func TestAsidesOfAnApologyAndADayAway(t *testing.T) {
	d, _ := draftOf("i need to apologise to Mireille, i forgot to pick her up from the station. i messed up and i know it. she acted like she didn't mind", "Mireille", TieFriend)
	for _, bad := range []string{"I know it", "acted like", "didn't mind"} {
		if strings.Contains(d, bad) {
			t.Errorf("apology says %q: %q", bad, d)
		}
	}
	d, _ = draftOf("birthday text for Tobi, he's spending his birthday hiking in the alps", "Tobi", TieFriend)
	if !strings.Contains(d, "hiking in the Alps") && !strings.Contains(d, "hiking in the alps") {
		t.Errorf("birthday away not wished well: %q", d)
	}
	d, _ = draftOf("my colleague Oyelaran have new baby girl", "Oyelaran", TieWork)
	if !strings.Contains(d, "a new baby") {
		t.Errorf("new baby without its article: %q", d)
	}
}

// TestFollowUpNamesWhatItChases checks that a follow-up keeps what it
// chases and leaves the silence to the follow-up itself.
func TestFollowUpNamesWhatItChases(t *testing.T) {
	d, _ := draftOf("i messaged Dagny ten days ago about the designer vacancy but still no reply", "Dagny", TieWork)
	if !strings.Contains(d, "the designer vacancy") || strings.Contains(d, "no reply") {
		t.Errorf("follow-up lost what it chases or says the silence: %q", d)
	}
}

// TestStressedSubjectSaidPlainly checks that "herself" stressing who is
// ill is not carried into the draft.
func TestStressedSubjectSaidPlainly(t *testing.T) {
	d, _ := draftOf("my manager Pernille herself is having surgery next week", "Pernille", TieWork)
	if strings.Contains(d, "self") {
		t.Errorf("reflexive carried into the draft: %q", d)
	}
}

// TestDoubtAskedIsNotSent checks that the writer asking the companion
// whether the message is weird never reaches the draft.
func TestDoubtAskedIsNotSent(t *testing.T) {
	d, _ := draftOf("my old piano teacher Mrs Arkwright came to mind, i still hum her warm-up scales. want to drop her a note, would that be odd?", "Mrs Arkwright", TieWeak)
	if strings.Contains(strings.ToLower(d), "odd") || strings.Contains(d, "would that") {
		t.Errorf("doubt asked of the companion sent: %q", d)
	}
}

// TestYesToWriteIsNoDetail checks that a yes to the offer to write ("yeah
// id love to send him something") is the wish to write, never a line of
// the message.
func TestYesToWriteIsNoDetail(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"Ravi", "my brother Ravi just had his first kid. yeah id love to send him something"},
		{"Juno", "my mate Juno got the job. yes i'd like to write her a quick note"},
		{"Pia", "Pia's mum is ill. sure, i'd love to send her a few words"},
	} {
		d, _ := draftOf(c.text, c.name, TieFriend)
		for _, o := range []string{"send you something", "write you a quick note", "send you a few words", "love to send", "like to write"} {
			if strings.Contains(strings.ToLower(d), o) {
				t.Errorf("draft for %q says %q: %q", c.text, o, d)
			}
		}
	}
}
