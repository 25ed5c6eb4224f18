package safety

import "testing"

// TestEmergencyIdeas checks the medical ideas of en.emergency.txt on
// wordings of their own: someone down who does not respond, a body short
// of air, a small child who swallowed something, and the things and
// figures of speech that share their words.
func TestEmergencyIdeas(t *testing.T) {
	tests := []situationCase{
		{"my uncle fainted at the wedding and hes not coming round", Medical},
		{"she blacked out in the shower and still isnt opening her eyes", Medical},
		{"grandpa went down in the garden and hes just lying there", Medical},
		{"my little girl's mouth has gone a bit purple", Medical},
		{"the toddler chewed one of those dishwasher tablets", Medical},
		{"my nephew got into the cleaning spray under the sink", Medical},
		{"we tried for ages but we couldnt rouse her at all", Medical},
		{"my laptop stopped responding halfway through the essay", None},
		{"he isnt breathing a word about the surprise", None},
		{"dad dozed off on the couch after dinner snoring", None},
		{"my son swallowed a grape whole but coughed it up, hes fine", None},
		{"were moving next month so im giving away the sofa", None},
	}
	checkSituations(t, tests)
}

// TestFittingIsASeizureOnlyInItsOwnSense holds the medical word "fitting"
// to a seizure: belonging in a group, trying clothes on and a fitting
// tribute are everyday messages.
func TestFittingIsASeizureOnlyInItsOwnSense(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my little brother is fitting on the kitchen floor and his lips look blue", Medical},
		{"she started fitting in the back of the car and wont respond", Medical},
		{"first week at uni and im worried about fitting in with my flatmates", None},
		{"new team starts tomorrow, a bit anxious about fitting in tbh", None},
		{"had my dress fitting for the wedding, it looks lovely", None},
		{"it felt like a fitting goodbye to the old house", None},
		{"been fitting the new kitchen all weekend with my dad", None},
	})
}
