package agent

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestExtractNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"my sister Ana, and Tom from my old job", []string{"Ana", "Tom"}},
		{"Sam is my best friend.", []string{"Sam"}},
		{"I think Mum, and maybe Grandma", []string{"Mum", "Grandma"}},
		{"my mum and my dad", nil},
		{"Hi! I met Zoë on Monday in March", []string{"Zoë"}},
		{"Tom from Leeds and Priya", []string{"Tom", "Priya"}},
		{"Ana's birthday. Ana again", []string{"Ana"}},
		{"I don't know. Can I skip?", nil},
		{"The people at work. Honestly nobody", nil},
		{"we chat on WhatsApp and Instagram", nil},
		{"OK BFF LOL", nil},
		{"ana and tom", nil},
		{"Jean-Luc, Mary and O'Brien", []string{"Jean-Luc", "Mary", "O'Brien"}},
		{"Talking to Sam about the film", []string{"Sam"}},
		{"Mrs Jones next door and Dr Okafor", []string{"Mrs Jones", "Dr Okafor"}},
		{"Aunt May, and my Uncle", []string{"Aunt May"}},
		{"Luckily Jo called. Ed too", []string{"Jo", "Ed"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ExtractNames(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("ExtractNames(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAcknowledge(t *testing.T) {
	who := Question{Text: "Who are one, two or three people you'd like to feel closer to?"}
	way := Question{Text: "What tends to get in the way of reaching out to them?"}
	good := Question{Text: "Which conversation or moment with someone this week left you feeling good?"}
	limit := Question{Text: "Is there a limit you'd like someone to know about?"}
	step := Question{Text: "What is one small way you could be in touch with them this week?"}
	seek := Question{Text: "What kind of connection would help most: a close friend, or people who share a hobby?"}
	long := "I think it's mostly that I worry I'll be bothering them because everyone seems so busy with their own lives and families"
	tests := []struct {
		name    string
		q       Question
		answer  string
		variant int
		want    []string // all must appear
		not     []string // none may appear
	}{
		{"two names", who, "my sister Ana, and Tom from my old job", 0,
			[]string{"Ana and Tom — family and an old colleague, two different kinds of closeness."}, nil},
		{"two names other variant", who, "my sister Ana, and Tom from my old job", 1, []string{"Ana and Tom"}, []string{"family"}},
		{"two names same role", who, "my cousin Lee and my brother Sam", 0, []string{"Lee and Sam"}, []string{"family and family"}},
		{"three names", who, "Ana, Tom and Lee", 1, []string{"Ana, Tom and Lee"}, nil},
		{"one name", who, "probably Sam", 0, []string{"Sam"}, nil},
		{"unsure", way, "idk", 0, []string{"fair answer"}, []string{"idk"}},
		{"filler after a feeling", way, "I feel a bit guilty about it honestly", 0, []string{"weighing on you"}, []string{"honestly"}},
		{"unsure variant", way, "not sure", 1, []string{"Not knowing"}, nil},
		{"nobody", who, "nobody really", 0, []string{"honest"}, nil},
		{"feeling", way, "I usually feel drained after group chats", 0, []string{"tiring"}, []string{"drained after"}},
		{"feeling first person", way, "I get anxious when my messages go unanswered", 0, []string{"stressful"}, []string{" my "}},
		{"good feeling", good, "I felt really understood by my cousin", 0, []string{"understood by your cousin"}, nil},
		{"short obstacle", way, "time, mostly", 0, []string{"time"}, []string{"_"}},
		{"short good", good, "a long walk with Dad", 0, []string{"Dad"}, nil},
		{"short limit", limit, "no calls after 9pm", 0, []string{"after 9pm", "line"}, []string{"_"}},
		{"long", way, long, 0, []string{"a bother"}, []string{"everyone seems", "I worry"}},
		{"long other variant", way, long, 1, []string{"no room for you"}, nil},
		{"long without a feeling", way, "mostly that everyone has moved to different cities and we never manage to find a weekend that works for all of us", 0,
			[]string{"_Mostly that everyone has moved to different cities and you never manage to find a weekend that works for all of you_"}, nil},
		{"cringe is not meaning a lot", good, "My colleague Fatima told me she was pregnant and I said congrats and then immediately started talking about my own sister's pregnancy. I cringed afterwards.", 0,
			// Fatima is named with the feeling (who it stung with), never
			// her news said back or cheered.
			[]string{"stung", "with Fatima"}, []string{"meant a lot", "pregnan", "lovely news"}},
		{"fillers are not echoed", seek, "people who actually ask questions back lol. and who dont flake", 0,
			[]string{"_people who actually ask questions back, and who don't flake_"}, []string{"lol"}},
		{"a death is answered first", good, "That I'm proud of Michael, and that Dorothy's friendship kept me going after Harold died.", 0,
			[]string{"sorry about Harold"}, nil},
		{"a disclosure", way, "not very. I'm the one everyone comes to, I don't really tell people when I'm struggling", 0,
			[]string{"Thank you for telling me"}, []string{"not very"}},
		{"grandma is a person too", who, "My grandma, she raised me basically. And my best friend Tariq who I've known since primary school.", 0,
			[]string{"Your grandma and Tariq"}, nil},
		{"markup stripped", limit, "*no* _calls_ [ever]", 0, []string{"_No calls ever_"}, []string{"*", "["}},
		{"names outside a who question", good, "a call with Ana in the summer, we talked for two hours", 0,
			[]string{"A call with Ana"}, []string{"_"}},
		{"name alone outside a who question", good, "Ana, obviously", 0, []string{"Ana"}, []string{"_"}},
		{"step", step, "send Tom a message", 1, []string{"Send Tom a message:", "doable step"}, []string{"_"}},
		{"who without names", who, "people from my climbing club", 0, []string{"_People from your climbing club_", "in mind"}, nil},
		{"hobby is not who", seek, "someone who listens without judging", 0, []string{"listened to without being judged"}, []string{"in mind", "_"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Acknowledge(tt.q, tt.answer, tt.variant)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("Acknowledge(%q) = %q, want it to contain %q", tt.answer, got, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("Acknowledge(%q) = %q, must not contain %q", tt.answer, got, w)
				}
			}
			assertAck(t, got)
		})
	}
}

func assertAck(t *testing.T, got string) {
	t.Helper()
	if got == "" || len(got) > ackMax {
		t.Errorf("ack %q has %d bytes, want 1..%d", got, len(got), ackMax)
	}
	if !utf8.ValidString(got) || strings.Contains(got, "\n") || strings.Contains(got, "  ") {
		t.Errorf("ack %q is not one clean line", got)
	}
	for _, generic := range []string{"Great!", "Awesome", "Amazing!", "{", "}"} {
		if strings.Contains(got, generic) {
			t.Errorf("ack %q contains %q", got, generic)
		}
	}
	if strings.Count(got, "_")%2 != 0 {
		t.Errorf("ack %q has unbalanced italics", got)
	}
}

func TestAcknowledgeVariesAndStaysShort(t *testing.T) {
	q := Question{Text: "What would you like them to know about what they mean to you?"}
	answers := []string{
		"that they've been there for me through everything, especially the year my dad was ill and I couldn't cope with anything at all",
		strings.Repeat("really ", 60) + "a lot",
		strings.Repeat("x", 300),
		"Ana",
		"a lot",
	}
	for _, a := range answers {
		seen := map[string]bool{}
		for v := range 3 {
			got := Acknowledge(q, a, v)
			assertAck(t, got)
			seen[got] = true
		}
		if len(seen) < 2 {
			t.Errorf("Acknowledge(%q) gives the same line for every variant", a)
		}
	}
}

func TestSummarizeReflection(t *testing.T) {
	j := Journey{ID: "matter", Questions: []Question{{Text: "Who would you like to feel closer to?"}, {}, {}, {}, {}}}
	tests := []struct {
		name      string
		answers   []string
		want      []string
		recipient string
	}{
		{"names", []string{"my sister Ana, and Tom from my old job", "", "time, and not wanting to bother them",
			"that I miss Tom's jokes", "a short call"},
			[]string{"Here's what I heard:", "• You'd like to feel closer to your sister Ana, and Tom from your old job.", "• You worry about being a bother to them.", "• A short call."}, "Ana"},
		{"all skipped", []string{"", "", "", "", ""}, []string{"completely fine"}, ""},
		{"last answer's name wins", []string{"Ana and Tom", "a call with Ana", "", "", "send Tom a message"},
			[]string{"• You'd like to feel closer to Ana and Tom.", "• A call with Ana."}, "Tom"},
		{"a step with a pronoun and a day", []string{"My grandma, she raised me basically. And my best friend Tariq.", "", "", "call her this sunday i guess", "yes"},
			[]string{"• Your grandma, she raised you, and your best friend Tariq."}, "Grandma"},
		{"a name that is a word", []string{"Happy to be reached in the evenings. Not during work", "twitter, every time", "I don't really ask, I just guess", "", ""},
			[]string{"• Happy to be reached in the evenings."}, ""},
		{"no names", []string{"people from my climbing club", "idk", "", "", "texting more"},
			[]string{"• You'd like to feel closer to people from your climbing club.", "• Texting more."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, next := SummarizeReflection(j, tt.answers)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("summary %q lacks %q", got, w)
				}
			}
			if strings.Contains(got, "idk") {
				t.Errorf("summary %q repeats an unsure answer", got)
			}
			if len(got) > 520 {
				t.Errorf("summary has %d bytes", len(got))
			}
			if next.Recipient != tt.recipient {
				t.Errorf("next.Recipient = %q, want %q", next.Recipient, tt.recipient)
			}
			if !strings.HasPrefix(next.Text, "One small step") {
				t.Errorf("next.Text = %q", next.Text)
			}
			if tt.recipient != "" && !strings.Contains(strings.ToLower(next.Text), strings.ToLower(tt.recipient)) {
				t.Errorf("next.Text = %q, want it to name %q", next.Text, tt.recipient)
			}
		})
	}
}

func TestSummarizeReflectionLongAnswersStayBounded(t *testing.T) {
	long := strings.Repeat("we used to talk every day and now it's hard to find time ", 10)
	got, _ := SummarizeReflection(Journey{ID: "week"}, []string{long, long, long, long, long})
	if len(got) > 520 || !strings.HasSuffix(got, ".") {
		t.Errorf("summary of long answers: %d bytes: %q", len(got), got)
	}
}

func FuzzAcknowledge(f *testing.F) {
	for _, s := range []string{"idk", "Ana and Tom", "I feel drained after group chats", "_*_", "\xff\xfe", strings.Repeat("é", 200)} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, answer string, variant int) {
		got := Acknowledge(Question{Text: "Who matters?"}, answer, variant)
		if len(got) > ackMax || got == "" {
			t.Fatalf("Acknowledge(%q) = %q (%d bytes)", answer, got, len(got))
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8: %q", got)
		}
		if sum, _ := SummarizeReflection(Journey{}, []string{answer}); !utf8.ValidString(sum) {
			t.Fatalf("invalid UTF-8 summary: %q", sum)
		}
		_ = ExtractNames(answer)
	})
}

func BenchmarkAcknowledge(b *testing.B) {
	q := Question{Text: "What tends to get in the way of reaching out to them?"}
	answers := []string{"my sister Ana, and Tom from my old job", "I usually feel drained after group chats",
		"honestly time, and I worry I'd be bothering them because everyone is so busy", "idk"}
	for i := 0; b.Loop(); i++ {
		Acknowledge(q, answers[i%len(answers)], i)
	}
}

// An acknowledgement that opens with the person's own words, in italics,
// still starts its sentence with a capital.
func TestAcknowledgeStartsWithACapital(t *testing.T) {
	questions := []Question{
		{Text: "Who would you call if you had good news?"},
		{Text: "Which places, online or off, leave you with energy rather than drained?"},
		{Text: "What gets in the way of reaching out?"},
	}
	answers := []string{"I guess I miss having someone to call after work", "my sister", "probably calls", "time, mostly"}
	for _, q := range questions {
		for _, a := range answers {
			for v := range 4 {
				got := strings.TrimLeft(Acknowledge(q, a, v), "_")
				if r, _ := utf8.DecodeRuneInString(got); !unicode.IsUpper(r) {
					t.Errorf("Acknowledge(%q, %q, %d) = %q: no capital", q.Text, a, v, got)
				}
			}
		}
	}
}
