package safety

import (
	"strings"
	"unicode"
)

// The words of the concern check: a question asked plainly when a message
// the rules let pass sounds like a crisis to the learned model, the line
// said when the answer is no, and the answers read as yes or no, in each
// language the crisis replies speak.

// CheckWords are the sentences of the check in one language.
type CheckWords struct {
	// Ask is the question, added after the usual reply.
	Ask string
	// Relief answers a no, before the conversation goes on.
	Relief string
}

var checkWords = map[string]CheckWords{
	"en": {
		Ask:    "Can I ask you something, gently? Some of what you wrote sounds heavy. Are you having thoughts of ending your life?",
		Relief: "Thank you for telling me, I'm glad. If that ever changes, you can say so here, any time.",
	},
	"es": {
		Ask:    "¿Puedo preguntarte algo, con cuidado? Algo de lo que escribiste suena pesado. ¿Estás pensando en quitarte la vida?",
		Relief: "Gracias por decírmelo, me alegra. Si eso cambia alguna vez, puedes contármelo aquí cuando quieras.",
	},
	"de": {
		Ask:    "Darf ich dich vorsichtig etwas fragen? Manches, was du schreibst, klingt schwer. Denkst du daran, dir das Leben zu nehmen?",
		Relief: "Danke, dass du es mir sagst, das freut mich. Falls sich das je ändert, kannst du es mir hier jederzeit sagen.",
	},
	"fr": {
		Ask:    "Je peux te demander quelque chose, doucement ? Ce que tu écris a l'air lourd. Est-ce que tu penses à mettre fin à ta vie ?",
		Relief: "Merci de me le dire, ça me rassure. Si ça change un jour, tu peux me le dire ici, quand tu veux.",
	},
	"pt": {
		Ask:    "Posso te perguntar uma coisa, com cuidado? Parte do que você escreveu parece pesada. Você está pensando em tirar a própria vida?",
		Relief: "Obrigado por me dizer, fico aliviado. Se isso mudar um dia, pode me contar aqui quando quiser.",
	},
	"it": {
		Ask:    "Posso chiederti una cosa, con delicatezza? Qualcosa di quello che hai scritto suona pesante. Stai pensando di toglierti la vita?",
		Relief: "Grazie di avermelo detto, mi fa piacere. Se un giorno cambiasse, puoi dirmelo qui quando vuoi.",
	},
	"nl": {
		Ask:    "Mag ik je voorzichtig iets vragen? Iets van wat je schrijft klinkt zwaar. Denk je erover om een einde aan je leven te maken?",
		Relief: "Dank je dat je het zegt, dat is fijn om te horen. Als dat ooit verandert, kun je het hier altijd zeggen.",
	},
	"pl": {
		Ask:    "Czy mogę cię o coś delikatnie zapytać? Część tego, co piszesz, brzmi ciężko. Czy myślisz o odebraniu sobie życia?",
		Relief: "Dziękuję, że mi powiedziałeś, cieszę się. Jeśli to się kiedyś zmieni, możesz mi tu o tym napisać w każdej chwili.",
	},
	"tr": {
		Ask:    "Sana nazikçe bir şey sorabilir miyim? Yazdıklarının bir kısmı ağır geliyor. Hayatına son vermeyi düşünüyor musun?",
		Relief: "Söylediğin için teşekkür ederim, içim rahatladı. Bu bir gün değişirse, bana burada istediğin zaman söyleyebilirsin.",
	},
	"ja": {
		Ask:    "ひとつ、そっと聞いてもいいですか。書いてくれたことが重く聞こえました。自分の命を終わらせることを考えていますか。",
		Relief: "教えてくれてありがとう。安心しました。もし気持ちが変わったら、いつでもここで話してください。",
	},
}

// CheckWordsFor returns the check's words in lang, English when the
// companion has none in it.
func CheckWordsFor(lang string) CheckWords {
	if w, ok := checkWords[lang]; ok {
		return w
	}
	return checkWords["en"]
}

// Answers to the check. A yes is anything short of a no: "sometimes",
// "a bit", "maybe" are taken as yes, as a friend would take them. A no
// that goes on with "but" is not taken as a plain no.
var (
	checkNo = []string{
		"no", "nope", "nah", "naw", "nop", "not really", "not at all", "maybe not", "i dont think so", "i don't think so", "not", "no way", "im not", "i'm not", "i am not", "i dont", "i don't", "i am fine", "i am ok", "i am okay", "i'm good", "im good",
		"of course not", "god no", "definitely not", "never", "im ok", "i'm ok", "im okay", "i'm okay", "im fine", "i'm fine",
		"nein", "nee", "nö", "eher nicht", "gar nicht", "non", "pas du tout", "pas vraiment", "não", "nao", "nem",
		"no no", "para nada", "en absoluto", "niente affatto", "per niente", "nie", "wcale", "hayır", "hayir", "yok", "yoo",
		"いいえ", "いや", "ううん", "大丈夫",
	}
	// checkUnsure and checkNotOK are answers that open like a no and are
	// none: not knowing, and not being all right.
	checkUnsure = []string{"dont know", "don't know", "do not know", "not sure", "no idea", "never mind", "nevermind", "idk", "dunno",
		"weiß nicht", "weiss nicht", "no sé", "no se", "je sais pas", "je ne sais pas", "não sei", "nao sei", "non lo so", "weet niet",
		"nie wiem", "bilmiyorum"}
	checkNotOK = []string{"not ok", "not okay", "not fine", "not good", "not great", "not well", "not alright", "not all right",
		"not doing well", "not doing ok", "not doing okay", "nicht gut", "no estoy bien", "pas bien", "não estou bem", "nao estou bem",
		"non sto bene", "niet goed", "nie jest dobrze", "iyi değilim", "iyi degilim"}
	checkBut       = []string{"but", "pero", "aber", "mais", "mas", "ma", "maar", "ale", "ama", "though", "けど", "でも"}
	checkSometimes = []string{"sometimes", "at times", "a veces", "manchmal", "parfois", "às vezes", "as vezes", "a volte", "soms", "czasami", "bazen", "時々", "ときどき"}
	checkYes       = []string{
		"yes", "yeah", "yea", "yep", "yup", "ya", "yh", "ye", "mhm", "mm", "kind of", "kinda", "sort of", "sorta", "sometimes",
		"maybe", "a bit", "a little", "i think so", "i guess", "perhaps", "probably", "honestly yes", "i am", "i do", "i have", "a lot",
		"sí", "si", "a veces", "tal vez", "quizás", "quizas", "un poco", "algo así",
		"ja", "manchmal", "vielleicht", "ein bisschen", "ein wenig", "schon",
		"oui", "ouais", "parfois", "peut-être", "peut etre", "un peu", "un peu oui",
		"sim", "às vezes", "as vezes", "talvez", "um pouco", "acho que sim",
		"sì", "a volte", "forse", "un po", "un po'", "credo di sì",
		"jawel", "soms", "misschien", "een beetje", "best wel",
		"tak", "czasami", "może", "moze", "trochę", "troche", "chyba",
		"evet", "bazen", "belki", "biraz", "sanırım", "galiba",
		"はい", "うん", "ええ", "時々", "ときどき", "たぶん", "少し", "ちょっと",
	}
)

// ReadCheckAnswer reads a reply to the check: yes when the rules hear a
// crisis in it, when it says the person is not all right ("i'm not ok"),
// or when it leads with a yes-ish word or phrase, or with a no that says
// "sometimes"; neither when it says the person does not know; no when it
// leads with a no and goes on with no "but"; neither for anything else.
func ReadCheckAnswer(text string) (yes, no bool) {
	s := " " + strings.Join(strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(text, "’", "'")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\''
	}), " ") + " "
	if strings.TrimSpace(s) == "" {
		return false, false
	}
	leads := func(list []string) bool {
		for _, w := range list {
			if strings.HasPrefix(s, " "+w+" ") || isCJK(w) && strings.HasPrefix(strings.TrimSpace(s), w) {
				return true
			}
		}
		return false
	}
	has := func(list []string) bool {
		for _, w := range list {
			if strings.Contains(s, " "+w+" ") || isCJK(w) && strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	switch {
	case Detect(text).Crisis():
		// "nah not really, i just want it all to stop": what the
		// rules hear outweighs the word it opens with.
		return true, false
	case has(checkUnsure):
		// "i don't know", "not sure": neither, heard as it comes.
		return false, false
	case has(checkNotOK):
		// "i'm not ok": not the no it opens with.
		return true, false
	}
	if leads(checkNo) {
		switch {
		case has(checkSometimes):
			return true, false // "not really, only sometimes"
		case has(checkBut):
			return false, false // "no, but…": what follows is heard as it comes
		}
		return false, true
	}
	return leads(checkYes), false
}

func isCJK(w string) bool {
	for _, r := range w {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

// Language guesses the language of a message from its common words, for
// words said to it when no rule matched; "" when none is found.
func Language(text string) string {
	d := Default()
	var buf [48]string
	return d.language(d.words(text, buf[:0]))
}
