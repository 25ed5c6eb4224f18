package safety

import "testing"

// TestStrokeSigns checks that two signs of a stroke (a face drooping on
// one side, an arm that will not lift, speech that comes out wrong), in
// either order, are an emergency in every main language
// (xx.strokesigns.txt), and that one sign alone is not.
func TestStrokeSigns(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my uncle is slurring his words and one side of his face has dropped", Medical},
		{"grandma can't lift her right arm. her speech is all jumbled", Medical},
		{"opa kann seinen arm nicht mehr hochheben und lallt", Medical},
		{"mein vater redet komisch und sein gesicht hängt auf einer seite", Medical},
		{"tata bełkocze i ma krzywe usta", Medical},
		{"dedem konuşamıyor ve yüzü kaymış", Medical},
		{"mia madre non riesce più a parlare e ha la faccia storta", Medical},
		{"oma brabbelt onverstaanbaar en haar gezicht hangt scheef", Medical},
		{"mi padre no puede mover el brazo y habla arrastrando", Medical},
		{"ma tante ne peut plus parler et sa bouche est de travers", Medical},
		{"minha avó está com a boca torta e não consegue falar", Medical},
		{"ich kann nach dem klettern die hand kaum halten", None},
		{"mój dziadek zawsze mówi od rzeczy, taki już jest", None},
	})
}
