package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/safety"
)

// What to do while help comes, in a medical emergency. The general words
// speak to both ("if it's you… if it's someone else…") because a message
// often does not say whose emergency it is; when it does, only the lines
// that fit are said: to the person it is happening to, or to someone with
// them, and for what happened (something taken, a collapse or breathing
// that stopped, a fall, bleeding, a seizure).

// medicalWho is whose emergency a message is about.
type medicalWho int

const (
	medicalUnknown medicalWho = iota
	medicalSelf
	medicalOther
)

// medicalWhat is what happened, as far as the words say.
type medicalWhat struct {
	taken, breathing, fall, bleeding, seizure bool
}

// medicalCues are the words of one language that tell whose emergency it
// is and what happened. Other takes precedence over self: "my friend took
// pills and i can't wake her" is about the friend.
type medicalCues struct {
	self, other                               pattern
	taken, breathing, fall, bleeding, seizure pattern
}

// medicalRules read messages folded by foldText; those of other
// languages than English are written without accents (cueText).
var medicalRules = map[string]medicalCues{
	"en": {
		other:     mustPattern(`\b(?:(?:my (?:\w+ )?\w+|he|she|they|someone|somebody|a (?:man|woman|guy|girl|kid|child|boy|friend|person|stranger)|the (?:baby|man|woman|guy|girl|kid|child|boy)|our \w+)\b(?: \w+){0,2} (?:collapsed|fell|has fallen|is|isn'?t|isnt|was|wasn'?t|has|hasn'?t|took|taken|swallowed|overdosed|won'?t|wont|can'?t|cant|cannot|passed|stopped|having|had|keeps|started|hit|cut|drank|just)|(?:wake|waking|breathing into|with|found|get|getting) (?:him|her|them|my \w+))\b`),
		self:      mustPattern(`\b(?:i|i'?ve|ive|i'?m|im|i'?ll)\b(?: \w+){0,2} (?:took|taken|take|swallowed|overdosed|od'?d|cut|bleeding|fell|fallen|collapsed|can'?t breathe|cant breathe|cannot breathe|passed|fainted|am having|having|drank|injected|hit my|am bleeding)\b`),
		taken:     mustPattern(`\b(?:took|taken|taking|swallowed|overdos\w*|od'?d|drank|injected|pills|tablets|bottle of|packet of|too many|too much|poison\w*|bleach)\b`),
		breathing: mustPattern(`\b(?:collaps\w*|not breathing|isn'?t breathing|isnt breathing|stopped breathing|can'?t breathe|cant breathe|cannot breathe|struggling to breathe|unconscious|unresponsive|not responding|won'?t wake|wont wake|will not wake|can'?t wake|cant wake|passed out|fainted|no pulse|turning blue|lips are blue|heart attack|choking)\b`),
		fall:      mustPattern(`\b(?:fell|fallen|falling|fall down|fell down|fell off|hit (?:his|her|their|my) head)\b`),
		bleeding:  mustPattern(`\b(?:bleeding|bleed|bled|blood|deep cut|cut (?:deep|badly|too deep)|gash|stabbed)\b`),
		seizure:   mustPattern(`\b(?:seizure|seizures|seizing|having a fit|convuls\w*|epileptic)\b`),
	},
	"es": {
		other:     mustPattern(`\b(?:(?:mi|mis|nuestro|nuestra) (?:\w+ )?(?:padre|madre|papa|mama|hermano|hermana|hijo|hija|abuelo|abuela|amigo|amiga|novio|novia|pareja|marido|esposo|esposa|mujer|tio|tia|primo|prima|bebe|companero|companera|vecino|vecina)|el|ella|alguien|un (?:hombre|chico|nino|senor)|una (?:mujer|chica|nina|senora)|no respira|se (?:ha )?(?:desmayado|desmayo|caido|cayo|tomado|tomo)|no (?:se )?despierta|esta (?:inconsciente|sangrando|convulsionando))\b`),
		self:      mustPattern(`\b(?:me (?:he )?(?:tomado|tome|corte|cortado|cai|caido|desmaye)|tome|no puedo respirar|estoy sangrando|me estoy desangrando)\b`),
		taken:     mustPattern(`\b(?:tomo|tomado|tome|trago|tragado|pastillas|pastilla|sobredosis|veneno|lejia|medicamentos|pildoras)\b`),
		breathing: mustPattern(`\b(?:no respira|dejo de respirar|no puedo respirar|inconsciente|desmay\w*|colaps\w*|no (?:se )?despierta|no reacciona|infarto|ahogando|atragant\w*)\b`),
		fall:      mustPattern(`\b(?:se (?:ha )?caido|se cayo|me cai|me he caido|caida|cayo)\b`),
		bleeding:  mustPattern(`\b(?:sangr\w*|desangr\w*|herida profunda|corte profundo|apunal\w*)\b`),
		seizure:   mustPattern(`\b(?:convuls\w*|ataque epileptico|crisis epileptica|epilep\w*)\b`),
	},
	"de": {
		other:     mustPattern(`\b(?:(?:mein|meine|meinem|meiner|unser|unsere) (?:\w+ )?(?:vater|mutter|papa|mama|bruder|schwester|sohn|tochter|opa|oma|freund|freundin|partner|partnerin|mann|frau|onkel|tante|cousin|cousine|baby|kind|kollege|kollegin|nachbar|nachbarin|mitbewohner|mitbewohnerin)|er|sie (?:atmet|ist|hat|blutet|wacht)|jemand|ein (?:mann|junge|kind)|eine frau|atmet nicht|(?:ist|wacht) nicht (?:mehr )?(?:ansprechbar|auf))\b`),
		self:      mustPattern(`\b(?:ich (?:habe|hab) (?:\w+ ){0,4}(?:genommen|geschluckt|geschnitten)|ich bin (?:gesturzt|hingefallen|zusammengebrochen)|ich blute|ich kann nicht atmen|ich (?:bekomme|krieg|kriege) keine luft)\b`),
		taken:     mustPattern(`\b(?:genommen|geschluckt|tabletten|pillen|uberdosis|medikamente|gift)\b`),
		breathing: mustPattern(`\b(?:atmet nicht|keine luft|nicht atmen|bewusstlos|zusammengebrochen|umgekippt|ohnmachtig|nicht ansprechbar|wacht nicht (?:mehr )?auf|herzinfarkt|erstick\w*)\b`),
		fall:      mustPattern(`\b(?:gesturzt|hingefallen|sturz|gefallen)\b`),
		bleeding:  mustPattern(`\b(?:blut\w*)\b`),
		seizure:   mustPattern(`\b(?:krampfanfall|anfall|krampft|epilep\w*)\b`),
	},
	"fr": {
		other:     mustPattern(`\b(?:(?:mon|ma|mes|notre) (?:\w+ )?(?:pere|mere|papa|maman|frere|soeur|fils|fille|grand pere|grand mere|papi|mamie|ami|amie|copain|copine|mari|femme|compagnon|compagne|oncle|tante|cousin|cousine|bebe|enfant|colocataire|coloc|voisin|voisine|collegue)|il|elle|quelqu'?un|un homme|une femme|ne respire (?:plus|pas)|ne se reveille pas)\b`),
		self:      mustPattern(`\b(?:j'?ai (?:\w+ ){0,3}(?:pris|avale)|je me suis (?:coupe|coupee|evanoui|evanouie)|je suis tombee?|je saigne|je n'?arrive pas a respirer|je ne peux (?:plus|pas) respirer)\b`),
		taken:     mustPattern(`\b(?:pris|avale|cachets|comprimes|pilules|medicaments|overdose|surdose|poison|javel)\b`),
		breathing: mustPattern(`\b(?:ne respire (?:plus|pas)|respirer|inconscient\w*|evanoui\w*|effondre\w*|ne se reveille pas|ne reagit (?:plus|pas)|crise cardiaque|s'?etouffe)\b`),
		fall:      mustPattern(`\b(?:tombe\w*|chute)\b`),
		bleeding:  mustPattern(`\b(?:saign\w*|sang)\b`),
		seizure:   mustPattern(`\b(?:convuls\w*|crise d'?epilepsie|epilep\w*)\b`),
	},
	"pt": {
		other:     mustPattern(`\b(?:(?:meu|minha|meus|minhas|nosso|nossa) (?:\w+ )?(?:pai|mae|irmao|irma|filho|filha|avo|amigo|amiga|namorado|namorada|marido|esposa|mulher|tio|tia|primo|prima|bebe|colega|vizinho|vizinha)|ele|ela|alguem|um (?:homem|menino|rapaz)|uma (?:mulher|menina)|nao (?:esta )?respira\w*|nao acorda|desmaiou|caiu|tomou)\b`),
		self:      mustPattern(`\b(?:tomei|engoli|me cortei|desmaiei|eu cai|nao consigo respirar|estou sangrando)\b`),
		taken:     mustPattern(`\b(?:tomei|tomou|engoli|engoliu|comprimidos|remedios|pilulas|overdose|veneno)\b`),
		breathing: mustPattern(`\b(?:nao (?:esta )?respira\w*|nao consigo respirar|inconsciente|desmai\w*|nao acorda|nao reage|infarto|engasg\w*)\b`),
		fall:      mustPattern(`\b(?:caiu|eu cai|queda|tombo)\b`),
		bleeding:  mustPattern(`\b(?:sangr\w*|sangue)\b`),
		seizure:   mustPattern(`\b(?:convuls\w*|ataque epileptico|crise epileptica|epilep\w*)\b`),
	},
	"it": {
		other:     mustPattern(`\b(?:(?:mio|mia|miei|mie|nostro|nostra) (?:\w+ )?(?:padre|madre|papa|mamma|fratello|sorella|figlio|figlia|nonno|nonna|amico|amica|ragazzo|ragazza|marito|moglie|compagno|compagna|zio|zia|cugino|cugina|bambino|bambina|collega|vicino|vicina|coinquilino|coinquilina)|lui|lei|qualcuno|un (?:uomo|ragazzo|signore)|una (?:donna|ragazza|signora)|non respira|non si sveglia|e svenut[oa]|e cadut[oa]|ha preso|ha ingoiato)\b`),
		self:      mustPattern(`\b(?:ho (?:\w+ ){0,3}(?:preso|ingoiato)|mi sono (?:tagliat[oa]|ferit[oa])|sono cadut[oa]|sto sanguinando|non riesco a respirare)\b`),
		taken:     mustPattern(`\b(?:preso|ingoiato|pastiglie|pillole|compresse|farmaci|overdose|veleno|candeggina)\b`),
		breathing: mustPattern(`\b(?:non respira|non riesco a respirare|incoscient\w*|priv[oa] di sensi|svenut[oa]|collass\w*|non si sveglia|non reagisce|infarto|soffoca\w*)\b`),
		fall:      mustPattern(`\b(?:cadut[oa])\b`),
		bleeding:  mustPattern(`\b(?:sangu\w*|sangue|emorragia)\b`),
		seizure:   mustPattern(`\b(?:convulsion\w*|crisi epilettica|attacco epilettico|epiless\w*)\b`),
	},
}

// ownBody is the speaker's own body ("my heart is racing", "my chest
// hurts"): not someone else it is happening to.
var ownBody = mustPattern(`\bmy (?:heart|chest|head|arm|arms|leg|legs|hand|hands|wrist|wrists|stomach|throat|breathing|vision|face|back|neck|body|jaw|skin|lips|eyes|blood|pulse|blood pressure|blood sugar|sugar|vision)\b`)

// readMedical reads a message in lang for whose emergency it is and what
// happened; unknown, and nothing happened, when lang has no cues.
func readMedical(text, lang string) (medicalWho, medicalWhat) {
	rs, ok := medicalRules[lang]
	if !ok {
		return medicalUnknown, medicalWhat{}
	}
	f := cueText(text, lang)
	what := medicalWhat{
		taken:     rs.taken.MatchString(f),
		breathing: rs.breathing.MatchString(f),
		fall:      rs.fall.MatchString(f),
		bleeding:  rs.bleeding.MatchString(f),
		seizure:   rs.seizure.MatchString(f),
	}
	switch {
	case rs.other.MatchString(ownBody.ReplaceAllString(f, " ")):
		return medicalOther, what
	case rs.self.MatchString(f):
		return medicalSelf, what
	}
	return medicalUnknown, what
}

// medicalWords are the lines of each case, by language.
type medicalWords struct {
	// Self speaks to the person it is happening to; SelfTaken and SelfTell
	// say what to tell the operator.
	Self, SelfTaken, SelfTell string
	// With speaks to someone with the person; the others are added for
	// what happened.
	With, Taken, Breathing, Fall, Bleeding, Seizure string
}

var medicalTexts = map[string]medicalWords{
	"en": {
		Self:      "If you can, unlock the door and tell someone nearby now.",
		SelfTaken: "Tell the operator what you took and how much, and keep the packet near you.",
		SelfTell:  "Tell the operator exactly what happened, and do what they say.",
		With:      "Stay with them if it's safe, tell the operator exactly what happened, and do what they say.",
		Taken:     "Tell the operator what they took and how much if you know, keep any packets to show, and don't try to make them sick.",
		Breathing: "If they're not breathing or not responding, put the phone on speaker: the operator can talk you through CPR until help comes.",
		Fall:      "Don't move them unless where they are is dangerous; keep them still and warm.",
		Bleeding:  "Press firmly on the wound with a clean cloth, or your hand, and keep pressing.",
		Seizure:   "Move hard things away from them and cushion their head; don't hold them down or put anything in their mouth, and note how long it lasts.",
	},
	"es": {
		Self:      "Si puedes, abre la puerta y avisa ahora a alguien cercano.",
		SelfTaken: "Di qué has tomado y cuánto, y ten el envase cerca.",
		SelfTell:  "Cuenta exactamente qué ha pasado y sigue sus indicaciones.",
		With:      "Quédate con esa persona si es seguro, cuenta exactamente qué ha pasado y sigue sus indicaciones.",
		Taken:     "Di qué ha tomado y cuánto, si lo sabes, guarda los envases para enseñarlos y no intentes que vomite.",
		Breathing: "Si no respira o no reacciona, pon el teléfono en altavoz: te pueden guiar para hacer la reanimación hasta que llegue la ayuda.",
		Fall:      "No la muevas salvo que donde está sea peligroso; mantenla quieta y abrigada.",
		Bleeding:  "Aprieta fuerte sobre la herida con un paño limpio, o con la mano, y no dejes de apretar.",
		Seizure:   "Aparta las cosas duras y protégele la cabeza; no la sujetes ni le metas nada en la boca, y fíjate en cuánto dura.",
	},
	"de": {
		Self:      "Wenn du kannst, schließ die Tür auf und sag sofort jemandem in der Nähe Bescheid.",
		SelfTaken: "Sag am Telefon, was du genommen hast und wie viel, und leg die Packung in deine Nähe.",
		SelfTell:  "Sag genau, was passiert ist, und folge den Anweisungen.",
		With:      "Bleib bei der Person, wenn es sicher ist, sag genau, was passiert ist, und folge den Anweisungen.",
		Taken:     "Sag, was genommen wurde und wie viel, wenn du es weißt, heb die Packungen auf und versuch nicht, die Person zum Erbrechen zu bringen.",
		Breathing: "Wenn die Person nicht atmet oder nicht reagiert, stell das Telefon auf laut: Man leitet dich bei der Wiederbelebung an, bis Hilfe da ist.",
		Fall:      "Beweg die Person nicht, außer dort, wo sie liegt, ist es gefährlich; halt sie ruhig und warm.",
		Bleeding:  "Drück mit einem sauberen Tuch oder deiner Hand fest auf die Wunde und lass nicht nach.",
		Seizure:   "Räum harte Gegenstände weg und polstere den Kopf; halt die Person nicht fest, steck ihr nichts in den Mund und achte darauf, wie lange es dauert.",
	},
	"fr": {
		Self:      "Si tu peux, déverrouille la porte et préviens tout de suite quelqu'un près de toi.",
		SelfTaken: "Dis ce que tu as pris et combien, et garde la boîte près de toi.",
		SelfTell:  "Dis exactement ce qui s'est passé, et suis les consignes.",
		With:      "Reste avec la personne si c'est sans danger, dis exactement ce qui s'est passé, et suis les consignes.",
		Taken:     "Dis ce qu'elle a pris et combien si tu le sais, garde les boîtes pour les montrer, et n'essaie pas de la faire vomir.",
		Breathing: "Si elle ne respire pas ou ne réagit pas, mets le téléphone sur haut-parleur : on peut te guider pour le massage cardiaque jusqu'à l'arrivée des secours.",
		Fall:      "Ne la déplace pas, sauf si l'endroit est dangereux ; garde-la immobile et au chaud.",
		Bleeding:  "Appuie fort sur la plaie avec un linge propre, ou ta main, et ne relâche pas.",
		Seizure:   "Écarte les objets durs et protège sa tête ; ne la retiens pas, ne lui mets rien dans la bouche, et note combien de temps ça dure.",
	},
	"pt": {
		Self:      "Se puder, destranque a porta e avise agora alguém por perto.",
		SelfTaken: "Diga o que você tomou e quanto, e deixe a embalagem perto de você.",
		SelfTell:  "Diga exatamente o que aconteceu e siga as orientações.",
		With:      "Fique com a pessoa se for seguro, diga exatamente o que aconteceu e siga as orientações.",
		Taken:     "Diga o que ela tomou e quanto, se souber, guarde as embalagens para mostrar e não tente fazê-la vomitar.",
		Breathing: "Se ela não estiver respirando ou não reagir, coloque o telefone no viva-voz: podem orientar você a fazer a reanimação até a ajuda chegar.",
		Fall:      "Não mexa na pessoa, a não ser que o lugar seja perigoso; mantenha-a parada e aquecida.",
		Bleeding:  "Aperte firme o ferimento com um pano limpo, ou com a mão, e não pare de apertar.",
		Seizure:   "Afaste objetos duros e proteja a cabeça dela; não a segure nem coloque nada na boca dela, e repare quanto tempo dura.",
	},
	"it": {
		Self:      "Se puoi, apri la porta e avvisa subito qualcuno vicino.",
		SelfTaken: "Di' cosa hai preso e quanto, e tieni la confezione vicino a te.",
		SelfTell:  "Spiega esattamente cosa è successo e segui le indicazioni.",
		With:      "Resta con la persona se è sicuro, spiega esattamente cosa è successo e segui le indicazioni.",
		Taken:     "Di' cosa ha preso e quanto, se lo sai, tieni le confezioni da mostrare e non cercare di farla vomitare.",
		Breathing: "Se non respira o non reagisce, metti il telefono in vivavoce: possono guidarti nel massaggio cardiaco finché arrivano i soccorsi.",
		Fall:      "Non spostarla, a meno che il posto sia pericoloso; tienila ferma e al caldo.",
		Bleeding:  "Premi forte sulla ferita con un panno pulito, o con la mano, e continua a premere.",
		Seizure:   "Allontana gli oggetti duri e proteggile la testa; non tenerla ferma, non metterle niente in bocca, e guarda quanto dura.",
	},
}

// medicalAdvice is the advice for whose emergency it is and what happened,
// in lang; ok is false when the words do not say whose it is, or lang has
// none of these lines (Dutch, Polish, Turkish and Japanese keep the
// general words, which speak to both).
func medicalAdvice(who medicalWho, what medicalWhat, lang string) (string, bool) {
	w, ok := medicalTexts[lang]
	if !ok || who == medicalUnknown {
		return "", false
	}
	var parts []string
	if who == medicalSelf {
		parts = append(parts, w.Self)
		if what.bleeding {
			parts = append(parts, w.Bleeding)
		}
		if what.taken {
			parts = append(parts, w.SelfTaken)
		} else {
			parts = append(parts, w.SelfTell)
		}
		return strings.Join(parts, " "), true
	}
	parts = append(parts, w.With)
	if what.breathing {
		parts = append(parts, w.Breathing)
	}
	if what.bleeding {
		parts = append(parts, w.Bleeding)
	}
	if what.seizure {
		parts = append(parts, w.Seizure)
	}
	if what.fall && !what.breathing {
		parts = append(parts, w.Fall)
	}
	if what.taken {
		parts = append(parts, w.Taken)
	}
	return strings.Join(parts, " "), true
}

// fitMedical swaps the general advice of a medical reply for the lines
// that fit text; rep is kept as it is when text does not say enough.
func fitMedical(rep safety.Reply, text string) safety.Reply {
	who, what := readMedical(text, rep.Lang)
	advice, ok := medicalAdvice(who, what, rep.Lang)
	w, ok2 := safety.WordsFor(rep.Lang)
	if !ok || !ok2 {
		return rep
	}
	rep.Text = swapPart(rep.Text, w.MedicalAdvice, advice)
	return rep
}
