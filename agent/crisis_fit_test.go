package agent

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent/safety"
)

// talk runs a private conversation, one turn per message (a message
// starting "choice:" presses that choice id), for someone in zone tz,
// and returns every turn.
func talk(t *testing.T, a *Agent, tz string, msgs ...string) []*turn {
	t.Helper()
	p := Person{ID: "test:kim", Profile: Profile{Timezone: tz, Created: time.Unix(1, 0)}}
	now := time.Date(2026, 12, 4, 21, 0, 0, 0, time.UTC)
	var out []*turn
	for _, text := range msgs {
		m := Message{Channel: "test", ChatID: "kim", Person: p.ID, Text: text}
		if id, ok := strings.CutPrefix(text, "choice:"); ok {
			m.Text, m.Choice = "", id
		}
		tr := newTurn(a, m, p, now)
		tr.run(context.Background())
		out = append(out, tr)
		p, now = tr.p, now.Add(time.Minute)
	}
	return out
}

func lastText(tr *turn) string {
	if len(tr.replies) == 0 {
		return ""
	}
	return tr.replies[len(tr.replies)-1].Text
}

func replyChoices(tr *turn) []Choice {
	var cs []Choice
	for _, r := range tr.replies {
		cs = append(cs, r.Choices...)
	}
	return cs
}

func containsAll(t *testing.T, what, text string, want, wantNot []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, text)
		}
	}
	for _, w := range wantNot {
		if strings.Contains(text, w) {
			t.Errorf("%s has %q:\n%s", what, w, text)
		}
	}
}

// TestOtherReplyFitsReach: what helps someone worried about another
// person depends on whether that person can be reached.
func TestOtherReplyFitsReach(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		name, text    string
		want, wantNot []string
	}{
		{"not picking up", "my mate messaged that he's going to kill himself and now he won't pick up",
			[]string{"check on them at their address", "go round", "keep trying", "911"}, []string{"stay with them", "If they're in danger right now"}},
		{"blocked", "my cousin says she wants to die and she just blocked me on everything",
			[]string{"check on them at their address", "go round"}, []string{"stay with them"}},
		{"phone off", "my boyfriend said he wants to end his life and his mobile has been switched off all evening",
			[]string{"check on them at their address"}, []string{"stay with them"}},
		{"online", "someone in our group chat just said they're going to kill themselves",
			[]string{"report", "where they are", "ask plainly"}, []string{"go round", "stay with them"}},
		{"with them", "my roommate is sitting here next to me saying she wants to die",
			[]string{"stay with them", "Ask them plainly", "If they're in danger right now, call 911"}, []string{"go round", "report"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := safety.Detect(tt.text); r.Situation != safety.Other {
				t.Skipf("the safety rules read %q as %v, not someone else at risk", tt.text, r.Situation)
			}
			tr := crisisTurn(t, a, "America/Chicago", tt.text, "")
			containsAll(t, "reply", lastText(tr), tt.want, tt.wantNot)
		})
	}
}

// TestReachCues reads the cues without the safety rules in between.
func TestReachCues(t *testing.T) {
	tests := []struct {
		text         string
		away, online bool
	}{
		{"she hasn't been replying since this morning", true, false},
		{"his phone keeps going straight to voicemail", true, false},
		{"i can't get hold of her", true, false},
		{"he ghosted me after that", true, false},
		{"they unfriended me", true, false},
		{"we don't know where he went", true, false},
		{"she posted it on instagram", false, true},
		{"a guy on the server said it", false, true},
		{"she posted a goodbye and now she's offline", true, true},
		{"her mobile just goes to voicemail", true, false},
		{"she is sitting with me", false, false},
		{"he answered and we're talking", false, false},
	}
	for _, tt := range tests {
		got := readReach(tt.text, "en")
		if got.away != tt.away || got.online != tt.online {
			t.Errorf("readReach(%q) = %+v, want away %v online %v", tt.text, got, tt.away, tt.online)
		}
	}
}

// TestMedicalLinesFitWhoAndWhat: only the lines for whose emergency it
// is, and for what happened.
func TestMedicalLinesFitWhoAndWhat(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		name, text    string
		want, wantNot []string
	}{
		{"someone else collapsed", "my grandad has collapsed and he's not breathing",
			[]string{"call 999", "CPR", "Stay with them"}, []string{"unlock the door", "If it's you", "took", "taken"}},
		{"the speaker took something", "i've swallowed all my sleeping tablets",
			[]string{"unlock the door", "what you took"}, []string{"Stay with them", "If it's someone else", "CPR"}},
		{"a seizure", "my daughter is having a seizure right now",
			[]string{"hold them down", "how long it lasts"}, []string{"unlock the door", "took", "taken"}},
		{"someone else took something", "my flatmate took way too many pills and i can't wake him",
			[]string{"what they took", "CPR"}, []string{"unlock the door", "what you took"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := safety.Detect(tt.text); r.Situation != safety.Medical {
				t.Skipf("the safety rules read %q as %v, not a medical emergency", tt.text, r.Situation)
			}
			tr := crisisTurn(t, a, "Europe/London", tt.text, "")
			containsAll(t, "reply", lastText(tr), tt.want, tt.wantNot)
		})
	}
}

// TestReadMedical reads who and what without the safety rules.
func TestReadMedical(t *testing.T) {
	tests := []struct {
		text string
		who  medicalWho
		what medicalWhat
	}{
		{"my brother fell off a ladder and there's blood everywhere", medicalOther, medicalWhat{fall: true, bleeding: true}},
		{"i overdosed on my meds", medicalSelf, medicalWhat{taken: true}},
		{"she stopped breathing", medicalOther, medicalWhat{breathing: true}},
		{"i cut too deep and it won't stop bleeding", medicalSelf, medicalWhat{bleeding: true}},
		{"call an ambulance", medicalUnknown, medicalWhat{}},
		{"i swallowed a handful of my sleeping pills and my heart is pounding", medicalSelf, medicalWhat{taken: true}},
	}
	for _, tt := range tests {
		who, what := readMedical(tt.text, "en")
		if who != tt.who || what != tt.what {
			t.Errorf("readMedical(%q) = %v %+v, want %v %+v", tt.text, who, what, tt.who, tt.what)
		}
	}
}

// TestCrisisBackNamesWhatWasOnTheGo: the crisis reply's second button
// says what it goes back to, goes back to it, and is not there when
// nothing was on the go.
func TestCrisisBackNamesWhatWasOnTheGo(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	trs := talk(t, a, "", "/draft", "Priya, my neighbour", "honestly i just want to die")
	cs := replyChoices(trs[2])
	if len(cs) != 2 || cs[1].Label != "Back to the message to Priya" {
		t.Fatalf("crisis choices = %+v, want a button back to the message to Priya", cs)
	}
	trs = talk(t, a, "", "/draft", "Priya, my neighbour", "honestly i just want to die", "choice:"+cs[1].ID)
	if back := trs[3]; back.p.Flow.Name != flowDraft || back.p.Flow.Care != nil {
		t.Errorf("pressing it: flow %q, care %+v; want the draft back and care mode over", back.p.Flow.Name, back.p.Flow.Care)
	}
	es := talk(t, a, "Europe/Madrid", "/draft", "Priya, my neighbour", "ya no quiero vivir")
	if cs := replyChoices(es[2]); len(cs) != 2 || !strings.HasPrefix(cs[1].Label, "Volver al mensaje") || cs[1].ID != "crisis:later:es" {
		t.Errorf("Spanish crisis choices = %+v, want the Spanish button back", cs)
	}
	if cs := replyChoices(talk(t, a, "", "i'd rather not exist anymore")[0]); len(cs) != 1 {
		t.Errorf("nothing on the go, choices = %+v, want helplines alone", cs)
	}
}

// TestCareSaysWhatWasPutAside: asked what was going on before, care mode
// says what the crisis put aside and does not go back to it.
func TestCareSaysWhatWasPutAside(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	trs := talk(t, a, "", "/draft", "Priya, my neighbour", "honestly i just want to die", "sorry, where were we")
	last := trs[3]
	containsAll(t, "reply", lastText(last), []string{"a message to Priya", "aside", "How are you"}, []string{"Welcome back"})
	if last.p.Flow.Name != "" || last.p.Flow.Care == nil {
		t.Errorf("flow %q, care %+v: want care mode on and nothing resumed", last.p.Flow.Name, last.p.Flow.Care)
	}
	if tr := talk(t, a, "", "/draft", "Priya, my neighbour", "honestly i just want to die", "hmm where was i")[3]; !strings.Contains(lastText(tr), "a message to Priya") {
		t.Errorf("where was i: %q", lastText(tr))
	}
	none := talk(t, a, "", "honestly i just want to die", "what was i doing again")
	containsAll(t, "reply", lastText(none[1]), []string{"weren't in the middle of anything", "How are you"}, nil)
}

// TestCareWhyNamesTheWorry: "what do you mean" after a crisis reply gets
// what worried the companion, by situation, and a question how they are.
func TestCareWhyNamesTheWorry(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		crisis, ask, want string
	}{
		{"i'd rather not exist anymore", "wait why did you send me that", "hurting yourself"},
		{"i'd rather not exist anymore", "what??", "hurting yourself"},
		{"i'd rather not exist anymore", "um i don't get it", "hurting yourself"},
		{"my husband hits me when he's angry", "what are you on about", "at home"},
		{"my friend says she wants to die", "why the helplines?", "someone you care about"},
		{"i'd rather not exist anymore", "wtf", "hurting yourself"},
	}
	for _, tt := range tests {
		trs := talk(t, a, "", tt.crisis, tt.ask)
		containsAll(t, tt.ask, lastText(trs[1]), []string{tt.want, "How are you doing"}, []string{"Say as much or as little"})
		if trs[1].p.Flow.Care == nil {
			t.Errorf("%q ended care mode", tt.ask)
		}
	}
}

// TestCareRiskGoesOn: a message that carries the warning sign on gets an
// answer to it and a plain question, not the stock listening line.
func TestCareRiskGoesOn(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	const crisis = "i'd rather not exist anymore"
	risky := []string{
		"please make sure my brother knows i'm sorry",
		"i need my parents to know how much i loved them",
		"can someone look after my dogs",
		"i just want all of this to stop",
		"tonight probably",
		"i'll do it when everyone is asleep",
		"i've got the rope ready",
		"i wish i could sleep and never wake up",
		"at 3am",
		"my mind is made up",
	}
	for _, text := range risky {
		trs := talk(t, a, "Europe/London", crisis, text)
		last := trs[1]
		containsAll(t, text, lastText(last), []string{"ending your life", "safe right now"}, []string{"Say as much or as little"})
		if cs := replyChoices(last); len(cs) == 0 || cs[0].ID != "crisis:helplines" {
			t.Errorf("%q: choices %+v, want the helplines first", text, cs)
		}
	}
	calm := []string{"i'm not going to do anything tonight", "i had some toast", "my dog is asleep on my lap",
		"i just want to vanish on a beach for a fortnight", "got my tablets here, should i have them after breakfast",
		"i've said goodbye to my coworkers, tomorrow is my last day at the office"}
	for _, text := range calm {
		if k := careRiskKind(text); k != riskNone {
			t.Errorf("careRiskKind(%q) = %q, want none", text, k)
		}
	}
}

// TestCareBareAckTakesNoOffer: a bare "ok" takes up an offer only when
// the last reply asked it as a question.
func TestCareBareAckTakesNoOffer(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	trs := talk(t, a, "", "i'd rather not exist anymore", "thank you so much", "okay")
	if !strings.Contains(replyChoicesLabels(trs[1]), "Help me write") {
		t.Fatalf("the thanks reply offers no writing: %q", replyChoicesLabels(trs[1]))
	}
	if c := trs[2].p.Flow.Care; c == nil || c.Step != "" || strings.Contains(lastText(trs[2]), "Who would you like") {
		t.Errorf("a bare ok took up the offer: %q", lastText(trs[2]))
	}
	asked := talk(t, a, "", "i'd rather not exist anymore", "who could i even tell", "alright")
	if c := asked[2].p.Flow.Care; c == nil || c.Step != careStepWho {
		t.Errorf("ok after the question whether to write: %q, want whom to write to", lastText(asked[2]))
	}
}

func replyChoicesLabels(tr *turn) string {
	var ls []string
	for _, c := range replyChoices(tr) {
		ls = append(ls, c.Label)
	}
	return strings.Join(ls, "|")
}

// TestOtherOutOfReachEveryLanguage: the parts for someone out of reach,
// and online, come in every language the crisis reply speaks.
func TestOtherOutOfReachEveryLanguage(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		lang, away, online string
	}{
		{"es", "mi hermano me escribió que se quiere suicidar y ya no me contesta", "una chica del grupo de discord escribió que se quiere matar"},
		{"de", "meine schwester hat geschrieben, dass sie sich umbringen will, und jetzt ist ihr handy aus", "jemand aus meinem gruppenchat schreibt, dass er sich umbringen will"},
		{"fr", "ma sœur m'a écrit qu'elle veut se suicider et maintenant elle ne répond plus", "quelqu'un sur discord a écrit qu'il veut se suicider"},
		{"pt", "meu irmão disse que quer se matar e agora não atende", "uma menina do grupo postou que quer se matar"},
		{"it", "mio fratello ha detto che vuole uccidersi e adesso ha il telefono spento", "un ragazzo su discord ha scritto che vuole uccidersi"},
		{"nl", "mijn broer zei dat hij zelfmoord wil plegen en nu neemt hij niet op", "iemand in de groepschat zegt dat hij zelfmoord wil plegen"},
		{"pl", "mój brat napisał, że chce się zabić, i teraz nie odbiera", "ktoś na discordzie napisał na grupie, że chce się zabić"},
		{"tr", "kardeşim kendini öldürmek istediğini söyledi ve şimdi telefonu açmıyor", "discord'da biri kendini öldürmek istediğini paylaştı"},
		{"ja", "友達が死にたいと言っていて、今は電話がつながらない", "ネットの友達が死にたいと投稿していた"},
	}
	for _, tt := range tests {
		if r := readReach(tt.away, tt.lang); !r.away {
			t.Errorf("%s: %q is not read as out of reach", tt.lang, tt.away)
		}
		if r := readReach(tt.online, tt.lang); !r.online {
			t.Errorf("%s: %q is not read as online", tt.lang, tt.online)
		}
		for _, text := range []string{tt.away, tt.online} {
			r := safety.Detect(text)
			if r.Situation != safety.Other || r.Lang != tt.lang {
				t.Errorf("%s: the safety rules read %q as %v in %q", tt.lang, text, r.Situation, r.Lang)
				continue
			}
			w := reachTexts[tt.lang]
			want := w.Away
			if text == tt.online {
				want = w.Online
			}
			if got := lastText(crisisTurn(t, a, "", text, "")); !strings.Contains(got, want) {
				t.Errorf("%s: %q got\n%s", tt.lang, text, got)
			}
		}
	}
	for lang := range reachTexts {
		if _, ok := safety.WordsFor(lang); !ok {
			t.Errorf("reach words for %q, a language the crisis reply does not speak", lang)
		}
	}
	for _, lang := range safety.ReplyLanguages() {
		w, ok := reachTexts[lang]
		if !ok || w.Away == "" || w.Online == "" || w.AwayOnline == "" || !strings.Contains(w.EmergencyAway, "%s") || !strings.Contains(w.EmergencyOnline, "%s") {
			t.Errorf("reach words for %q missing or incomplete", lang)
		}
		if _, ok := backWords[lang]; !ok {
			t.Errorf("no button back for %q", lang)
		}
	}
}

// TestReachCuesWordOrder: the cues hold with the subject after the verb.
func TestReachCuesWordOrder(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"nl", "sinds gisteren reageert ze niet meer"},
		{"de", "seit heute morgen geht sie nicht ran"},
		{"de", "er meldet sich nicht"},
	} {
		if !readReach(tt.text, tt.lang).away {
			t.Errorf("%s: %q is not read as out of reach", tt.lang, tt.text)
		}
	}
}

// TestMedicalLinesEveryLanguage: where the lines for who and what are
// written, a message in that language gets them; every language with
// lines has them all.
func TestMedicalLinesEveryLanguage(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		lang, other, self string
	}{
		{"es", "mi abuela se ha desmayado y no respira", "me he tomado todas las pastillas"},
		{"de", "mein opa ist zusammengebrochen und atmet nicht", "ich habe alle meine tabletten genommen"},
		{"fr", "mon grand-père s'est effondré et ne respire plus", "j'ai avalé toutes mes pilules"},
		{"pt", "meu avô desmaiou e não está respirando", "tomei todos os comprimidos"},
		{"it", "mio nonno è svenuto e non respira", "ho preso tutte le pastiglie"},
	}
	for _, tt := range tests {
		if who, what := readMedical(tt.other, tt.lang); who != medicalOther || !what.breathing {
			t.Errorf("%s: %q read as %v %+v, want someone else not breathing", tt.lang, tt.other, who, what)
		}
		if who, what := readMedical(tt.self, tt.lang); who != medicalSelf || !what.taken {
			t.Errorf("%s: %q read as %v %+v, want the speaker, something taken", tt.lang, tt.self, who, what)
		}
		w := medicalTexts[tt.lang]
		for _, c := range []struct{ text, want, wantNot string }{{tt.other, w.Breathing, w.Self}, {tt.self, w.SelfTaken, w.With}} {
			r := safety.Detect(c.text)
			if r.Situation != safety.Medical || r.Lang != tt.lang {
				t.Errorf("%s: the safety rules read %q as %v in %q", tt.lang, c.text, r.Situation, r.Lang)
				continue
			}
			got := lastText(crisisTurn(t, a, "", c.text, ""))
			containsAll(t, tt.lang+" reply", got, []string{c.want}, []string{c.wantNot})
		}
	}
	for lang, w := range medicalTexts {
		if _, ok := medicalRules[lang]; !ok {
			t.Errorf("lines for %q but no cues to choose them", lang)
		}
		for _, line := range []string{w.Self, w.SelfTaken, w.SelfTell, w.With, w.Taken, w.Breathing, w.Fall, w.Bleeding, w.Seizure} {
			if line == "" {
				t.Errorf("%q lacks a medical line: %+v", lang, w)
			}
		}
	}
}

// TestCareRiskGoesOnEveryLanguage: care mode in another language answers
// a message that carries the risk on with the plain question, in it.
func TestCareRiskGoesOnEveryLanguage(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		lang, tz, crisis, risky, calm string
	}{
		{"es", "Europe/Madrid", "ya no quiero vivir", "diles a mis hermanos que los quiero", "he comido un poco"},
		{"de", "Europe/Berlin", "ich will nicht mehr leben", "ich will einfach nur verschwinden", "ich habe etwas gegessen"},
		{"fr", "Europe/Paris", "je veux mourir", "j'ai écrit des lettres d'adieu", "j'ai mangé un peu"},
		{"pt", "America/Sao_Paulo", "eu quero morrer", "só quero sumir", "comi alguma coisa"},
		{"it", "Europe/Rome", "voglio morire", "voglio solo sparire", "ho mangiato qualcosa"},
		{"nl", "Europe/Amsterdam", "ik wil dood", "ik wil gewoon verdwijnen", "ik heb wat gegeten"},
		{"pl", "Europe/Warsaw", "chcę umrzeć", "chcę po prostu zniknąć", "zjadłem coś"},
		{"tr", "Europe/Istanbul", "ölmek istiyorum", "bu gece", "biraz yemek yedim"},
		{"ja", "Asia/Tokyo", "死にたい", "もう消えたい", "ごはんを食べた"},
		{"ja", "Asia/Tokyo", "死にたい", "今夜", "ごはんを食べた"},
		{"es", "Europe/Madrid", "ya no quiero vivir", "esta noche", "he comido un poco"},
	}
	for _, tt := range tests {
		trs := talk(t, a, tt.tz, tt.crisis, tt.risky)
		if c := trs[0].p.Flow.Care; c == nil || c.Lang != tt.lang || c.Situation != "self" {
			t.Errorf("%s: %q did not start care mode in %s: %+v", tt.lang, tt.crisis, tt.lang, c)
			continue
		}
		want := fmt.Sprintf(careRiskLang[tt.lang].reply, trs[1].emergencyIn(tt.lang))
		if got := lastText(trs[1]); got != want {
			t.Errorf("%s: %q got\n%s\nwant\n%s", tt.lang, tt.risky, got, want)
		}
		calm := talk(t, a, tt.tz, tt.crisis, tt.calm)
		if got := lastText(calm[1]); strings.Contains(got, "%") || got == fmt.Sprintf(careRiskLang[tt.lang].reply, calm[1].emergencyIn(tt.lang)) {
			t.Errorf("%s: %q got the question meant for the risk going on", tt.lang, tt.calm)
		}
	}
	for _, lang := range safety.ReplyLanguages() {
		if _, ok := careRiskLang[lang]; !ok && lang != "en" {
			t.Errorf("no words for the risk going on in %q", lang)
		}
	}
}

// TestCareWhyEveryLanguage: "what do you mean?" after a crisis reply in
// another language is answered in it, by situation.
func TestCareWhyEveryLanguage(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		lang, tz, crisis, ask string
	}{
		{"es", "Europe/Madrid", "ya no quiero vivir", "¿a qué te refieres?"},
		{"de", "Europe/Berlin", "ich will nicht mehr leben", "wie meinst du das?"},
		{"fr", "Europe/Paris", "je veux mourir", "tu veux dire quoi ?"},
		{"pt", "America/Sao_Paulo", "eu quero morrer", "como assim?"},
		{"it", "Europe/Rome", "voglio morire", "in che senso?"},
		{"nl", "Europe/Amsterdam", "ik wil dood", "hoe bedoel je?"},
		{"pl", "Europe/Warsaw", "chcę umrzeć", "o co ci chodzi?"},
		{"tr", "Europe/Istanbul", "ölmek istiyorum", "ne demek istiyorsun?"},
		{"ja", "Asia/Tokyo", "死にたい", "どういう意味？"},
	}
	for _, tt := range tests {
		trs := talk(t, a, tt.tz, tt.crisis, tt.ask)
		if c := trs[0].p.Flow.Care; c == nil || c.Lang != tt.lang {
			t.Errorf("%s: %q did not start care mode in %s", tt.lang, tt.crisis, tt.lang)
			continue
		}
		w := careWhyLang[tt.lang]
		if got := lastText(trs[1]); !strings.Contains(got, w.self) || !strings.Contains(got, w.ask) {
			t.Errorf("%s: %q got %q", tt.lang, tt.ask, got)
		}
	}
	for _, lang := range safety.ReplyLanguages() {
		w, ok := careWhyLang[lang]
		if lang != "en" && (!ok || w.self == "" || w.abuse == "" || w.other == "" || w.medical == "" || w.ask == "") {
			t.Errorf("no words for %q to say what worried the companion", lang)
		}
	}
}
