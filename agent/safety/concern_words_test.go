package safety

import "testing"

func TestReadCheckAnswer(t *testing.T) {
	cases := []struct {
		text    string
		yes, no bool
	}{
		{"yeah", true, false},
		{"Yes.", true, false},
		{"kinda tbh", true, false},
		{"sort of, on bad nights", true, false},
		{"maybe", true, false},
		{"a bit yeah", true, false},
		{"i think so", true, false},
		{"not really… only sometimes", true, false},
		{"sí, a veces", true, false},
		{"manchmal schon", true, false},
		{"un peu", true, false},
		{"às vezes", true, false},
		{"forse", true, false},
		{"soms wel", true, false},
		{"czasami", true, false},
		{"evet", true, false},
		{"うん、少し", true, false},
		{"nope", false, true},
		{"no no, I’m fine, just tired", false, true},
		{"not at all", false, true},
		{"i'm ok", false, true},
		{"nein", false, true},
		{"non pas du tout", false, true},
		{"hayır", false, true},
		{"no but thanks for asking", false, false},
		{"im not okay tbh", true, false},
		{"i am not doing well", true, false},
		{"nah not really, i just want it all to stop", true, false},
		{"i dont know honestly", false, false},
		{"not sure", false, false},
		{"i have no idea", false, false},
		{"never mind", false, false},
		{"nein, mir geht's nicht gut", true, false},
		{"i'm not, just tired", false, true},
		{"can you help me write to my aunt", false, false},
		{"", false, false},
	}
	for _, c := range cases {
		yes, no := ReadCheckAnswer(c.text)
		if yes != c.yes || no != c.no {
			t.Errorf("%q: yes %v no %v, want %v %v", c.text, yes, no, c.yes, c.no)
		}
	}
}

func TestCheckWordsInEveryReplyLanguage(t *testing.T) {
	for _, lang := range ReplyLanguages() {
		w, ok := checkWords[lang]
		if !ok || w.Ask == "" || w.Relief == "" {
			t.Errorf("%s: no check words", lang)
		}
	}
	if CheckWordsFor("xx").Ask != checkWords["en"].Ask {
		t.Error("no English fallback")
	}
}

func TestLanguageOfAMessage(t *testing.T) {
	for text, want := range map[string]string{
		"no sé qué hacer con todo esto":      "es",
		"ich weiß nicht mehr weiter mit dem": "de",
		"i dont know what to do with it":     "en",
	} {
		if got := Language(text); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
