package safety

import "testing"

// TestLastTimesInEveryLanguage checks last times the speaker knows are
// the last, and the other quiet resolve of xx.lasttimes.txt, in the other
// main languages; beside a last time before a move or a holiday's end.
func TestLastTimesInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"me despedi de mis sobrinos sabiendo que era la ultima vez", Self},
		{"fue la ultima cena que paso con ellos y nadie lo sabe", Self},
		{"no es culpa de nadie, perdon por todo. cuiden a mi gato por favor", Self},
		{"embrassé mes parents hier soir, je savais que c'était la dernière fois", Self},
		{"c'etait le dernier noel que je passe avec eux, j'en suis sure", Self},
		{"ho salutato i miei nipoti sapendo che era l'ultima volta", Self},
		{"quella era l'ultima pasqua che passo con la mia famiglia", Self},
		{"vorrei spegnermi per sempre e basta", Self},
		{"la madre del mio amico lo picchia con la cintura", Other},
		{"hab meine oma umarmt und wusste, dass es das letzte mal ist", Self},
		{"afscheid genomen van mijn zus, ik wist dat het de laatste keer was", Self},
		{"ik heb er schoon genoeg van om te leven", Self},
		{"ik sta op de brug. weet niet of ik nog terug kom", Self},
		{"przytulilam mame wiedzac ze to ostatni raz", Self},
		{"abracei minha vo sabendo que era a ultima vez", Self},
		{"annemle vedalastim, son kez oldugunu bilerek", Self},
		{"c'etait notre dernier diner avant mon demenagement a lyon", None},
		{"sono andata al mare, bellissimo, ultima domenica di vacanza prima di tornare al lavoro", None},
	})
}
