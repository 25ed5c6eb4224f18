package safety

import "testing"

// TestIndirectItalianDutch checks the indirect ideas of it.indirect.txt
// and nl.indirect.txt, the two weakest languages, each with a near miss
// that keeps its words and changes what they are about: a move made
// ready, a view from a balcony, an exam tried again.
func TestIndirectItalianDutch(t *testing.T) {
	tests := []situationCase{
		{"ho sistemato tutto e ho scritto un biglietto per mio figlio", Self},
		{"quando sono sul ponte penso che basterebbe un passo", Self},
		{"la vita continuerebbe benissimo anche senza di me", Self},
		{"non mi restano motivi per andare avanti", Self},
		{"l'unica soluzione che vedo è farla finita", Self},
		{"stavolta vado fino in fondo.", None}, // an ordinary second try: the return of an attempt needs the attempt told (TestOrdinarySecondTry),
		{"mi faccio delle bruciature sulle braccia di nascosto", Self},
		{"la mia amica mi ha mandato un messaggio strano, dice che è stanca di vivere", Other},
		{"vivo nel terrore, lui mi urla contro e rompe tutto", Abuse},
		{"ho sistemato tutto per il trasloco, le lettere per il comune sono pronte", None},
		{"dal balcone la vista è bellissima, sarebbe facile passarci ore", None},
		{"la prossima volta non sbaglierò la ricetta della torta", None},
		{"alles staat klaar, de brieven voor mijn kinderen ook", Self},
		{"vanaf het dak lijkt het zo makkelijk", Self},
		{"iedereen gaat gewoon verder zonder mij", Self},
		{"ik heb geen puf meer om door te gaan", Self},
		{"de laatste uitweg is er een eind aan maken", Self},
		{"dit keer lukt het wel.", None}, // an ordinary second try: the return of an attempt needs the attempt told (TestOrdinarySecondTry),
		{"ik heb mijn gitaar aan mijn neef gegeven, waar ik heen ga heb ik hem niet nodig", Self},
		{"mijn moeder is het leven zat zegt ze", Other},
		{"mijn broer sluit zich op en praat over er een eind aan maken", Other},
		{"ik heb alles geregeld voor de verhuizing, de brieven zijn verstuurd", None},
		{"volgende keer lukt het wel met dat examen", None},
		{"vanaf het dak zie je de hele stad, super makkelijk te bereiken", None},
		{"ik geef mijn oude kleren weg, ik heb ze niet meer nodig", None},
	}
	checkSituations(t, tests)
}

// TestIndirectOtherLanguages checks the same indirect ideas in Spanish,
// French, German, Portuguese and Polish, with near misses that name an
// occasion (a wedding, a move, an exam) or another way out (a new job, a
// plumber).
func TestIndirectOtherLanguages(t *testing.T) {
	tests := []situationCase{
		{"ya lo tengo todo organizado, las cartas están en el cajón", Self},
		{"desde el balcón pienso que sería tan fácil", Self},
		{"el mundo seguiría igual sin mí", Self},
		{"ya no me quedan fuerzas para vivir", Self},
		{"la única salida que veo es morirme", Self},
		{"la próxima vez no voy a fallar.", None}, // an ordinary second try: the return of an attempt needs the attempt told (TestOrdinarySecondTry),
		{"me hago cortes en las piernas donde nadie los ve", Self},
		{"mi amiga dice que está cansada de vivir", Other},
		{"vivo aterrorizada, él grita y rompe cosas", Abuse},
		{"j'ai tout organisé, les lettres sont dans le tiroir", Self},
		{"du balcon je me dis que ce serait si facile", Self},
		{"le monde continuerait très bien sans moi", Self},
		{"je n'ai plus la force de vivre", Self},
		{"la seule issue que je vois c'est de mourir", Self},
		{"la prochaine fois je ne me raterai pas", Self},
		{"je me fais des coupures sur les cuisses", Self},
		{"ma copine dit qu'elle est fatiguée de vivre", Other},
		{"je vis dans la terreur, il crie et casse tout", Abuse},
		{"ich habe alles geregelt, die briefe liegen in der schublade", Self},
		{"vom balkon aus denke ich, wie einfach es wäre", Self},
		{"die welt würde sich auch ohne mich weiterdrehen", Self},
		{"ich habe keine kraft mehr zu leben", Self},
		{"der einzige ausweg ist der tod", Self},
		{"nächstes mal klappt es.", None}, // an ordinary second try: the return of an attempt needs the attempt told (TestOrdinarySecondTry),
		{"ich ritze mir die beine auf, wo es keiner sieht", Self},
		{"meine freundin sagt, sie ist lebensmüde", Other},
		{"ich lebe in angst, er schreit und schmeißt mit sachen", Abuse},
		{"já deixei tudo organizado, as cartas estão na gaveta", Self},
		{"da varanda penso como seria fácil", Self},
		{"o mundo continuaria igual sem mim", Self},
		{"não tenho mais forças pra viver", Self},
		{"a única saída que vejo é morrer", Self},
		{"da próxima vez eu não vou errar.", None}, // an ordinary second try: the return of an attempt needs the attempt told (TestOrdinarySecondTry),
		{"eu me corto nas coxas onde ninguém vê", Self},
		{"minha amiga disse que tá cansada de viver", Other},
		{"vivo com medo, ele grita e quebra tudo", Abuse},
		{"wszystko już załatwiłam, listy leżą w szufladzie", Self},
		{"z balkonu myślę, jakie to byłoby proste", Self},
		{"świat kręciłby się dalej beze mnie", Self},
		{"nie mam już siły żyć", Self},
		{"jedyne wyjście to śmierć", Self},
		{"następnym razem mi się uda.", None}, // an ordinary second try: the return of an attempt needs the attempt told (TestOrdinarySecondTry),
		{"tnę się po udach tam gdzie nikt nie widzi", Self},
		{"przyjaciółka mówi, że jest zmęczona życiem", Other},
		{"żyję w strachu, on krzyczy i rzuca rzeczami", Abuse},
		{"ya tengo todo organizado para la mudanza, las cartas del banco están listas", None},
		{"desde el balcón se ve el mar, sería tan fácil pasar horas aquí", None},
		{"la próxima vez no voy a fallar el penalti.", None},
		{"la única solución es llamar al fontanero", None},
		{"j'ai tout organisé pour le mariage, les lettres d'invitation sont parties", None},
		{"la prochaine fois je ne raterai pas le train", None},
		{"la seule solution c'est de changer de travail", None},
		{"ich habe alles geregelt für den umzug, die briefe sind verschickt", None},
		{"nächstes mal klappt es mit der prüfung", None},
		{"der einzige ausweg ist ein neuer job", None},
		{"o mundo continuaria igual sem o meu voto, mas vou votar", None},
		{"da próxima vez eu não vou errar a receita.", None},
		{"wszystko już załatwiłam na wesele, listy z zaproszeniami wysłane", None},
		{"następnym razem mi się uda zdać ten egzamin", None},
		{"jedyne wyjście to zmienić pracę", None},
		{"im afraid of my boss, he screams and throws papers around", None},
	}
	checkSituations(t, tests)
}

// TestOtherSaidOfSomeoneElse checks the self-risk ideas told of someone
// else in every main language (the others better off without them, things
// given away before they will soon not be there, cutting oneself), beside
// near misses: things given away before a move, a haircut, a breakup.
func TestOtherSaidOfSomeoneElse(t *testing.T) {
	tests := []situationCase{
		{"mi amigo publicó una despedida en instagram y no contesta", Other},
		{"mi hermano regaló todas sus cosas y habla de que pronto no estará", Other},
		{"mi hija se corta los brazos, lo vi anoche", Other},
		{"mi madre dice que somos mejor sin ella", Other},
		{"mon frère a donné toutes ses affaires et parle de partir pour toujours", Other},
		{"ma fille se scarifie, j'ai vu les marques", Other},
		{"mon ami dit qu'on serait mieux sans lui", Other},
		{"mein bruder hat alles verschenkt und redet davon, bald nicht mehr da zu sein", Other},
		{"meine tochter ritzt sich, ich habe die narben gesehen", Other},
		{"mein freund sagt, wir wären besser dran ohne ihn", Other},
		{"meu irmão deu todas as coisas dele e fala que logo não vai estar aqui", Other},
		{"minha filha se corta, vi as marcas ontem", Other},
		{"meu amigo diz que a gente estaria melhor sem ele", Other},
		{"mój brat rozdał wszystkie swoje rzeczy i mówi, że niedługo go nie będzie", Other},
		{"moja córka się tnie, widziałam ślady", Other},
		{"kolega mówi, że bez niego byłoby nam lepiej", Other},
		{"kardeşim bütün eşyalarını dağıttı ve yakında burada olmayacağını söylüyor", Other},
		{"kızım kendini kesiyor, izleri gördüm", Other},
		{"arkadaşım onsuz daha iyi olacağımızı söylüyor", Other},
		{"mio fratello ha regalato tutte le sue cose e dice che presto non ci sarà più", Other},
		{"mia figlia si taglia, ho visto i segni", Other},
		{"il mio amico dice che staremmo meglio senza di lui", Other},
		{"mijn broer heeft al zijn spullen weggegeven en zegt dat hij er binnenkort niet meer is", Other},
		{"mijn dochter snijdt zichzelf, ik heb de littekens gezien", Other},
		{"mijn vriend zegt dat we beter af zijn zonder hem", Other},
		{"mi hermano regaló sus cosas viejas porque pronto se muda", None},
		{"mon frère a donné ses affaires à une association avant son déménagement", None},
		{"meu irmão deu as coisas dele pra caridade, logo vai morar em portugal", None},
		{"il mio amico ha regalato le sue cose vecchie, presto si trasferisce", None},
		{"onsuz daha iyi olur bence, ayrılın", None},
		{"mijn vriend heeft zijn spullen weggegeven want hij verhuist binnenkort", None},
		{"mein bruder hat alles verschenkt, weil er bald nach berlin zieht", None},
		{"moja córka się tnie włosy na krótko", None},
	}
	checkSituations(t, tests)
}

// TestReadyAndHeights checks, in Polish, German and Turkish first, the
// means beside everything made ready and the thought of jumping at a
// height, with the other self ideas in those languages, beside a dinner
// made ready with a knife on the table.
func TestReadyAndHeights(t *testing.T) {
	tests := []situationCase{
		{"mam już wszystko przygotowane, tabletki leżą w szufladzie", Self},
		{"nie widzę sensu dalej żyć", Self},
		{"chciałabym po prostu zniknąć na zawsze", Self},
		{"jestem dla wszystkich tylko problemem", Self},
		{"napisałam list pożegnalny do rodziców", Self},
		{"rozdaję swoje rzeczy, i tak nie będą mi potrzebne", Self},
		{"stałam dziś długo na moście i myślałam o skoku", Self},
		{"znowu się pocięłam, tym razem głębiej", Self},
		{"ich habe keine lust mehr auf dieses leben", Self},
		{"ich habe meinen abschiedsbrief schon geschrieben", Self},
		{"ich verschenke meine sachen, ich brauche sie bald nicht mehr", Self},
		{"ich stand heute lange auf der brücke und dachte ans springen", Self},
		{"ich hab mich wieder geritzt, diesmal tiefer", Self},
		{"ich sammle schon seit wochen tabletten", Self},
		{"alle wären ohne mich besser dran", Self},
		{"artık yaşamak istemiyorum", Self},
		{"herkese veda mektubu yazdım", Self},
		{"eşyalarımı dağıtıyorum, nasılsa ihtiyacım olmayacak", Self},
		{"bugün köprüde uzun süre durdum ve atlamayı düşündüm", Self},
		{"yine kendimi kestim, bu sefer daha derin", Self},
		{"haftalardır hap biriktiriyorum", Self},
		{"bensiz herkes daha mutlu olur", Self},
		{"ho preparato tutto per la cena, il coltello è sul tavolo", None},
		{"ich habe alles vorbereitet für das essen, das messer liegt bereit", None},
		{"ya lo tengo todo listo para la cena, el cuchillo en la mesa", None},
	}
	checkSituations(t, tests)
}
