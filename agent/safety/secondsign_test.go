package safety

import "testing"

// TestSecondSignOtherLanguages checks the xx.secondsign.txt lines: an act
// or an arrangement that reads as the end beside a second sign, in the
// other main languages, with someone else ending it, a child poisoned,
// a cut at work and a figure of speech without its accent; and the past
// told as over, taken back when the thought is back now.
func TestSecondSignOtherLanguages(t *testing.T) {
	checkSituations(t, []situationCase{
		{"hab meine bucher und das fahrrad verschenkt. brauche ich sowieso nicht mehr", Self},
		{"hab die alten bucher verschenkt, wir ziehen im mai um", None},
		{"mein suizidversuch im fruhjahr ist gescheitert. beim nachsten mal klappt es", Self},
		{"ich werde den kommenden sommer nicht mehr erleben", Self},
		{"meine schwester schreibt dass sie heute mit dem leben schluss machen will", Other},
		{"mein sohn hat spulmittel getrunken und ist jetzt total schlapp", Medical},
		{"le deje mi gato a mi vecina, cree que me voy de erasmus. no voy a volver", Self},
		{"el trabajo me mato hoy, a dormir", None},
		{"hier soir c etait la derniere fois que je la voyais, tout est regle pour dimanche", Self},
		{"jai fait une tentative l an dernier et ca me reprend depuis quelques jours", Self},
		{"ho gia individuato il viadotto, ci passo ogni giorno", Self},
		{"abbiamo scelto il ponte del primo maggio per andare al mare", None},
		{"mi sono tagliata con la motosega e il sangue non si ferma", Medical},
		{"de auto verkocht en alles opgeruimd. vrijdag ben ik weg", Self},
		{"mijn kat mag mijn zus voorgoed houden, ze snapt niet waarom", Self},
		{"vorig jaar heb ik het al een keer geprobeerd en nu denk ik het nog eens te doen", Self},
		{"mijn dochtertje heeft een wasmiddelcapsule in haar mond gehad en blijft spugen", Medical},
		{"mijn broer zegt dat hij er een eind aan wil maken", Other},
		{"rok temu probowalem i znowu mysle o tym", Self},
		{"oddalam psa mamie i powiedzialam ze juz nie wroce", Self},
		{"ja escolhi a data, vai ser depois do natal pra nao estragar a festa de ninguem", Self},
		{"meus pais iam ficar aliviados sem mim", Self},
	})
}

// TestTheDayEverythingReady checks a day named as "the day" with
// everything ready and nothing else named, in the nine languages, beside
// a day with its occasion named and medicines kept in a cupboard.
func TestTheDayEverythingReady(t *testing.T) {
	checkSituations(t, []situationCase{
		{"tuesday is the night, its all sorted", Self},
		{"tuesday is the night of the gig, its all sorted", None},
		{"el domingo sera el dia, todo esta decidido", Self},
		{"freitag wird es so weit sein, alles ist geregelt", Self},
		{"dimanche c est le jour, tout est regle", Self},
		{"domingo vai ser o dia, esta tudo pronto", Self},
		{"domenica sara il giorno, ho sistemato tutto", Self},
		{"vrijdag wordt de dag, alles is geregeld", Self},
		{"piatek bedzie tym dniem, wszystko zalatwione", Self},
		{"pazar o gun, her seyi ayarladim", Self},
		{"je range mes cachets dans le placard de la cuisine", None},
	})
}
