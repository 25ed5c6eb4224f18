package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// The companion speaks English for now. A message in another language
// would otherwise be searched against an English guide and answered with
// whatever paragraph shared a name or a number; instead it gets a short
// note in its own language. The guess counts the small grammar words
// (articles, pronouns, prepositions) that make up much of any sentence and
// that each language spells its own way. Crisis language in these
// languages never gets here: the safety layer answers it first.

// langWords are frequent short words of each language that are not English
// words too. Words two of these languages share count for both, which the
// margin in guessLanguage allows for.
var langWords = map[string]map[string]bool{
	"es": wordset.Of(`hola el la los las un una unos pero que qué porque por para con mi mis tu tus su sus tú él ella
nosotros ellos es está estoy estás soy eres muy mucho más también cómo como cuándo dónde quiero quisiera puedes puedo
necesito ayuda ayudar hace hacer tengo tiene mí amigo amiga hermano hermana madre padre gracias buenos buenas días noches
del al lo le les se nos pues ahora hoy sí escribir mensaje hablar hablamos nunca nada siento siente escribe llama
ya amigos amigas llaman escriben hablan contestan esta estan están tambien también mas desde cuando siempre todos sé`),
	"de": wordset.Of(`hallo ich du sie wir ihr es der das den dem des ein eine einen einem einer und oder aber nicht
kein keine mit für auf zu von bei nach ist bin bist sind habe hast haben mein meine meinen meinem dein deine sehr
auch wie warum wann wo kann kannst können möchte mir mich dir dich uns euch helfen hilfe freund freundin bruder
schwester mutter vater danke guten morgen abend nacht heute jetzt noch schon nur schreiben nachricht gerne bitte`),
	"fr": wordset.Of(`bonjour salut je tu il elle nous vous ils elles le la les un une des et ou mais que qui pourquoi
quand où est suis es sommes êtes sont avons avez ont mon mes ta tes sa ses avec pour sans dans sur du
au aux très aussi comment quoi peux peut pouvez voudrais veux aide aider ami amie frère soeur sœur mère père merci
bonsoir aujourd'hui maintenant ne pas plus écrire parler c'est j'ai`),
	"pt": wordset.Of(`olá oi eu tu ele ela nós vocês eles o os uma uns umas e ou mas que porque por para com sem meu
minha meus minhas teu tua seu sua é são está estou sou muito mais também como quando onde quero queria pode posso preciso
ajuda ajudar amigo amiga irmão irmã mãe pai obrigado obrigada bom boa dia noite hoje agora não sim escrever mensagem
falar você da dos das na nos nas`),
	"it": wordset.Of(`ciao io tu lui lei noi voi loro il lo la gli le un uno una e o che perché con senza mio mia
miei mie tuo tua suo sua è sono sei siamo siete ho hai abbiamo avete hanno molto più anche quando dove voglio
vorrei puoi posso aiuto aiutare amico amica fratello sorella madre padre grazie buongiorno buonasera oggi adesso ora
non sì scrivere messaggio parlare del della dei delle nel nella sto stai mi ti sento senti scrive chiama`),
	"nl": wordset.Of(`hallo hoi ik jij je hij zij wij jullie het de een en maar dat wie waarom wanneer waar
zijn heb hebt heeft hebben mijn jouw zijn haar ons onze voor zonder op naar bij niet geen ook hoe wat
kan kun kunt wil wilt graag helpen hulp vriend vriendin broer zus moeder vader dank bedankt goedemorgen goedenavond
vandaag nu nog al alleen schrijven bericht praten sturen`),
	"pl": wordset.Of(`cześć czesc ja ty ona wy oni ale że czy dlaczego kiedy gdzie jest jestem jesteś są był była
masz mamy mój moja moje mojego moim twój twoja jego jej z ze dla bez na od w przy nie też jak mogę możesz
może chcę chciałbym chciałabym pomoc pomocy pomóc przyjaciel przyjaciółka brat bratem siostra siostrą tata dziękuję
dzień dobry dobranoc dzisiaj teraz jeszcze już tylko napisać wiadomość rozmawiać potrzebuję
się sie bardzo czuję czuje juz mnie mam jestes moge mozesz dzieki zeby żeby bo kiedys
co wiem napisac pojęcia pojecia brata siostry`),
	"tr": wordset.Of(`merhaba selam ben sen o biz siz onlar bir ve veya ama ki neden ne zaman nerede nasıl bu şu benim senin
onun bizim için ile gibi değil var yok çok daha da de mi mı mu mü istiyorum istiyor yardım yardımcı arkadaşım arkadaş
arkadaşıma kardeşim annem babam teşekkür teşekkürler günaydın iyi akşamlar geceler bugün şimdi sadece yazmak mesaj
konuşmak lütfen`),
}

// englishWords are frequent English words; a message with as many of them
// as of another language's is taken for English.
var englishWords = wordset.Of(`i you he she we they it the a an and or but that what why when where who how is am are was
were be been have has had do does did my your his her our their to of in on at for with from by not no yes can could
would should will want need help me him us them this just so very really about like friend message write hi hello hey
thanks please sorry today now it's i'm im dont don't get got go if all some any one know think time out up there
here then than as with going gonna wanna lol ok okay my`)

// accentHints are letters that only some of these languages write.
var accentHints = map[rune]string{
	'ñ': "es", '¿': "es", '¡': "es",
	'ß': "de",
	'ã': "pt", 'õ': "pt",
	'ł': "pl", 'ą': "pl", 'ę': "pl", 'ś': "pl", 'ź': "pl", 'ż': "pl", 'ć': "pl", 'ń': "pl",
	'ş': "tr", 'ğ': "tr", 'ı': "tr",
}

// guessLanguage returns the code of the language text seems to be in (es,
// de, fr, pt, it, nl, pl, tr), or "" for English or when it cannot tell.
// It says "" unless the language's words clearly outnumber English ones
// and any other language's, so English with a foreign name or phrase in
// it stays English.
func guessLanguage(text string) string {
	words := languageWords(text)
	if len(words) == 0 {
		return ""
	}
	score := map[string]int{}
	english := 0
	for _, w := range words {
		if englishWords[w] {
			english++
		}
		for lang, set := range langWords {
			if set[w] || lowWordsIn[lang][w] {
				score[lang] += 2
			}
		}
	}
	for _, r := range strings.ToLower(text) {
		if lang, ok := accentHints[r]; ok {
			score[lang]++
		}
	}
	best, bestScore, second := "", 0, 0
	for _, lang := range languageOrder {
		switch s := score[lang]; {
		case s > bestScore:
			best, bestScore, second = lang, s, bestScore
		case s > second:
			second = s
		}
	}
	// One word is a language only when it is a greeting or a thank-you
	// ("hola"); more take two words of the language (or one and a telling
	// letter), more than English, and clear of the runner-up.
	if len(words) == 1 {
		return langHello[words[0]]
	}
	if bestScore < 3 {
		return ""
	}
	if bestScore <= 2*english || bestScore < second+2 {
		return ""
	}
	return best
}

// langHello are one-word greetings and thanks that name their language.
var langHello = map[string]string{
	"hola": "es", "gracias": "es", "buenas": "es",
	"danke": "de", "moin": "de", "servus": "de",
	"bonjour": "fr", "salut": "fr", "merci": "fr", "bonsoir": "fr",
	"olá": "pt", "obrigado": "pt", "obrigada": "pt",
	"ciao": "it", "grazie": "it", "buongiorno": "it", "buonasera": "it",
	"hoi": "nl", "bedankt": "nl", "goedemorgen": "nl",
	"cześć": "pl", "dziękuję": "pl", "dzięki": "pl",
	"merhaba": "tr", "selam": "tr", "teşekkürler": "tr", "günaydın": "tr",
}

// languageOrder fixes the order ties are broken in.
var languageOrder = []string{"es", "de", "fr", "pt", "it", "nl", "pl", "tr"}

// otherLanguageNotes say, in each language, that the companion speaks
// English for now and what it can do; an English line follows in case
// the guess was wrong.
var otherLanguageNotes = map[string]string{
	"es": "Lo siento, por ahora solo hablo inglés. Si me escribes en inglés, puedo ayudarte a pensar en las personas importantes de tu vida, a escribir un mensaje a alguien o a responder preguntas sobre cómo conectar con los demás.",
	"de": "Tut mir leid, ich spreche bisher nur Englisch. Wenn du mir auf Englisch schreibst, helfe ich dir gern, über die Menschen in deinem Leben nachzudenken, jemandem eine Nachricht zu schreiben oder Fragen dazu zu beantworten, wie man mit anderen in Kontakt bleibt.",
	"fr": "Désolé, pour l'instant je ne parle qu'anglais. Si tu m'écris en anglais, je peux t'aider à réfléchir aux personnes qui comptent pour toi, à écrire un message à quelqu'un ou à répondre à tes questions sur les liens avec les autres.",
	"pt": "Desculpe, por enquanto só falo inglês. Se você me escrever em inglês, posso ajudar a pensar nas pessoas importantes da sua vida, a escrever uma mensagem para alguém ou a responder a perguntas sobre como se aproximar dos outros.",
	"it": "Mi dispiace, per ora parlo solo inglese. Se mi scrivi in inglese, posso aiutarti a riflettere sulle persone importanti della tua vita, a scrivere un messaggio a qualcuno o a rispondere a domande su come restare in contatto con gli altri.",
	"nl": "Sorry, ik spreek voorlopig alleen Engels. Als je me in het Engels schrijft, help ik je graag nadenken over de mensen in je leven, een bericht aan iemand schrijven of vragen beantwoorden over contact houden met anderen.",
	"pl": "Przepraszam, na razie mówię tylko po angielsku. Jeśli napiszesz do mnie po angielsku, pomogę ci zastanowić się nad ważnymi osobami w twoim życiu, napisać do kogoś wiadomość albo odpowiem na pytania o budowanie relacji z innymi.",
	"tr": "Üzgünüm, şimdilik yalnızca İngilizce konuşabiliyorum. Bana İngilizce yazarsan, hayatındaki önemli insanlar üzerine düşünmene, birine mesaj yazmana ya da başkalarıyla bağ kurmakla ilgili sorularına yardımcı olabilirim.",
}

// otherLanguageNote is the note for lang, with its English line.
func otherLanguageNote(lang string) string {
	return otherLanguageNotes[lang] + "\n\n(I only speak English for now. In English I can help you reflect on your relationships, write a message to someone, or answer questions about connecting with people.)"
}
