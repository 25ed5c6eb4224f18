package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// offersReplyTo reports whether rs offers to write to someone whose label holds
// who.
func offersReplyTo(rs []agent.Reply, who string) bool {
	for _, r := range rs {
		for _, c := range r.Choices {
			if c.ID == "offer:yes" && strings.Contains(strings.ToLower(c.Label), who) {
				return true
			}
		}
	}
	return false
}

// TestReplyOwedIsOffered checks that calls or messages the person got and
// has not answered yet are heard as someone reaching out to them, with
// help to reply, never as the person's own silence or as missing someone.
func TestReplyOwedIsOffered(t *testing.T) {
	for _, tc := range []struct{ text, who, must string }{
		{"five missed calls from my nan haha", "nan", "call back"},
		{"my uncle emailed me ages ago and i never answered", "uncle", "reply"},
		{"theres a voice note from my cousin i still havent listened to", "cousin", "reply"},
		{"i keep leaving my old roommate on read and i feel so guilty", "roommate", "reply"},
	} {
		h := newHarness(t)
		rs := h.send("p", tc.text, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) {
			t.Errorf("%q started a draft:\n%s", tc.text, got)
			continue
		}
		if !strings.Contains(got, tc.must) || !offersReplyTo(rs, tc.who) {
			t.Errorf("%q: want %q and an offer to reply to %s:\n%s", tc.text, tc.must, tc.who, got)
		}
		for _, bad := range []string{"miss them", "one-sided", "reaches out first", "doesn't cover"} {
			if strings.Contains(got, bad) {
				t.Errorf("%q said %q:\n%s", tc.text, bad, got)
			}
		}
	}
	// The person's own messages left unanswered stay their hurt.
	h := newHarness(t)
	got := strings.ToLower(allText(h.send("p", "i texted my brother three times this week and he hasnt replied once", "")))
	if strings.Contains(got, "trying to reach you") || strings.Contains(got, "trying to get hold of you") {
		t.Errorf("the person's own unanswered messages were read as received:\n%s", got)
	}
}

// TestTheirDayUnmarkedIsAboutThem checks that someone else's day nobody
// marked is answered with a kind thought for them and an offer to write to
// them, never wished to the person nor heard as the person's own hurt.
func TestTheirDayUnmarkedIsAboutThem(t *testing.T) {
	for _, tc := range []struct{ text, who string }{
		{"my brother finished his phd last week and no one in the family even called him", "brother"},
		{"it was my nans 80th on friday and nobody rang her", "nan"},
		{"my best mate turned 30 yesterday and not one person from work messaged him", "mate"},
	} {
		h := newHarness(t)
		rs := h.send("p", tc.text, "")
		got := strings.ToLower(allText(rs))
		if strings.Contains(got, "happy belated") || strings.Contains(got, "your own day") || strings.Contains(got, "you care about hurts") {
			t.Errorf("%q was heard as the person's own day:\n%s", tc.text, got)
		}
		if !offersReplyTo(rs, tc.who) {
			t.Errorf("%q: no offer to write to %s:\n%s", tc.text, tc.who, got)
		}
	}
	// The person's own day still gets its wishes.
	h := newHarness(t)
	got := strings.ToLower(allText(h.send("p", "had my 25th birthday on sunday and nobody even texted", "")))
	if !strings.Contains(got, "birthday") {
		t.Errorf("the person's own birthday was not wished:\n%s", got)
	}
}

// TestMissedPastimeIsNamed checks that a pastime or a place missed is
// named in the reply, never answered as missing a person.
func TestMissedPastimeIsNamed(t *testing.T) {
	for _, tc := range []struct{ text, must string }{
		{"we used to sing in a choir every thursday before we moved", "singing in a choir"},
		{"honestly i miss surfing at the weekends", "surfing"},
		{"i really miss the little bakery on my old street", "bakery"},
	} {
		h := newHarness(t)
		got := strings.ToLower(allText(h.send("p", tc.text, "")))
		if !strings.Contains(got, tc.must) {
			t.Errorf("%q: want %q named:\n%s", tc.text, tc.must, got)
		}
		if strings.Contains(got, "miss them") || strings.Contains(got, "people need people") {
			t.Errorf("%q was heard as missing a person:\n%s", tc.text, got)
		}
	}
	h := newHarness(t)
	got := strings.ToLower(allText(h.send("p", "i miss my grandad so much", "")))
	if strings.Contains(got, "miss your grandad so much") {
		t.Errorf("a person missed was named as a pastime:\n%s", got)
	}
}

// TestLowFeelingInAnotherLanguage checks that a low feeling written in
// another language is heard, in that language, and never declined as
// outside the guide.
func TestLowFeelingInAnotherLanguage(t *testing.T) {
	for _, tc := range []struct{ text, must string }{
		{"estoy tan triste, nadie me habla en el trabajo", "siento"},
		{"me siento muy solo desde que volvi", "siento"},
		{"no se, mis amigas ya no me llaman", "siento"},
		{"seit dem umzug meldet sich keiner mehr bei mir", "schwer"},
		{"personne ne m'appelle depuis que j'ai change de travail", "difficile"},
		{"mi sento cosi solo in questa citta nuova", "dispiace"},
		{"ik voel me zo alleen de laatste tijd", "zwaar"},
		{"czuje sie bardzo sama od kiedy sie przeprowadzilam", "przykro"},
		{"ich bin so allein seit dem umzug", "schwer"},
		{"depuis le déménagement je me sens tellement seule", "difficile"},
		{"estou me sentindo sozinha desde que mudei de cidade", "sinto muito"},
		{"ik voel me zo eenzaam de laatste tijd", "zwaar"},
	} {
		h := newHarness(t)
		rs := h.send("p", tc.text, "")
		if len(rs) == 0 {
			t.Errorf("%q: no reply", tc.text)
			continue
		}
		got := strings.ToLower(rs[0].Text)
		if strings.Contains(got, "doesn't cover") || strings.Contains(got, "the guide") {
			t.Errorf("%q was declined:\n%s", tc.text, got)
		}
		if !strings.Contains(got, tc.must) || !strings.Contains(got, "english") || !strings.Contains(got, "?") {
			t.Errorf("%q: want %q, a word on English and room to say more:\n%s", tc.text, tc.must, got)
		}
	}
}

// TestGroupsAndThingsInRequests checks that plural family words are a
// group to write to and plural things never become a name.
func TestGroupsAndThingsInRequests(t *testing.T) {
	for _, tc := range []struct{ text, bad string }{
		{"can you help me text the grandkids", "hi grandkids"},
		{"help me ask my neighbour for spare keys", "keys"},
		{"write to my cousin about tickets", "tickets!"},
	} {
		h := newHarness(t)
		got := strings.ToLower(allText(h.send("p", tc.text, "")))
		if !strings.Contains(got, "write to") || strings.Contains(got, "write to "+strings.TrimSuffix(tc.bad, "!")) {
			t.Errorf("%q: want a draft to the right people, not %q:\n%s", tc.text, tc.bad, got)
		}
	}
}

// TestForeignSentenceIsNoNod checks that a sentence in another language
// opening with a word English reads as a nod ("no", "si") is answered in
// its language, never as a "no" or a "yes"; a bare "no" stays a "no".
func TestForeignSentenceIsNoNod(t *testing.T) {
	for _, tc := range []struct{ text, must string }{
		{"no quiero hablar de mi familia ahora", "inglés"},
		{"no se que hacer con mis amigos", "inglés"},
		{"no mam pojecia co napisac do brata", "angielsku"},
	} {
		h := newHarness(t)
		got := renderReplies(h.send("p", tc.text, ""))
		if !strings.Contains(got, tc.must) {
			t.Errorf("%q:\n%s\nwant a reply in its language (%q)", tc.text, got, tc.must)
		}
	}
}
