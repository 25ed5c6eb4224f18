package safety

import "testing"

// TestQuietEnds checks lexicon/xx.quietends.txt: ends told by what
// surrounds them (a family freed once the speaker is gone for good,
// prayers not to wake, surviving once and not twice, a last post, accounts
// deleted and one thing left, a day picked for an empty home, the next
// train, a long stare down from a height, letters telling someone it was
// not their fault, vital medicine stopped so that it ends), abuse told by
// weapons and things thrown, someone else told by medicine stopped and
// pills saved, emergencies told by a cleaner drunk or tablets past
// counting; each beside the near miss that shares its words.
func TestQuietEnds(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my parents pay for all my treatment. theyd get their life back if i was gone", Self},
		{"my parents would get their life back if i was gone for the summer on that exchange", None},
		{"in a few weeks ill be gone and no one will need to worry about me ever", Self},
		{"ill be gone all week at camp so nobody will need to think about me", None},
		{"i ask god every evening to not let me wake up", Self},
		{"i pray the baby doesnt wake up before nine", None},
		{"lived through it the first time. wont make it a second time", Self},
		{"my flatmate found me too soon last time. next time nobody will be home", Self},
		{"after sunday none of it will matter, not the bills, not me.", Self},
		{"after friday it wont matter what they think of me, i quit that job", None},
		{"put up my final selfie tonight. love you all, take care of each other", Self},
		{"posted my last pic of the holiday, love you all for the tips", None},
		{"closed every one of my socials yesterday. one last thing left and thats me", Self},
		{"closed all my socials for a digital detox. one last thing left is whatsapp", None},
		{"i chose sunday because my wife is at a wedding", Self},
		{"i chose sunday for the bbq because my wife is away", None},
		{"every morning on the platform i end up standing closer and closer to the edge of the tracks", Self},
		{"sat on the roof of the multi storey for half an hour staring down at the ground", Self},
		{"sat on the roof terrace for an hour looking down at the fireworks over the city", None},
		{"i left a note for my brother in the drawer. he needs to know it wasnt his fault", Self},
		{"wrote my brother a letter after our fight so he knows it wasnt his fault", None},
		{"my grandpa wrote cards to each of us and is giving away his medals. he says its nothing", Other},
		{"my grandpa wrote cards to each of us for christmas and gave away his old books to the library", None},
		{"i stopped my insulin on monday so it can be over soon", Self},
		{"my nan refuses her heart tablets now and keeps saying she wants to be with grandad", Other},
		{"my nan wants to join grandad at the allotment this afternoon", None},
		{"i have my dads sleeping pills in my pocket for tonight", Self},
		{"my aunt is scared of her son, and she had marks on her arms again", Other},
		{"been sleeping in my car because im too scared to go home", Abuse},
		{"i do not want anyone to rescue me this time", Self},
		{"please save me a seat this time", None},
		{"my stroke was 3 years ago, now i swim every morning", None},
		{"no idea how many i took since lunch. my stomach is on fire and im so dizzy", Medical},
		{"no idea how many chillies i ate, my stomach is on fire and im dizzy lol", None},
		{"die kinder hätten es einfacher wenn ich nicht mehr da wär", Self},
		{"die kinder hätten es einfacher wenn ich übers wochenende auf dienstreise weg wär", None},
		{"seit mein mann tot ist will ich nur noch zu meinem mann", Self},
		{"am gleis, der nächste zug kommt gleich. beim nächsten spring ich", Self},
		{"er hat mir ein messer an die kehle gehalten", Abuse},
		{"meine tochter hat rohrreiniger geschluckt", Medical},
		{"la dernière fois l'ambulance est arrivée trop tôt. la prochaine fois personne", Self},
		{"j'ai laissé un mot pour chacun sur mon lit", Self},
		{"j'ai laissé un mot pour chacun sur la table avec les consignes pour le chat", None},
		{"il m'a menacé avec un couteau hier", Abuse},
		{"senza di me la mia famiglia starebbe meglio", Self},
		{"mio padre mi minaccia con il coltello", Abuse},
		{"ik ben gestopt met mijn dialyse, dan is het snel voorbij", Self},
		{"mijn man gooide me met een fles, ik durf niet naar huis", Abuse},
		{"sin mi mis padres estarian tranquilos", Self},
		{"mi pareja me amenaza con un cuchillo", Abuse},
		{"decidi que domingo eu acabo com tudo", Self},
		{"decidi que domingo eu acabo com isso do namoro", None},
		{"ja tive uma fase dificil e pensei em morrer, mas isso ficou no passado", None},
		{"stałam na dachu i patrzyłam w dół przez godzinę", Self},
		{"stałam na moście i patrzyłam w dół na łabędzie", None},
		{"wybrałem już piosenkę na mój pogrzeb", Self},
		{"wybrałem piosenkę na pogrzeb babci", None},
		{"syn zabiera mi rentę i zamyka mnie w domu", Abuse},
		{"pazar bitirecegim, evde kimse olmayacak", Self},
		{"koprunun ustunden asagi baktim, atlasam mi diye dusundum", Self},
		// a widow or widower whose own loss is named before their wish
		{"desde que falleció mi mujer ya no quiero vivir", Self},
		{"da quando è morto mio marito non voglio più vivere", Self},
		{"mia zia dice che vuole farla finita da quando è morto lo zio", Other},
	})
}
