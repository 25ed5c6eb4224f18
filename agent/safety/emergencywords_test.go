package safety

import "testing"

// TestEmergencyWordings checks emergencies told in words the rules had
// only in other shapes: a drain cleaner named as a compound, a pressing
// chest with a numb arm, a face swelling after a food, a drooping mouth
// with muddled speech told verb first, a fall with no answer after it;
// a crooked picture or a talk about politics stays quiet.
func TestEmergencyWordings(t *testing.T) {
	checkSituations(t, []situationCase{
		{"mijn dochter heeft ovenreiniger gedronken", Medical},
		{"ik heb een knellend gevoel in mijn borst en mijn linkerarm tintelt", Medical},
		{"syn zjadl krewetki, puchna mu usta i ciezko mu oddychac", Medical},
		{"bei opa hangt auf einmal die gesichtshalfte und er spricht ganz undeutlich", Medical},
		{"babam banyoda dustu, ses vermiyor", Medical},
		{"das bild hangt schief und mein opa redet wirres zeug uber politik", None},
		{"mijn zoon heeft de gootsteenontstopper gekocht bij de bouwmarkt", None},
	})
}
