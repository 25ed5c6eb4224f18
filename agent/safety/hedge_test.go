package safety

import "testing"

// TestHedgesOfEachLanguage checks that the softening words of each main
// language ("gewoon", "einfach", "vraiment", "davvero") stand between the
// parts of a statement without breaking it, and that the new absences
// said as tomorrow's are caught while an occasion named after them is not.
func TestHedgesOfEachLanguage(t *testing.T) {
	tests := []situationCase{
		{"ik wil gewoon weg, voorgoed", Self},
		{"ik wil echt gewoon dood", Self},
		{"ich will einfach wirklich nicht mehr leben", Self},
		{"je veux vraiment juste mourir", Self},
		{"voglio davvero semplicemente morire", Self},
		{"chce naprawde umrzec", Self},
		{"sadece olmek istiyorum", Self},
		{"ik ben het echt zat om te leven", Self},
		{"après ce soir je ne serai plus là", Self},
		{"je ne serai plus là au bureau lundi", None},
		{"pronto ya no estaré", Self},
		{"no estaré en la oficina mañana", None},
		{"w piatek nie bedzie mnie w szkole", None},
		{"ik wil gewoon even weg uit de stad", None},
		// Chat spellings read as their words, squeezed as the lexicon is.
		{"no1 would even notice if i died", Self},
		{"gonna do smth drastic 2nite", Self},
		{"i did smth stupid at work lol", None},
		// The other languages' new ideas.
		{"ich kriege kaum luft und meine zunge schwillt an", Medical},
		{"mon frère fait une crise d'épilepsie", Medical},
		{"tata ma potworny bol w klatce piersiowej", Medical},
		{"minha mãe me proíbe de ver meus amigos", Abuse},
	}
	checkSituations(t, tests)
}

// TestIdeasInOtherLanguages checks indirect ideas the other languages
// had no words for: a place chosen, a letter left for the family, wrists
// cut open, someone asked to look after what is left.
func TestIdeasInOtherLanguages(t *testing.T) {
	tests := []situationCase{
		{"ya escogí el acantilado.", Self},
		{"já encontrei o viaduto", Self},
		{"jai trouvé la falaise.", Self},
		{"ik heb de flat al uitgekozen", Self},
		{"escribí unas cartas para mis hijos por si acaso", Self},
		{"napisalam list do mamy, na wszelki wypadek", Self},
		{"ik heb mijn aders doorgesneden", Self},
		{"die pulsader hab ich mir aufgeschlitzt", Self},
		{"sobald ich nicht mehr da bin, pass auf meinen hund auf", Self},
		{"als ik er niet meer ben, pas dan op mijn konijn", Self},
		{"jai écrit un mot pour ma mère, je rentre tard", None},
		{"we kozen de plek voor de picknick", None},
	}
	checkSituations(t, tests)
}
