package agent

import "testing"

// careHeldOut were written with careDev, before the rules, and set aside
// (every third wording of each kind): the rules were written without
// looking at them, so they measure how the rules do on wordings they were
// not fitted to. Do not tune the rules on these; add new cases to careDev.
var careHeldOut = []struct {
	want careKind
	text string
}{
	{careThanks, "thx"},
	{careThanks, "tysm"},
	{careThanks, "appreciate it"},
	{careThanks, "thanks, really"},
	{careThanks, "ty for stayin with me"},
	{careThanks, "thanks that helped a bit"},
	{careThanks, "ok thanks"},
	{careTalk, "i just want to talk"},
	{careTalk, "can u just talk to me"},
	{careTalk, "can we chat"},
	{careTalk, "i need to vent"},
	{careTalk, "can you just listen"},
	{careTalk, "can we keep talking"},
	{careTalk, "could we talk for a while"},
	{careOkay, "im fine now"},
	{careOkay, "i feel a bit better now"},
	{careOkay, "i'm good now"},
	{careOkay, "i overreacted"},
	{careOkay, "im calmer now"},
	{careOkay, "it was a rough moment but im ok"},
	{careOkay, "false alarm, im alright"},
	{careWho, "who do i even talk to about this"},
	{careWho, "who can i tell"},
	{careWho, "who should i reach out to"},
	{careWho, "i have no idea who i could tell"},
	{careWho, "who could help me"},
	{careWho, "i dont know who i can trust with this"},
	{careWho, "do you think i should tell a friend"},
	{careWrite, "can you help me write to my mum"},
	{careWrite, "how do i tell my dad im not ok"},
	{careWrite, "i want to text my brother but i dont know what to say"},
	{careWrite, "i wanna reach out to my friend jess"},
	{careWrite, "could you help me message my cousin"},
	{careWrite, "can you help me tell someone"},
	{careWrite, "help me reach out to my aunt"},
	{careRefuse, "no i'm not calling anyone"},
	{careRefuse, "no thanks"},
	{careRefuse, "i dont want to text anyone either"},
	{careRefuse, "i don't want help"},
	{careRefuse, "i'm not ready to tell anyone"},
	{careRefuse, "no, i don't want to talk to people"},
	{careRefuse, "i'd rather not involve anyone"},
	{careResume, "can we go back to the draft"},
	{careResume, "can we continue where we were"},
	{careResume, "go back to what we were doing"},
	{careResume, "can we carry on with the message"},
	{careResume, "pick the draft back up"},
	{careResume, "let's keep going with the draft"},
	{careResume, "can we resume"},
	{careOther, "show me the 7 day plan"},
	{careOther, "what's the best way to keep a group chat alive?"},
	{careOther, "my reminders"},
	{careOther, "start the plan"},
	{careOther, "list my contacts"},
	{careOther, "how can i be a better listener?"},
	{careOther, "draft a thank you note to my neighbour for feeding my cat"},
	{careShare, "i'm so tired of everything"},
	{careShare, "im scared"},
	{careShare, "i feel like nobody gets it"},
	{careShare, "i keep thinking about it"},
	{careShare, "i'm so anxious i can't sleep"},
	{careShare, "things with my family are really bad"},
	{careShare, "i feel stupid for saying all that"}}

// TestClassifyCareHeldOut checks the share of held-out wordings the rules
// get right stays at or above careHeldOutFloor. It prints counts by kind
// only, never a wording, so that a miss cannot be fixed by its words.
func TestClassifyCareHeldOut(t *testing.T) {
	const careHeldOutFloor = 0.80
	right := 0
	missed := map[careKind]int{}
	for _, c := range careHeldOut {
		if got := classifyCare(c.text, ParseIntent(c.text)); got == c.want {
			right++
		} else {
			missed[c.want]++
		}
	}
	share := float64(right) / float64(len(careHeldOut))
	t.Logf("held-out: %d of %d right (%.0f%%); misses by kind wanted: %v", right, len(careHeldOut), 100*share, missed)
	if share < careHeldOutFloor {
		t.Errorf("held-out accuracy %.2f, want at least %.2f", share, careHeldOutFloor)
	}
}
