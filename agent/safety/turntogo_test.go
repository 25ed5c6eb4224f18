package safety

import "testing"

// TestTurnToGoAndHeights checks ideas told without a word for dying that
// recurred from writer to writer: the speaker's turn or time to go, on
// their own account (en.turntogo.txt, pt and es); a reason for going up
// high denied; a height looked down from for a long time, with a joke
// taken back (it.heightstared.txt); a motorway bridge stood on and no
// stepping back next time; things given away and a trip denied. Twins
// that change one part stay quiet.
func TestTurnToGoAndHeights(t *testing.T) {
	checkSituations(t, []situationCase{
		{"everybody's gone now, guess its my time to go as well, for good", Self},
		{"acho que chegou minha vez de partir, de vez", Self},
		{"creo que es mi momento de marcharme, para siempre", Self},
		{"heading to the bridge after work. not for the sunset", Self},
		{"sono rimasto un'ora a fissare il vuoto dal ponte, scherzavo... o forse no", Self},
		{"stand gestern an der eisenbahnbrücke, nächstes mal komm ich nicht zurück", Self},
		{"di mi guitarra y mi ropa, dije que era por un viaje pero no hay ningún viaje", Self},
		{"its my turn to go on the swings", None},
		{"heading to the bridge after work for the sunset", None},
		{"sono rimasto un'ora a guardare giù dal tetto, le luci della città erano magiche", None},
		{"regalé mis libros antes del viaje, no caben en la maleta", None},
	})
}
