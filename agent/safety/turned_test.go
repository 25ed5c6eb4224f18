package safety

import "testing"

// TestQuestionTurnedOnSpeaker checks that a question asked of someone
// else's risk, then said to be about the one asking, is the speaker's
// risk, while the same questions asked for someone else, for a class or
// with a worry of one's own that is no risk stay what they are.
func TestQuestionTurnedOnSpeaker(t *testing.T) {
	checkSituations(t, []situationCase{
		{"how would i know if somebody is suicidal? i think it could be me", Self},
		{"whats the warning signs of self harm. pretty sure i have all of them", Self},
		{"my mate is asking how to help someone who is suicidal. ok the friend is me", Self},
		{"asking for a friend (the friend is me): how do you support someone who wants to end their life", Self},
		{"what are red flags of suicide in adults, that sounds exactly like me", Self},
		{"what are the red flags of domestic abuse? asking for a friend. its me", Abuse},
		{"what are the warning signs of suicide in older men", None},
		{"what are the signs someone is suicidal? i think i am worried about my nephew", None},
		{"what are the signs of self harm, i think im going to put them on a poster for school", None},
		{"asking for a friend: how do you get red wine out of a rug", None},
		{"how can i tell if someone is suicidal? my brother stopped eating and gave his bike away", None},
		{"como apoyar a alguien que se quiere matar? tal vez soy yo", Self},
		{"wie unterstutze ich jemanden, der nicht mehr leben will? ich glaube, ich bin es", Self},
		{"comment soutenir une personne qui veut mourir, je demande pour moi", Self},
		{"como ajudar alguem que quer morrer? acho que sou eu", Self},
		{"come sostenere una persona che vuole morire? forse parlo di me", Self},
		{"hoe steun je iemand die dood wil? ik denk dat ik het ben", Self},
		{"jak wspierac osobe, ktora chce umrzec? chyba chodzi o mnie", Self},
		{"como apoyar a alguien que piensa en matarse? es para mi trabajo de clase", None},
		{"wie unterstutze ich jemanden, der nicht mehr leben will? es geht um meinen opa", None},
	})
}

// TestCourseQuestionFrame checks that a course that taught how to ask
// about suicide is study, while a risk told after it is still read.
func TestCourseQuestionFrame(t *testing.T) {
	checkSituations(t, []situationCase{
		{"in the workshop they showed us how to talk to someone about suicidal feelings", None},
		{"our volunteers learn how to support people who self harm", None},
		{"they taught us how to talk to someone who wants to die. honestly i want to die too", Self},
		{"ich mache eine weiterbildung zur suizidpravention im verein", None},
		{"ik heb gisteren uien gesneden en mezelf een beetje geraakt, niks ergs", None},
		{"ik wil mezelf weer snijden vanavond", Self},
	})
}

// TestThreatOverATrifle checks that a threat to kill over a trifle named
// after its "if" is a joke, while the same threat over leaving or telling
// is abuse, in whichever order the condition stands.
func TestThreatOverATrifle(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my roommate says shell murder me if i finish her chocolate again", None},
		{"my sister said shell kill me if i spoil the finale lol", None},
		{"he said hed kill me if i ever leave him", Abuse},
		{"my brother says hell kill me if i tell anyone what he does to me", Abuse},
		{"si lo dejo me mata, eso me dice siempre", Abuse},
	})
}

// TestBridgeAsAWayOver checks that a bridge chosen to get across a river
// is a route, while a bridge chosen for a night is still a plan.
func TestBridgeAsAWayOver(t *testing.T) {
	checkSituations(t, []situationCase{
		{"ive worked out which bridge to take to get across the river on monday", None},
		{"found the viaduct we cycle over to cross the valley, doing it saturday", None},
		{"ive worked out which bridge, its happening on monday night", Self},
	})
}
