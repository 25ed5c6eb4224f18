package agent

import "strings"

// In care mode, two short messages want something plain rather than
// another "I'm here": asking for the numbers again ("what number can i
// call", "helplines please", in any of the crisis languages) lists the
// helplines, and saying goodbye for now ("im off to bed", "gotta go",
// "buenas noches") is met with a warm goodbye that keeps the lines and the
// companion within reach. Neither ends care mode: it ends after a quiet
// while, as always.

// careLinesAsk reports a request for the helplines or their numbers, in
// English or in a crisis language.
func careLinesAsk(text string) bool {
	f := " " + careNormalize(text) + " "
	return careLinesWords.MatchString(f) ||
		len(strings.Fields(f)) <= 8 && careNumberWords.MatchString(f)
}

// careLinesWords name the lines themselves.
var careLinesWords = mustPattern(`\b(?:help ?lines?|hot ?lines?|crisis (?:lines?|numbers?)|(?:the|a|any|what|which|some|that|those) (?:phone )?numbers?|numbers? (?:to|i can|can i|i could) (?:call|ring|text|phone)|l[ií]neas? de (?:ayuda|apoyo|crisis)|linhas? de (?:apoio|ajuda)|linee? di (?:aiuto|ascolto)|lignes? d'?(?:aide|ecoute|écoute)|hilfsangebote|hilfetelefon|telefonseelsorge|hulplijnen?|telefony? zaufania|destek hatt?(?:ı|i|lari|ları)?|yardım hatt?(?:ı|i)?|yardim hatti)\b`)

// careNumberWords ask for a number in a short message: "el número?",
// "nummer bitte", "numara".
var careNumberWords = mustPattern(`\b(?:numbers?|n[uú]meros?|num[eé]ros?|nummers?|nummern|numery?|numer[uy]?|numara(?:sı|si|lar)?|telefone?|tel[eé]fonos?|telefono)\b`)

// careLeaving reports a goodbye for now, and whether it is for sleep. A
// long message or one that fears or refuses sleep ("scared to go to sleep")
// is no goodbye.
func careLeaving(text string) (leaving, sleep bool) {
	f := " " + careNormalize(text) + " "
	if len(strings.Fields(f)) > 12 || careNotLeaving.MatchString(f) {
		return false, false
	}
	if careSleepWords.MatchString(f) {
		return true, true
	}
	return careByeWords.MatchString(f), false
}

// careSleepWords go to bed or to sleep, in the crisis languages.
var careSleepWords = mustPattern(`\b(?:(?:going|off|heading|head|go|gonna go|gotta go|need to go|have to go|time for|get some|try (?:and|to) get some|try (?:and|to)) (?:to )?(?:bed|sleep|rest|kip)|(?:going|gonna|off|try(?:ing)?) (?:to )?(?:sleep|get some sleep|nap|lie down)|good ?night|goodnite|gnight|night night|nighty night|sleep well|buenas noches|me voy a (?:dormir|la cama|acostar)|voy a dormir|gute nacht|(?:ich )?geh(?:e)? (?:jetzt )?(?:schlafen|ins bett)|bonne nuit|(?:je )?vais (?:me coucher|dormir)|boa noite|vou dormir|buona ?notte|vado a (?:dormire|letto)|welterusten|slaap lekker|(?:ik )?ga (?:nu )?slapen|dobranoc|id[eę] spa[cć]|iyi geceler|uyuyaca[gğ][ıi]m|yatmaya gidiyorum)\b`)

// careByeWords say goodbye for now, in the crisis languages.
var careByeWords = mustPattern(`^ (?:ok(?:ay)? |right |well |anyway |thanks? |thank you )*(?:bye|bye bye|byee+|goodbye|see you|see ya|cya|later|laters|ttyl|talk (?:to you )?(?:later|tomorrow|soon)|(?:i )?(?:gotta|got to|have to|need to|must) (?:go|head off|run|log off|sign off)|(?:i am |im )?(?:logging|signing|heading) off|adi[oó]s|chao|hasta (?:luego|ma[ñn]ana|pronto)|tsch[uü]ss|bis (?:morgen|sp[aä]ter|bald)|au revoir|salut|[aà] demain|tchau|at[eé] (?:amanh[aã]|logo)|ciao|a domani|doei|dag|tot (?:morgen|later|straks)|do (?:jutra|zobaczenia)|na razie|g[oö]r[uü]s[uü]r[uü]z|ho[sş][cç]a kal)\b`)

// careNotLeaving fears, refuses or cannot do what a goodbye would.
var careNotLeaving = mustPattern(`\b(?:can ?not|cant|cannot|scared|afraid|frightened|dont want|do not want|wont|never|not able|unable|forever|again)\b`)

// careLeaveTexts are the goodbyes for now in each language: for sleep, and
// for any other leaving.
var careLeaveTexts = map[string][2]string{
	"en": {"Okay. I hope you can get some rest. If things get heavy again, the helplines are there at any hour, and I'm here whenever you want to talk.",
		"Okay, take good care of yourself. If things get heavy again, the helplines are there at any hour, and I'm here whenever you want to talk."},
	"es": {"Vale. Ojalá puedas descansar un poco. Si todo vuelve a pesar, las líneas de ayuda atienden a cualquier hora, y yo estoy aquí cuando quieras hablar.",
		"Vale, cuídate mucho. Si todo vuelve a pesar, las líneas de ayuda atienden a cualquier hora, y yo estoy aquí cuando quieras hablar."},
	"de": {"Okay. Ich hoffe, du kannst ein bisschen schlafen. Wenn es wieder schwer wird, sind die Hilfsangebote zu jeder Stunde da, und ich bin hier, wann immer du reden magst.",
		"Okay, pass gut auf dich auf. Wenn es wieder schwer wird, sind die Hilfsangebote zu jeder Stunde da, und ich bin hier, wann immer du reden magst."},
	"fr": {"D'accord. J'espère que tu pourras te reposer un peu. Si ça redevient trop lourd, les lignes d'aide répondent à toute heure, et je suis là quand tu veux parler.",
		"D'accord, prends bien soin de toi. Si ça redevient trop lourd, les lignes d'aide répondent à toute heure, et je suis là quand tu veux parler."},
	"pt": {"Tudo bem. Espero que você consiga descansar um pouco. Se ficar pesado de novo, as linhas de apoio atendem a qualquer hora, e eu estou aqui quando quiser conversar.",
		"Tudo bem, se cuida. Se ficar pesado de novo, as linhas de apoio atendem a qualquer hora, e eu estou aqui quando quiser conversar."},
	"it": {"Va bene. Spero che tu riesca a riposare un po'. Se torna tutto pesante, le linee di aiuto rispondono a qualsiasi ora, e io sono qui quando vuoi parlare.",
		"Va bene, abbi cura di te. Se torna tutto pesante, le linee di aiuto rispondono a qualsiasi ora, e io sono qui quando vuoi parlare."},
	"nl": {"Oké. Ik hoop dat je wat rust kunt krijgen. Als het weer zwaar wordt, zijn de hulplijnen op elk uur bereikbaar, en ik ben er wanneer je wilt praten.",
		"Oké, pas goed op jezelf. Als het weer zwaar wordt, zijn de hulplijnen op elk uur bereikbaar, en ik ben er wanneer je wilt praten."},
	"pl": {"Dobrze. Mam nadzieję, że uda ci się trochę odpocząć. Jeśli znowu zrobi się ciężko, telefony zaufania działają o każdej porze, a ja jestem tu, kiedy zechcesz porozmawiać.",
		"Dobrze, dbaj o siebie. Jeśli znowu zrobi się ciężko, telefony zaufania działają o każdej porze, a ja jestem tu, kiedy zechcesz porozmawiać."},
	"tr": {"Tamam. Umarım biraz dinlenebilirsin. Yine ağır gelirse destek hatları her saat açık, ben de konuşmak istediğin her an buradayım.",
		"Tamam, kendine iyi bak. Yine ağır gelirse destek hatları her saat açık, ben de konuşmak istediğin her an buradayım."},
}

// careLinesOrLeave answers a request for the helplines or a goodbye for
// now in care mode, in the care language; false when text is neither.
func (t *turn) careLinesOrLeave() bool {
	lines := careLinesAsk(t.text)
	leaving, sleep := careLeaving(t.text)
	if !lines && !leaving {
		return false
	}
	c := t.p.Flow.Care
	c.Turns++
	c.Step, c.Draft, c.Offered = "", nil, ""
	lang := orElse(t.careLang(), "en")
	if lines {
		suffix := ""
		if lang != "en" {
			suffix = ":" + lang
		}
		t.crisisChoice("helplines" + suffix)
		return true
	}
	texts, ok := careLeaveTexts[lang]
	if !ok {
		texts = careLeaveTexts["en"]
	}
	text := texts[1]
	if sleep {
		text = texts[0]
	}
	t.say(text, t.careHelplines())
	return true
}
