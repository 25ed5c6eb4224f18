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
		{"whats a kind thing to say to my neighbour who just lost her husband", true},
		{"something for my niece maya, she passed her driving test", true},
		{"put something together for the group chat with my uni mates, its been dead for months", true},
		{"pls help, i don't know what to say to my friend ravi, his girlfriend left him", true},
		{"can you help me with some wording", true},
		{"help me remind my sister that i'm here for her", true},
		{"i need a hand with what to send", true},
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
