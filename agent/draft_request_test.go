package agent

import "testing"

// TestWantsDraft checks which free texts start a draft, by the phrase rules
// or the classifier.
func TestWantsDraft(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"what do i send my nan for her 90th", true},
		{"can u word something for my coworker priya, she got a new job", true},
		{"how do i say congrats to my cousin dan on his engagement", true},
		// Asking what to say, with nothing naming the words' vessel (a card,
		// the thanks), is a question for the guide, which answers with advice
		// and an offer to write it (LABELS.md, ask).
		{"whats a kind thing to say to my neighbour who just lost her husband", false},
		{"something for my niece maya, she passed her driving test", true},
		{"put something together for the group chat with my uni mates, its been dead for months", true},
		{"pls help, i don't know what to say to my friend ravi, his girlfriend left him", true},
		{"can you help me with some wording", true},
		{"help me remind my sister that i'm here for her", true},
		{"i need a hand with what to send", true},
		// Asking for the words to someone named, and asking with no one named yet.
		{"what should i text my teammate oksana, she tore her acl at training", true},
		{"what could we post in the street whatsapp group to welcome the new family", true},
		{"how can i say sorry to my flatmate ibrahim for missing his gig", true},
		{"a sympathy card", true},
		{"birthday msg pls", true},
		{"i have to send my condolences", true},
		{"help me reach out to someone", true},
		// Chat spellings of writing, and an ask of a professor.
		{"can u help me dm my cousin zara, shes been quiet", true},
		{"i want to ask my old professor for a reference letter", true},
		// Advice about someone, not the words of a message.
		{"my friend only ever talks about her own stuff and never asks about me, how do i say something", false},
		{"honestly i feel like im always the one texting first with my friend dani. if i stopped i dont think shed ever reach out. is it worth it", false},
		{"me and my flatmate had a fight over text and it got really nasty, how do i fix it", false},
		{"should i text my ex happy birthday", false},
		{"my friend wont stop texting me all day every day and i need a break but i dont want to hurt her. help", false},
		{"how often should i be texting my long distance friends", false},
		{"sent my godmother a card and she wrote back the sweetest note", false},
		{"long message sorry. i have no close friends at work and we only talk on calls. how do people manage it", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			in := ParseIntent(tc.text)
			if got := in.Kind == IntentDraft || wantsDraft(tc.text, in); got != tc.want {
				t.Errorf("a draft = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTheirNews checks which news told in passing starts a draft.
func TestTheirNews(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"my niece Ines just graduated from nursing school", OccasionWin},
		{"my brother Sol lost his job and he's pretty down about it", OccasionHardTime},
		{"just thinking of my aunt Rosa, she's been working on her garden all spring", OccasionThinking},
		{"my friend Amara just had a baby boy called Theo last night", OccasionWin},
		// The person's own news, feelings and losses are not a draft.
		{"my mum died last year and i still think about her every day", ""},
		{"my dad has been really ill lately and i feel awful", ""},
		{"my best friend moved away and i feel so lonely", ""},
		{"i called my mum yesterday and it went well", ""},
		{"did my sister get the job?", ""},
		{"rang my aunt on her birthday and we talked for an hour", ""},
		{"my cousin Ilse phoned after her operation, she's doing fine", ""},
		{"hardly anyone remembered my birthday this year", ""},
		{"the uni group went to the pub without me again", ""},
		{"the group chat has been dead for months", OccasionGroup},
		{"asked my old professor dr nwosu for a reference 3 weeks ago, no answer yet", OccasionFollowUp},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := theirNews(tc.text, ParseIntent(tc.text)); got != tc.want {
				t.Errorf("theirNews = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAddedDetail checks what typed after a draft is a detail to add
// rather than a change to make or a question.
func TestAddedDetail(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"oh and she just adopted a rescue greyhound", "she just adopted a rescue greyhound"},
		{"btw we're doing dinner on the 12th", "we're doing dinner on the 12th"},
		{"he has been learning the cello", "he has been learning the cello"},
		{"forgot to say, i start my new job monday", "i start my new job monday"},
		{"odile just got her black belt", "odile just got her black belt"},
		{"make it a bit shorter", ""},
		{"she'd never say it like that", ""},
		{"he hates emojis", ""},
		{"they'll think it's cheesy", ""},
		{"is that too much?", ""},
		{"perfect thanks", ""},
		{"no", ""},
		{"ok", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := addedDetail(tc.text, "Odile"); got != tc.want {
				t.Errorf("addedDetail(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestStepChanges checks which words typed at a step before the draft are
// changes kept for it.
func TestStepChanges(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"can you keep it brief", true},
		{"no exclamation points please", true},
		{"put a 🌻 in it", true},
		{"casual", false},
		{"say i'll see her at easter", false},
		{"another one", false},
		{"she got the job", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := len(stepChanges(tc.text)) > 0; got != tc.want {
				t.Errorf("stepChanges(%q) = %v, want %v", tc.text, stepChanges(tc.text), tc.want)
			}
		})
	}
}

// TestOccasionFromWords checks short answers at the occasion step.
func TestOccasionFromWords(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"kind of an apology tbh", OccasionApology},
		{"to say ty", OccasionThanks},
		{"her bday", OccasionBirthday},
		{"he's been unwell", OccasionHardTime},
		{"we lost touch years ago", OccasionSilence},
		{"no reason", OccasionThinking},
		{"hmm", ""},
	} {
		if got := occasionFromWords(tc.text); got != tc.want {
			t.Errorf("occasionFromWords(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAsksForWords checks the questions that ask for the words of a
// message to someone named, which start a draft even when the guide could
// answer them.
func TestAsksForWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"what do i write to my goddaughter pia for her confirmation", true},
		{"how do i thank my old coach mr adeyemi", true},
		{"what should we send the cousins whatsapp about the reunion", true},
		{"what should i say to a colleague whose mum is ill", false},
		{"how do i ask my boss for a raise", false},
		{"should i text my ex", false},
	} {
		if got := asksForWords(tc.text); got != tc.want {
			t.Errorf("asksForWords(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestRecipientNeverAWord checks that the words around a relationship
// never become the recipient's name: interjections, verbs, a sentence's
// first word, a span of time.
func TestRecipientNeverAWord(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Welp my teammate tore his hamstring, something to cheer him up", ""},
		{"Soooo my aunty is turning 50", ""},
		{"Basically my housemate covered my rent, thank her", ""},
		{"ugh my boss approved my leave, i should thank him. his name is ferdinand", "Ferdinand"},
		{"i haven't texted my cousin for weeks", ""},
		{"my pal dropped out of uni, what do i say", ""},
		{"zeb, my brother, just got his results", "Zeb"},
	} {
		if got := ExtractDraftDetails(tc.text).Recipient; got != tc.want {
			t.Errorf("ExtractDraftDetails(%q).Recipient = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestThankSomeone checks the requests to thank someone else, which are
// no thanks to the companion.
func TestThankSomeone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"thank my childminder lerato", true},
		{"can you thank my physio for me", true},
		{"pls thank jamal for me, he fixed my laptop", true},
		{"help me thank the street whatsapp for the flowers", true},
		{"thank you so much", false},
		{"thank u", false},
		{"thanks, that's perfect", false},
	} {
		if got := thankSomeone(tc.text); got != tc.want {
			t.Errorf("thankSomeone(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
