package agent

import (
	"strings"
	"testing"
)

// TestAcknowledgeSaysThePointAndTheFeeling checks acknowledgements that
// name a feeling together with what it is about, and the readings that
// decide whose it is: a short answer and the feeling after it, a
// comparison, someone else's loss or illness, a pronoun named from an
// earlier answer, a pet, a put-down left out.
func TestAcknowledgeSaysThePointAndTheFeeling(t *testing.T) {
	q := func(text string) Question { return Question{Text: text} }
	energy := q("Which places, online or off, leave you with energy rather than drained: a group chat, a forum, calls, meeting in person?")
	worse := q("Which online spaces, chats or habits leave you feeling worse afterwards?")
	kind := q("What kind of connection would make the biggest difference to you right now: a close friend, or people who share a hobby?")
	meaning := q("What would you like them to know about what they mean to you?")
	news := q("Think of a recent time someone had good or bad news. How did you respond?")
	week := q("Which conversation or moment with someone this week left you feeling good?")
	tests := []struct {
		q             Question
		answer        string
		earlier       []string
		must, mustNot []string
	}{
		{energy, "board games night 100%. video calls make me so anxious i dread them", nil,
			[]string{"board games night", "video calls"}, []string{"100%"}},
		{kind, "honestly a running club. i moved to bristol in june and i know like nobody", nil,
			[]string{"running club", "moved", "lonely"}, []string{"like nobody"}},
		{worse, "pinterest. everyone i went to school with is buying a house and im still renting a box room", nil,
			[]string{"comparing", "Pinterest"}, []string{"proud"}},
		{worse, "tiktok, then i spiral. i stalked my ex's new partner like an idiot", nil, nil, []string{"idiot"}},
		{news, "when my flatmate joes dad died i cooked for him and sat up with him all night", nil,
			[]string{"Joe's dad", "there for"}, []string{"sorry about Dad", "there for you"}},
		{q("What tends to get in the way of reaching out to them?"), "i dont want to bother her, shes got so much on since her surgery", nil,
			[]string{"her surgery", "bother"}, []string{"trusting me"}},
		{meaning, "that she was the one who got me through my exams", []string{"my aunt rosa", "at easter"},
			[]string{"Rosa"}, []string{"_That she"}},
		{meaning, "that im proud of her. she went back to college at 50", nil,
			[]string{"proud of her", "college"}, []string{"nobody close"}},
		{week, "honestly nothing stands out. it was fine i guess. our dog died on friday", nil,
			[]string{"your dog"}, []string{"fine", "great week"}},
		{week, "went to a climbing taster on my own and ended up chatting to two people after", nil,
			[]string{"on your own"}, []string{"lonely"}},
		{energy, "i prefer voice notes to calls. they feel less intense. is that odd?", nil,
			[]string{"not odd", "voice notes"}, []string{"is that odd"}},
		{q("Is there a limit you'd like someone to know about?"), "i dont want to be asked about the funeral every time i visit", nil,
			[]string{"sorry", "makes sense that you don't want to be asked"}, nil},
		{q("When a friend sends you something long or personal, how do you usually read and answer it?"),
			"i open it at work, forget to answer for a week, then its weird. i feel so bad", nil,
			[]string{"forget", "harder to send", "bad"}, []string{"its weird", "_"}},
		{q("How honest are you about your own ups and downs with the people close to you?"),
			"very honest with my best mate, not at all with my mum. she worries about everything", nil,
			[]string{"best mate", "your mum"}, []string{"your worry", "worry is very common"}},
		{q("Think of a conversation that left you feeling really understood. What did the other person do?"),
			"my cousin after my divorce, she rang every sunday and never gave advice", nil,
			[]string{"sorry", "your cousin rang every Sunday"}, []string{"_She"}},
		{q("When are you happy to be reached, and when do you need to be left alone?"), "weekends are fine. mornings im useless lol", nil,
			nil, []string{"useless", "can change", "hard on yourself"}},
	}
	for _, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			got := acknowledgeIn(tt.q, tt.answer, tt.earlier, 0)
			low := strings.ToLower(got)
			for _, w := range tt.must {
				if !strings.Contains(low, strings.ToLower(w)) {
					t.Errorf("acknowledgeIn(%q) = %q, want it to say %q", tt.answer, got, w)
				}
			}
			for _, w := range tt.mustNot {
				if strings.Contains(low, strings.ToLower(w)) {
					t.Errorf("acknowledgeIn(%q) = %q, must not say %q", tt.answer, got, w)
				}
			}
			if len(got) > ackMax {
				t.Errorf("acknowledgeIn(%q) = %q, longer than %d bytes", tt.answer, got, ackMax)
			}
		})
	}
}
