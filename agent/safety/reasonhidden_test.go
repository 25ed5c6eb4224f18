package safety

import "testing"

// TestReasonHidden checks that things one values given away, with the
// reason kept back when someone asks why, a cover story taken back, or
// nothing left to sort out, are read in each language, while a reason
// given stays quiet.
func TestReasonHidden(t *testing.T) {
	checkSituations(t, []situationCase{
		{"gave my watch and my records to my cousins. they asked why and i said no reason", Self},
		{"i gave away my rings to my daughters. they asked why, i said just because", Self},
		{"i deleted all my accounts and gave my camera to my sister. nothing left to sort out now", Self},
		{"rehomed my rabbit last week, told the family im moving abroad but im not going anywhere", Self},
		{"le regale mis libros y mi reloj a mis sobrinos. me preguntaron por que y les dije que por nada", Self},
		{"meine gitarre hab ich meinem bruder geschenkt, er hat gefragt warum, ich hab gesagt einfach so", Self},
		{"mon chat je l ai laisse a ma voisine, elle a demande pourquoi, jai dit rien", Self},
		{"dei meus livros pra minha prima, ela perguntou por que e eu disse nada", Self},
		{"ho regalato la mia chitarra a mio cugino, mi ha chiesto perche e ho detto niente", Self},
		{"mijn hond logeert nu bij mijn broer, ik zei dat ik op vakantie ga maar ik ga nergens heen", Self},
		{"rozdalem ksiazki kolegom, pytali dlaczego, powiedzialem ze bez powodu", Self},
		{"oddalem gitare bratu, powiedzialem ze sie znudzila ale juz mi sie nie przyda", Self},
		{"kitaplarimi arkadaslarima verdim, neden diye sordular, oylesine dedim", Self},
		{"gave my guitar to my nephew, he asked why and i said because he plays better than me", None},
		{"im moving next month so i rehomed my cat with my aunt, im not moving anywhere near a park", None},
		{"mijn hond logeert bij mijn broer want ik ga op vakantie naar spanje", None},
	})
}
