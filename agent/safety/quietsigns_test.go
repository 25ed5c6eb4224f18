package safety

import "testing"

// TestQuietSigns checks indirect statements with no keyword: alive only
// until a pet goes, one's job in life done, a choice made with nothing
// mattering, a season not to be seen, promised, a swim or a walk with no
// way back, no memory of wanting to live, others left to be strong after
// a day, tiredness of being oneself fixed for good, nothing bought for a
// future, old tablets gathered, notes for everyone put away, a while that
// grows long, the will shown to someone puzzled, a last ride said
// goodbye to; each beside a near miss that keeps its words.
func TestQuietSigns(t *testing.T) {
	checkSituations(t, []situationCase{
		{"honestly im just hanging on until my old rabbit dies", Self},
		{"only staying till my exams are over, its only for the summer job", None},
		{"the kids have moved out and my husband passed, my time is up", Self},
		{"theres no point. ive made the decision", Self},
		{"i will never see another spring, trust me", Self},
		{"gonna walk into the lake tonight and not come back", Self},
		{"gonna walk the dog and not come back till dinner", None},
		{"cant recall when i last actually wanted to be alive", Self},
		{"my parents will have to be strong after this weekend", Self},
		{"sick of being a burden so im going to end it once and for all", Self},
		{"sick of the leak so im going to fix it once and for all", None},
		{"didnt bother ordering anything for next month, no point", Self},
		{"been squirrelling away my late husbands leftover tablets", Self},
		{"gathered all the old tablets to take back to the pharmacy", None},
		{"wrote each of them a short letter and sealed them in envelopes", Self},
		{"wrote everyone a thank you letter after the wedding", None},
		{"asked my neighbour to feed the cat for a few days. maybe forever", Self},
		{"showed my son where the life insurance papers are, he looked at me like im mad", Self},
		{"said goodbye to my pony today, our last hack together", Self},
		{"said goodbye to my pony today, our last hack before she goes to her new owner", None},
	})
}

// TestNearMissesSharingWords checks safe messages that share the words of
// farewells and giving away: an old thing handed on, the last time
// before someone moves abroad, an end told with its reason after it, and
// "for good" before a noun.
func TestNearMissesSharingWords(t *testing.T) {
	checkSituations(t, []situationCase{
		{"passed on my old guitar to my nephew, i wont need it now", None},
		{"probably the last time ill hug her until she flies back home", None},
		{"you wont have to hear about my essay after friday because the deadline is done", None},
		{"said bye to everyone at work, off on leave for good behaviour lol", None},
		{"gave my guitar to my nephew, wont be needing it where im going", Self},
		{"this is the last time well talk, goodbye", Self},
	})
}

// TestBuriedInSmallTalk checks a last time kept secret and a will done
// with the speaker ready, told between small talk, beside a will sorted
// with a house sale and a last day out known to everyone.
func TestBuriedInSmallTalk(t *testing.T) {
	checkSituations(t, []situationCase{
		{"took dad to the match, nobody knows it was our last outing together. great goal though", Self},
		{"it was our last day out before term starts, everyone knows, so we made it count", None},
		{"long day, laundry, signed my will. i feel at peace now. goodnight", Self},
		{"sorted my will and the car insurance so were all set for the move, anyway how are you", None},
	})
}

// TestQuietPlans checks quiet plans told in passing: debts cleared to
// leave things tidy, a message set to send later, a last message
// drafted, sorry said to everyone for no reason, a place where nobody
// will find the speaker, a pet fine with someone else, not going back
// with the others thinking of a job, more pills got with a lie, a place
// of the act seen as inviting, a height visited only to look, being gone
// as the one comfort; each beside a near miss that keeps its words.
func TestQuietPlans(t *testing.T) {
	checkSituations(t, []situationCase{
		{"cleared my overdraft and closed my accounts, i want to leave everything simple for mum", Self},
		{"recorded a voice note for my dad and set it to send next week", Self},
		{"wrote my boss an email and scheduled it for tomorrow morning", None},
		{"scheduled a happy birthday message for my sister, set to send at midnight tomorrow", None},
		{"been redrafting my final letter all week", Self},
		{"apologised to all my friends out of nowhere", Self},
		{"theres a spot by the reservoir where nobody will ever find me", Self},
		{"theres a spot by the reservoir where nobody will find me and my book, bliss", None},
		{"my cat would be happy with my gran", Self},
		{"my cat will be fine with my gran while im in spain", None},
		{"never coming back to the office, my manager thinks im off sick", Self},
		{"begged the doctor for a bigger supply of zopiclone and made up a reason", Self},
		{"the rails looked so inviting tonight", Self},
		{"drove to the viaduct and stood there", Self},
		{"drove to the viaduct to look at the sunset", None},
		{"thinking about not waking up is the only thing that calms me", Self},
	})
}
