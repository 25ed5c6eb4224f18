package agent

// Care mode in another language. After a crisis reply in Spanish, German
// or another of the crisis languages, the person is answered in that
// language too: a short reply that stays with them, invites them to say
// more, says nothing needs doing now, and keeps the helplines a tap away.
// The care rules and the help writing to someone are English only, so
// these replies do not offer to draft anything.

// careLang is the language care mode answers in when it is not English,
// or "" for English.
func (t *turn) careLang() string {
	c := t.p.Flow.Care
	if c == nil || c.Lang == "en" {
		return ""
	}
	if _, ok := careLangTexts[c.Lang]; !ok {
		return ""
	}
	return c.Lang
}

// careFollowLanguage follows the person into the language they now write
// in: care given in Spanish goes on in English once they write plainly in
// English ("can you help me tell my brother i'm not ok"), and care given in
// English goes on in their language once they write in it. A word or two
// of either changes nothing.
func (t *turn) careFollowLanguage() {
	c := t.p.Flow.Care
	if c == nil {
		return
	}
	lang := guessLanguage(t.text)
	switch {
	case lang != "" && lang != c.Lang:
		if _, ok := careLangTexts[lang]; ok {
			c.Lang = lang
		}
	case lang == "" && c.Lang != "" && c.Lang != "en" && plainEnglish(t.text):
		c.Lang = "en"
	}
}

// plainEnglish reports a message of several words, most of them common
// English ones.
func plainEnglish(text string) bool {
	words := languageWords(text)
	english := 0
	for _, w := range words {
		if englishWords[w] {
			english++
		}
	}
	return english >= 3 && english*3 >= len(words)*2
}

// careSayLang gives the care reply in lang, its wording chosen by the
// care turn so that the same words do not come back every time.
func (t *turn) careSayLang(lang string) {
	c := t.p.Flow.Care
	c.Turns++
	c.Step, c.Draft, c.Offered = "", nil, ""
	texts := careLangTexts[lang]
	t.say(texts[c.Turns%len(texts)], t.careHelplines())
}

// careLangTexts are the care replies in each language, in the informal
// register of the crisis replies (tu, du, jij, ty, sen; você in
// Portuguese, as there).
var careLangTexts = map[string][]string{
	"es": {
		"Sigo aquí contigo. Si quieres contarme más, te escucho; y si no, también está bien. No tienes que hacer nada ahora. Las líneas de ayuda están aquí abajo, a un toque.",
		"Aquí estoy, sin prisa. Cuéntame lo que quieras, cuando quieras. Ahora mismo no tienes que hacer nada. Si las necesitas, las líneas de ayuda están justo aquí abajo.",
		"Me quedo contigo. Escríbeme lo que se te pase por la cabeza, mucho o poco. No hace falta que decidas nada ahora. Las líneas de ayuda siguen a un toque, aquí abajo.",
	},
	"de": {
		"Ich bin weiter hier bei dir. Wenn du mehr erzählen magst, höre ich zu – und wenn nicht, ist das auch okay. Du musst jetzt nichts tun. Die Hilfsangebote sind gleich hier unten, nur einen Tipp entfernt.",
		"Ich bin da, ganz ohne Eile. Erzähl mir gern mehr, wann immer du magst. Im Moment musst du gar nichts tun. Falls du sie brauchst: Die Hilfsangebote sind direkt hier unten.",
		"Ich bleibe bei dir. Schreib, was dir durch den Kopf geht, so viel oder so wenig du willst. Du musst jetzt nichts entscheiden. Die Hilfsangebote sind weiter nur einen Tipp entfernt.",
	},
	"fr": {
		"Je suis toujours là, avec toi. Si tu veux m'en dire plus, je t'écoute ; sinon, c'est bien aussi. Tu n'as rien à faire maintenant. Les lignes d'aide sont juste en dessous, à portée de main.",
		"Je suis là, sans pression. Raconte-moi ce que tu veux, quand tu veux. Pour l'instant, tu n'as rien à faire. Si tu en as besoin, les lignes d'aide sont juste en dessous.",
		"Je reste avec toi. Écris-moi ce qui te passe par la tête, un peu ou beaucoup. Tu n'as rien à décider maintenant. Les lignes d'aide restent à un clic, juste en dessous.",
	},
	"pt": {
		"Continuo aqui com você. Se quiser me contar mais, estou ouvindo; se não, tudo bem também. Você não precisa fazer nada agora. As linhas de apoio estão logo aqui embaixo, a um toque.",
		"Estou aqui, sem pressa. Pode me contar o que quiser, quando quiser. Agora você não precisa fazer nada. Se precisar, as linhas de apoio estão logo aqui embaixo.",
		"Fico aqui com você. Escreva o que estiver passando pela sua cabeça, pouco ou muito. Você não precisa decidir nada agora. As linhas de apoio continuam a um toque, aqui embaixo.",
	},
	"it": {
		"Sono ancora qui con te. Se vuoi raccontarmi di più, ti ascolto; se no, va bene lo stesso. Non devi fare niente adesso. Le linee di aiuto sono qui sotto, a un tocco.",
		"Sono qui, senza fretta. Raccontami quello che vuoi, quando vuoi. Per ora non devi fare niente. Se ti servono, le linee di aiuto sono proprio qui sotto.",
		"Resto con te. Scrivimi quello che ti passa per la testa, poco o tanto. Non devi decidere niente adesso. Le linee di aiuto restano a un tocco, qui sotto.",
	},
	"nl": {
		"Ik ben er nog, bij jou. Als je meer wilt vertellen, luister ik; en anders is dat ook goed. Je hoeft nu niets te doen. De hulplijnen staan hieronder, één tik verwijderd.",
		"Ik ben hier, zonder haast. Vertel me gerust meer, wanneer je wilt. Je hoeft nu even helemaal niets. Als je ze nodig hebt, staan de hulplijnen hier direct onder.",
		"Ik blijf bij je. Schrijf wat er in je opkomt, veel of weinig. Je hoeft nu niets te beslissen. De hulplijnen blijven één tik verwijderd, hieronder.",
	},
	"pl": {
		"Wciąż tu jestem, z tobą. Jeśli chcesz powiedzieć więcej, słucham; a jeśli nie, to też w porządku. Nie musisz teraz nic robić. Telefony zaufania są tuż poniżej, jedno dotknięcie dalej.",
		"Jestem tu, bez pośpiechu. Opowiedz mi, co chcesz, kiedy chcesz. Teraz nie musisz nic robić. Jeśli będą ci potrzebne, telefony zaufania są tuż poniżej.",
		"Zostaję z tobą. Napisz, co ci chodzi po głowie, dużo albo mało. Nie musisz teraz niczego decydować. Telefony zaufania są wciąż pod ręką, tuż poniżej.",
	},
	"tr": {
		"Hâlâ buradayım, seninleyim. Daha fazla anlatmak istersen dinliyorum; istemezsen de sorun değil. Şu an hiçbir şey yapmak zorunda değilsin. Destek hatları hemen aşağıda, bir dokunuş uzağında.",
		"Buradayım, acele yok. Ne istersen, ne zaman istersen anlatabilirsin. Şu an hiçbir şey yapman gerekmiyor. İhtiyacın olursa destek hatları hemen aşağıda.",
		"Seninle kalıyorum. Aklından geçenleri yaz, az ya da çok. Şu an hiçbir şeye karar vermek zorunda değilsin. Destek hatları hâlâ bir dokunuş uzağında, hemen aşağıda.",
	},
}

// careTextLang answers a typed message in care mode in lang. A message the
// care rules read as clearly something else, or as asking for the paused
// flow back, leaves care mode as it does in English.
func (t *turn) careTextLang(lang string, kind careKind) bool {
	switch kind {
	case careOther:
		t.endCare()
		return false
	case careResume:
		return t.careResume()
	}
	t.p.Flow.Care.Last = t.now
	t.careSayLang(lang)
	return true
}
