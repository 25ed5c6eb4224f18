package agent

import (
	"strings"
	"testing"
)

// TestAckHearsWhoAndWhat plays answers whose point is a person or a hard
// time: the one lost is named even when a pronoun tells of the death, a
// pet's death that is someone else's is theirs, who was there for the
// person through an illness or a loss is named, a feeling about one
// person names them (a pronoun resolved from the earlier answers), a
// diagnosis is a disclosure and not a plan, "i'm fine" said to everyone is
// heard as that, and answers of only not knowing are not said back.
func TestAckHearsWhoAndWhat(t *testing.T) {
	q := func(s string) Question { return Question{Text: s} }
	understood := q("Think of a conversation that left you feeling really understood. What did the other person do?")
	last := q("When did you last have a conversation with them that went beyond catching up?")
	way := q("What tends to get in the way of reaching out to them?")
	honest := q("How honest are you about your own ups and downs with the people close to you?")
	news := q("Think of a recent time someone had good or bad news. How did you respond?")
	reached := q("Who did you reach out to this week, and who reached out to you?")
	limit := q("Is there a limit you'd like someone to know about? How could you say it clearly and kindly?")
	alone := q("Was there a moment you felt alone, even with people around or online?")
	circle := q("Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?")
	readLong := q("When a friend sends you something long or personal, how do you usually read and answer it?")
	tests := []struct {
		q         Question
		earlier   []string
		answer    string
		want, not []string
	}{
		{understood, nil, "my grandad. he listened like nobody else. he died two winters ago and i still want to ring him", []string{"your grandad"}, []string{"your loss"}},
		{news, nil, "my neighbours cat died so i baked her some biscuits and sat with her a bit", []string{"your neighbour's cat"}, nil},
		{understood, nil, "when my mum had her operation my flatmate Juno stayed with me all evening and made tea", []string{"your mum", "Juno", "stayed with you"}, nil},
		{last, nil, "the week our dad died, my brother Idris and i sat up all night going through old photos", []string{"your dad", "Idris"}, nil},
		{way, []string{"my old teammate Rosa", "ages ago"}, "i worry she's moved on and wouldn't want to hear from me", []string{"Rosa"}, nil},
		{reached, nil, "nobody really. Theo called and i let it ring out", []string{"Theo"}, nil},
		{honest, nil, "pretty closed off. i got diagnosed with endometriosis in spring and nobody at work knows", []string{"diagnosis"}, []string{"doable", "hope"}},
		{honest, nil, "i keep meaning to tell my brother about the diagnosis i got and then we talk football", []string{"diagnosis"}, []string{"doable"}},
		{honest, nil, "i just tell everyone i'm fine, even on the worst days", []string{"fine"}, nil},
		{readLong, nil, "i tell myself i'll reply properly tomorrow and then tomorrow never happens", []string{"properly"}, nil},
		{understood, nil, "cant think of any honestly", nil, []string{"_"}},
		{limit, nil, "nope, not really", nil, []string{"_"}},
		{alone, nil, "nah no, decent week actually", []string{"week"}, []string{"_"}},
		{circle, nil, "a few close ones. i relocated to glasgow in the spring and barely know anyone", []string{"Moving to Glasgow"}, []string{"_"}},
	}
	for _, tt := range tests {
		got := acknowledgeIn(tt.q, tt.answer, tt.earlier, 0)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q → %q, want %q in it", tt.answer, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%q → %q, want no %q", tt.answer, got, w)
			}
		}
		if len(got) > ackMax {
			t.Errorf("%q → %q: longer than %d", tt.answer, got, ackMax)
		}
	}
}
