package safety

import "testing"

// TestMoreEnglishConcepts checks the ideas of en.moreconcepts.txt (fear
// of what one might do, the means looked at for long, a near attempt, the
// next time surer, the fight given up, life pointless, not deserving to
// live) with other English wordings, beside near misses that keep the
// words: a box lifted wrong, a cheesecake, a bridge admired, snacks for a
// hike, a project shipped.
func TestMoreEnglishConcepts(t *testing.T) {
	tests := []situationCase{
		{"i'm so tired of waking up every day", Self},
		{"i've reached the end of the road, i can't fight anymore", Self},
		{"this is the last time you'll hear from me", Self},
		{"i keep picturing my own funeral and who would come", Self},
		{"i dont think i'll be here for my birthday next month", Self},
		{"i'm tired of fighting to stay alive", Self},
		{"i've already said my goodbyes in my head", Self},
		{"nothing will ever get better so whats the point in sticking around", Self},
		{"i want the pain to stop and i know how to make it stop", Self},
		{"i'm a lost cause, they'd be relieved if i was gone", Self},
		{"i looked at the train tracks for a long time today", Self},
		{"nobody will miss me when i'm gone", Self},
		{"i've decided tonight is the night", Self},
		{"i keep hoping i'll get hit by a car on the way to work", Self},
		{"i took a bunch of pills last night but i woke up, next time i'll take more", Self},
		{"i'm scared of what i might do to myself tonight", Self},
		{"i don't trust myself alone right now", Self},
		{"i have the pills counted out on my desk", Self},
		{"i've been scratching my arms until they bleed", Self},
		{"i went to the bridge again tonight, i almost did it", Self},
		{"i keep having thoughts about killing myself but im fine", Self},
		{"ive been thinking about suicide a lot lately", Self},
		{"i just wish i could go to sleep and stay there", Self},
		{"life feels pointless and i'm done pretending", Self},
		{"he told me if i ever leave he'll find me and hurt the kids", Abuse},
		{"my mum's boyfriend keeps coming into my room at night", Abuse},
		{"i have bruises on my arms from where he grabbed me", Abuse},
		{"my husband tracks my phone and i'm not allowed money of my own", Abuse},
		{"my mate's been talking about ending it and he has a gun at home", Other},
		{"my daughter said she wishes she was dead", Other},
		{"my friend stopped eating and says she doesn't deserve to live", Other},
		{"my husband has crushing chest pain and is sweating a lot", Medical},
		{"my friend hit her head and now she's confused and being sick", Medical},
		{"i think i'm having an allergic reaction, my throat feels tight", Medical},
		{"i'm scared of what i might say to my boss tomorrow", None},
		{"i'm afraid i'll hurt myself if i lift that box wrong", None},
		{"i don't trust myself alone with a whole cheesecake", None},
		{"i stared at the bridge for ages, the architecture is stunning", None},
		{"i almost jumped when the cat knocked the glass off the bridge of my nose lol", None},
		{"next time i'll take more snacks on the hike", None},
		{"we've reached the end of the road with this project, time to ship it", None},
		{"i can't fight this cold anymore, taking a sick day", None},
		{"my life feels pointless without my morning coffee lol", None},
		{"i don't deserve to live in such a nice flat honestly", None},
		{"my friend was talking about ending it with her boyfriend, she has a knife collection he hates", None},
	}
	checkSituations(t, tests)
}
