package agent

import (
	"fmt"
	"strings"

	"github.com/companion-dev/companion/agent/internal/fold"
	"github.com/companion-dev/companion/agent/safety"
)

// Someone else at risk, and where they are. "Stay with them or keep
// talking" only helps when the person can still be reached. The reply to
// someone worried about another person is put together from parts chosen
// by what the message says of them: with them or in touch (the usual
// words), out of reach ("isn't answering", "blocked me", "her phone is
// off": someone near them to go round, keep trying, and the emergency
// number to ask for a check on them at their address), or online (keep
// talking there, ask where they are, report it on the app or site).

// otherReach is what a message says of how the person at risk can be
// reached.
type otherReach struct {
	away   bool // out of reach: not answering, blocked, phone off, gone
	online bool // it happened online: a post, a chat, someone met there
}

// reachRules are the cues of each language, on the folded message.
var reachRules = map[string]struct{ away, online pattern }{
	"en": {
		away:   mustPattern(`\b(?:(?:is ?n'?t|is not|not|wo ?n'?t|will not|stopped|stop|not been|has ?n'?t been|never) (?:\w+ )?(?:answering|answer|picking up|pick up|replying|reply|responding|respond|reading|opening|returning)|(?:blocked|unfriended|unadded|ghosted|muted) me|(?:phone|phones|cell|mobile) (?:is |was |are |has been |went |goes )?(?:off|dead|switched off|turned off|going straight to voicemail|straight to voicemail|unreachable)|(?:goes|going|went|straight) (?:straight )?to voice ?mail|(?:can'?t|cannot|can not|could ?n'?t|could not) (?:reach|get hold of|get through to|get in touch with|find|contact|get a hold of) (?:him|her|them|my \w+|\w+)|no (?:answer|reply|response)|left (?:me )?on (?:read|delivered)|offline|(?:went|gone|is|was|she'?s|he'?s|they'?re|theyre) (?:silent|quiet|dark|missing)|(?:do ?n'?t|do not|does ?n'?t|does not) know where (?:he|she|they) (?:is|are|went)|(?:is ?n'?t|is not|not) (?:at home|home|in (?:her|his|their) room)|(?:ran|run) off|(?:deleted|deactivated) (?:her|his|their) (?:account|accounts|profile|instagram|socials))\b`),
		online: mustPattern(`\b(?:online|on the internet|internet friend|posted|posting|a post|(?:on|in) (?:discord|instagram|insta|tiktok|twitter|x|reddit|snapchat|snap|facebook|whatsapp|telegram|a server|the server|a game|the game|a stream|stream|a group chat|the group chat|our group chat|a forum|the forum|a chat|the chat|a comment|the comments|a story|her story|his story|their story)|(?:met|know) (?:him|her|them) (?:online|from (?:a game|discord|the internet))|livestream\w*|tweeted|dm(?:ed|s)?)\b`),
	},
	"es": {
		away:   mustPattern(`\b(?:no (?:me )?(?:contesta|responde|coge|atiende|lee|abre)|(?:me )?(?:ha )?bloquead[oa]|me bloqueo|(?:movil|telefono|celular|cel)(?: \w+){0,2} apagado|no (?:puedo|consigo|logro) (?:localizarl[oa]|contactarl[oa]|contactar|hablar con|dar con)|no (?:se|sabemos) donde (?:esta|anda)|buzon de voz|desconectad[oa])\b`),
		online: mustPattern(`\b(?:internet|online|en linea|discord|instagram|tiktok|twitter|reddit|whatsapp|facebook|un chat|el chat|el grupo|un grupo|foro|lo (?:publico|ha publicado|subio)|publico que|en un juego|streaming|en directo)\b`),
	},
	"de": {
		away:   mustPattern(`\b(?:(?:geht|nimmt) (?:(?:er|sie) )?nicht (?:mehr )?(?:ran|ans telefon|ans handy)|(?:antwortet|reagiert) (?:(?:er|sie) )?nicht|meldet (?:(?:er|sie) )?sich nicht|(?:hat|haben) mich blockiert|handy (?:ist )?(?:aus|ausgeschaltet)|nicht (?:mehr )?erreichbar|kann (?:sie|ihn|die person) nicht erreichen|erreiche (?:sie|ihn) nicht|mailbox|weiss nicht wo (?:sie|er) ist|offline)\b`),
		online: mustPattern(`\b(?:online|internet|im netz|discord|instagram|tiktok|twitter|reddit|whatsapp|gruppenchat|im chat|forum|gepostet|postet|im spiel|stream)\b`),
	},
	"fr": {
		away:   mustPattern(`\b(?:ne (?:repond|decroche|lit) (?:plus|pas)|m'?a bloque|(?:telephone|portable) (?:est )?(?:eteint|coupe)|n'?arrive pas a (?:la |le |les )?(?:joindre|contacter)|messagerie|repondeur|sais pas ou (?:elle|il) est|hors ligne)\b`),
		online: mustPattern(`\b(?:en ligne|internet|discord|instagram|tiktok|twitter|reddit|whatsapp|snap|groupe|forum|a poste|publie|dans un jeu|en live|stream)\b`),
	},
	"pt": {
		away:   mustPattern(`\b(?:nao (?:me )?(?:atende|responde|le|visualiza)|(?:me )?bloqueou|(?:celular|telefone) (?:esta |ta )?desligado|nao (?:consigo|estou conseguindo) (?:falar com|contato|contatar|achar|encontrar)|caixa postal|nao sei onde (?:ela|ele) esta|offline)\b`),
		online: mustPattern(`\b(?:internet|online|discord|instagram|insta|tiktok|twitter|reddit|whatsapp|zap|grupo|forum|postou|publicou|no jogo|live)\b`),
	},
	"it": {
		away:   mustPattern(`\b(?:non (?:mi )?(?:risponde|legge|apre)|(?:mi ha )?bloccat[oa]|(?:telefono|cellulare) (?:e )?spento|non riesco a (?:contattarl[oa]|raggiungerl[oa]|trovarl[oa]|sentirl[oa])|segreteria|non so dove (?:sia|e)|offline)\b`),
		online: mustPattern(`\b(?:online|internet|in rete|discord|instagram|tiktok|twitter|reddit|whatsapp|gruppo|forum|ha postato|ha pubblicato|in un gioco|in live)\b`),
	},
	"nl": {
		away:   mustPattern(`\b(?:neemt (?:(?:hij|ze|zij) )?(?:niet|de telefoon niet) op|(?:reageert|antwoordt) (?:(?:hij|ze|zij) )?niet|(?:heeft|hebben) (?:mij|me) geblokkeerd|(?:telefoon|mobiel) (?:staat )?uit|onbereikbaar|kan (?:hem|haar) niet bereiken|voicemail|weet niet waar (?:hij|zij|ze) is|offline)\b`),
		online: mustPattern(`\b(?:online|internet|discord|instagram|tiktok|twitter|reddit|whatsapp|groepsapp|groepschat|forum|gepost|in een game|stream)\b`),
	},
	"pl": {
		away:   mustPattern(`\b(?:nie (?:odbiera|odpisuje|odpowiada|czyta)|zablokowal(?:a)? mnie|(?:telefon|komorke|komorka)(?: \w+)? wylaczon\w*|nie moge sie (?:do niego|do niej|z nim|z nia) (?:dodzwonic|skontaktowac)|poczta glosowa|nie wiem gdzie jest|offline)\b`),
		online: mustPattern(`\b(?:internet|internecie|online|discord|instagram|tiktok|twitter|reddit|whatsapp|grupie|forum|napisal(?:a)? na|wrzucil(?:a)?|w grze|live)\b`),
	},
	"tr": {
		away:   mustPattern(`\b(?:telefonu(?:mu)? acmiyor|acmiyor|cevap vermiyor|yanit vermiyor|donmuyor|beni engelledi|telefonu kapali|ulasamiyorum|nerede oldugunu bilmiyorum|cevrimdisi)\b`),
		online: mustPattern(`\b(?:internet\w*|online|cevrimici|discord|instagram|tiktok|twitter|reddit|whatsapp|grup\w*|forum\w*|paylasti|oyunda|yayin\w*)\b`),
	},
	"ja": {
		away:   mustPattern(`(?:電話|連絡)が(?:つながらない|繋がらない|取れない|とれない|つかない)|(?:返信|返事)が(?:ない|来ない|こない)|既読(?:にならない|がつかない|スルー)|ブロックされ|電源が(?:切れ|入っていない|入ってない)|電話に出ない|どこにいるか(?:わからない|分からない)|オフライン`),
		online: mustPattern(`ネット|オンライン|sns|ツイッター|インスタ|ディスコード|discord|投稿|配信|チャット|ゲーム|掲示板`),
	},
}

// readReach reads text, in lang, for how the person at risk can be
// reached. The cues of other languages are written without accents.
func readReach(text, lang string) otherReach {
	rs, ok := reachRules[lang]
	if !ok {
		return otherReach{}
	}
	f := cueText(text, lang)
	return otherReach{away: rs.away.MatchString(f), online: rs.online.MatchString(f)}
}

// cueText is text as the cues of lang are written: folded, and for other
// languages than English, with letters written without their accents.
func cueText(text, lang string) string {
	f := foldText(text)
	if lang != "en" {
		f = fold.String(f)
	}
	return f
}

// reachWords are the parts of the reply by reach, in each language.
// Away and Online replace the usual words on how to be with them;
// AwayOnline is added when an online worry can no longer be reached;
// EmergencyAway and EmergencyOnline (%s: the emergency number) replace
// the usual sentence on calling it.
type reachWords struct {
	Away, Online, AwayOnline, EmergencyAway, EmergencyOnline string
}

var reachTexts = map[string]reachWords{
	"en": {
		Away:            "When you can't reach them, you can still act: ask someone who lives near them, or has a key, to go round, and keep trying them. A short message saying you care and want to hear back can get through when a call doesn't.",
		Online:          "Keep talking with them where they said it, if you can: ask plainly if they're thinking about ending their life, and where they are. Most apps and sites also let you report that someone is at risk, and some can send help to them.",
		AwayOnline:      "If it happened online, report it on the app or site as well: many can get help to someone at risk.",
		EmergencyAway:   "If you think they could be in danger, call %s now and ask for someone to check on them at their address.",
		EmergencyOnline: "If you know where they are and they're in danger right now, call %s.",
	},
	"es": {
		Away:            "Aunque no puedas localizar a esa persona, puedes hacer algo: pide a alguien que viva cerca o que tenga llave que vaya a verla, y sigue intentándolo. Un mensaje corto diciéndole que te importa y que quieres saber de ella puede llegar cuando una llamada no llega.",
		Online:          "Si puedes, sigue hablando con esa persona donde lo dijo: pregúntale claramente si está pensando en quitarse la vida, y dónde está. Casi todas las aplicaciones y webs permiten avisar de que alguien está en riesgo, y algunas pueden hacerle llegar ayuda.",
		AwayOnline:      "Si pasó en internet, avisa también en la aplicación o la web: muchas pueden hacer llegar ayuda a alguien en riesgo.",
		EmergencyAway:   "Si crees que puede estar en peligro, llama ahora al %s y pide que alguien vaya a su domicilio a comprobar cómo está.",
		EmergencyOnline: "Si sabes dónde está y está en peligro ahora mismo, llama al %s.",
	},
	"de": {
		Away:            "Auch wenn du die Person nicht erreichst, kannst du etwas tun: Bitte jemanden, der in der Nähe wohnt oder einen Schlüssel hat, vorbeizugehen, und versuch es weiter. Eine kurze Nachricht, dass sie dir wichtig ist und du von ihr hören willst, kommt manchmal an, wenn ein Anruf es nicht tut.",
		Online:          "Schreib, wenn du kannst, dort weiter mit der Person, wo sie es gesagt hat: Frag sie offen, ob sie daran denkt, sich das Leben zu nehmen, und wo sie gerade ist. Die meisten Apps und Seiten lassen dich auch melden, dass jemand in Gefahr ist, und manche können Hilfe schicken.",
		AwayOnline:      "Wenn es online passiert ist, melde es auch in der App oder auf der Seite: Viele können einem gefährdeten Menschen Hilfe schicken.",
		EmergencyAway:   "Wenn du glaubst, dass sie in Gefahr sein könnte, ruf jetzt die %s an und bitte darum, dass jemand an ihrer Adresse nach ihr sieht.",
		EmergencyOnline: "Wenn du weißt, wo die Person ist, und sie gerade in Gefahr ist, ruf die %s an.",
	},
	"fr": {
		Away:            "Même si tu n'arrives pas à joindre cette personne, tu peux agir : demande à quelqu'un qui habite près de chez elle, ou qui a une clé, de passer la voir, et continue d'essayer. Un court message pour lui dire qu'elle compte pour toi et que tu attends de ses nouvelles passe parfois quand un appel ne passe pas.",
		Online:          "Si tu peux, continue à lui parler là où elle l'a dit : demande-lui franchement si elle pense à mettre fin à sa vie, et où elle se trouve. La plupart des applications et des sites permettent aussi de signaler qu'une personne est en danger, et certains peuvent lui envoyer de l'aide.",
		AwayOnline:      "Si ça s'est passé en ligne, signale-le aussi sur l'application ou le site : beaucoup peuvent faire venir de l'aide à une personne en danger.",
		EmergencyAway:   "Si tu penses qu'elle pourrait être en danger, appelle le %s maintenant et demande que quelqu'un passe chez elle vérifier comment elle va.",
		EmergencyOnline: "Si tu sais où elle se trouve et qu'elle est en danger maintenant, appelle le %s.",
	},
	"pt": {
		Away:            "Mesmo sem conseguir falar com a pessoa, você pode agir: peça a alguém que more perto ou que tenha a chave para ir até lá, e continue tentando. Uma mensagem curta dizendo que você se importa e quer notícias pode chegar quando uma ligação não chega.",
		Online:          "Se puder, continue conversando com a pessoa onde ela disse isso: pergunte com clareza se ela está pensando em tirar a própria vida, e onde ela está. A maioria dos aplicativos e sites também permite avisar que alguém está em risco, e alguns podem mandar ajuda.",
		AwayOnline:      "Se aconteceu na internet, denuncie também no aplicativo ou no site: muitos conseguem fazer chegar ajuda a quem está em risco.",
		EmergencyAway:   "Se você acha que ela pode estar em perigo, ligue agora para o %s e peça que alguém vá até o endereço dela ver como ela está.",
		EmergencyOnline: "Se você sabe onde ela está e ela está em perigo agora, ligue para o %s.",
	},
	"it": {
		Away:            "Anche se non riesci a raggiungere questa persona, puoi fare qualcosa: chiedi a qualcuno che abita vicino, o che ha le chiavi, di passare da lei, e continua a provare. Un breve messaggio per dirle che ci tieni e che aspetti sue notizie può arrivare quando una chiamata non arriva.",
		Online:          "Se puoi, continua a parlarle lì dove l'ha detto: chiedile apertamente se sta pensando di togliersi la vita, e dove si trova. Quasi tutte le app e i siti permettono anche di segnalare che qualcuno è in pericolo, e alcuni possono mandarle aiuto.",
		AwayOnline:      "Se è successo online, segnalalo anche sull'app o sul sito: molti possono far arrivare aiuto a chi è in pericolo.",
		EmergencyAway:   "Se pensi che possa essere in pericolo, chiama subito il %s e chiedi che qualcuno vada a controllare come sta, al suo indirizzo.",
		EmergencyOnline: "Se sai dove si trova ed è in pericolo adesso, chiama il %s.",
	},
	"nl": {
		Away:            "Ook als je diegene niet kunt bereiken, kun je iets doen: vraag iemand die in de buurt woont, of een sleutel heeft, om langs te gaan, en blijf het proberen. Een kort bericht dat je om diegene geeft en graag iets terug hoort, komt soms aan als een telefoontje dat niet doet.",
		Online:          "Praat als het kan verder met diegene op de plek waar het gezegd is: vraag gewoon of hij of zij erover denkt een einde aan het leven te maken, en waar diegene nu is. De meeste apps en sites laten je ook melden dat iemand in gevaar is, en sommige kunnen hulp sturen.",
		AwayOnline:      "Gebeurde het online, meld het dan ook in de app of op de site: veel ervan kunnen hulp sturen naar iemand in gevaar.",
		EmergencyAway:   "Denk je dat diegene in gevaar kan zijn, bel dan nu %s en vraag of iemand op het adres van diegene gaat kijken.",
		EmergencyOnline: "Weet je waar diegene is en is die nu in gevaar, bel dan %s.",
	},
	"pl": {
		Away:            "Nawet jeśli nie możesz się z tą osobą skontaktować, możesz coś zrobić: poproś kogoś, kto mieszka w pobliżu albo ma klucz, żeby do niej zajrzał, i próbuj dalej. Krótka wiadomość, że ci zależy i czekasz na odpowiedź, czasem dociera, gdy telefon nie.",
		Online:          "Jeśli możesz, rozmawiaj z tą osobą dalej tam, gdzie to napisała: zapytaj wprost, czy myśli o odebraniu sobie życia, i gdzie teraz jest. Większość aplikacji i stron pozwala też zgłosić, że ktoś jest w niebezpieczeństwie, a niektóre mogą wysłać pomoc.",
		AwayOnline:      "Jeśli to było w internecie, zgłoś to też w aplikacji lub na stronie: wiele z nich może sprowadzić pomoc do osoby w niebezpieczeństwie.",
		EmergencyAway:   "Jeśli myślisz, że ta osoba może być w niebezpieczeństwie, zadzwoń teraz pod %s i poproś, żeby ktoś sprawdził pod jej adresem, co się z nią dzieje.",
		EmergencyOnline: "Jeśli wiesz, gdzie ta osoba jest, i jest teraz w niebezpieczeństwie, zadzwoń pod %s.",
	},
	"tr": {
		Away:            "O kişiye ulaşamasan da yapabileceklerin var: yakınında oturan ya da anahtarı olan birinden gidip ona bakmasını iste ve denemeye devam et. Onu önemsediğini ve haber beklediğini söyleyen kısa bir mesaj, bir aramanın ulaşmadığı yerde ulaşabilir.",
		Online:          "Yapabiliyorsan onunla bunu söylediği yerde konuşmaya devam et: canına kıymayı düşünüp düşünmediğini ve nerede olduğunu açıkça sor. Çoğu uygulama ve site birinin risk altında olduğunu bildirmene de izin verir; bazıları ona yardım gönderebilir.",
		AwayOnline:      "Bu internette olduysa uygulamaya ya da siteye de bildir: birçoğu risk altındaki birine yardım ulaştırabilir.",
		EmergencyAway:   "Tehlikede olabileceğini düşünüyorsan şimdi ara: %s. Adresine gidip ona bakmalarını iste.",
		EmergencyOnline: "Nerede olduğunu biliyorsan ve şu anda tehlikedeyse ara: %s.",
	},
	"ja": {
		Away:            "連絡がつかなくても、できることがあります。近くに住んでいる人や合鍵を持っている人に様子を見に行ってもらい、連絡も続けてください。「大切に思っている、返事を待っている」という短いメッセージは、電話がつながらないときにも届くことがあります。",
		Online:          "できれば、その人が書き込んだ場所でやりとりを続けてください。「死にたいと思っている？」「今どこにいるの？」とはっきり聞いてかまいません。多くのアプリやサイトには危険な状態の人を通報する仕組みがあり、助けを送れるところもあります。",
		AwayOnline:      "ネット上のことなら、そのアプリやサイトにも通報してください。危険な状態の人に助けを届けられるところが多くあります。",
		EmergencyAway:   "危険かもしれないと思ったら、今すぐ %s に電話して、その人の住所へ様子を確認しに行ってもらうよう頼んでください。",
		EmergencyOnline: "その人の居場所がわかっていて、今まさに危険なら、%s に電話してください。",
	},
}

// fitOther puts the reply to someone worried about another person
// together from the parts that fit what text says of them. rep is the
// reply safety.Compose or safety.ComposeAgain wrote; the parts it has for
// someone within reach are swapped for the ones that fit. A reply in a
// language without these words is kept as it is.
func (t *turn) fitOther(r safety.Result, rep safety.Reply, text string) safety.Reply {
	reach := readReach(text, rep.Lang)
	if !reach.away && !reach.online {
		return rep
	}
	rw, ok := reachTexts[rep.Lang]
	w, ok2 := safety.WordsFor(rep.Lang)
	if !ok || !ok2 {
		return rep
	}
	e := t.emergencyIn(rep.Lang)
	how, call := rw.Online, fmt.Sprintf(rw.EmergencyOnline, e)
	if reach.away {
		how, call = rw.Away, fmt.Sprintf(rw.EmergencyAway, e)
		if reach.online {
			how += " " + rw.AwayOnline
		}
	}
	out := rep.Text
	switch {
	case r.Violence:
		// With someone hurting them, no one is sent round: the words on
		// believing them stay, and the call asks for the check.
	case strings.Contains(out, w.HowToHelp):
		out = swapPart(out, w.HowToHelp, how)
	default:
		// The shorter reply of a conversation going on has no words on
		// how to be with them: those that fit come before the call.
		call = how + " " + call
	}
	out = swapPart(out, fmt.Sprintf(w.EmergencyOther, e), call)
	if out == rep.Text {
		return rep
	}
	rep.Text = out
	return rep
}

// swapPart replaces the one part old of a reply with new; a reply without
// it is returned as it is.
func swapPart(text, old, new string) string {
	if old == "" || !strings.Contains(text, old) {
		return text
	}
	return strings.Replace(text, old, new, 1)
}
