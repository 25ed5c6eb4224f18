package safety

import "testing"

// TestDecidedDay checks that a decision told with the day it all ends on
// is read in each language, while a job or a holiday ending on a day is
// not.
func TestDecidedDay(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my mind is made up. friday night its over", Self},
		{"ya lo decidi, el viernes se acaba todo", Self},
		{"ich hab mich entschieden, am freitag ist schluss", Self},
		{"jai decide, samedi soir tout sera fini", Self},
		{"ja decidi, domingo acaba tudo", Self},
		{"ho deciso, domenica finisce tutto", Self},
		{"ik heb besloten, zaterdag is het voorbij", Self},
		{"postanowilem, w sobote koncze ze wszystkim", Self},
		{"karar verdim, cuma gecesi her sey bitecek", Self},
		{"ya reshila, v voskresenye vsyo zakonchu", Self},
		{"ive decided to quit. my contract ends friday, thats it", None},
		{"c'est decide, on part en vacances, samedi c'est fini le boulot", None},
		{"ich hab mich entschieden, ich kundige. am freitag ist schluss mit dem job", None},
	})
}

// TestMeansGathered checks the means told in new shapes: pills from
// several pharmacies, a relative's drops set aside, pills being gathered
// for a night, the whole bottle carried to a lonely place, cutting started
// again with the wish for more; chocolates, masks and running stay quiet.
func TestMeansGathered(t *testing.T) {
	checkSituations(t, []situationCase{
		{"ich hab mir schlaftabletten aus drei apotheken besorgt", Self},
		{"compre paracetamol en tres farmacias distintas", Self},
		{"jai achete des somniferes dans plusieurs pharmacies", Self},
		{"ik heb paracetamol bij verschillende drogisterijen gehaald", Self},
		{"kupilam tabletki w kilku aptekach", Self},
		{"ho nascosto i sonniferi di mia madre", Self},
		{"goliyan jama kar raha hoon, kal sab kha lunga", Self},
		{"got a full strip of sleeping pills with me, im parked by the reservoir", Self},
		{"stopped for ages but started again last month and i want to cut deeper", Self},
		{"he comprado mascarillas en varias farmacias", None},
		{"the whole box of chocolates is gone. im sitting in my car at the beach lol", None},
		{"started running again and i want to do it more often", None},
		{"ho preso le gocce di mia nonna per portargliele in ospedale", None},
	})
}
