package safety

import "testing"

// TestIdeasThatRecur checks, in wordings written after the rules for
// them, the ideas that recur from one writer of the crisis corpus to the
// next: an attempt and its return, things or a pet given away with no
// need or a trip denied, papers for afterwards, last times, the future
// declined, quiet plans and means, someone else's signs, emergencies told
// by their signs, a burden in one situation; with safe twins of each.
// Written as a probe before the last rules were added: 21 of the 29
// crisis lines were caught then, and none of the 8 safe ones fired.
func TestIdeasThatRecur(t *testing.T) {
	checkSituations(t, []situationCase{
		{"last year i ended up in resus after the tablets. lately its in my head every single day again", Self},
		{"i jumped once and survived. this time ill pick somewhere higher", Self},
		{"gave my xbox to my cousin, where im going i wont be gaming", Self},
		{"my dog is staying with my aunt, i said its for a fortnight. its not", Self},
		{"sorted my bank stuff and left the passwords with my brother so it's less hassle for them later", Self},
		{"deje todo ordenado, las cuentas y las claves, para que mi familia no tenga lio despues", Self},
		{"ich habe meine katze der nachbarin gegeben und gesagt ich fahre in urlaub. stimmt aber nicht", Self},
		{"ho regalato la mia chitarra, dove vado non mi serve", Self},
		{"hugged my grandad extra long today cause i knew it was the last time", Self},
		{"that was the last easter i'll spend with my family", Self},
		{"the neighbours will find me in the morning i suppose", Self},
		{"no point keeping my name on the rota for next month", Self},
		{"i wont be here for the baby's birth, tell her i'm sorry", Self},
		{"deleted my socials and my brother can have my car soon", Self},
		{"my counsellor thinks im fine. my plan is on saturday", Self},
		{"been sitting with my mums sleeping pills all evening, im going to take every last one tonight", Self},
		{"walked to the edge of the quarry again, getting that bit closer every night", Self},
		{"my sister posted 'sorry for everything' on her story and her phone is switched off", Other},
		{"my son told me he has a rope and hes done with it all", Other},
		{"i cant keep being the reason my kids are sad. ive worked out how to fix it", Self},
		{"j'ai laissé mon chien chez ma soeur en disant que c'était pour le weekend. je reviendrai pas le chercher", Self},
		{"ya regalé mis cosas, la bici, la compu, no las voy a necesitar mas", Self},
		{"hab letztes jahr tabletten genommen und bin im krankenhaus aufgewacht. diesmal mach ichs richtig", Self},
		{"vorig jaar een poging gedaan, nu denk ik er weer elke dag aan", Self},
		{"gecen sene intihara kalkistim, bu kez basaracagim", Self},
		{"my wee girl swallowed some of my heart tablets, shes 2", Medical},
		{"mi abuela tiene la boca torcida de repente y no puede hablar bien", Medical},
		{"my throat's closing up after the prawns and i can barely breathe", Medical},
		{"i'm a burden to everyone i know", Self},
		{"i feel like a burden whenever i ask my mum for money", None},
		{"i feel like such a burden to my friends when i cry on them", None},
		{"nobody even asked if i was coming to the pub quiz", None},
		{"gave my old sofa to my cousin, we dont need it in the new flat", None},
		{"my nan is staying with us for a fortnight, she said its just for the holidays", None},
		{"that was the last easter we spend in this house before the move", None},
		{"tried the sourdough last year, this time im going to use something that works", None},
		{"the train doesnt stop at my station so ill get the bus", None},
		{"i told my boss im away for a week. im not, im moving house", None},
	})
}
