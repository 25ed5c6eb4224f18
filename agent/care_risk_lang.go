package agent

import "fmt"

// The risk going on, in the other crisis languages. Care mode in another
// language answers with its own short replies (care_lang.go); a message
// in it that carries the risk on — a goodbye or love to pass on, a wish
// for it all to stop or to disappear, a means at hand, a time — gets,
// instead, thanks, the plain question whether the person is thinking of
// ending their life and is safe right now, and the emergency number, in
// that language. The cues are written without accents (cueText).

// careRiskLang are the cues and the reply of each language; %s in the
// reply is the emergency number.
var careRiskLang = map[string]struct {
	cue   pattern
	reply string
}{
	"es": {
		mustPattern(`\b(?:(?:que sepan|que sepa) que (?:(?:los|las|le|la|lo) )?(?:quiero|queria|siento)|(?:diles|dile|decirles|decirle) (?:a (?:mi|mis|todos|todas)(?: \w+)? )?que (?:(?:los|las|le|la|lo) )?(?:quiero|queria|siento)|cartas? de despedida|despedirme|me despedi|adios para siempre|(?:cuida|cuidad|cuidar|cuide) (?:de )?(?:a )?mi (?:perro|gato|hijo|hija|hijos)|cuando (?:ya )?no este|quiero que (?:todo )?(?:pare|termine|se acabe)|desaparecer|no despertar|dejar de existir|no quiero seguir|(?:tengo|aqui|junto a mi) (?:\w+ ){0,3}(?:pastillas|cuerda|cuchilla|cuchillo|pistola|veneno)|(?:en|sobre) el (?:puente|tejado|borde)|lo (?:hare|voy a hacer) (?:esta noche|manana|hoy|pronto)|ya lo he decidido)\b|^(?:esta noche|manana|hoy|este fin de semana|pronto)$`),
		"Gracias por decírmelo; me lo tomo en serio. Te lo pregunto claramente: ¿estás pensando en quitarte la vida? ¿Estás a salvo ahora mismo?\nSi crees que podrías hacerlo, llama ahora al %s o a una de las líneas de ayuda de abajo: pueden hablar contigo ya.",
	},
	"de": {
		mustPattern(`\b(?:(?:sag|sagt|sagen) (?:ihnen|ihm|ihr|meiner \w+|meinem \w+|allen) (?:dass )?ich (?:sie |ihn |euch )?(?:liebe|hab lieb|habe lieb)|(?:sollen|soll) wissen dass ich|abschiedsbrief\w*|mich verabschieden|(?:kummert|kummere|kummer) (?:euch|sich|dich) um (?:meinen|meine) (?:hund|katze|kinder)|wenn ich (?:nicht mehr da|weg) bin|dass (?:es|alles) aufhort|verschwinden|nicht mehr aufwachen|nicht mehr da sein|(?:habe|hab) (?:\w+ ){0,3}(?:tabletten|seil|klinge|messer|waffe|gift)|(?:auf|an) der (?:brucke|kante)|auf dem dach|(?:mache|tu|tue) es (?:heute|morgen|bald)|ich habe (?:mich )?(?:schon )?entschieden)\b|^(?:heute nacht|heute abend|morgen|heute|bald|am wochenende)$`),
		"Danke, dass du mir das sagst; ich nehme es ernst. Ich frage dich ganz direkt: Denkst du daran, dir das Leben zu nehmen? Bist du gerade in Sicherheit?\nWenn du fürchtest, es zu tun, ruf jetzt die %s an oder eines der Hilfsangebote unten: Dort kann gleich jemand mit dir reden.",
	},
	"fr": {
		mustPattern(`\b(?:sachent que je|sache que je|(?:dis|dites) (?:leur|lui) que je|lettres? d'?adieu|dire adieu|(?:occupez vous|occupe toi) de mon (?:chien|chat)|quand je (?:ne )?serai plus la|que (?:tout|ca) s'?arrete|disparaitre|ne plus me reveiller|ne plus exister|j'?ai (?:\w+ ){0,3}(?:cachets|pilules|corde|lame|couteau|arme)|sur le (?:pont|toit)|je le ferai (?:ce soir|demain)|c'?est decide)\b|^(?:ce soir|cette nuit|demain|aujourd'?hui|bientot)$`),
		"Merci de me le dire ; je le prends au sérieux. Je te pose la question franchement : est-ce que tu penses à mettre fin à ta vie ? Est-ce que tu es en sécurité, là, maintenant ?\nSi tu risques de passer à l'acte, appelle le %s maintenant, ou une des lignes d'aide ci-dessous : quelqu'un peut te parler tout de suite.",
	},
	"pt": {
		mustPattern(`\b(?:saibam que|saiba que (?:eu )?(?:amo|sinto)|(?:diga|diz|fala) (?:pra|para|a) (?:eles|elas|ela|ele|minha \w+|meu \w+) que (?:eu )?(?:amo|sinto muito)|cartas? de despedida|me despedir|cuid(?:a|em|e) do meu (?:cachorro|gato)|quando eu nao estiver mais|quero que (?:tudo|isso) (?:pare|acabe)|sumir|desaparecer|nao acordar|deixar de existir|(?:tenho|estou com) (?:\w+ ){0,3}(?:comprimidos|remedios|corda|lamina|faca|arma)|(?:na|em cima da) (?:ponte|laje)|vou fazer (?:isso )?(?:hoje|amanha)|ja decidi)\b|^(?:hoje a noite|esta noite|amanha|hoje|logo)$`),
		"Obrigado por me contar; estou levando isso a sério. Preciso perguntar com clareza: você está pensando em tirar a própria vida? Você está em segurança agora?\nSe acha que pode fazer isso, ligue agora para o %s ou para uma das linhas de apoio abaixo: alguém pode conversar com você já.",
	},
	"it": {
		mustPattern(`\b(?:(?:sappiano|sappia) che (?:(?:li|le|la|lo) )?(?:amo|voglio bene|mi dispiace)|(?:di|dite) (?:loro|gli|le) che (?:(?:li|le|gli) )?(?:amo|voglio bene)|letter[ae] d'?addio|dire addio|(?:occupatevi|occupati|prendetevi cura) del mio (?:cane|gatto)|quando non ci saro piu|voglio che (?:tutto|questo) (?:finisca|smetta)|sparire|non svegliarmi|smettere di esistere|ho (?:\w+ ){0,3}(?:pastiglie|pillole|corda|lametta|coltello|pistola)|sul (?:ponte|tetto)|lo (?:faro|faccio) (?:stanotte|stasera|domani)|ho (?:gia )?deciso)\b|^(?:stanotte|stasera|domani|oggi|presto)$`),
		"Grazie di avermelo detto; lo prendo sul serio. Te lo chiedo apertamente: stai pensando di toglierti la vita? Sei al sicuro adesso?\nSe pensi di poterlo fare, chiama subito il %s o una delle linee di aiuto qui sotto: qualcuno può parlarti subito.",
	},
	"nl": {
		mustPattern(`\b(?:afscheidsbrie\w*|afscheid (?:nemen|genomen)|(?:zeg|zeggen) (?:ze|hem|haar|tegen \w+) dat ik (?:van )?(?:ze|hem|haar|jullie) hou|wil dat (?:alles|het) stopt|verdwijnen|niet meer wakker worden|(?:heb|ik heb) (?:\w+ ){0,3}(?:pillen|touw|mes|mesje))\b|^(?:vannacht|vanavond|morgen)$`),
		"Dank je dat je het me vertelt; ik neem het serieus. Ik vraag het je gewoon: denk je erover een einde aan je leven te maken? Ben je nu veilig?\nAls je bang bent dat je het doet, bel dan nu %s of een van de hulplijnen hieronder: daar kan meteen iemand met je praten.",
	},
	"pl": {
		mustPattern(`\b(?:list\w* pozegnaln\w*|pozegnac sie|powiedz (?:im|jej|mu) ze (?:ich |ja |go )?kocham|chce zeby (?:to|wszystko) sie skonczylo|zniknac|nie obudzic sie|mam (?:\w+ ){0,3}(?:tabletki|sznur|zyletk\w*|noz))\b|^(?:dzis w nocy|dzisiaj|jutro)$`),
		"Dziękuję, że mi to mówisz; traktuję to poważnie. Zapytam wprost: czy myślisz o odebraniu sobie życia? Czy jesteś teraz w bezpiecznym miejscu?\nJeśli boisz się, że możesz to zrobić, zadzwoń teraz pod %s albo pod jeden z telefonów zaufania poniżej: ktoś może z tobą porozmawiać od razu.",
	},
	"tr": {
		mustPattern(`\b(?:veda mektub\w*|vedalas\w*|sevdigimi soyle|her seyin bitmesini istiyorum|kaybolmak|uyanmamak|(?:haplar|ip|jilet|bicak) (?:hazir|yanimda))\b|^(?:bu gece|yarin|bugun)$`),
		"Bunu bana söylediğin için teşekkür ederim; ciddiye alıyorum. Açıkça sormam gerek: canına kıymayı düşünüyor musun? Şu anda güvende misin?\nBunu yapabileceğinden korkuyorsan şimdi ara: %s. Aşağıdaki destek hatlarından biri de hemen seninle konuşabilir.",
	},
	"ja": {
		mustPattern(`遺書|お別れ|さよなら|愛してると伝え|全部終わりにしたい|終わりにしたい|消えたい|目覚めたくない|(?:薬|ロープ|刃物|ナイフ)を?(?:用意|持って)|^(?:今夜|明日|今日)$`),
		"話してくれてありがとう。真剣に受け止めています。はっきり聞かせてください。命を絶とうと考えていますか？今、安全な場所にいますか？\n実行してしまいそうなら、今すぐ %s に電話するか、下の相談窓口に連絡してください。すぐに話を聞いてもらえます。",
	},
}

// careRiskInLang answers, in lang, a message that carries the risk on
// after a crisis reply about the person themselves; it reports false,
// saying nothing, for any other message.
func (t *turn) careRiskInLang(lang string) bool {
	r, ok := careRiskLang[lang]
	c := t.p.Flow.Care
	if !ok || c.Situation != "self" {
		return false
	}
	f := cueText(t.text, lang)
	loc := r.cue.FindStringIndex(f)
	if loc == nil || riskNegatedIn(lang, f[:loc[0]]) {
		return false
	}
	c.Turns++
	c.Step, c.Draft, c.Offered = "", nil, ""
	t.say(fmt.Sprintf(r.reply, t.emergencyIn(lang)), t.careHelplines())
	return true
}

// riskNegatedIn reports a plain refusal of the act right before a cue
// ("no lo voy a hacer hoy"), in the languages that put it there.
func riskNegatedIn(lang, before string) bool {
	neg, ok := riskNegations[lang]
	return ok && neg.MatchString(before)
}

var riskNegations = map[string]pattern{
	"es": mustPattern(`\bno (?:lo )?(?:voy a|hare)\s*$`),
	"it": mustPattern(`\bnon (?:lo )?(?:faro|faccio)\s*$`),
	"pt": mustPattern(`\bnao (?:vou)\s*$`),
}
