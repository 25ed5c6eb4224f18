package agent_test

import (
	"strings"
	"testing"
)

// TestOwnDayNobodyMarked checks that a day of the person's own that
// nobody marked (a birthday, a graduation, results) is heard as the hurt
// it is: wished or congratulated, the being forgotten named, room to say
// more, and never glad news for someone else.
func TestOwnDayNobodyMarked(t *testing.T) {
	for _, in := range []string{
		"hit 40 on tuesday... i turned 40 and no one even called",
		"my 25th birthday was sunday and nobody from work said a thing",
		"finished my degree last week, not one of my mates texted",
		"got my driving test results, passed first time, and none of my family asked",
		// Opened with a filler and no "i": still the speaker's own day.
		"welp turned 52 last week and not one person from my old team called",
		"sigh retired on friday and nobody from the office even said anything",
	} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) {
			t.Errorf("%q started a draft:\n%s", in, got)
			continue
		}
		if !containsAny(got, []string{"birthday", "congrat"}) {
			t.Errorf("%q: the day was not wished or congratulated:\n%s", in, got)
		}
		if !containsAny(got, []string{"hurt", "sting", "forgotten"}) {
			t.Errorf("%q: going unmarked was not heard:\n%s", in, got)
		}
		if !strings.Contains(got, "?") || containsAny(got, []string{"for your family", "for your mates", "good on them"}) {
			t.Errorf("%q: no room to say more, or glad for others:\n%s", in, got)
		}
	}
	// Someone else's birthday forgotten by the person is theirs to put
	// right, not a day of their own; a day still to come is a fear.
	h := newHarness(t)
	if got := strings.ToLower(allText(h.send("r", "its my birthday on friday and i bet no one will even text", ""))); strings.Contains(got, "belated") {
		t.Errorf("a birthday still to come was wished belatedly:\n%s", got)
	}
	if got := strings.ToLower(allText(h.send("q", "i forgot my nephew's birthday and he hasnt said anything", ""))); strings.Contains(got, "happy belated") {
		t.Errorf("a birthday the person forgot was wished to them:\n%s", got)
	}
}

// TestCountedMessagesUnanswered checks that messages counted with no verb
// of sending ("five voicemails…") and a silence after them are heard as
// the hurt of being unanswered, not answered as chat or from the guide.
func TestCountedMessagesUnanswered(t *testing.T) {
	for _, in := range []string{
		"six whatsapps since friday and still nothing",
		"three missed calls and a voice note, total silence from her",
		"like 5 dms this month and not one reply",
	} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) || containsAny(got, []string{"the guide", "days are like that"}) {
			t.Errorf("%q: drafted, quoted the guide or chatted:\n%s", in, got)
			continue
		}
		if !containsAny(got, []string{"hurt", "sting"}) || !strings.Contains(got, "?") {
			t.Errorf("%q: the silence was not heard as a hurt:\n%s", in, got)
		}
	}
}

// TestOthersNewsNobodyToTell checks that someone else's good news told
// with nobody to share it is glad for them and hears the quiet, with a
// message only offered.
func TestOthersNewsNobodyToTell(t *testing.T) {
	for _, in := range []string{
		"my niece passed her driving test and theres no one around to tell",
		"my best mate got promoted!! nobody to celebrate with though",
	} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) {
			t.Errorf("%q started a draft:\n%s", in, got)
			continue
		}
		if !containsAny(got, []string{"brilliant", "wonderful", "great news", "lovely"}) || !containsAny(got, []string{"lonely", "quiet", "nobody to tell"}) {
			t.Errorf("%q: not glad for them and hearing the quiet:\n%s", in, got)
		}
		if !hasChoice(rs, "offer:yes") || strings.Contains(got, "congratulations on") {
			t.Errorf("%q: no offer to write to them, or the news said as the person's own:\n%s", in, got)
		}
	}
}

// TestFriendsLossHeardFirst checks that a loss in a friend's family told
// outside any flow is heard (sorry, how the friend is), with writing to
// them offered, not started, and no menu of tones; a memory told with it
// is what a message is made of, and still starts the draft.
func TestFriendsLossHeardFirst(t *testing.T) {
	for _, in := range []string{
		"my work friend's grandma passed away yesterday",
		"my flatmate lost his mum over the weekend",
		"my neighbour's cat died this morning, she had him 15 years",
	} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) || containsAny(got, []string{"what feel do you want", "what's the occasion"}) {
			t.Errorf("%q started a draft:\n%s", in, got)
			continue
		}
		if !strings.Contains(got, "sorry") || !containsAny(got, []string{"holding up", "doing"}) || !hasChoice(rs, "offer:yes") {
			t.Errorf("%q: not sorry, not asking after them, or no offer to write:\n%s", in, got)
		}
		if len(lastChoices(rs)) > 2 {
			t.Errorf("%q: a menu of %d choices:\n%s", in, len(lastChoices(rs)), got)
		}
		// How they are, said after, is heard in the loss's key.
		after := strings.ToLower(allText(h.send("p", "not good at all, she's devastated", "")))
		if containsAny(after, []string{"lovely", "nice to hear", "glad"}) {
			t.Errorf("%q then how they are: heard gladly:\n%s", in, after)
		}
	}
}

// TestBodyAcheSmallTalk checks that an ache or a small ailment told in
// passing gets a short kind word, never the low-mood reply with its
// steps towards people, and that loneliness said beside it is still heard.
func TestBodyAcheSmallTalk(t *testing.T) {
	for _, in := range []string{
		"ugh my lower back has been aching all day",
		"wrists are so sore from typing",
		"woke up with a sore throat, great",
		"feeling a bit queasy this morning",
	} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if len(rs) != 1 || len(lastChoices(rs)) > 0 || containsAny(got, []string{"feel closer", "lonely", "feeling low", "cold weather"}) {
			t.Errorf("%q: not a short kind word:\n%s", in, got)
		}
	}
	h := newHarness(t)
	if got := strings.ToLower(allText(h.send("q", "my legs ache and honestly i feel so lonely lately", ""))); !strings.Contains(got, "lonel") {
		t.Errorf("loneliness beside an ache was not heard:\n%s", got)
	}
}
