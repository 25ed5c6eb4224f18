package agent

import (
	"context"
	"strings"
	"testing"
	"time"
)

// careNext runs the turn after prev for the same person, a minute later.
func careNext(t *testing.T, a *Agent, prev *turn, text, choice string) *turn {
	t.Helper()
	m := Message{Channel: "test", ChatID: "kim", Person: prev.p.ID, Text: text, Choice: choice}
	next := newTurn(a, m, prev.p, prev.now.Add(time.Minute))
	next.run(context.Background())
	return next
}

// englishCare are words of the English care replies and choices; none of
// them belongs in a reply in another language.
var englishCare = []string{"I'm", "listening", "Show helplines", "Help me write", "Just talk", "feel", "here"}

// Care mode after a crisis reply in another language answers in that
// language, with the helplines in it too and no offer to draft.
func TestCareAnswersInTheCrisisLanguage(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		lang, crisis, followUp, again, word string
	}{
		{"es", "ya no quiero vivir", "gracias", "no sé", "líneas de ayuda"},
		{"de", "ich will mich umbringen", "danke", "ich weiß nicht", "hilfsangebote"},
		{"fr", "je veux mourir", "merci", "je ne sais pas", "lignes d'aide"},
		{"pt", "eu quero morrer", "obrigado", "não sei", "linhas de apoio"},
		{"it", "voglio morire", "grazie", "non lo so", "linee di aiuto"},
		{"nl", "ik wil dood", "bedankt", "ik weet het niet", "hulplijnen"},
		{"pl", "chcę umrzeć", "dziękuję", "nie wiem", "telefony zaufania"},
		{"tr", "artık yaşamak istemiyorum", "teşekkürler", "bilmiyorum", "destek hatları"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			first := crisisTurn(t, a, "", tt.crisis, "")
			if c := first.p.Flow.Care; c == nil || c.Lang != tt.lang {
				t.Fatalf("care state = %+v, want care mode in %s", first.p.Flow.Care, tt.lang)
			}
			var seen []string
			prev := first
			for _, text := range []string{tt.followUp, tt.again} {
				next := careNext(t, a, prev, text, "")
				if len(next.replies) != 1 {
					t.Fatalf("%q: replies = %+v, want one", text, next.replies)
				}
				r := next.replies[0]
				if !strings.Contains(strings.ToLower(r.Text), tt.word) {
					t.Errorf("%q: reply %q does not name %q", text, r.Text, tt.word)
				}
				for _, w := range englishCare {
					if strings.Contains(r.Text, w) {
						t.Errorf("%q: reply %q has the English %q", text, r.Text, w)
					}
				}
				if len(r.Choices) != 1 || r.Choices[0].ID != "crisis:helplines:"+tt.lang {
					t.Errorf("%q: choices = %+v, want only crisis:helplines:%s", text, r.Choices, tt.lang)
				}
				if next.p.Flow.Care == nil {
					t.Errorf("%q: care mode ended", text)
				}
				seen = append(seen, r.Text)
				prev = next
			}
			if seen[0] == seen[1] {
				t.Errorf("the same words twice: %q", seen[0])
			}
		})
	}
}

// A command still leaves care mode in another language, and a pressed
// care choice is answered in the language.
func TestCareLangKeepsTheExitRules(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	first := crisisTurn(t, a, "Europe/Madrid", "ya no quiero vivir", "")
	talk := careNext(t, a, first, "", "care:talk")
	if len(talk.replies) != 1 || !strings.Contains(talk.replies[0].Text, "líneas de ayuda") {
		t.Errorf("care:talk = %+v, want the Spanish care reply", talk.replies)
	}
	menu := careNext(t, a, talk, "/menu", "")
	if menu.p.Flow.Care != nil {
		t.Errorf("care mode still on after /menu: %+v", menu.p.Flow.Care)
	}
	for _, r := range menu.replies {
		if strings.Contains(r.Text, "líneas de ayuda") {
			t.Errorf("/menu answered with a care reply: %q", r.Text)
		}
	}
}

// Every language the crisis replies come in has its care replies, each
// short and naming the helplines the way the choice below it does.
func TestCareLangTextsCoverTheCrisisLanguages(t *testing.T) {
	for _, lang := range languageOrder {
		texts := careLangTexts[lang]
		if len(texts) < 2 {
			t.Errorf("%s: %d care replies, want two or more", lang, len(texts))
		}
		for _, s := range texts {
			if n := len(strings.Fields(s)); n > 45 {
				t.Errorf("%s: %d words, want a short reply: %q", lang, n, s)
			}
		}
	}
}

// Care mode follows the person into the language they now write in: plain
// English after a crisis said in German is answered in English, with the
// offer to help write to someone kept; words of Italian after an English
// crisis reply are answered in Italian; a name or a word of English in a
// Spanish message changes nothing.
func TestCareFollowsTheLanguageWritten(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	first := crisisTurn(t, a, "", "ich will nicht mehr leben, ich bin so müde", "")
	next := careNext(t, a, first, "sorry, can you help me write to my sister that i am not doing well", "")
	if c := next.p.Flow.Care; c == nil || c.Lang != "en" {
		t.Fatalf("care state = %+v, want care mode in English", next.p.Flow.Care)
	}
	if got := next.replies[0].Text; !strings.Contains(got, "sister") || strings.Contains(got, "Hilfsangebote") {
		t.Errorf("help asked in English after German, got %q", got)
	}

	first = crisisTurn(t, a, "", "i don't want to be alive anymore", "")
	next = careNext(t, a, first, "scusa, non so cosa scrivere, sono stanco di tutto", "")
	if c := next.p.Flow.Care; c == nil || c.Lang != "it" || !strings.Contains(strings.ToLower(next.replies[0].Text), "linee di aiuto") {
		t.Errorf("Italian after an English crisis: care %+v, reply %q", next.p.Flow.Care, next.replies[0].Text)
	}

	first = crisisTurn(t, a, "", "ya no quiero vivir", "")
	next = careNext(t, a, first, "mi amiga Kate dice ok", "")
	if c := next.p.Flow.Care; c == nil || c.Lang != "es" {
		t.Errorf("a name and one English word moved care out of Spanish: %+v", next.p.Flow.Care)
	}
}
