package agent

import (
	"strings"
	"testing"
)

// careDev are the wordings the care rules were written against. Their
// held-out companions, written at the same time and set aside before the
// rules, are in care_heldout_test.go.
var careDev = []struct {
	want careKind
	text string
}{
	{careThanks, "thanks"},
	{careThanks, "thank you"},
	{careThanks, "ty"},
	{careThanks, "thank u so much"},
	{careThanks, "thanks for listening"},
	{careThanks, "thank you for being here"},
	{careThanks, "i appreciate you"},
	{careThanks, "cheers"},
	{careThanks, "thnx"},
	{careThanks, "thank youu"},
	{careThanks, "thanks for not judging me"},
	{careThanks, "thank you for that"},
	{careThanks, "much appreciated"},
	{careThanks, "thankyou"},
	{careTalk, "can we just talk"},
	{careTalk, "can we talk"},
	{careTalk, "i just wanna talk to someone"},
	{careTalk, "can i talk to you for a bit"},
	{careTalk, "i need someone to talk to"},
	{careTalk, "just talk to me"},
	{careTalk, "i want to talk about it"},
	{careTalk, "can you stay and talk"},
	{careTalk, "can i just vent for a minute"},
	{careTalk, "will you listen"},
	{careTalk, "i dont want to be alone rn, can we talk"},
	{careTalk, "talk to me pls"},
	{careTalk, "i wanna talk"},
	{careTalk, "i just need to get this off my chest"},
	{careOkay, "i'm ok now"},
	{careOkay, "it was just a bad moment"},
	{careOkay, "i'm alright"},
	{careOkay, "im ok, it was just a bad moment"},
	{careOkay, "feeling better"},
	{careOkay, "it passed"},
	{careOkay, "dont worry im ok"},
	{careOkay, "it was just a bad day"},
	{careOkay, "i'm safe, i promise"},
	{careOkay, "it's passed now, i'm okay"},
	{careOkay, "honestly im fine"},
	{careOkay, "i'm doing better"},
	{careOkay, "i'm okay, really"},
	{careOkay, "better now"},
	{careWho, "who should i tell"},
	{careWho, "who could i talk to"},
	{careWho, "idk who to tell"},
	{careWho, "i dont know who to talk to"},
	{careWho, "should i tell someone"},
	{careWho, "who would i even call"},
	{careWho, "is there anyone i could talk to"},
	{careWho, "who do you think i should talk to"},
	{careWho, "who's the right person to tell"},
	{careWho, "should i talk to someone about this"},
	{careWho, "who should i go to"},
	{careWho, "where can i find someone to talk to"},
	{careWho, "should i tell my family?"},
	{careWho, "who do people usually tell"},
	{careWrite, "can you help me text my brother"},
	{careWrite, "help me tell my sister i'm struggling"},
	{careWrite, "what do i say to my best friend"},
	{careWrite, "help me message sam"},
	{careWrite, "can u help me text my friend"},
	{careWrite, "write something to my girlfriend for me"},
	{careWrite, "help me ask my sister for help"},
	{careWrite, "can you write a message to my mom"},
	{careWrite, "help me word a text to my partner"},
	{careWrite, "how should i tell my mum"},
	{careWrite, "help me let my flatmate know im having a hard time"},
	{careWrite, "what should i text my bestie"},
	{careWrite, "help me write to tom"},
	{careWrite, "i need to tell my husband how im feeling, can you help"},
	{careRefuse, "i don't want to call anyone"},
	{careRefuse, "i dont wanna talk to anyone"},
	{careRefuse, "i don't want to tell anyone"},
	{careRefuse, "i can't call a helpline"},
	{careRefuse, "i'd rather not"},
	{careRefuse, "not calling anybody"},
	{careRefuse, "please dont make me call someone"},
	{careRefuse, "i can't tell anyone"},
	{careRefuse, "nah i'm not doing that"},
	{careRefuse, "no one needs to know"},
	{careRefuse, "i don't want to reach out to anyone"},
	{careRefuse, "i won't call them"},
	{careRefuse, "i dont feel like calling anyone rn"},
	{careRefuse, "i don't want to bother anyone"},
	{careResume, "ok can we go back to the message for my ex"},
	{careResume, "let's continue the draft"},
	{careResume, "back to the message pls"},
	{careResume, "let's pick up where we left off"},
	{careResume, "resume the reflection"},
	{careResume, "i want to finish the message to my ex now"},
	{careResume, "lets get back to the draft"},
	{careResume, "continue the reflection please"},
	{careResume, "back to the plan"},
	{careResume, "i'd like to finish that draft"},
	{careResume, "return to the message"},
	{careResume, "can we get back to my message to jo"},
	{careResume, "continue where we left off"},
	{careResume, "take me back to the draft"},
	{careOther, "how do i make friends at a new job?"},
	{careOther, "remind me to call mum every sunday"},
	{careOther, "i want to reflect on my friendships"},
	{careOther, "help me write a birthday message for jess"},
	{careOther, "change my timezone"},
	{careOther, "how do i deal with being ghosted?"},
	{careOther, "tips for making friends as an introvert?"},
	{careOther, "help me congratulate sam on her new job"},
	{careOther, "what do i do if a friend stops replying?"},
	{careOther, "how often should i text an old friend?"},
	{careOther, "help me apologise to my roommate"},
	{careOther, "can you explain the 7-day plan"},
	{careOther, "how to handle a disagreement in a group chat"},
	{careOther, "remind me about ana every month"},
	{careShare, "i feel so empty"},
	{careShare, "everything is just too much right now"},
	{careShare, "i just feel really alone"},
	{careShare, "i'm not ok"},
	{careShare, "my head is a mess"},
	{careShare, "i cant stop crying"},
	{careShare, "work has been crushing me"},
	{careShare, "i'm not fine actually"},
	{careShare, "i feel numb"},
	{careShare, "it's been a really hard week"},
	{careShare, "i don't know what i'm feeling"},
	{careShare, "my chest feels tight and i'm panicking"},
	{careShare, "im exhausted"},
	{careShare, "i'm not really okay tbh"}}

func TestClassifyCareDev(t *testing.T) {
	for _, c := range careDev {
		if got := classifyCare(c.text, ParseIntent(c.text)); got != c.want {
			t.Errorf("classifyCare(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// careEdges are cases for the rules' edges: negations, typos, bare words,
// requests that leave care mode.
var careEdges = []struct {
	want careKind
	text string
}{
	{careTalk, "i am not ok, can we talk"},
	{careShare, "i have no one to talk to"},
	{careOther, "can you tell me about ghosting?"},
	{careShare, "help"},
	{careShare, "help me"},
	{careOther, "menu"},
	{careOther, "/draft"},
	{careOther, "/plan"},
	{careRefuse, "i dont want to talk about it"},
	{careShare, "i want to feel better"},
	{careShare, "i'm not fine"},
	{careShare, "I'm NOT okay"},
	{careWrite, "how do i talk to my mum about this"},
	{careThanks, "thnaks"},
	{careThanks, "THANK YOUUU"},
	{careWrite, "can you help me mesage my brother"},
	{careYes, "yes please"},
	{careYes, "ok"},
	{careHello, "hey"},
	{careRefuse, "nope"},
	{careOther, "help me write a birthday message for my sister"},
	{careOther, "draft a check-in to Sam"},
	{careRefuse, "i don't want to bother my brother"},
	{careShare, "my brother is the only one who gets me"},
	{careOkay, "im good now thx"},
	{careTalk, "i need someone who can listen"},
}

func TestClassifyCareEdges(t *testing.T) {
	for _, c := range careEdges {
		if got := classifyCare(c.text, ParseIntent(c.text)); got != c.want {
			t.Errorf("classifyCare(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// TestComposeCareDraftAsksForSupport checks every wording, softer, shorter
// and both, with and without a name.
func TestComposeCareDraftAsksForSupport(t *testing.T) {
	for _, name := range []string{"", "Sam"} {
		for v := range 2 {
			for _, soft := range []bool{false, true} {
				for _, short := range []bool{false, true} {
					d := CareDraft{Name: name, Softer: soft, Shorter: short, Variant: v}
					got := composeCareDraft(d)
					low := strings.ToLower(got)
					greet := "Hey, "
					if name != "" {
						greet = "Hey " + name + ", "
					}
					if !strings.HasPrefix(got, greet) {
						t.Errorf("%+v: %q does not start %q", d, got, greet)
					}
					if strings.Contains(low, "how are you") || strings.Contains(low, "how you") || strings.Contains(low, "holding up") {
						t.Errorf("%+v: %q asks how the recipient is", d, got)
					}
					if !strings.Contains(low, "call") && !strings.Contains(low, "talk") {
						t.Errorf("%+v: %q asks for no call or talk", d, got)
					}
					if short && len(got) > 90 {
						t.Errorf("%+v: shorter draft of %d bytes: %q", d, len(got), got)
					}
				}
			}
		}
	}
}

// TestCareWhoText checks that after a crisis about abuse, family is not
// suggested as someone to tell.
func TestCareWhoText(t *testing.T) {
	if got := careWhoText("self"); !strings.Contains(got, "family") || !strings.Contains(got, "friend") {
		t.Errorf("careWhoText(self) = %q, want a friend and family suggested", got)
	}
	if got := careWhoText("abuse"); strings.Contains(got, "family") || !strings.Contains(got, "helplines") {
		t.Errorf("careWhoText(abuse) = %q, want no family, and the helplines", got)
	}
}

// TestCareRecipient checks whom a request for help writing is for.
func TestCareRecipient(t *testing.T) {
	tests := []struct{ text, name, rel string }{
		{"can you help me text my brother", "", "brother"},
		{"help me message sam", "Sam", ""},
		{"help me text my sister Ana", "Ana", "sister"},
		{"can you help me write to my mum", "Mum", "mum"},
		{"could you help me message my best friend", "", "best friend"},
		{"can you help me tell someone", "", ""},
	}
	for _, tc := range tests {
		if name, rel := careRecipient(tc.text); name != tc.name || rel != tc.rel {
			t.Errorf("careRecipient(%q) = %q, %q; want %q, %q", tc.text, name, rel, tc.name, tc.rel)
		}
	}
}

// FuzzClassifyCare checks the care rules never panic and always name a kind.
func FuzzClassifyCare(f *testing.F) {
	for _, c := range careDev {
		f.Add(c.text)
	}
	f.Add("thaaaanks ü ∂ youu")
	f.Fuzz(func(t *testing.T, text string) {
		switch classifyCare(text, ParseIntent(text)) {
		case careThanks, careTalk, careOkay, careWho, careWrite, careRefuse, careResume, careOther, careShare, careHello, careYes:
		default:
			t.Errorf("classifyCare(%q) gave no known kind", text)
		}
	})
}
