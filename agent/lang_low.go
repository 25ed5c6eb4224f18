package agent

import (
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// A low feeling written in another language ("me siento muy sola", "ich
// bin so einsam") is heard before anything else: searched against the
// English guide it would be declined as off-topic, which is the worst
// answer to give someone who feels alone. The companion says, in that
// language, that it is sorry and glad to be told, that it speaks English
// for now, and asks whether they can say more in English; an English line
// follows in case the guess of the language was wrong.

// lowWordsIn are words of a low feeling in each language guessLanguage
// knows: alone, lonely, sad, nobody, empty, left, missing someone. Each
// is written with and without its accents, since people type both.
var lowWordsIn = map[string]map[string]bool{
	"es": wordset.Of(`sola solos solas soledad triste tristes tristeza nadie importo vacio vacío vacia vacía deprimido deprimida
aislado aislada abandonado abandonada olvidado olvidada ignorado ignorada agotado agotada lloro llorando sufro extraño extrano`),
	"de": wordset.Of(`einsam einsamkeit allein alleine traurig niemand niemanden vermisse leer deprimiert isoliert verlassen
vergessen ignoriert weine ausgeschlossen`),
	"fr": wordset.Of(`seul seule seuls seules solitude triste tristes isolé isolée isole isolee déprimé déprimée deprime deprimee
abandonné abandonnée abandonne abandonnee oublié oubliée oublie oubliee ignoré ignorée vide pleure manque`),
	"pt": wordset.Of(`sozinho sozinha sozinhos sozinhas solidão solidao triste tristes ninguém ninguem saudade saudades isolado
isolada deprimido deprimida abandonado abandonada esquecido esquecida vazio vazia choro chorando`),
	"it": wordset.Of(`sola solitudine triste tristi nessuno isolato isolata depresso depressa abbandonato abbandonata
dimenticato dimenticata vuoto vuota piango manchi`),
	"nl": wordset.Of(`eenzaam eenzaamheid verdrietig niemand somber geïsoleerd geisoleerd verlaten vergeten genegeerd
leeg huil mis`),
	"pl": wordset.Of(`samotny samotna samotność samotnosc smutny smutna smutno nikt nikogo nikomu opuszczony opuszczona
tęsknię tesknie przygnębiony przygnębiona pusto zapomniany zapomniana płaczę placze`),
	"tr": wordset.Of(`yalnız yalniz yalnızım yalnizim yalnızlık yalnizlik üzgün uzgun üzgünüm uzgunum kimse kimsem
mutsuz mutsuzum özledim ozledim ağlıyorum agliyorum`),
}

// lowSaidIn are low feelings that take more than one word to tell in each
// language: "alone" where the word also means "only" ("me siento solo",
// "mi sento solo", "me sinto só"), and friends or family who no longer
// write or call ("ya no me escriben", "keiner meldet sich", "personne ne
// m'appelle"). Matched on the lower-cased words, accents as typed or left off.
var lowSaidIn = map[string]pattern{
	"es": mustPattern(`\b(?:siento|sentir(?:me)?|estoy|quede|quedé|vivo) (?:muy |tan |super |bastante |un poco )?solo\b|\bya no me (?:escrib|habl|llam|busc|invit|contest|respond)\w*|\bno me (?:escrib|habl|llam|busc|invit)\w* (?:nadie|ni)\b`),
	"de": mustPattern(`\b(?:keiner|niemand) (?:meldet|schreibt|ruft|fragt|l[äa]dt)\b|\bmeld(?:et|en) sich (?:keiner|niemand|nicht mehr|nie)\b|\bschreib(?:t|en) mir (?:keiner|niemand|nicht mehr|nie)\b`),
	"fr": mustPattern(`\bpersonne ne m'?(?:[ée]crit|appelle|r[ée]pond|invite|parle)\b|\bne m'?(?:[ée]crivent|appellent|r[ée]pondent|invitent|parlent) plus\b`),
	"pt": mustPattern(`\b(?:sinto|sentindo|estou|fiquei) (?:muito |tao |tão )?s[óo]\b|\bningu[ée]m (?:me )?(?:escreve|liga|chama|responde|procura)\b|\bn[ãa]o me (?:escrevem|ligam|chamam|procuram) mais\b`),
	"it": mustPattern(`\b(?:sento|sentirmi|sono) (?:molto |cos[iì] |tanto |troppo )?solo\b|\bnon mi (?:scrive|chiama|cerca|invita)(?:no)? (?:nessuno|pi[uù])\b`),
	"nl": mustPattern(`\b(?:niemand|geen mens) (?:belt|appt|schrijft|vraagt|nodigt)\b|\b(?:voel|ben) me (?:zo |heel |erg )?alleen\b|\bvoel ik me (?:zo |heel |erg )?alleen\b`),
	"pl": mustPattern(`\b(?:czuj[eę] si[eę]|jestem) (?:taki |taka |bardzo |strasznie )?sam[a]?\b|\bnikt (?:do mnie )?(?:nie )?(?:pisze|dzwoni|odpisuje)\b`),
	"tr": mustPattern(`\bkimse (?:beni )?(?:aram[ıi]yor|yazm[ıi]yor|sormuyor|davet etmiyor)\b|\bartık (?:beni )?(?:aram[ıi]yorlar|yazm[ıi]yorlar)\b`),
}

// lowLinesIn answer a low feeling in its own language: sorry, glad to be
// told, English for now, and a question that leaves room to say more.
var lowLinesIn = map[string]string{
	"es": "Siento mucho que estés pasando por esto, y gracias por contármelo. Por ahora solo hablo inglés: ¿puedes contarme un poco más en inglés?",
	"de": "Das klingt schwer, und danke, dass du es mir sagst. Ich spreche bisher nur Englisch: Magst du mir auf Englisch ein bisschen mehr erzählen?",
	"fr": "Ça a l'air difficile, et merci de me l'avoir confié. Pour l'instant je ne parle qu'anglais : tu veux bien m'en dire un peu plus en anglais ?",
	"pt": "Sinto muito que você esteja passando por isso, e obrigado por me contar. Por enquanto só falo inglês: pode me contar um pouco mais em inglês?",
	"it": "Mi dispiace che tu ti senta così, e grazie di avermelo detto. Per ora parlo solo inglese: ti va di raccontarmi qualcosa in più in inglese?",
	"nl": "Dat klinkt zwaar, en fijn dat je het me vertelt. Ik spreek voorlopig alleen Engels: wil je me er in het Engels wat meer over vertellen?",
	"pl": "Przykro mi, że tak się czujesz, i dziękuję, że mi o tym mówisz. Na razie mówię tylko po angielsku: opowiesz mi trochę więcej po angielsku?",
	"tr": "Böyle hissettiğin için üzgünüm, bana anlattığın için teşekkür ederim. Şimdilik yalnızca İngilizce konuşabiliyorum: bana biraz daha İngilizce anlatır mısın?",
}

// lowLineEnglish follows the line in the person's language.
const lowLineEnglish = "(That sounds hard, and I'm glad you told me. I only speak English for now — if you can, tell me more in English.)"

// lowLineUnknown answers a low feeling in a language the companion has no
// words of its own for.
const lowLineUnknown = "That sounds hard, and I'm glad you told me. I only speak English for now, so I may have missed some of it — could you tell me a little more in English?"

// lowInLanguage reports the language of text when it is another language
// than English and tells of a low feeling; "" otherwise.
func lowInLanguage(text string) string {
	lang := guessLanguage(text)
	if lang == "" {
		return ""
	}
	for _, w := range languageWords(text) {
		if lowWordsIn[lang][w] {
			return lang
		}
	}
	if p, ok := lowSaidIn[lang]; ok && p.MatchString(strings.Join(languageWords(text), " ")) {
		return lang
	}
	return ""
}

// languageWords are the words of text in lower case, apostrophes kept
// inside a word, as guessLanguage reads them.
func languageWords(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for i, w := range words {
		words[i] = strings.Trim(w, "'")
	}
	return words
}

// lowInLanguageReply is the whole reply to a low feeling in lang.
func lowInLanguageReply(lang string) string {
	line, ok := lowLinesIn[lang]
	if !ok {
		return lowLineUnknown
	}
	return line + "\n\n" + lowLineEnglish
}

// heardInLanguage answers a low feeling written in another language,
// reporting false, saying nothing, for any other message.
func (t *turn) heardInLanguage() bool {
	lang := lowInLanguage(t.text)
	if lang == "" {
		return false
	}
	t.p.Flow.Offer = &Offer{Kind: "talk", Listening: true, Felt: "lonely"}
	t.say(lowInLanguageReply(lang), Choice{ID: "journey:matter", Label: "Think about who matters"}, Choice{ID: "menu:draft", Label: "Write to someone"})
	return true
}
