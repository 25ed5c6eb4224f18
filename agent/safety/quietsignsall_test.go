package safety

import "testing"

// TestQuietSignsInEveryLanguage checks the quiet signs told plainly in
// the other main languages (xx.quietsigns.txt): things or a pet given away
// with no need for them where the speaker is going, a trip given as the
// reason and then denied, papers put in order so that it is simpler for
// the others afterwards, a long-running "for a while now I've been
// saving" that is no past; beside a move, a holiday and a tidy desk.
func TestQuietSignsInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"le di mis libros y la bici a mi vecino, donde voy no los voy a necesitar", Self},
		{"le di mis libros a mi vecino porque me mudo a un piso pequeño", None},
		{"ordene los documentos del seguro y las contraseñas para que mis hijos no sufran despues", Self},
		{"hace meses que estoy guardando las pastillas de mi abuela, ya tengo suficientes para no despertar", Self},
		{"j'ai confié mon chien à mon oncle, je lui ai dit que je partais en voyage. je pars nulle part", Self},
		{"j'ai confié mon chien à mon oncle, je pars en voyage au maroc deux semaines", None},
		{"ho affidato la mia gatta a mia sorella, ho detto che era per il weekend. non tornerò a riprenderla", Self},
		{"ho affidato la mia gatta a mia sorella per il weekend, torno lunedì", None},
		{"ho messo in ordine documenti e password per la mia famiglia, così dopo sarà più semplice", Self},
		{"doei meus livros e os jogos pro meu primo, nao vou mais precisar deles", Self},
		{"doei meus livros pro meu primo porque ja li todos", None},
		{"oddalam kota sasiadce, bo niedlugo mnie nie bedzie", Self},
		{"mijn hond gaat naar mijn broer, ik heb gezegd dat ik een weekje weg ben. dat klopt niet", Self},
		{"mijn hond gaat naar mijn broer want ik ben een weekje weg", None},
		{"ich hab meine bücher verschenkt, brauch ich eh nicht mehr", Self},
		{"bu hayattan cekip gitmek istiyorum", Self},
		{"hayattan yoruldum artik", Self},
	})
}
