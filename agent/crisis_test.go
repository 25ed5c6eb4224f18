package agent

import (
	"context"
	"strings"
	"testing"
	"time"
)

// noGuide is an empty guide: a crisis turn reads none of it.
type noGuide struct{}

func (noGuide) Search(string, int) []Section   { return nil }
func (noGuide) Section(string) (Section, bool) { return Section{}, false }
func (noGuide) Journeys() []Journey            { return nil }
func (noGuide) Plan() []PlanDay                { return nil }
func (noGuide) Principles() []Principle        { return nil }

// crisisTurn runs one private turn for someone in zone tz and returns it.
func crisisTurn(t *testing.T, a *Agent, tz, text, choice string) *turn {
	t.Helper()
	p := Person{ID: "test:kim", Profile: Profile{Timezone: tz, Created: time.Unix(1, 0)}}
	m := Message{Channel: "test", ChatID: "kim", Person: p.ID, Text: text, Choice: choice}
	tr := newTurn(a, m, p, time.Date(2026, 12, 4, 21, 0, 0, 0, time.UTC))
	tr.run(context.Background())
	return tr
}

func TestCrisisReplyBySituationAndPlace(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		name, tz, text string
		want           []string
		wantNot        []string
		helplinesID    string
	}{
		{"self in London", "Europe/London", "i just want to disappear forever",
			[]string{"glad you told me", "not a crisis service", "Samaritans", "116 123", "999"}, []string{"findahelpline"}, "crisis:helplines"},
		{"self in Berlin, in English", "Europe/Berlin", "I don't want to be alive anymore",
			[]string{"TelefonSeelsorge", "0800 111 0 111", "call 112"}, nil, "crisis:helplines"},
		{"self, zone unknown", "", "I wrote goodbye letters to my family",
			[]string{"findahelpline.com", "your local emergency number"}, []string{"Samaritans"}, "crisis:helplines"},
		{"abuse in London", "Europe/London", "my partner hits me when he drinks",
			[]string{"You don't deserve that", "isn't your fault", "get safe", "0808 2000 247", "999"}, []string{"Samaritans"}, "crisis:helplines"},
		{"someone else in New York", "America/New_York", "my friend says she wants to die",
			[]string{"looking out for them", "Ask them plainly", "988", "911"}, []string{"you deserve support"}, "crisis:helplines"},
		{"medical in Sydney", "Australia/Sydney", "my dad collapsed and he isn't breathing",
			[]string{"medical emergency", "call 000 now", "can't send help"}, []string{"Lifeline"}, "crisis:helplines"},
		{"Spanish in Madrid", "Europe/Madrid", "ya no quiero vivir, quiero matarme",
			[]string{"Me alegra mucho que me lo hayas contado", "No soy un servicio de crisis", "Línea 024", "llama ahora al 112"}, []string{"glad you told me"}, "crisis:helplines:es"},
		{"German in Vienna", "Europe/Vienna", "ich will mich umbringen",
			[]string{"Ich bin kein Krisendienst", "TelefonSeelsorge, 142", "die 112"}, nil, "crisis:helplines:de"},
		{"Turkish, zone unknown", "", "artık yaşamak istemiyorum",
			[]string{"kriz hattı değilim", "findahelpline.com"}, nil, "crisis:helplines:tr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := crisisTurn(t, a, tt.tz, tt.text, "")
			if len(tr.replies) != 1 {
				t.Fatalf("replies = %d, want one crisis reply: %+v", len(tr.replies), tr.replies)
			}
			r := tr.replies[0]
			for _, w := range tt.want {
				if !strings.Contains(r.Text, w) {
					t.Errorf("reply lacks %q:\n%s", w, r.Text)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(r.Text, w) {
					t.Errorf("reply has %q:\n%s", w, r.Text)
				}
			}
			if len(r.Choices) != 1 || r.Choices[0].ID != tt.helplinesID {
				// Nothing was on the go, so nothing to go back to.
				t.Errorf("choices = %+v, want %s alone", r.Choices, tt.helplinesID)
			}
			if tr.p.Flow.Care == nil {
				t.Error("care mode did not start")
			}
		})
	}
}

func TestShowHelplinesByPlace(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		tz, choice string
		want       []string
		wantNot    []string
	}{
		{"Europe/London", "crisis:helplines", []string{"Samaritans", "National Domestic Abuse Helpline", "In another country", "call 999"}, []string{"TelefonSeelsorge"}},
		{"Europe/Berlin", "crisis:helplines", []string{"TelefonSeelsorge", "Hilfetelefon", "116 016", "call 112"}, []string{"Samaritans"}},
		{"Europe/Madrid", "crisis:helplines:es", []string{"Personas con las que puedes hablar", "024", "016", "llama al 112"}, nil},
		{"Pacific/Nowhere", "crisis:helplines", []string{"Find A Helpline", "your local emergency number"}, []string{"In another country", "Samaritans"}},
	}
	for _, tt := range tests {
		t.Run(tt.tz, func(t *testing.T) {
			tr := crisisTurn(t, a, tt.tz, "", tt.choice)
			if len(tr.replies) != 1 {
				t.Fatalf("replies = %+v", tr.replies)
			}
			text := tr.replies[0].Text
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("list lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(text, w) {
					t.Errorf("list has %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestOperatorHelplinesWin(t *testing.T) {
	a := New(Options{Guide: noGuide{}, Safety: Safety{Helplines: []Helpline{
		{Name: "Samaritans", Contact: "call 0000 (test)", Country: "gb"},
		{Name: "Night Line", Contact: "0123", Country: "GB", Kind: "crisis", Hours: "8pm to 8am"},
		{Name: "Our Line", Contact: "https://example.org/help"},
	}}})
	tr := crisisTurn(t, a, "Europe/London", "i want to kill myself", "")
	if text := tr.replies[0].Text; !strings.Contains(text, "Night Line, 0123, 8pm to 8am") {
		t.Errorf("an added line does not come first:\n%s", text)
	}
	list := crisisTurn(t, a, "Europe/London", "", "crisis:helplines").replies[0].Text
	if !strings.Contains(list, "call 0000 (test)") || strings.Contains(list, "116 123") {
		t.Errorf("the configured Samaritans number did not replace the built-in one:\n%s", list)
	}
	other := crisisTurn(t, a, "", "i want to kill myself", "").replies[0].Text
	if !strings.Contains(other, "Our Line, https://example.org/help") {
		t.Errorf("a line without a country is not used where the country is unknown:\n%s", other)
	}
}

// TestCrisisNeverReachesTheModel checks that a crisis message returns
// before any model hook: the model is not called, whatever flow was on.
func TestCrisisNeverReachesTheModel(t *testing.T) {
	llm := replies("Hey Sam, how are you?")
	a := New(Options{Guide: noGuide{}, Model: ModelOptions{LLM: llm, Timeout: time.Second}})
	p := Person{ID: "test:kim", Profile: Profile{Created: time.Unix(1, 0)}}
	for _, text := range []string{"draft a check-in to Sam, my old college friend", "i want to kill myself", "quiero matarme", "my friend took a whole bottle of pills and won't wake up"} {
		m := Message{Channel: "test", ChatID: "kim", Person: p.ID, Text: text}
		tr := newTurn(a, m, p, time.Date(2026, 12, 4, 21, 0, 0, 0, time.UTC))
		before := len(llm.calls)
		tr.run(context.Background())
		p = tr.p
		if strings.Contains(text, "draft") {
			continue
		}
		if len(llm.calls) != before {
			t.Errorf("%q: the model was called %d times", text, len(llm.calls)-before)
		}
		for _, c := range llm.calls {
			if strings.Contains(c.user, text) {
				t.Errorf("%q was sent to the model", text)
			}
		}
	}
}

// Care mode after a crisis reply in another language keeps its helplines
// in that language: the button's label, and the list it shows.
func TestCareHelplinesKeepTheCrisisLanguage(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	first := crisisTurn(t, a, "Europe/Madrid", "ya no quiero vivir", "")
	if c := first.p.Flow.Care; c == nil || c.Lang != "es" {
		t.Fatalf("care state = %+v, want Spanish", first.p.Flow.Care)
	}
	m := Message{Channel: "test", ChatID: "kim", Person: first.p.ID, Text: "gracias"}
	next := newTurn(a, m, first.p, first.now.Add(time.Minute))
	next.run(context.Background())
	var help *Choice
	for _, r := range next.replies {
		for i, c := range r.Choices {
			if strings.HasPrefix(c.ID, "crisis:helplines") {
				help = &r.Choices[i]
			}
		}
	}
	if help == nil || help.ID != "crisis:helplines:es" || help.Label == "Show helplines" {
		t.Fatalf("care reply's helplines choice = %+v, want the Spanish one", help)
	}
	list := crisisTurn(t, a, "Europe/Madrid", "", help.ID)
	if len(list.replies) == 0 || !strings.Contains(list.replies[0].Text, "024") {
		t.Errorf("the list = %+v, want Spain's lines", list.replies)
	}
}
