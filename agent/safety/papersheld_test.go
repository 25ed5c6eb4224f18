package safety

import "testing"

// TestPapersHeld checks that papers kept by someone at home, told with a
// second mark of control (the phone taken, the door locked, the children
// threatened), is abuse in each language, while papers held for a trip
// are not.
func TestPapersHeld(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my husband keeps my passport and took my phone", Abuse},
		{"my partner has my passport and locks me in when he goes out", Abuse},
		{"mi novio tiene mis papeles y no me deja salir", Abuse},
		{"mein mann hat meinen pass weggenommen und schliesst mich ein", Abuse},
		{"mon mari a pris mon passeport et mon telephone", Abuse},
		{"meu marido escondeu meu passaporte e nao me deixa sair", Abuse},
		{"mio marito tiene il mio passaporto e non mi fa uscire", Abuse},
		{"mijn man heeft mijn paspoort afgepakt en sluit me op", Abuse},
		{"maz zabral mi paszport i nie wypuszcza mnie z domu", Abuse},
		{"kocam pasaportumu aldi ve kapiyi kilitliyor", Abuse},
		{"muzh spryatal pasport i zapiraet menya", Abuse},
		{"my dad has my passport because we fly tomorrow, and my phone is charging", None},
	})
}

// TestHandsOnMe checks violence told by what was done: hands on the
// throat, a belt, medicine hidden from someone afraid, a child next door
// with bruises and shouted at; a hug, a sports bruise and a pill box kept
// for someone forgetful stay quiet.
func TestHandsOnMe(t *testing.T) {
	checkSituations(t, []situationCase{
		{"he wrapped his hands around my throat last night", Abuse},
		{"my son in law hides my pills and i am frightened of him", Abuse},
		{"the girl upstairs always has bruises and her stepdad yells at her all night", Other},
		{"wenn er besoffen ist schlagt er mich", Abuse},
		{"mein vater hat mich mit dem gurtel geschlagen", Abuse},
		{"il ma serre la gorge hier soir", Abuse},
		{"il dit quil me tuera si je le quitte", Abuse},
		{"ablam kocasinin onu dovdugunu anlatti", Other},
		{"my son hides my pills in the kitchen so i dont forget them", None},
		{"my little girl threw her arms round my neck when i got home", None},
		{"the kid next door has bruises from football and his dad shouts at him to run faster", None},
		{"meine schwester schlagt mich jedes mal beim tischtennis", None},
	})
}
