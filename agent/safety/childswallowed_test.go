package safety

import "testing"

// TestChildSwallowedAndOtherSigns checks emergencies told by their signs
// where the rules had no word for them (xx.childswallowed.txt): a young
// child told by their age who swallowed tablets or drank something from
// the cupboard, fumes from mixed cleaners with a cough, the throat closing
// after eating what one is allergic to, and someone who took pills and
// cannot be woken; a child's dinner, a clean bathroom and a teenager who
// sleeps in stay quiet.
func TestChildSwallowedAndOtherSigns(t *testing.T) {
	checkSituations(t, []situationCase{
		{"our 2 yr old climbed up and swallowed some of my iron pills", Medical},
		{"my 5 year old got into the bathroom cabinet and took a bunch of meds", Medical},
		{"grandma mixed drain cleaner with bleach, now she is wheezing", Medical},
		{"mijn dochtertje van 1 heeft wasmiddel ingeslikt", Medical},
		{"mi hija de 3 años se tragó una pila", Medical},
		{"meine tochter hat was aus dem putzschrank getrunken", Medical},
		{"assaggiato un dolce con le arachidi e mi si sta gonfiando la lingua", Medical},
		{"mama wzięła za dużo leków i nie możemy jej obudzić", Medical},
		{"my 7 year old ate two plates of pasta and half my pizza", None},
		{"mixed bleach and water to clean the tiles, smells like a pool now", None},
		{"syn znowu śpi, nie mogę go dobudzić do szkoły", None},
	})
}
