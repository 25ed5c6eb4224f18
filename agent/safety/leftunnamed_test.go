package safety

import "testing"

// TestLeftUnnamedEnglish checks the act left unnamed and told by what
// surrounds it (en.leftunnamed.txt): a count with nothing counted to, a
// plan set for an empty house, the last try failed and this one sure, a
// brink and the next time, things sent for after, a dose asked by whether
// it would do it, the means within reach, hurting oneself as what helps,
// a prayer to be taken, a child better off with the other parent, and
// abuse told by its threat, its injuries, a blade held or a room shut.
// Twins that keep the words and name the errand stay quiet.
func TestLeftUnnamedEnglish(t *testing.T) {
	checkSituations(t, []situationCase{
		{"been counting down the nights now. 4 to go", Self},
		{"pretty sure this weekend is it for me", Self},
		{"the plan is for friday while my flatmate is on nights", Self},
		{"the first time i woke up. this time ill do it right", Self},
		{"i keep inching nearer to the edge of the platform and thinking about letting go", Self},
		{"sat at the railings for an hour waiting for the nerve", Self},
		{"printed the wedding photos and gave them to my brother, he can keep them after", Self},
		{"what dose of sleeping pills would do it for a person my size", Self},
		{"if i swallowed all of them would it be painless", Self},
		{"better if it looked like an accident, the bend on the coast road", Self},
		{"dad keeps a rifle in the garage and i know the code to the safe", Self},
		{"the tablets from nans cupboard are under my bed now", Self},
		{"burning helps more than therapy ever did. 2 times tonight", Self},
		{"the blade is back in my school bag", Self},
		{"every night i pray to god to take me in my sleep", Self},
		{"want to drift off and have everything just stop. for good this time", Self},
		{"my daughter is better off with her mum. she wont remember me", Self},
		{"they'd be sad for a few days and then it would be easier for them", Self},
		{"tried tying it last night. to see if i could", Self},
		{"wrote a message to my dad and timed it for the morning, i wont be around when he reads it", Self},
		{"she says if i leave shes going to send my nudes to my boss", Abuse},
		{"my husband cracked two of my ribs last month and im scared to go home", Abuse},
		{"my stepdad held a screwdriver to my throat last night", Abuse},
		{"my dad locks me in the cellar for days when im bad", Abuse},
		{"a boy in my server shared a photo of a pile of tablets and said goodbye everyone", Other},
		{"counting down the days till my holiday, 9 to go", None},
		{"the plan is friday when my flatmate is away, we're having a party", None},
		{"failed my driving test last time, this time ill get it right", None},
		{"printed the photos for the album, she'll want them after the wedding", None},
		{"how many paracetamol can i take in a day for a toothache", None},
		{"the film ended with the hero drowning himself, so well made", None},
		{"last day at work friday, sending goodbye emails to the whole office", None},
		{"i feel like a burden asking my mum to drive me to practice every week", None},
		{"wrote down the wifi password for my gran since she always forgets it", None},
		{"leaving the discord for good, mods are useless. bye everyone", None},
	})
}

// TestGoneUnderWater checks that someone gone into the water off a boat, a
// pier or the rocks and not seen since is a medical emergency, and that a
// jump for fun or a thing dropped overboard is none.
func TestGoneUnderWater(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my uncle fell off the fishing boat and we cant see him anywhere", Medical},
		{"she dived off the jetty into the river and hasnt come back up", Medical},
		{"my cousin got swept off the rocks and no one can see him", Medical},
		{"jumped off the pier into the sea with my mates, so cold", None},
		{"my keys fell off the boat and we cant see them", None},
		{"dropped my goggles in the pool and cant see them anywhere", None},
	})
}
