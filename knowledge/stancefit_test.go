package knowledge

import "testing"

// TestStanceFits holds a listed question's stance to the questions it
// answers: the same act by the same person, asking what narrows it.
func TestStanceFits(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		listed, query string
		want          bool
	}{
		// What narrows the listed question must be asked too.
		{"should i end a friendship with someone who never asks how i am", "is it alright to end a friendship by whatsapp", false},
		{"should i end a friendship with someone who never asks how i am", "should i drop a friend who only ever talks about himself", true},
		{"is it weird to text just to say hey", "is it weird to dump a friend over text", false},
		{"is it weird to text just to say hey", "would it be odd to message my cousin just to say hey", true},
		// And the same person must do the act.
		{"is it rude to leave someone on read", "my sister leaves me on read all the time, is that rude", false},
		{"is it rude to leave someone on read", "is it rude if i leave my mate on read for a day", true},
		{"can i message again if they left me on read", "can i message again if i left them on read", false},
		// Nothing to narrow and no one named: a paraphrase keeps it.
		{"is it ok to mute a group chat", "is it fine to mute the family group chat", true},
	} {
		got := kb.idx.readStanced(c.listed).fits(kb.idx.meaningOf(c.query))
		if got != c.want {
			t.Errorf("stance of %q for %q: fits %v, want %v", c.listed, c.query, got, c.want)
		}
	}
}

// TestAskedVerb reads the act a yes-or-no question asks about.
func TestAskedVerb(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"the group is full of trolls, should i just leave", "leave"},
		{"is it ok to mute the family chat", "mute"},
		{"do i have to start all over again", "start"},
		{"is that weird", ""},
		{"would it be rude to unfollow her", "unfollow"},
		{"should i get a new phone", ""},
	} {
		if got := askedVerb(words(c.q), stem); got != stem(c.want) && !(c.want == "" && got == "") {
			t.Errorf("askedVerb(%q) = %q, want the stem of %q", c.q, got, c.want)
		}
	}
}
