package agent

import "testing"

func TestAskedPartIsWhereTheQuestionIs(t *testing.T) {
	for q, want := range map[string]string{
		"my nephew passed his driving test!! what do i send him":                                      "what do i send him",
		"we had the worst row about the rent. anyway. how do i make up with her? she's not answering": "how do i make up with her",
		"is it weird to text first":                        "",
		"my brother is moving abroad. i'll miss him loads": "",
		"long story. my mate runs a bakery and never has time. should i stop asking him out for drinks": "should i stop asking him out for drinks",
	} {
		if got := askedPart(q); got != want {
			t.Errorf("askedPart(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestStoryOnlyFieldWeighsWhatIsAsked(t *testing.T) {
	for q, want := range map[string]bool{
		// Another field in the story, a question about people at the end.
		"my cousin just started law school and we never talk now. how do i keep in touch without nagging": true,
		"the group chat blew up over who owes what for the holiday cottage. how do i calm it down":        true,
		// The asked part is itself from another field, or there is no story.
		"we had a great catch up last week. which phone has the best camera for video calls": false,
		"my friend is a nurse. what dose of paracetamol is safe":                             false,
		"how do i split the bill fairly with my flatmates":                                   false,
		"my ex keeps liking my posts. should i text her back":                                false,
	} {
		if got := storyOnlyField(q); got != want {
			t.Errorf("storyOnlyField(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestSomeoneElsesJobInHealthCareIsNoSymptom(t *testing.T) {
	for _, q := range []string{
		"my sister is a midwife and only free at odd hours, how do we stay close",
		"her mum's a doctor on call all weekend so i never see her",
		"my mate works as a paramedic and sleeps all day",
	} {
		if topic := offFieldTopic(foldText(q)); topic != "" {
			t.Errorf("offFieldTopic(%q) = %q, want none: a job told of someone is no field of its own", q, topic)
		}
	}
}

func TestRecipeForFriendsIsAFigure(t *testing.T) {
	for _, q := range []string{
		"is there a formula for keeping good friends as you get older",
		"what's the recipe for building a real friendship online",
	} {
		if topic := offFieldTopic(foldText(q)); topic != "" {
			t.Errorf("offFieldTopic(%q) = %q, want none", q, topic)
		}
	}
	if topic := offFieldTopic(foldText("a recipe for banana bread please")); topic == "" {
		t.Error("a recipe asked for is still from another field")
	}
}
