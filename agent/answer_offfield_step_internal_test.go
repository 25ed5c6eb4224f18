package agent

import "testing"

// TestOtherFieldsSaidAnotherWay checks shapes of other fields' questions
// said in words the earlier rules missed: one lost chat to bring back, a
// legal age asked for, jealousy over a partner's talk with others.
func TestOtherFieldsSaidAnotherWay(t *testing.T) {
	for _, q := range []string{
		"can i restore a wiped telegram thread",
		"is there a way to get back a deleted voice note from my mum",
		"how do i retrieve an erased group chat",
	} {
		if !techTrouble(foldText(q)) {
			t.Errorf("%q is not read as data to recover", q)
		}
	}
	for _, q := range []string{
		"what is the legal age for babysitting my cousins",
		"at what age can teenagers legally work weekends",
		"is there an age limit for staying home without a grown up",
	} {
		if !reLegalAsk.MatchString(foldText(q)) {
			t.Errorf("%q is not read as a legal question", q)
		}
	}
	for _, q := range []string{
		"my girlfriend texts other guys all the time and it bugs me",
		"i get jealous whenever my husband chats to his coworkers",
		"my bf gets really jealous when i go out with friends",
	} {
		if !coupleLife(foldText(q)) {
			t.Errorf("%q is not read as a couple's own life", q)
		}
	}
	for _, q := range []string{
		"what's the legal side of recording a call",
		"my friend is jealous of my new job, how do i handle it",
		"i lost touch with my old chats group, how do i get back in",
		"my partner and i are both lonely since we moved, where do we meet people",
	} {
		f := foldText(q)
		if techTrouble(f) || coupleLife(f) {
			t.Errorf("%q is read as another field's question", q)
		}
	}
}

// TestStepBackFromAppChat checks that stepping back from a chat with
// someone met on a dating app is read as leaving a conversation with
// someone from online, while playing the chat to win them over stays
// romance.
func TestStepBackFromAppChat(t *testing.T) {
	for _, q := range []string{
		"been talking to a guy from bumble and i'm just not into him, can i stop replying",
		"how do i end things with a hinge match kindly",
		"is it mean to just unmatch without saying anything",
		"we met on a dating site and there's no chemistry, how do i let her down",
	} {
		f := foldText(q)
		if got := offFieldTopic(f); got == "dating" {
			t.Errorf("%q: topic %q, want it read as someone from online", q, got)
		}
	}
	for _, q := range []string{
		"how do i keep a tinder match interested",
		"best opening line for a hinge match",
		"how long should i wait to text a bumble date back so i seem cool",
	} {
		if got := offFieldTopic(foldText(q)); got != "dating" {
			t.Errorf("%q: topic %q, want dating", q, got)
		}
	}
}

// TestCarerAdviceSetsTheScene checks that a doctor's or therapist's advice
// told before what is asked does not make the question medicine, while a
// symptom named after it still does.
func TestCarerAdviceSetsTheScene(t *testing.T) {
	for _, q := range []string{
		"my doctor told me i need to get out and see people more, where do i start",
		"the therapist suggested joining a club, how do i find one",
	} {
		if got := offFieldTopic(foldText(q)); got != "" {
			t.Errorf("%q: topic %q, want none", q, got)
		}
	}
	if got := offFieldTopic(foldText("my gp said my cough will pass, should i take antibiotics")); got == "" {
		t.Errorf("a symptom after a doctor's advice is read as no other field")
	}
}
