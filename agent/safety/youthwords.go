package safety

import "fmt"

// youthWords are the sentences that add a line for young people to a
// crisis reply, when the person said they are young.
type youthWords struct {
	// Line introduces the country's line for young people (%s).
	Line string
	// None says honestly that no line for young people is known in the
	// person's country, and that the line above serves every age.
	None string
	// Fallback points to the international directory of child lines.
	Fallback string
}

var youth = map[string]youthWords{
	"en": {
		Line:     "There's also a line just for young people, where you can talk about anything: %s.",
		None:     "I don't know of a line just for young people in your country; the line above talks with people of any age.",
		Fallback: "Child Helpline International lists free lines for children and young people by country: childhelplineinternational.org.",
	},
	"es": {
		Line:     "También hay una línea solo para gente joven, donde puedes hablar de lo que sea: %s.",
		None:     "No conozco una línea solo para gente joven en tu país; la línea de arriba atiende a personas de cualquier edad.",
		Fallback: "Child Helpline International reúne líneas gratuitas para niños y jóvenes de cada país: childhelplineinternational.org.",
	},
	"de": {
		Line:     "Es gibt auch ein Telefon nur für junge Leute, mit denen du über alles reden kannst: %s.",
		None:     "Ich kenne in deinem Land kein Telefon nur für junge Leute; die Nummer oben ist für Menschen jeden Alters da.",
		Fallback: "Child Helpline International listet kostenlose Telefone für Kinder und Jugendliche nach Ländern: childhelplineinternational.org.",
	},
	"fr": {
		Line:     "Il existe aussi une ligne rien que pour les jeunes, où tu peux parler de tout : %s.",
		None:     "Je ne connais pas de ligne réservée aux jeunes dans ton pays ; la ligne ci-dessus écoute les personnes de tout âge.",
		Fallback: "Child Helpline International recense les lignes gratuites pour les enfants et les jeunes de chaque pays : childhelplineinternational.org.",
	},
	"pt": {
		Line:     "Também existe uma linha só para jovens, onde você pode falar sobre qualquer coisa: %s.",
		None:     "Não conheço uma linha só para jovens no seu país; a linha acima atende pessoas de qualquer idade.",
		Fallback: "A Child Helpline International reúne linhas gratuitas para crianças e jovens de cada país: childhelplineinternational.org.",
	},
	"it": {
		Line:     "C'è anche una linea solo per ragazzi e ragazze, dove puoi parlare di qualsiasi cosa: %s.",
		None:     "Non conosco una linea solo per i giovani nel tuo paese; la linea qui sopra ascolta persone di ogni età.",
		Fallback: "Child Helpline International elenca le linee gratuite per bambini e ragazzi di ogni paese: childhelplineinternational.org.",
	},
	"nl": {
		Line:     "Er is ook een lijn alleen voor jongeren, waar je over alles kunt praten: %s.",
		None:     "Ik ken in jouw land geen lijn alleen voor jongeren; de lijn hierboven praat met mensen van elke leeftijd.",
		Fallback: "Child Helpline International zet gratis lijnen voor kinderen en jongeren per land op een rij: childhelplineinternational.org.",
	},
	"pl": {
		Line:     "Jest też telefon tylko dla młodych ludzi, gdzie możesz porozmawiać o wszystkim: %s.",
		None:     "Nie znam w twoim kraju telefonu tylko dla młodych ludzi; numer powyżej jest dla osób w każdym wieku.",
		Fallback: "Child Helpline International zbiera bezpłatne telefony dla dzieci i młodzieży z każdego kraju: childhelplineinternational.org.",
	},
	"tr": {
		Line:     "Yalnızca gençler için, her şeyi konuşabileceğin bir hat da var: %s.",
		None:     "Ülkende yalnızca gençlere ayrılmış bir hat bilmiyorum; yukarıdaki hat her yaştan insanla konuşuyor.",
		Fallback: "Child Helpline International, çocuklar ve gençler için ücretsiz hatları ülkelere göre listeliyor: childhelplineinternational.org.",
	},
	"ja": {
		Line:     "子どもや若い人のための相談窓口もあります。どんなことでも話せます：%s。",
		None:     "あなたの国の子ども・若者向けの窓口は知りません。上の窓口は年齢に関係なく話を聞いてくれます。",
		Fallback: "Child Helpline International に、国ごとの子ども・若者向けの無料相談窓口がまとめられています：childhelplineinternational.org。",
	},
}

// youthSentence is the sentence of a reply in lang that gives a young
// person the line for young people of country: the country's own, else
// a plain word that none is known there and the international directory.
func youthSentence(lang, country string, d *Directory) string {
	w, ok := youth[lang]
	if !ok {
		w = youth["en"]
	}
	if ls := d.ownLines(country, KindYouth); len(ls) > 0 {
		return fmt.Sprintf(w.Line, formatLine(ls[0]))
	}
	if country != "" {
		return w.None + " " + w.Fallback
	}
	return w.Fallback
}
