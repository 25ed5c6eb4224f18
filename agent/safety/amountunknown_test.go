package safety

import "testing"

// TestAmountUnknown checks that a child or someone else who swallowed
// medicine, with nobody knowing how much, is an emergency in every main
// language, not the speaker's plan (xx.amountunknown.txt); how many it
// would take stays the speaker's risk.
func TestAmountUnknown(t *testing.T) {
	checkSituations(t, []situationCase{
		{"mon neveu a avalé des gélules de sa mamie, on ne sait pas combien, il a 2 ans", Medical},
		{"mi sobrino se tragó unas pastillas de su abuela, no sabemos cuántas, tiene 3 años", Medical},
		{"mein sohn hat tabletten aus der handtasche meiner mutter geschluckt, wir wissen nicht wie viele, er ist 2", Medical},
		{"mio figlio ha ingoiato delle pillole del nonno, non sappiamo quante, ha 2 anni", Medical},
		{"mijn dochter heeft pillen van opa ingeslikt, we weten niet hoeveel, ze is 3", Medical},
		{"meu filho engoliu comprimidos do avô, não sabemos quantos, ele tem 2 anos", Medical},
		{"oğlum dedesinin haplarını yutmuş, kaç tane bilmiyoruz, 2 yaşında", Medical},
		{"j'ai gardé des cachets, je sais pas combien il en faudrait", Self},
		{"tengo pastillas escondidas y no sé cuántas hacen falta para no despertar", Self},
	})
}
