package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestOwnWrongIsGuilt checks that something the person failed to do for
// someone ("i forgot my sister's birthday") is heard as guilt, never as
// the person being forgotten, that the offer is to write to the one let
// down, and that taking it writes for what happened. Being forgotten
// stays a hurt.
func TestOwnWrongIsGuilt(t *testing.T) {
	for _, c := range []struct {
		text, write string
		draft       []string // each must be in the draft
	}{
		{"i forgot my sister's birthday yesterday ugh", "Write to your sister", []string{"belated"}},
		{"i totally forgot to call my grandad on his birthday, feel awful", "Write to Grandad", []string{"belated", "Grandad"}},
	} {
		h := newHarness(t)
		reply := renderReplies(h.send("alex", c.text, ""))
		if strings.Contains(reply, "forgotten or passed over") || !strings.Contains(reply, c.write) {
			t.Errorf("%q:\n%s\nwant guilt heard and %q offered", c.text, reply, c.write)
			continue
		}
		h.send("alex", c.write, "")
		draft := ""
		for range 3 {
			if out := renderReplies(h.send("alex", "skip", "")); strings.Contains(out, "┃") || strings.Contains(out, "draft") {
				draft = out
				break
			}
		}
		for _, w := range c.draft {
			if !strings.Contains(strings.ToLower(draft), strings.ToLower(w)) {
				t.Errorf("%q: draft\n%s\nwant %q in it", c.text, draft, w)
			}
		}
	}
	h := newHarness(t)
	if reply := renderReplies(h.send("alex", "my sister forgot my birthday", "")); !strings.Contains(reply, "hurt") {
		t.Errorf("being forgotten: %q, want it heard as a hurt", reply)
	}
}

// TestNameGivenWhileListening checks that a name said after a listening
// reply ("her name is hana") is taken as the name of the one talked
// about: the offer to write goes to them by name and keeps the story.
func TestNameGivenWhileListening(t *testing.T) {
	h := newHarness(t)
	h.send("alex", "i forgot my sister's birthday yesterday ugh", "")
	reply := renderReplies(h.send("alex", "her name is hana", ""))
	if !strings.Contains(reply, "Write to Hana") || strings.Contains(reply, "a lot to carry") {
		t.Fatalf("name given:\n%s\nwant the offer to write to Hana", reply)
	}
	h.send("alex", "Write to Hana", "")
	draft := renderReplies(h.send("alex", "skip", ""))
	if !strings.Contains(draft, "Hana") || !strings.Contains(strings.ToLower(draft), "belated") {
		t.Errorf("draft:\n%s\nwant a belated birthday to Hana", draft)
	}
	for _, c := range []struct {
		text, name string
		ok         bool
	}{
		{"her name is tasha", "Tasha", true},
		{"oh his name's dre btw", "Dre", true},
		{"they're called sam", "Sam", true},
		{"my friend's name is ana sofia", "Ana Sofia", true},
		{"her name is on the lease", "", false},
		{"she's called me twice today", "", false},
	} {
		name, _, ok := agent.NameGiven(c.text)
		if ok != c.ok || name != c.name {
			t.Errorf("%q: got %q %v, want %q %v", c.text, name, ok, c.name, c.ok)
		}
	}
}

// TestWhoToWrite checks that asking whom to reach out to, while being
// listened to, gets a way to think of someone rather than a guide
// paragraph or a line about how heavy it sounds, and that the person
// named next is offered as the one to write to.
func TestWhoToWrite(t *testing.T) {
	for _, c := range []struct{ ask, named, write string }{
		{"maybe i should message someone but who", "my friend ines maybe, we used to go climbing together", "Write to Ines"},
		{"who would i even text tbh", "hmm maybe my cousin tom", "Write to Tom"},
		{"idk who to talk to", "jess i guess", "Write to Jess"},
	} {
		h := newHarness(t)
		h.send("alex", "honestly this weekend was kind of rough", "")
		reply := renderReplies(h.send("alex", c.ask, ""))
		if !strings.Contains(reply, "come to mind") || strings.Contains(reply, "From the guide") {
			t.Errorf("%q:\n%s\nwant a way to think of someone", c.ask, reply)
			continue
		}
		if reply := renderReplies(h.send("alex", c.named, "")); !strings.Contains(reply, c.write) {
			t.Errorf("%q after %q:\n%s\nwant %q", c.named, c.ask, reply, c.write)
		}
	}
}

// TestSomeoneNamedWhileLow checks that a person named on their own, with
// only hedges around them, while a low mood is listened to, is heard as
// someone who came to mind and offered as the one to write to, before
// the companion asked who; a longer message that also names someone is
// not read so.
func TestSomeoneNamedWhileLow(t *testing.T) {
	for _, c := range []struct{ low, named, want, notWant string }{
		{"been feeling really lonely this week", "maybe my old flatmate Dario", "Write to Dario", ""},
		{"i feel like i have nobody tbh", "idk, my cousin Ama i guess?", "Write to Ama", ""},
		{"been feeling really lonely this week", "my sister keeps saying i should get out more but i dont want to", "", "sounds like a good place to start"},
	} {
		h := newHarness(t)
		h.send("alex", c.low, "")
		reply := renderReplies(h.send("alex", c.named, ""))
		if c.want != "" && !strings.Contains(reply, c.want) {
			t.Errorf("%q after %q:\n%s\nwant %q", c.named, c.low, reply, c.want)
		}
		if c.notWant != "" && strings.Contains(reply, c.notWant) {
			t.Errorf("%q after %q:\n%s\nwant no %q", c.named, c.low, reply, c.notWant)
		}
	}
}

// TestNameAfterQuestionAtWho checks that a person named right after the
// guide answered a question typed at the draft's "who" question answers
// that question, even worded as a request, and the draft goes on to them.
func TestNameAfterQuestionAtWho(t *testing.T) {
	h := newHarness(t)
	h.send("alex", "/draft", "")
	if reply := renderReplies(h.send("alex", "who should i even write to? i havent talked to anyone in ages", "")); !strings.Contains(reply, "continue") {
		t.Fatalf("question at who:\n%s\nwant it answered with the draft waiting", reply)
	}
	reply := renderReplies(h.send("alex", "ok maybe my old teammate femi from the football club", ""))
	if !strings.Contains(reply, "Femi") || strings.Contains(reply, "guide I draw on") {
		t.Errorf("name after the answer:\n%s\nwant the draft to go on to Femi", reply)
	}
}

// TestSinceTheFuneral checks that a silence dated from a funeral already
// told of is not read as news of another death.
func TestSinceTheFuneral(t *testing.T) {
	h := newHarness(t)
	h.send("alex", "my wife passed last spring and the holidays are coming up", "")
	reply := renderReplies(h.send("alex", "our friends used to come over every thanksgiving but i havent really seen them since the funeral", ""))
	if strings.Contains(reply, "sorry about your friends") || strings.Contains(reply, "sad news") {
		t.Errorf("since the funeral:\n%s\nwant no condolence for the friends", reply)
	}
}

// TestMeansToReach checks that an intention to get in touch said while
// being listened to ("i keep thinking i should call my uncle") is met
// with the offer to write to that person, or the draft to them begun,
// never a line about how heavy it all sounds.
func TestMeansToReach(t *testing.T) {
	for _, c := range []struct{ first, then, write string }{
		{"today is 3 years since my dad died", "i keep thinking i should call my uncle, he was dad's brother", "Write to your uncle"},
		{"honestly this weekend was kind of rough", "maybe i'll text my sister later", "Write to your sister"},
		{"feeling really lonely tonight", "i've been meaning to message jonah for ages", "Write to Jonah"},
	} {
		h := newHarness(t)
		h.send("alex", c.first, "")
		reply := renderReplies(h.send("alex", c.then, ""))
		started := strings.Replace(c.write, "Write to", "Let's write to", 1)
		if !strings.Contains(reply, c.write) && !strings.Contains(reply, started) || strings.Contains(reply, "a lot to carry") {
			t.Errorf("%q after %q:\n%s\nwant %q offered, or the draft to them started", c.then, c.first, reply, c.write)
		}
	}
}
