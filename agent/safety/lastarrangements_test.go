package safety

import "testing"

// TestLastArrangements checks the last arrangements told in everyday
// words (en.lastarrangements.txt): a day set to be gone by, things put in
// order for the people left after, a last look, the means at hand, a
// rehearsal and a farewell beside a sign of the end, each beside near
// misses that keep the words: a trip, a will made young, a surprise, a
// speech rehearsed, a climbing rope.
func TestLastArrangements(t *testing.T) {
	tests := []situationCase{
		// a day set to be gone by
		{"by the end of the year nobody will have to worry about me, i wont be anyones burden", Self},
		{"after easter i wont be anybodys problem anymore", Self},
		{"ive given myself till the end of the summer and thats it", Self},
		{"honestly i dont expect to be around for christmas", Self},
		{"i dont plan on making it to september", Self},
		{"this is my last summer, none of them know", Self},
		{"whatever the scan shows, i wont be here for the results", Self},
		{"i marked the day on my phone and theres no going back", Self},
		{"ive decided sunday is when i do it", Self},
		{"i gave myself until friday to finish the painting", None},
		{"i dont plan on seeing that film, it looks awful", None},
		{"i wont be around for the results because im at my cousins wedding", None},
		{"we picked a day for the party and were sticking to it", None},
		{"sunday is when i go to my nans for lunch", None},
		{"nine days left before my flight to lisbon", None},
		// things put in order for those left after
		{"updated my will and made sure my partner will be fine", Self},
		{"i wrote out all my passwords so my brother can sort everything afterwards", Self},
		{"put the insurance papers on the table, thats the last thing i had to do", Self},
		{"i typed up what songs i want at my funeral", Self},
		{"cleared my overdraft and paid the phone bill in advance so nobody gets stuck with it", Self},
		{"wrote a will after the baby came, the solicitor was lovely", None},
		{"sorted the house insurance before the winter", None},
		// a last look
		{"i walked past my old house one last time, nobody knows why i went", Self},
		{"i went to the beach for a final look before its all over", Self},
		{"i held my niece for ages today, she doesnt know why", Self},
		{"watched the sun go down tonight, that was my last one", Self},
		{"i printed our photos so my sister has them after.", Self},
		{"i printed our photos so my sister has them to keep.", None},
		{"i held my niece for ages today, she was so sleepy", None},
		{"watched the sun go down over the harbour, so pretty", None},
		{"i printed our photos so my sister has something for her wall", None},
		// the means at hand
		{"i bought a box of razor blades and theyre not for shaving.", Self},
		{"theres a rope in the shed and i cant stop thinking about it", Self},
		{"mums sleeping pills are in the cabinet and i worked out exactly how many it would take", Self},
		{"i know what would work on me, its in the garage", Self},
		{"the pills are under my mattress now instead of the bathroom", Self},
		{"i put the tablets aside weeks ago and now im ready.", Self},
		{"got everything i needed and im waiting till my parents are asleep", Self},
		{"i know which one would do it for the stain on the carpet", None},
		{"i counted my tablets to check the pharmacy hadnt missed any", None},
		{"got everything i needed for the surprise and im waiting till my parents are asleep", None},
		{"i bought a new rope for bouldering at the weekend", None},
		// a rehearsal
		{"i had a practice run with the belt last week", Self},
		{"i stood on the stool with the cord tied just to see", Self},
		{"i made it as far as stepping over the barrier on the bridge", Self},
		{"went to the quarry at night to check no one would be there", Self},
		{"i leaned over the railing on the top floor to see what it would feel like to fall", Self},
		{"had a practice run of my presentation with the team", None},
		{"stood on a stool to hang the fairy lights", None},
		// a farewell beside a sign of the end
		{"thank you for being such a good sister, look after yourself when im gone", Self},
		{"if someone finds this, im sorry, it was nobodys fault", Self},
		{"i recorded a voice memo for my son for when im not around anymore", Self},
		{"you did nothing wrong, let my dad know that too", Self},
		{"please dont cry when they find me", Self},
		{"thank you for being such a good sister, happy birthday", None},
		{"this is the last post here, im moving to a new account, thank you all", None},
		// more wordings of the same ideas
		{"by the time my parents get home from work ill be gone, its not their fault", Self},
		{"ive saved all my logins in a file, mum will need them soon", Self},
		{"i asked my flatmate to look in my room on monday, she doesnt know what shell find", Self},
		{"my records go to my best mate and my bike to my cousin, its all written down", Self},
		{"i found a gap in the fence by the railway line", Self},
		{"i carry a razor blade everywhere now just in case", Self},
		{"i tried with a cable last week but it snapped", Self},
		{"i took a couple more than the label says and it wasnt enough", Self},
		{"ive attempted before and next time ill make sure", Self},
		{"i hugged my mum like it was the last time", Self},
		{"i wanted her to know that before its too late", Self},
		{"i said goodbye silently to every room in the house", Self},
		{"i finally said everything i wanted to say to the people i love.", Self},
		{"i wrote little cards for my friends so they have something of me", Self},
		{"by the time you get back from the shops ill be gone to work, lasagne is in the oven", None},
		{"my watch goes to my nephew when i die one day, its all written down", None},
		{"mum will need my school portal logins soon", None},
		{"i hugged my mum like it was the last time because she flies to australia tomorrow", None},
		{"said goodbye silently to the old house when we moved", None},
		{"the fence by the car park is broken again, the council never fixes it", None},
		{"i took a couple more than the label says and it wasnt enough for my migraine", None},
		// things given away, letters, plans, attempts and farewells
		{"sold my bike and gave the money to my brother, i wont need it anymore", Self},
		{"my cousin has my games now, he thinks im having a clear out", Self},
		{"i rehomed my dog last week, that was the last thing on my list", Self},
		{"notes for my brother and my nan are done and hidden in my wardrobe", Self},
		{"i started a letter and cant work out the last line", Self},
		{"ive decided when im going to do it and where", Self},
		{"my dressing gown cord would take my weight, i tested it", Self},
		{"asked my doctor what dose would be too much and said it was for my essay", Self},
		{"im going up to the top of the multi storey later to see what happens", Self},
		{"i was furious when i woke up in hospital that it didnt work", Self},
		{"you will never hear from me again after tonight.", Self},
		{"goodbye everyone, for the last time", Self},
		{"ive swallowed the whole packet and im going to sleep now", Medical},
		{"sold my bike and gave the money to my brother, i wont need it in amsterdam", None},
		{"i started a letter to my pen pal and cant work out the last line", None},
		{"i know how im going to do it and where, the proposal will be at the lake", None},
		{"the shelf would take my weight, i tested it", None},
		{"you will never hear from me again after tonight, going off grid for a month", None},
		// near misses that share the words
		{"whatever happens at the vet, i wont be around to hear back until friday", None},
		{"left the alarm code on the kitchen table so the cleaner can lock up after", None},
		{"remember to text me whatever happens", None},
		{"ive got enough stamps saved for a free coffee, counted them twice", None},
		{"practised my lines and stood on a stool to reach the top shelf", None},
		{"tried before and ill nail it this time, the recipe is tricky", None},
		{"bye everyone, one last time this term!", None},
		{"heading to the bridge tonight to see what happens with the lantern festival", None},
		// someone saying goodbye with no trip
		{"my mum hugged us all goodbye as if she was going away but shes not going anywhere", Other},
	}
	checkSituations(t, tests)
}
