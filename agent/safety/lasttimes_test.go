package safety

import "testing"

// TestLastTimes checks last times the speaker knows are the last
// (en.lasttimes.txt), beside last times before a move, a week off grid, a
// night at a friend's and a project handed over.
func TestLastTimes(t *testing.T) {
	checkSituations(t, []situationCase{
		{"kissed my little brother goodnight and i knew it was the final one", Self},
		{"that was the last birthday i get to spend with them and nobody knows", Self},
		{"that was the last christmas i spend with them before i emigrate to canada", None},
		{"i wont be around to walk the dog anymore so ive written down her routine", Self},
		{"i wont be around to walk the dog next week, could you do it?", None},
		{"there isnt going to be a next year for me", Self},
		{"im heading somewhere none of you can follow", Self},
		{"im heading somewhere nobody can reach me for a week, off grid in the highlands", None},
		{"said i love you to dad before work, never say it. dont think ill make it back tonight", Self},
		{"told my mum i love her lol. dont think ill be coming home tonight, crashing at sams", None},
		{"if something happens could you make sure my plants go to jo. when not if, honestly", Self},
		{"handing over all my projects on friday, soon i wont be anyones problem at work", None},
	})
}

// TestUnspokenResolve checks resolve said without the words for dying
// (en.unspokenresolve.txt), beside a job of years, a eulogy for a class,
// hay fever tablets, a festival and hide and seek.
func TestUnspokenResolve(t *testing.T) {
	checkSituations(t, []situationCase{
		{"honestly whats the use of me staying alive for another thirty years", Self},
		{"whats the point of another ten years in this job", None},
		{"my kids deserve a better mother than me, they would get over it", Self},
		{"i refuse to keep being the reason my parents are miserable. ive figured it out", Self},
		{"i cant keep being the reason my wife cries, im going to see someone about my drinking", None},
		{"if i stopped existing nobody would notice. might find out for good", Self},
		{"nobody would come to my memorial, ill know sooner than they think", Self},
		{"finished my obituary, they can print it next week", Self},
		{"finished my obituary for the writing group, we share them on friday", None},
		{"the tablets are in my drawer. im going to swallow the whole box tonight", Self},
		{"got my hay fever tablets, ill take them after tea", None},
		{"the level crossing near me, ive been stepping a little closer every night", Self},
		{"i keep imagining myself drowning and its so peaceful", Self},
		{"picturing myself hanging out by the pool next week, pure relief", None},
		{"i timed it so my husband wont be the one who finds me", Self},
		{"hide and seek with the twins, they wont be the ones to find me lol", None},
		{"leaving a note so mum knows it isnt her fault. i love her", Self},
		{"my son would be happier with me out of the picture, ive been thinking about making that happen", Self},
		{"my counsellor reckons im fine now. my plan is on saturday", Self},
		{"want to say sorry to my brother before im gone. not travelling anywhere, not literally", Self},
	})
}

// TestOthersSigns checks someone else at risk told by the signs
// (en.othersigns.txt), beside a friend's phone off on a plane.
func TestOthersSigns(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my cousin shared a photo captioned final goodbye and her phone is switched off", Other},
		{"my sister asked me to feed her fish while shes in rome and her phone is off", None},
		{"my daughter posted goodbye everyone on her insta and isnt answering", Other},
		{"someone in my group chat texted that he has a rifle and hes ready", Other},
		{"gran keeps saying she'll be with grandad very soon and she gave away her rings with our names on", Other},
		{"my mate attempted last summer and hes talking like that again, says he has it planned", Other},
		{"the kid next door is being hit, he has bruises and they wont let him out", Other},
	})
}

// TestCleanStreak checks that a time since the speaker last hurt
// themselves, told with pride, is no crisis (en.cleanstreak.txt), while
// the urge back after it is; and a job that "will end up killing" a
// French speaker is a figure of speech (fr.hyperbole.txt).
func TestCleanStreak(t *testing.T) {
	checkSituations(t, []situationCase{
		{"today marks six months since my last cut, so proud", None},
		{"its been 200 days since i hurt myself and i want to do it again tonight", Self},
		{"mon chef va finir par me tuer avec ses réunions", None},
		{"je vais finir par me tuer, je n'en peux plus", Self},
	})
}
