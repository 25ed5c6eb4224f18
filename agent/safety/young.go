package safety

// saysYoung reports whether a young: line matched, with no unit of time,
// weight or count right after it: "im 14" and "tengo 15 años" tell an age,
// "im 14 weeks pregnant" and "i'm 16 days clean" do not.
func saysYoung(spans []span, toks []string) bool {
	for _, s := range spans {
		if s.kind != kindYoung {
			continue
		}
		if s.end < len(toks) && notAge[toks[s.end]] {
			continue
		}
		return true
	}
	return false
}

// notAge are the words after a number that make it something other than
// an age, in the languages the lexicons cover, spelt as tokens spells
// them (doubled letters squeezed).
var notAge = squeezedSet(
	"days", "day", "weeks", "week", "months", "month", "hours", "hour", "hrs", "hr", "minutes", "minute", "mins", "min",
	"seconds", "secs", "pills", "tablets", "kg", "kilos", "lbs", "pounds", "stone", "miles", "km", "percent", "times",
	"mg", "floors", "stories", "storeys", "grams", "cm", "feet", "ft", "inches", "people", "messages", "texts",
	"dias", "dia", "semanas", "meses", "horas", "minutos", "pastillas", "kilos", "veces", "pisos",
	"tage", "tagen", "wochen", "monate", "monaten", "stunden", "minuten", "tabletten", "kilo", "mal", "stock",
	"jours", "semaines", "mois", "heures", "comprimes", "cachets", "fois", "etages",
	"giorni", "settimane", "mesi", "ore", "minuti", "pillole", "pastiglie", "volte", "piani",
	"comprimidos", "vezes", "andares",
	"dagen", "weken", "maanden", "uur", "minuten", "pillen", "keer", "verdiepingen",
	"dni", "tygodni", "miesiecy", "godzin", "minut", "tabletek", "razy", "pieter",
	"gun", "gundur", "hafta", "haftadir", "ay", "aydir", "saat", "saattir", "dakika", "hap", "kez", "kat",
)
