package safety

import "testing"

// TestEdgeNow checks that a height stood on now and looked down from, a
// height weighed for whether it would work, a train waited for that does
// not stop and a stranger climbing over a railing are read in each
// language, while a view, a parade or a phone looked down at are not.
func TestEdgeNow(t *testing.T) {
	checkSituations(t, []situationCase{
		{"im on the roof of my building again staring down", Self},
		{"sat on the railway bridge looking down at the tracks", Self},
		{"waiting for the next freight train that doesnt stop here", Self},
		{"someone on the motorway bridge is climbing over the railing", Other},
		{"steh jetzt auf dem parkhaus und schau nach unten", Self},
		{"gestern uberlegt, von welchem parkhaus es klappen wurde", Self},
		{"estoy en la azotea mirando hacia abajo", Self},
		{"je suis sur le pont, je regarde le vide", Self},
		{"estou em cima da ponte olhando pra baixo", Self},
		{"sto sul cavalcavia e guardo giu", Self},
		{"ik zit op de brug en kijk naar beneden", Self},
		{"wchodze na most i patrze w dol", Self},
		{"binanin tepesindeyim asagi bakiyorum", Self},
		{"i keep standing on the old viaduct after work. one of these nights i wont come back down", Self},
		{"there's a bakery by the bridge and i keep stopping at it. tonight i might not walk on past without buying a cake", None},
		{"we are on the rooftop looking down at the fireworks", None},
		{"im on the balcony looking down at the parade", None},
		{"waiting on the platform looking down at my phone", None},
		{"stojimy na moscie i patrzymy na zachod slonca", None},
		{"ik zit op het balkon en kijk naar het vuurwerk", None},
	})
}
