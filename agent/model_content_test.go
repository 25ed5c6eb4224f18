package agent

import (
	"errors"
	"testing"
)

func TestModelInventedNameRules(t *testing.T) {
	tests := []struct{ name, s, known, want string }{
		{"line start is a sentence start", "Dear Omar,\n\nYesterday I found our old mixtape. How are you?", "Omar", ""},
		{"after a colon", "Quick thought: Remember the mixtape?", "", ""},
		{"all-caps interjection", "Omar, I saw the news and said OMG out loud. How are you?", "Omar", ""},
		{"shouting", "Omar you did it, SO PROUD of you! How does it feel?", "Omar", ""},
		{"held letters", "Omar, that is SOOO good. When do you start?", "Omar", ""},
		{"occasion words", "Omar, Merry Christmas and a Happy New Year to you all! How is the snow?", "Omar", ""},
		{"family word", "Omar, say hi to your Mum for me. How is she?", "Omar", ""},
		{"invented place", "Omar, I loved our week in Lisbon. How are you?", "Omar", "Lisbon"},
		{"invented person mid-line", "Omar, is Farah still at the bakery? I hope so.", "Omar", "Farah"},
		{"acronym that is a name", "Omar, how was the trip to IKEA? I need a lamp.", "Omar", "IKEA"},
		{"known in another form", "Omar's garden looks great. How is it?", "omar", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inventedName(tt.s, tt.known); got != tt.want {
				t.Errorf("inventedName(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestModelUnknownNumber(t *testing.T) {
	tests := []struct{ name, s, source, want string }{
		{"ordinal not given", "Happy 30th, Mei! How will you celebrate?", "birthday", "30th"},
		{"count not given", "Congrats on the three offers, Mei! Which one?", "she got an offer", "three"},
		{"digits for words", "Wait 3 or 4 days before you write again.", "wait three or four days", ""},
		{"a range for 'a day or two'", "Give it 1-2 days.", "give it a day or two", ""},
		{"one and first are not facts", "One thing first: how are you?", "", ""},
		{"time of day", "See you at 7pm?", "dinner soon", "7pm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unknownNumber(tt.s, tt.source); got != tt.want {
				t.Errorf("unknownNumber(%q, %q) = %q, want %q", tt.s, tt.source, got, tt.want)
			}
		})
	}
}

func TestModelNewInText(t *testing.T) {
	tests := []struct {
		name, s, source string
		lexicon         []string
		want            string
	}{
		{"weekday not given", "A call on Thursday night sounds right.", "call my dad at the weekend", dateWords, "thursday"},
		{"weekday given", "A call on Thursday sounds right.", "call my dad on thursday", dateWords, ""},
		{"relative date", "Hope the move next month goes smoothly!", "she is moving", dateWords, "next month"},
		{"event not given", "Congrats on the engagement, Ife!", "a new job", eventWords, "engagement"},
		{"plan not given", "I've reserved a table for us!", "catch up", eventWords, "reserved"},
		{"event given in another form", "How was the wedding?", "she got married at her wedding last week", eventWords, ""},
		{"clinical label", "That sounds like an attachment style thing.", "I always pull away first", clinicalWords, "attachment style"},
		{"clinical word from the source", "Feeling low for weeks is worth talking about; depression is common.", "what if it's depression?", clinicalWords, ""},
		{"judging", "Honestly, she sounds pretty selfish.", "my friend never asks about me", judgingWords, "selfish"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := newInText(tt.s, tt.source, tt.lexicon); got != tt.want {
				t.Errorf("newInText(%q, %q) = %q, want %q", tt.s, tt.source, got, tt.want)
			}
		})
	}
}

func TestModelSeveralOptionsAndLanguage(t *testing.T) {
	if !severalOptions("Version A:\nHi Kofi, how are you?\n\nVersion B:\nHey Kofi! What's new?") {
		t.Error("two labelled versions not seen as options")
	}
	if !severalOptions("Hi Kofi, how are you?\n\nAlternatively:\nHey Kofi! What's new?") {
		t.Error("an alternative not seen as an option")
	}
	if severalOptions("Hi Kofi! The message you sent me made my day. How are you?") {
		t.Error("one message seen as options")
	}
	if !otherLanguage("Selon le guide (“Small steps count”), un petit message suffit pour garder le lien avec vos amis.") {
		t.Error("French answer with an English citation not seen as another language")
	}
	if otherLanguage("From the guide (“Le petit prince”): a short note is enough to keep in touch with a friend.") {
		t.Error("English answer citing a French title seen as another language")
	}
}

func TestModelMentionCovered(t *testing.T) {
	tests := []struct {
		mention, text string
		want          bool
	}{
		{"our favourite taco truck", "I drove past our favorite taco van today!", true},
		{"the concert we went to last week", "That concert is still in my head.", true},
		{"her new kitten Mochi", "How is little Mochi settling in?", true},
		{"he's been in hospital", "I heard about the hospital stay.", true},
		{"the hiking trip in the Alps", "Remember the beach?", false},
		{"the hiking trip in the Alps", "I keep thinking about our trip.", false},
		{"apologising for the missed call", "Sorry again that I missed your call.", true},
	}
	for _, tt := range tests {
		if got := mentionCovered(tt.mention, tt.text); got != tt.want {
			t.Errorf("mentionCovered(%q, %q) = %v, want %v", tt.mention, tt.text, got, tt.want)
		}
	}
}

func TestModelCheckDraftContent(t *testing.T) {
	d := DraftDetails{Recipient: "Ines", Relationship: "cousin", Occasion: OccasionSilence, Mentions: []string{"her pottery class"}}
	tests := []struct {
		name, in string
		err      error
	}{
		{"good, wrapped", "Sure! Here's a draft:\n\n\"Hi Ines,\n\nI was thinking of your pottery class. Made anything lately?\"\n\nLots of love x\n\nLet me know if you'd like changes!", nil},
		{"paraphrased mention", "Ines! I keep picturing you at the pottery wheel in that class. Made anything you love?", nil},
		{"invented year", "Hi Ines! Tell me everything: still doing the pottery class after 5 years?", errInventedFact},
		{"invented plan", "Hi Ines! I've booked us a pottery class together. Are you in?", errInventedFact},
		{"invented date", "Hi Ines! See you at your pottery class on Friday?", errInventedFact},
		{"options", "Option 1:\nHi Ines! How's the pottery class going?\n\nOption 2:\nHey Ines, made any pots in your class?", errOptions},
		{"clinical", "Hi Ines! Is the pottery class helping with your depression?", errClinical},
		{"mention missing", "Hi Ines! It's been a while. How are you?", errNoMention},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := checkDraft(tt.in, d, "", "")
			if !errors.Is(err, tt.err) {
				t.Errorf("checkDraft(%q) = %q, %v; want %v", tt.in, got, err, tt.err)
			}
		})
	}
}

func TestOtherLanguageOneSentence(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"From “Being clear”: keep it short and kind. Vous devriez lui écrire un petit message demain.", true},
		{"Give it a week. Dann schreib ihm eine kurze Nachricht, ganz ohne Druck.", true},
		{"Give it a week, then send one light message with no pressure in it.", false},
		{"A little je ne sais quoi goes a long way when you write to an old friend.", false},
	} {
		if got := otherLanguage(c.s); got != c.want {
			t.Errorf("otherLanguage(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
