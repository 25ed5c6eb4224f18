package safety

import "testing"

// TestPassiveWish checks the passive wish in every main language: a wish
// in the first person to stop one's own experience for good, and not
// minding what would end one's life, each beside a near miss that keeps
// two of the three parts (a wish to stop a thing, a rest with an end, a
// hope never to repeat an errand), and the figure of speech "i can't take
// it anymore" said of a nuisance, which stays quiet unless a disclosure
// stands beside it.
func TestPassiveWish(t *testing.T) {
	tests := []situationCase{
		{"all i want is to shut my eyes and stop feeling everything for good", Self},
		{"honestly id rather fall asleep tonight and never open my eyes again", Self},
		{"if the plane went down on my trip home i wouldnt even mind", Self},
		{"i'd be relieved if i didnt wake up tomorrow", Self},
		{"i dream of never having to face another morning ever again", Self},
		{"i just want to sleep and never have to deal with anything again", Self},
		{"i wouldnt mind if something happened to me on the way home tonight", Self},
		{"i dont want to be anything anymore", Self},
		{"i want to stop checking my phone forever, new years resolution", None},
		{"i hope i never have to sit that exam again", None},
		{"i never want to deal with that landlord again", None},
		{"i wouldnt mind if something nice happened for once", None},
		{"i want to sleep in and never have to set an alarm again, retirement goals", None},
		{"cant stand this humidity anymore honestly", None},
		{"i cant handle the noise from the builders any more", None},
		{"i cant take it anymore this heat is insane", None},
		{"i cant take it anymore this heat is insane and i want to kill myself", Self},
		{"vorrei addormentarmi e non risvegliarmi mai più", Self},
		{"se mi investisse un camion domani non mi importerebbe", Self},
		{"sarebbe bello non esserci più", Self},
		{"vorrei riposare un po' nel weekend", None},
		{"non ce la faccio più con questo caldo", None},
		{"ho chiuso con quel ragazzo per sempre", None},
		{"ik zou het liefst gaan slapen en nooit meer wakker worden", Self},
		{"als er morgen iets met mij gebeurt, kan me niks schelen", Self},
		{"ik wil niets meer voelen, nooit meer", Self},
		{"ik kan niet meer van de hitte vandaag", None},
		{"ik wil die jongen nooit meer zien", None},
		{"ik heb mijn afscheidsbrief al geschreven", Self},
		{"ich würde am liebsten einschlafen und nie wieder aufwachen", Self},
		{"es wäre mir egal, wenn mir heute etwas passiert", Self},
		{"ojalá pudiera dormirme y no despertar nunca más", Self},
		{"me daría igual si me pasara algo esta noche", Self},
		{"j'aimerais juste m'endormir et ne plus jamais me réveiller", Self},
		{"ça me serait égal s'il m'arrivait quelque chose", Self},
		{"je voudrais dormir jusqu'à midi demain", None},
		{"queria dormir e nunca mais acordar", Self},
		{"tanto faz se acontecer alguma coisa comigo", Self},
		{"chciałabym zasnąć i już nigdy się nie obudzić", Self},
		{"byłoby mi wszystko jedno, gdyby coś mi się stało", Self},
		{"keşke bir daha hiç uyanmasam", Self},
		{"bana bir şey olsa umurumda olmaz", Self},
	}
	checkSituations(t, tests)
}

// TestPassiveNearMisses checks everyday wishes and cares in every main
// language that share words with the passive wish, an absence imagined,
// someone else better off, or control at home: sleeping forever after an
// exam, never cooking again, an invitation, a coat, a lottery win.
func TestPassiveNearMisses(t *testing.T) {
	for _, text := range []string{
		"i just want to rest forever on this beach, best holiday ever",
		"i want to sleep for a week after this exam season",
		"i need to stop eating sugar forever, new diet",
		"i'd love to never have to cook again, takeaway every night",
		"all i want is to sleep in on sunday and never see an alarm again lol",
		"i wouldnt mind if my train was cancelled tomorrow, day off",
		"i hope it stops raining forever",
		"vorrei dormire per sempre la domenica mattina",
		"vorrei non dover più lavorare il sabato",
		"ik wil nooit meer zo'n tentamen maken",
		"ik wil gewoon slapen tot het voorjaar haha",
		"ich will nie wieder so früh aufstehen müssen",
		"quiero dormir para siempre después de este examen jaja",
		"je veux dormir pour toujours après cette semaine lol",
		"quero dormir pra sempre depois dessa prova kkk",
		"chcę spać na zawsze po tej sesji haha",
		"bu sınavdan sonra sonsuza kadar uyumak istiyorum",
		"ho preparato tutto per la festa, le lettere di invito sono pronte",
		"mio padre dice che staremmo meglio senza di lui in cucina, cucina malissimo",
		"mi hermano dice que estaríamos mejor sin ella, su ex era horrible",
		"mon mari m'interdit de sortir sans manteau quand il fait froid",
		"il mio ragazzo non mi lascia uscire senza ombrello quando piove",
		"meu marido não me deixa sair sem casaco no inverno",
		"het zou me niks uitmaken als mij iets overkwam in de lotto, haha",
		"me daría igual si me pasara algo de dinero extra",
	} {
		t.Run(text, func(t *testing.T) {
			if got := Detect(text).Situation; got != None {
				t.Errorf("Detect(%q) = %v, want none", text, got)
			}
		})
	}
}
