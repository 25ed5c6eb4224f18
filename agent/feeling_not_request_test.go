package agent_test

import (
	"strings"
	"testing"
)

// freshReply sends text to a person new to h, after a first hello, and
// returns the reply's text, lowercased, and its choices' labels.
func freshReply(h *harness, person, text string) (string, []string) {
	h.send(person, "hi", "")
	var b strings.Builder
	var labels []string
	for _, r := range h.send(person, text, "") {
		b.WriteString(r.Text + "\n")
		for _, c := range r.Choices {
			labels = append(labels, c.Label)
		}
	}
	return strings.ToLower(b.String()), labels
}

// startsDraft reports a reply that opened a drafting flow.
func startsDraft(reply string) bool {
	return strings.Contains(reply, "let's write") || strings.Contains(reply, "what's the occasion") || strings.Contains(reply, "what feel do you want")
}

// TestFeelingAboutSomeoneIsHeard checks that a feeling about someone
// named, told without asking for anything (a longing, a kindness
// received, someone on the person's mind), is answered as a feeling with
// an offer to write one tap away, and never opens a draft; the same
// people asked to be written to still get a draft.
func TestFeelingAboutSomeoneIsHeard(t *testing.T) {
	h := newHarness(t)
	for i, c := range []struct {
		text  string
		draft bool
	}{
		{"i really wish my grandad lived nearer", false},
		{"wish we spoke more often, me and my older brother", false},
		{"honestly wish i'd visited my aunt more before she moved", false},
		{"i wish i saw my college roommate more", false},
		{"my coworker covered my shift so i could see my kid's play, that was so kind of her", false},
		{"been thinking about my old teacher mrs patel a lot lately", false},
		{"my stepdad has been on my mind all week", false},
		{"can't stop missing my little sister since she left for uni", false},
		{"help me write to my brother, i miss him", true},
		{"i wish we talked more, could you help me message my cousin", true},
		{"please help me wish my niece luck for her exams", true},
		{"i want to thank my neighbour for feeding the cat", true},
		{"write something for my uncle, he's been on my mind", true},
	} {
		reply, labels := freshReply(h, "felt"+string(rune('a'+i)), c.text)
		if got := startsDraft(reply); got != c.draft {
			t.Errorf("%q → %q: draft started %v, want %v", c.text, reply, got, c.draft)
			continue
		}
		if c.draft {
			continue
		}
		offers := false
		for _, l := range labels {
			offers = offers || strings.HasPrefix(l, "Write to")
		}
		if !offers || len(labels) > 3 || strings.Contains(reply, "the guide") {
			t.Errorf("%q → %q %q: want the feeling heard with an offer to write", c.text, reply, labels)
		}
	}
}

// TestWishOfThingsIsNoLonging checks that a wish about the day, with no
// one in it, is not heard as a longing for someone.
func TestWishOfThingsIsNoLonging(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{"wish it was the weekend already", "wish we had a bigger kitchen", "i wish my laptop was faster"} {
		reply, _ := freshReply(h, "wishthing"+string(rune('a'+i)), text)
		if strings.Contains(reply, "matter to you") || strings.Contains(reply, "closer with them") || startsDraft(reply) {
			t.Errorf("%q → %q: read as a longing for someone or a draft", text, reply)
		}
	}
}

// TestMixedLanguageHello checks that a hello partly in another language,
// alone, is greeted back in a line, asked after in return when it asked,
// and never met with the menu or declined.
func TestMixedLanguageHello(t *testing.T) {
	h := newHarness(t)
	for i, c := range []struct {
		text  string
		asked bool
	}{
		{"oi, tudo bom? just wanted to say hi", true},
		{"hola! just dropping by to say hello", false},
		{"salut, ça va? just checking in", true},
		{"hallo hallo, just popping in", false},
		{"hey, just a quick hello", false},
	} {
		reply, labels := freshReply(h, "hello"+string(rune('a'+i)), c.text)
		if len(labels) > 0 || !strings.HasPrefix(reply, "hi") || strings.Contains(reply, "english") || strings.Contains(reply, "what would you like to do") {
			t.Errorf("%q → %q %q: want a hello back in a line", c.text, reply, labels)
			continue
		}
		if got := strings.Contains(reply, "?"); got != c.asked {
			t.Errorf("%q → %q: asked after in return %v, want %v", c.text, reply, got, c.asked)
		}
	}
}

// TestRequestWithNewsHearsTheNews checks that news told beside a request
// for a reminder gets a line of its own, of the right sort, before the
// reminder is set up; a request told alone gets none.
func TestRequestWithNewsHearsTheNews(t *testing.T) {
	h := newHarness(t)
	for i, c := range []struct {
		text string
		want []string // one of them opens the reply; none: no line first
	}{
		{"me and my partner separated last week. remind me to phone my mum on saturday", []string{"sorry", "hard"}},
		{"got made redundant this morning, can you remind me to email my old manager on monday", []string{"sorry"}},
		{"we're getting married next spring!! please help me remember to call my gran about it", []string{"congrat", "lovely"}},
		{"my uncle died on friday. remind me to ring my cousin tomorrow", []string{"sorry"}},
		{"my best mate just had a baby girl, remind me to call her next week", []string{"wonderful", "lovely"}},
		{"remind me to text my sister on sunday", nil},
	} {
		reply, _ := freshReply(h, "told"+string(rune('a'+i)), c.text)
		if !containsAny(reply, []string{"timezone", "how often", "when should"}) {
			t.Errorf("%q → %q: the reminder was not set up", c.text, reply)
			continue
		}
		first, _, _ := strings.Cut(reply, "\n")
		if c.want == nil {
			if !strings.Contains(first, "timezone") {
				t.Errorf("%q → %q: a line before a plain request", c.text, reply)
			}
			continue
		}
		if containsAny(first, []string{"timezone", "how often"}) || !containsAny(first, c.want) {
			t.Errorf("%q → %q: want a first line with one of %q", c.text, reply, c.want)
		}
	}
}
