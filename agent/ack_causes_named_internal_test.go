package agent

import (
	"strings"
	"testing"
)

// TestAckNamesTheCause answers, by class, are named in the companion's
// words, never said back in italics: what someone did that made the
// person feel understood, openness split by whom, little to say and why,
// a habit felt bad about, a last talk long ago with what came since, where
// the talking online happens, regret after oversharing, sleep kept on
// night shifts, a mentor wanted while starting out, sharing where a boss
// could see, following up with everyone while no one follows up back,
// milestones posted by others, and a step that asks someone along.
func TestAckNamesTheCause(t *testing.T) {
	const (
		qKind       = "What kind of connection would make the biggest difference to you right now: a close friend, someone to learn from, someone to keep you going on a goal, or people who share a hobby?"
		qUnderstood = "Think of a conversation that left you feeling really understood. What did the other person do?"
		qLastTalk   = "When did you last have a conversation with them that went beyond catching up?"
		qRead       = "When a friend sends you something long or personal, how do you usually read and answer it?"
		qOnline     = "How much of your time online goes on scrolling and liking, and how much on actually talking with people?"
		qHonest     = "How honest are you about your own ups and downs with the people close to you?"
		qPrivate    = "What do you keep private online, and is there anything you share that you would rather keep to yourself?"
		qReached    = "When are you happy to be reached, and when do you need to be left alone?"
		qWorse      = "Which online spaces, chats or habits leave you feeling worse afterwards?"
		qDrain      = "Did anything online drain you or leave you comparing yourself with others?"
		qStep       = "What is one small thing you'd like to do for a relationship next week?"
		qFollow     = "Who do you tend to follow up with, and who tends to drift because you are waiting for them to write first?"
	)
	tests := []struct {
		name, q, answer string
		earlier         []string
		want            []string // each group: one of its words must be said
		not             string
	}{
		{"stayed with them", qUnderstood, "my neighbour Joss never tried to solve it, he just stayed with me on the steps till i calmed down", nil, []string{"listened|listening", "Joss"}, ""},
		{"remembered a small thing", qUnderstood, "my teammate Ines remembered a little thing i mentioned ages ago about my dog and asked how he was", nil, []string{"remembered", "Ines"}, ""},
		{"noticed and checked in", qUnderstood, "my manager saw i was off in standup and texted me afterwards to check i was alright", nil, []string{"noticed", "checked"}, ""},
		{"open with one, not a group", qHonest, "fully open with my girlfriend, not really with my sisters", nil, []string{"girlfriend", "sisters"}, ""},
		{"hardly posts", qPrivate, "not a lot tbh, i never post really, i mostly read", nil, []string{"post"}, ""},
		{"a way online that works", qWorse, "nothing really, i'm fairly careful about that stuff", nil, []string{"glad|good"}, ""},
		{"a break that helps", qDrain, "nah, came off instagram for two weeks and honestly it's been so much better", nil, []string{"Instagram", "two weeks"}, ""},
		{"pride denied", qRead, "i skim it and send a like, then forget to reply properly, not proud of it", nil, []string{"skim", "forgot"}, "proud"},
		{"worry of the wrong thing", qRead, "i'm nervous i'll say something dumb so it sits on read for days", nil, []string{"worry", "wrong thing"}, ""},
		{"an occasion and what came since", qLastTalk, "probably her birthday about a year ago, we talked till 3am. since then it's mostly been memes", []string{"my cousin Tess"}, []string{"birthday", "a year ago", "memes"}, ""},
		{"where the talking happens", qOnline, "mostly talking, i game most evenings with my cousins on discord", nil, []string{"gaming", "Discord"}, ""},
		{"replying, not just lurking", qOnline, "i'm on reddit mostly for the cycling group and i do reply to people there, not just lurking", nil, []string{"cycling", "Reddit"}, ""},
		{"a place not used", qOnline, "mostly talking. i don't really do facebook. whatsapp with my aunties all day", nil, []string{"WhatsApp"}, "Facebook"},
		{"overshare and regret", qHonest, "i overshare with new people and then regret it for days", nil, []string{"overshar", "regret"}, ""},
		{"night shifts and sleep", qReached, "i work nights at the depot so people ringing me at noon when i'm asleep is the worst", nil, []string{"sleep", "night"}, ""},
		{"a mentor while starting out", qKind, "someone to learn from. just joined a new firm as a trainee and i have no one to ask anything", nil, []string{"learn|mentor", "starting out|new"}, "no one"},
		{"where a boss could see", qPrivate, "i post quite a bit about my mental health on tiktok, my boss might see it someday", nil, []string{"mental health", "boss"}, ""},
		{"following up, none back", qFollow, "i'm always the one who reaches out. no one ever checks in on me, i sometimes think if i stopped i'd never hear from anyone", nil, []string{"follow|reach", "back|tiring"}, "i'm always"},
		{"milestones posted", qDrain, "my old flatmate posted her engagement and a new house the same week and im 30 and renting", nil, []string{"an engagement", "house", "compar"}, "flatmate posted"},
		{"a step that asks someone along", qStep, "ask Femi if he wants to come to the five-a-side on thursday", nil, []string{"Femi", "five-a-side"}, "ask femi if"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := acknowledgeIn(Question{Text: tt.q}, tt.answer, tt.earlier, 0)
			low := strings.ToLower(got)
			if strings.Contains(got, "_") {
				t.Errorf("%q → %q: said back in italics", tt.answer, got)
			}
			for _, g := range tt.want {
				if !containsAny(low, strings.Split(strings.ToLower(g), "|")...) {
					t.Errorf("%q → %q: says none of %q", tt.answer, got, g)
				}
			}
			if tt.not != "" && strings.Contains(low, strings.ToLower(tt.not)) {
				t.Errorf("%q → %q: says %q", tt.answer, got, tt.not)
			}
		})
	}
}

// TestInvitation says a step that asks whether someone wants to do
// something as an invitation, and leaves any other step as it is.
func TestInvitation(t *testing.T) {
	for _, tt := range []struct{ step, want string }{
		{"ask Maya if she wants to see the new exhibition on Sunday", "Inviting Maya to see the new exhibition on Sunday"},
		{"ask my brother whether he fancies a pint on Friday", "Inviting my brother for a pint on Friday"},
		{"see if Oli wants to go running saturday", "Inviting Oli to go running saturday"},
		{"ask Maya how her exam went", "ask Maya how her exam went"},
		{"call grandad on Sunday", "call grandad on Sunday"},
	} {
		if got := invitation(tt.step); got != tt.want {
			t.Errorf("invitation(%q) = %q, want %q", tt.step, got, tt.want)
		}
	}
}

// TestNothingMuchNeedsLittle: a limit on what is posted ("never post my
// kids' faces") is no answer of hardly posting, and a "no" with nothing
// after it is no reason to name.
func TestNothingMuchNeedsLittle(t *testing.T) {
	const qPrivate = "What do you keep private online, and is there anything you share that you would rather keep to yourself?"
	const qDrain = "Did anything online drain you or leave you comparing yourself with others?"
	for _, tt := range []struct{ q, answer string }{
		{qPrivate, "i never post my kids faces or where we live"},
		{qDrain, "no"},
		{qDrain, "no, but my cousin's holiday pics got to me a bit"},
	} {
		if got := nothingMuchAck(Question{Text: tt.q}, foldText(tt.answer), questionKind(tt.q), 0); got != "" {
			t.Errorf("%q → %q, want nothing named", tt.answer, got)
		}
	}
}
