package agent

// "What do you mean?" in the other crisis languages: the same honest
// sentence as in English (care_why.go) — what in the message worried the
// companion, by situation — and how the person is, in their language.
// The cues are written without accents (cueText).

// whyLang are the cues and the sentences of one language.
type whyLang struct {
	cue                         pattern
	self, abuse, other, medical string
	ask                         string
}

var careWhyLang = map[string]whyLang{
	"es": {mustPattern(`\b(?:que quieres decir|a que te refieres|por que me (?:dices|mandas|das|pones) (?:eso|esto|esos numeros)|no (?:te )?entiendo|de que hablas|que dices)\b|^(?:que|como|eh|perdon)$`),
		"Lo que escribiste me sonó a que quizá no quieras seguir viviendo, o a que podrías hacerte daño, y prefiero preguntarlo a pasarlo por alto.",
		"Lo que escribiste me sonó a que alguien en casa podría estar haciéndote daño o dándote miedo, y quería que supieras dónde hay ayuda.",
		"Lo que escribiste me sonó a que alguien que te importa podría estar en peligro, y quería que supieras quién puede ayudar.",
		"Lo que escribiste me sonó a una emergencia médica, y en ese caso llamar al número de emergencias es lo más rápido.",
		"Si lo entendí mal, perdona. ¿Cómo estás ahora mismo?"},
	"de": {mustPattern(`\b(?:was meinst du|wie meinst du das|warum (?:sagst|schreibst|schickst) du (?:mir )?(?:das|so was)|was soll das|(?:ich )?versteh(?:e)? (?:ich )?(?:das )?nicht|wovon redest du)\b|^(?:ha|was|wie bitte|hae)$`),
		"Was du geschrieben hast, klang für mich so, als würdest du vielleicht nicht mehr leben wollen oder dir etwas antun, und ich frage lieber nach, als es zu übersehen.",
		"Was du geschrieben hast, klang für mich so, als würde dir jemand zu Hause wehtun oder Angst machen, und ich wollte, dass du weißt, wo es Hilfe gibt.",
		"Was du geschrieben hast, klang für mich so, als könnte jemand, der dir wichtig ist, in Gefahr sein, und ich wollte, dass du weißt, wer helfen kann.",
		"Was du geschrieben hast, klang nach einem medizinischen Notfall, und dann hilft ein Anruf beim Notruf am schnellsten.",
		"Falls ich das falsch verstanden habe, tut es mir leid. Wie geht es dir gerade?"},
	"fr": {mustPattern(`\b(?:qu'?est ce que tu veux dire|tu veux dire quoi|comment ca|pourquoi tu me (?:dis|envoies) (?:ca|cela|ces numeros)|je (?:ne )?comprends pas|de quoi tu parles)\b|^(?:quoi|hein|pardon)$`),
		"Ce que tu as écrit m'a fait penser que tu n'avais peut-être plus envie de vivre, ou que tu pourrais te faire du mal, et je préfère demander plutôt que passer à côté.",
		"Ce que tu as écrit m'a fait penser que quelqu'un chez toi te fait peut-être du mal ou te fait peur, et je voulais que tu saches où trouver de l'aide.",
		"Ce que tu as écrit m'a fait penser qu'une personne qui compte pour toi est peut-être en danger, et je voulais que tu saches qui peut aider.",
		"Ce que tu as écrit ressemblait à une urgence médicale, et dans ce cas, appeler les secours est le plus rapide.",
		"Si j'ai mal compris, pardon. Comment tu vas, là, maintenant ?"},
	"pt": {mustPattern(`\b(?:o que voce quer dizer|como assim|por que voce (?:esta )?(?:me )?(?:dizendo|falando|mandando) isso|nao entendi|do que voce (?:esta )?falando)\b|^(?:que|oi|hein|ue)$`),
		"O que você escreveu me pareceu que talvez você não queira mais viver, ou que possa se machucar, e prefiro perguntar a deixar passar.",
		"O que você escreveu me pareceu que alguém em casa pode estar machucando você ou te dando medo, e eu queria que você soubesse onde há ajuda.",
		"O que você escreveu me pareceu que alguém importante para você pode estar em perigo, e eu queria que você soubesse quem pode ajudar.",
		"O que você escreveu pareceu uma emergência médica, e nesse caso ligar para a emergência é o mais rápido.",
		"Se eu entendi errado, me desculpe. Como você está agora?"},
	"it": {mustPattern(`\b(?:cosa (?:vuoi dire|intendi)|che vuoi dire|in che senso|perche mi (?:dici|mandi|scrivi) (?:questo|cosi|questi numeri)|non capisco|di cosa parli)\b|^(?:cosa|eh|come|che)$`),
		"Quello che hai scritto mi ha fatto pensare che forse non vuoi più vivere, o che potresti farti del male, e preferisco chiedere piuttosto che lasciar perdere.",
		"Quello che hai scritto mi ha fatto pensare che qualcuno a casa possa farti del male o farti paura, e volevo che sapessi dove trovare aiuto.",
		"Quello che hai scritto mi ha fatto pensare che una persona a cui tieni possa essere in pericolo, e volevo che sapessi chi può aiutare.",
		"Quello che hai scritto sembrava un'emergenza medica, e in quel caso chiamare i soccorsi è la cosa più rapida.",
		"Se ho capito male, scusami. Come stai adesso?"},
	"nl": {mustPattern(`\b(?:wat bedoel je|hoe bedoel je|waarom (?:zeg|stuur) je (?:me )?dat|ik (?:snap|begrijp) (?:het|je) niet|waar heb je het over)\b|^(?:huh|wat|he)$`),
		"Wat je schreef klonk alsof je misschien niet meer wilt leven, of jezelf iets zou kunnen aandoen, en ik vraag het liever dan dat ik het mis.",
		"Wat je schreef klonk alsof iemand thuis je pijn doet of bang maakt, en ik wilde dat je weet waar hulp is.",
		"Wat je schreef klonk alsof iemand om wie je geeft in gevaar kan zijn, en ik wilde dat je weet wie kan helpen.",
		"Wat je schreef klonk als een medisch noodgeval, en dan is het alarmnummer bellen het snelst.",
		"Als ik het verkeerd begreep, sorry. Hoe gaat het nu met je?"},
	"pl": {mustPattern(`\b(?:co masz na mysli|o co ci chodzi|dlaczego (?:mi )?to (?:mowisz|piszesz|wysylasz)|nie rozumiem|o czym mowisz)\b|^(?:co|hm|ze co)$`),
		"Twoja wiadomość brzmiała, jakby pojawiały się myśli o tym, żeby nie żyć, albo o zrobieniu sobie krzywdy, i wolę o to zapytać, niż to przeoczyć.",
		"Twoja wiadomość brzmiała, jakby ktoś w domu mógł cię krzywdzić albo straszyć, więc pokazuję, gdzie jest pomoc.",
		"Twoja wiadomość brzmiała, jakby ktoś ważny dla ciebie mógł być w niebezpieczeństwie, więc pokazuję, kto może pomóc.",
		"Twoja wiadomość brzmiała jak nagły wypadek, a wtedy najszybciej pomaga telefon pod numer alarmowy.",
		"Jeśli to pomyłka, przepraszam. Jak się teraz czujesz?"},
	"tr": {mustPattern(`\b(?:ne demek istiyorsun|ne demek bu|neden (?:bunu )?(?:soyluyorsun|diyorsun|gonderiyorsun)|anlamadim|neden bahsediyorsun)\b|^(?:ne|hi|efendim)$`),
		"Yazdıkların bana artık yaşamak istemiyor olabileceğini ya da kendine zarar verebileceğini düşündürdü; bunu gözden kaçırmaktansa sormayı tercih ederim.",
		"Yazdıkların bana evde birinin sana zarar veriyor ya da seni korkutuyor olabileceğini düşündürdü; yardımın nerede olduğunu bilmeni istedim.",
		"Yazdıkların bana değer verdiğin birinin tehlikede olabileceğini düşündürdü; kimin yardım edebileceğini bilmeni istedim.",
		"Yazdıkların tıbbi bir acil durum gibi geldi; böyle bir durumda en hızlı yardım acil numarayı aramaktır.",
		"Yanlış anladıysam özür dilerim. Şu an nasılsın?"},
	"ja": {mustPattern(`どういう意味|なんでそんなこと|何の話|意味がわからない|意味が分からない|^(?:え|は|なに|何)$`),
		"あなたの言葉から、もう生きていたくない、あるいは自分を傷つけてしまうかもしれないと感じました。見過ごすより、確かめたかったのです。",
		"あなたの言葉から、家の誰かに傷つけられたり、怖い思いをさせられたりしているかもしれないと感じたので、助けを得られる場所を伝えたかったのです。",
		"あなたの言葉から、大切な人が危険な状態にあるかもしれないと感じたので、助けになる窓口を伝えたかったのです。",
		"あなたの言葉が命に関わる緊急事態のように聞こえました。その場合は、緊急番号に電話するのがいちばん早いからです。",
		"もし読み違えていたら、ごめんなさい。今、どんな気持ちですか？"},
}

// careWhyInLang answers "what do you mean?" in lang; it reports false,
// saying nothing, for any other message.
func (t *turn) careWhyInLang(lang string) bool {
	w, ok := careWhyLang[lang]
	if !ok || !w.cue.MatchString(cueText(t.text, lang)) {
		return false
	}
	c := t.p.Flow.Care
	c.Turns++
	c.Step, c.Draft, c.Offered = "", nil, ""
	what := w.self
	switch c.Situation {
	case "abuse":
		what = w.abuse
	case "other":
		what = w.other
	case "medical":
		what = w.medical
	}
	sep := " "
	if lang == "ja" {
		sep = ""
	}
	t.say(what+sep+w.ask, t.careHelplines())
	return true
}
