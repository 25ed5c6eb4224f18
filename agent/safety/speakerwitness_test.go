package safety

import "testing"

// TestSpeakerWitness checks that the speaker who comes across someone
// else's means, or hears from them, is a witness (speaker.go, witness):
// the risk stays that other person's; and that "ill", folded to "il", is
// the English speaker.
func TestSpeakerWitness(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my brother has been hoarding his sleeping pills, i spotted them behind the books", Other},
		{"my girlfriend said its the last time ill ever hear from her", Other},
		{"ive been hoarding my sleeping pills, i counted them last night", Self},
		{"theyll all be relieved, ill be gone by sunday", Self},
		{"il be gone before the kids wake up and nobody will miss me", Self},
	})
}

// TestOthersAtTheEdge checks someone else at a height's edge who will
// not come in or answer, a plan told to the speaker who is afraid, a
// thing thrown at someone at home with the speaker threatened next, and
// a small child who swallowed a battery told in more words.
func TestOthersAtTheEdge(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my housemate is perched on the window ledge and wont answer me", Other},
		{"my son is sitting on the garden wall and wont come in for dinner", None},
		{"my colleague says shes got everything worked out and wont be around after friday, im terrified", Other},
		{"he has it all planned for the trip and wont be back till june, so jealous", None},
		{"my stepdad hurled a plate at my mum and yelled at me to stay quiet or im next", Abuse},
		{"the nurse said im next, finally", None},
		{"my toddler swallowed one of those shiny little round batteries from the remote", Medical},
	})
}

// TestOrdinalsAndDecisions checks that an ordinal typed in digits is
// read as its number ("the 3rd", "1st": fold.go, ordinal), so a date set
// is read as one; and that a decision made about a job, a course or a
// way out of a gathering stays quiet.
func TestOrdinalsAndDecisions(t *testing.T) {
	if got := tokens("the 3rd, my 21st and the 1st", nil); got[1] != "3" || got[3] != "21" || got[6] != "1" {
		t.Errorf("tokens = %q, want the ordinals as numbers", got)
	}
	checkSituations(t, []situationCase{
		{"the 22nd is the day, i feel so at peace now", Self},
		{"by the 9th ill be gone for good", Self},
		{"the 22nd is the day of the wedding, i feel so calm", None},
		{"my final shift at the cafe is saturday, ive decided", None},
		{"handing in my notice at the firm next week, my mind is made up", None},
		{"planning my escape from the christening early so nobody clocks it", None},
	})
}

// TestToldToTheSpeaker checks that "me" after a verb of sending is the
// one written to, so a farewell someone sends is theirs, and that a
// third line that frames what someone said ("said hell") keeps its verb
// when the message is read again as that person speaking (asthird.go).
func TestToldToTheSpeaker(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my cousin texted me sorry for everything and now she wont pick up", Other},
		{"a lad on my course messaged the group and said hell be dead by tonight", Other},
		{"i texted my sister sorry for everything, goodbye forever", Self},
	})
}

// TestNoAnswerEverAndFuneralPictured checks no answer again ever after a
// day, one's own funeral pictured with relief, and the near misses of a
// goodbye note to a thing and dying of embarrassment.
func TestNoAnswerEverAndFuneralPictured(t *testing.T) {
	checkSituations(t, []situationCase{
		{"from monday im not going to be picking up. ever again", Self},
		{"daydreaming about my own funeral again, it feels like such a relief", Self},
		{"wrote a farewell poem to my childhood bedroom before the move", None},
		{"i could literally die, i called my teacher mum in front of everyone", None},
		{"im not going to be online this weekend, camping", None},
	})
}
