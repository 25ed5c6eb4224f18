package safety

import "testing"

// TestAttemptReturns checks an attempt that already happened and its
// return now, in every main language (xx.attemptreturns.txt and
// en.againafteranattempt.txt): the thought back every day, worse than
// then, or "this time" with a surer way, also when the past is dated ("two
// years ago"), which alone would read as over. Beside them, a task tried
// before and to be got right this time, and a past that stays past.
func TestAttemptReturns(t *testing.T) {
	checkSituations(t, []situationCase{
		{"the overdose in march went wrong, this time ill go with something that cant fail", Self},
		{"ended up in intensive care after swallowing a whole packet as a teen. tonight im sat with the packets again", Self},
		{"tried the vegan diet last year, this time im going to use something that works", None},
		{"il y a trois ans j'ai essayé avec des cachets. la prochaine fois je ne vais pas rater", Self},
		{"ma tentative l'an dernier... j'y pense tous les jours maintenant", Self},
		{"il y a deux ans j'ai essayé le marathon, cette fois je sais comment faire pour que ça marche", None},
		{"ci ho provato tre anni fa con i farmaci di mia nonna, questa volta non sbaglio", Self},
		{"mi sono svegliata in ospedale l'anno scorso. ci sto ripensando ogni giorno", Self},
		{"ci ho gia provato con la torta di mele due anni fa, stavolta ci riesco", None},
		{"twee jaar geleden heb ik het al eens geprobeerd, ik denk er weer de hele tijd aan", Self},
		{"mijn maag is leeggepompt na mijn poging, deze keer zorg ik dat het lukt", Self},
		{"vorig jaar heb ik het rijexamen geprobeerd, deze keer lukt het", None},
		{"gecen yil haplarla denemistim. yine her gun aklimda", Self},
		{"ehliyet sinavini gecen yil denedim, bu sefer basaracagim", None},
		{"letztes jahr versucht, mit tabletten. ich denke jetzt wieder jeden tag daran", Self},
		{"bin vor zwei jahren auf der intensiv aufgewacht, beim nächsten mal zieh ich es durch", Self},
		{"hab die prüfung letztes jahr schon mal versucht, diesmal klappts", None},
		{"hace un año desperte en el hospital. esta vez no voy a fallar", Self},
		{"hace dos años intente quitarme la vida y vuelvo a pensarlo todos los dias", Self},
		{"ja tentei com os remedios da minha avo faz dois anos, desta vez vai dar certo", Self},
		{"acordei no hospital ano passado e to pensando nisso de novo todo dia", Self},
		{"juz raz probowalam tabletkami rok temu, tym razem zrobie to porzadnie", Self},
		{"dwa lata temu probowalem sie zabic i mysle o tym znowu codziennie", Self},
		{"probowalem zdac prawo jazdy rok temu, tym razem sie uda", None},
	})
}
