package safety

// langChatWords are the chat spellings of one language: the same letters
// mean different words elsewhere ("k" is "ik" in Dutch and "que" in
// Spanish, "x" is "per" in Italian and "por" in Spanish), so they are read
// only when the message is read in that language (see Detector.words),
// after the chat spellings every language shares (chatWords). Keys and
// words are written plainly and folded as messages are. A spelling a
// lexicon already writes in its rules ("toy", "jvais", "hab") is left to
// them.
var langChatWords = map[string]map[string]string{
	"it": {
		"nn": "non", "x": "per", "xke": "perche", "xk": "perche", "xche": "perche", "pke": "perche", "pk": "perche",
		"ke": "che", "k": "che", "cmq": "comunque", "qlc": "qualcosa", "qlcs": "qualcosa", "qcs": "qualcosa",
		"nnt": "niente", "sn": "sono", "tvb": "ti voglio bene", "vojo": "voglio", "nessun1": "nessuno",
		"dv": "devo", "cn": "con", "trp": "troppo", "qnd": "quando", "qnt": "quanto", "tt": "tutto",
	},
	"nl": {
		"k": "ik", "kwil": "ik wil", "kben": "ik ben", "kheb": "ik heb", "kga": "ik ga", "kzie": "ik zie",
		"kweet": "ik weet", "kwou": "ik wou", "kdenk": "ik denk", "kvoel": "ik voel",
		"nie": "niet", "ni": "niet", "t": "het", "zn": "zijn", "da": "dat", "wrm": "waarom", "wa": "wat",
		"nx": "niks", "tog": "toch", "mss": "misschien", "emand": "iemand",
	},
	"es": {
		"k": "que", "ke": "que", "qe": "que", "porq": "porque",
		"xk": "porque", "tb": "tambien", "tmb": "tambien", "d": "de", "x": "por", "nd": "nada",
		"tas": "estas", "aki": "aqui", "nse": "no se", "dsp": "despues",
		"dps": "despues", "tmp": "tampoco", "xfa": "por favor", "bn": "bien",
		"q": "que", "pq": "porque", "msj": "mensaje", "ntp": "no te preocupes",
	},
	"pt": {
		"k": "que", "pk": "porque", "tb": "tambem", "tbm": "tambem",
		"mt": "muito", "mto": "muito", "td": "tudo", "hj": "hoje", "msm": "mesmo",
		"qero": "quero", "dps": "depois", "nd": "nada", "cmg": "comigo", "vdd": "verdade",
		"qnd": "quando", "oq": "o que", "mds": "meu deus",
		"q": "que", "pq": "porque", "vc": "voce", "vcs": "voces", "msg": "mensagem", "obg": "obrigado", "ngm": "ninguem",
	},
	"fr": {
		"jve": "je vais", "chui": "je suis", "chuis": "je suis",
		"jsui": "je suis", "jpp": "jen peux plus", "jpeux": "je peux", "jsp": "je sais pas",
		"bcp": "beaucoup", "mtn": "maintenant", "mnt": "maintenant", "ct": "cetait",
		"jte": "je te", "tjr": "toujours", "tjrs": "toujours", "pr": "pour", "ds": "dans", "qd": "quand",
		"qnd": "quand", "g": "jai", "jfais": "je fais", "jsais": "je sais",
		"pa": "pas", "jcrois": "je crois", "pk": "pourquoi",
	},
	"de": {
		"nit": "nicht", "net": "nicht", "nen": "einen", "vllt": "vielleicht", "kp": "kein plan", "ham": "haben",
		"bissl": "bisschen", "nich": "nicht",
		"moechte": "mochte", "moecht": "mocht", "moechten": "mochten", "muede": "mude", "fuer": "fur", "ueber": "uber",
		"wuerde": "wurde", "waere": "ware", "koennte": "konnte", "koennen": "konnen", "koennt": "konnt",
		"hoeren": "horen", "hoert": "hort", "frueher": "fruher", "spaeter": "spater", "naechste": "nachste",
		"naechsten": "nachsten", "moegen": "mogen", "muessen": "mussen", "wuensche": "wunsche",
		"schluessel": "schlussel", "gehoert": "gehort", "aufhoeren": "aufhoren", "toeten": "toten", "boese": "bose",
	},
	"pl": {
		"nwm": "nie wiem", "wgl": "w ogole", "wgle": "w ogole", "nmg": "nie moge", "cb": "ciebie", "bd": "bede",
		"tb": "tobie", "jj": "jasne", "nk": "nie", "ni": "nie", "zb": "zeby",
	},
	"tr": {
		"bi": "bir", "istiyorm": "istiyorum", "yapcam": "yapacagim", "olcam": "olacagim",
		"gitcem": "gidecegim", "olcem": "olecegim", "napcam": "ne yapacagim", "hicbisey": "hicbir sey",
		"yapcm": "yapacagim", "dicem": "diyecegim",
	},
	// "hafta" is the Turkish week and "hasta" the Spanish until and the
	// Turkish ill: read as "have to" and "has to" only in English.
	"en": {
		"hafta": "have to", "hasta": "has to",
	},
}

// langChat holds, per language, each folded chat spelling and the folded
// words it stands for.
var langChat = func() map[string]map[string][]string {
	out := map[string]map[string][]string{}
	for lang, m := range langChatWords {
		folded := map[string][]string{}
		for k, v := range m {
			kt := tokens(k, nil)
			vt := tokens(v, nil)
			if len(kt) != 2 || len(vt) < 2 {
				continue
			}
			ws := vt[:len(vt)-1]
			if len(ws) == 1 && ws[0] == kt[0] {
				continue
			}
			folded[kt[0]] = ws
		}
		out[lang] = folded
	}
	return out
}()

// uniqueChat holds the chat spellings only one language has ("kwil",
// "xke", "nwm"): they are read even in a message too short to tell its
// language by.
var uniqueChat = func() map[string][]string {
	seen := map[string]int{}
	for _, m := range langChat {
		for k := range m {
			seen[k]++
		}
	}
	out := map[string][]string{}
	for _, m := range langChat {
		for k, ws := range m {
			if seen[k] == 1 && !chatShared(k) {
				out[k] = ws
			}
		}
	}
	return out
}()

// chatShared reports whether a folded word is an English word the
// lexicons use, which a message with no language found is read as.
func chatShared(w string) bool {
	return w == "and" || len(w) < 3
}

// expandChat returns toks with the chat spellings of lang read as the
// words they stand for, those only one language has when lang is ""; toks
// itself when it has none.
func expandChat(toks []string, lang string) []string {
	m := langChat[lang]
	if lang == "" {
		m = uniqueChat
	}
	if m == nil {
		return toks
	}
	n := 0
	for _, t := range toks {
		if _, ok := m[t]; ok {
			n++
		}
	}
	if n == 0 {
		return toks
	}
	out := make([]string, 0, len(toks)+n)
	for _, t := range toks {
		if ws, ok := m[t]; ok {
			out = append(out, ws...)
			continue
		}
		out = append(out, t)
	}
	return out
}
