package compose

import (
	"strings"
	"testing"
)

// draftOf parses text as the agent would and writes the first variant.
func draftOf(text, name string, tie Tie) (string, Occasion) {
	o := DetectOccasion(text)
	return Write(Spec{Occasion: o, Name: name, Tie: tie, Details: Parse(text, name, o)}), o
}

// TestRiftShapesTheToneOnly checks that a falling-out told as background
// keeps a check-in quiet and is never said back.
func TestRiftShapesTheToneOnly(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"Mum", "write to my mum, we havent really talked since the row at my cousins wedding"},
		{"Theo", "reach out to my brother theo, we haven't spoken since the blow up over the inheritance"},
		{"Gus", "a check in for gus, not spoken since the fight at his stag do"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFamily)
		first, _, _ := strings.Cut(d, ".")
		low := strings.ToLower(d)
		for _, bad := range []string{"row", "blow up", "fight", "wedding", "inheritance", "stag"} {
			if strings.Contains(low, " "+bad) {
				t.Errorf("draft for %q says %q: %q", tt.text, bad, d)
			}
		}
		if strings.Contains(first, "!") {
			t.Errorf("draft for %q opens cheerfully: %q", tt.text, d)
		}
	}
	// A silence dated by something that is no row still keeps the time.
	if ds := Parse("we haven't spoken since the summer we worked at the cafe", "Ana", Reconnect); len(ds) == 0 || ds[0].Kind != Memory {
		t.Errorf("Parse kept %+v, want the summer at the cafe as a memory", ds)
	}
	if !Slight(Detail{Kind: Rift}) || Describe(Detail{Kind: Rift}) != "" {
		t.Errorf("a rift alone must leave room to ask for more, and tell a model nothing")
	}
}

// TestRecoveryIsGoodNews checks that an illness beaten is met with
// gladness, however the illness is named.
func TestRecoveryIsGoodNews(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"Ravi", "my mate ravi is officially in remission!!"},
		{"Nell", "my aunt nell rang the bell after her final radiotherapy today"},
		{"Bex", "bex got her scan results back and theyre clear"},
		{"Oskar", "text oskar, he's home from hospital after the op"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		low := strings.ToLower(d)
		if o == HardTime || o == Condolence || strings.Contains(low, "sorry") || strings.Contains(low, "holding up") {
			t.Errorf("draft for %q (%s) meets good news with sympathy: %q", tt.text, o, d)
		}
		if !occasionWords[Congrats].re.MatchString(d) {
			t.Errorf("draft for %q (%s) is not glad: %q", tt.text, o, d)
		}
	}
	for _, text := range []string{"my dad has been in and out of hospital all month", "she's not out of hospital yet"} {
		if recoveredNews(text) {
			t.Errorf("recoveredNews(%q) = true, want false", text)
		}
	}
}

// TestThanksForWhatTheyHaveBeenDoing checks that a kindness told in any
// tense becomes what the thanks is for.
func TestThanksForWhatTheyHaveBeenDoing(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Femi", "thank femi, he's been walking my dog every morning", "walking my dog"},
		{"Zara", "thank you note to zara, she has always picked up my prescriptions", "picking up my prescriptions"},
		{"Len", "thanks to len, he kept an eye on my flat", "keeping an eye on my flat"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFriend)
		if !strings.Contains(d, "for "+tt.want) || strings.Contains(d, "I heard") {
			t.Errorf("draft for %q = %q, want thanks for %q", tt.text, d, tt.want)
		}
	}
}

// TestAboutAnAskSaysTheAsk checks that a message "about" something the
// person wants asks for it plainly, and that a fondness told in the past
// tense is remembered, not reported.
func TestAboutAnAskSaysTheAsk(t *testing.T) {
	d, _ := draftOf("email my old supervisor dr kaur about a character reference", "Dr Kaur", TieWork)
	if !strings.Contains(d, "Would you be willing to give me a character reference?") || strings.Contains(d, "follow up") {
		t.Errorf("draft = %q, want the reference asked for plainly", d)
	}
	if ds := Parse("he adored sailing", "Rob", Reconnect); len(ds) != 1 || ds[0].Kind != Memory || ds[0].Text != "how much you adored sailing" {
		t.Errorf("Parse = %+v, want the fondness remembered", ds)
	}
}

// TestOccasionFromTheWholeStory checks occasions that hang on how the
// story is told: a funeral that only dates a kindness, a silence of days,
// a row the person wants left out, a misfortune in any words.
func TestOccasionFromTheWholeStory(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Occasion
	}{
		{"thank my friend ade, he walked my dog every day while i was away at my grans funeral", Thanks},
		{"havent heard from my pal kit for a few days, just thinking of him", Thinking},
		{"we fell out last year but i don't want to mention it, i just want to get back in touch with my uncle", Reconnect},
		{"my colleague's flat was burgled over the weekend", HardTime},
		{"my brother has been sober for two years as of today", Congrats},
		{"my brother died and the funeral is on friday", Condolence},
		{"my old maths teacher is no longer with us, writing to his wife", Condolence},
		{"i totally skipped my cousin's engagement party", Apology},
		{"i was a bit snappy with my dad on the phone", Apology},
		{"my godson is another year older on tuesday", Birthday},
		{"been thinking about my old roommate a lot", Thinking},
	} {
		if got := DetectOccasion(tt.text); got != tt.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestParseNewClauseKinds checks this round's clause kinds, each in
// wordings of its own.
func TestParseNewClauseKinds(t *testing.T) {
	checkParse(t, []parseCase{
		{"Lia", "her cat is poorly and the doctor said there's not much hope", HardTime, Background, ""},
		{"Lia", "her cat is poorly and the doctor said there's not much hope", HardTime, TheirNews, "your cat is poorly"},
		{"Oz", "the family upstairs", HardTime, Memory, ""},
		{"Max", "remind him he's got this", HardTime, Feeling, "you've got this"},
		{"", "want to propose a picnic on the common", Group, Plan, "a picnic on the common"},
		{"", "maybe organise a bake off", Group, Plan, "a bake off"},
		{"Kai", "the tiny bakery we found in paris", Thinking, Memory, "the tiny bakery we found in paris"},
		{"Jen", "it took her 4 years while raising twins", Congrats, Feeling, "4 years of hard work while raising twins, and you did it"},
		{"Rue", "rue in toronto", Thinking, TheirNews, ""},
		{"Bo", "tell bo were thinking of him", HardTime, Feeling, "we're thinking of you"},
		{"Dee", "my sister dee cooked for a week and cleaned the whole house", Thanks, TheirNews, "you cleaned the whole house"},
	})
	// In a hard time, news that is no misfortune is not met with "sorry".
	d := Write(Spec{Occasion: HardTime, Name: "Ali", Details: []Detail{{Kind: TheirNews, Text: "you have your driving test on friday"}}})
	if strings.Contains(d, "sorry to hear") {
		t.Errorf("Write = %q, want no sorrow for a test to come", d)
	}
}

// TestParseAsksAndLeavesOut checks needs said as asks, a part the person
// wants left out, and what a follow-up or a shared past is about.
func TestParseAsksAndLeavesOut(t *testing.T) {
	checkParse(t, []parseCase{
		{"Wyn", "i'll need somebody to feed the cat while i'm in hospital", Support, Ask, "feed the cat while I'm in hospital"},
		{"", "our old quiz team chat, marco still has the trophy but dont mention it. suggest a pub quiz", Group, Topic, ""},
		{"", "our old quiz team chat, marco still has the trophy but dont mention it. suggest a pub quiz", Group, Plan, "a pub quiz"},
		{"Ivo", "ivo still hasnt answered my texts about the camping weekend", FollowUp, Topic, "the camping weekend"},
		{"Mags", "i applied for the library assistant post and she said she would get back to me", FollowUp, Topic, "my application for the library assistant post"},
		{"Sol", "i used to share a flat with sol in leeds", Reconnect, Memory, "how we shared a flat together in leeds"},
		{"Nia", "my nan passed last month and i'm a wreck", Support, Struggle, "I lost my nan"},
		{"Ash", "i borrowed their charger and broke it", Apology, Sorry, "that I borrowed your charger and broke it"},
	})
	if o := DetectOccasion("could you help me ask my neighbour to keep me company tonight"); o != Support {
		t.Errorf("DetectOccasion = %q, want support", o)
	}
}

// TestProfessionalAnchorsAndFrontedNews checks where a professional
// contact was met, a role the recipient once had, a group chat that is
// only where something happened, and long news said around its "after".
func TestProfessionalAnchorsAndFrontedNews(t *testing.T) {
	ds := Parse("email a woman i met briefly at a careers fair, her name is ola, want to ask about her team", "Ola", Professional)
	if len(ds) == 0 || ds[0].Text != "met:the careers fair" {
		t.Errorf("Parse = %+v, want where they met first", ds)
	}
	ds = Parse("she was my line manager at my first job", "Kerry", Professional)
	if len(ds) != 1 || ds[0].Kind != Memory || !strings.Contains(ds[0].Text, "at my first job") {
		t.Errorf("Parse = %+v, want the role remembered", ds)
	}
	text := "i said something rude to ben in the five a side group chat, want to text him privately to say sorry"
	if o := DetectOccasion(text); o != Apology {
		t.Errorf("DetectOccasion(%q) = %q, want apology", text, o)
	}
	if tie := TieOf("friend " + text); tie == TieGroup {
		t.Errorf("TieOf(%q) = group, want one person", text)
	}
	news := "my uncle was let go after 15 years at the same bank, write to him"
	d, _ := draftOf(news, "Uncle Raj", TieFamily)
	if !strings.Contains(d, "15 years") || sharesRun(d, news, 8) {
		t.Errorf("draft = %q, want the 15 years said in words of its own", d)
	}
	if ds := Parse("her cat is ill and the lady at the vets said it could be weeks", "Mo", HardTime); len(ds) != 1 {
		t.Errorf("Parse = %+v, want only the illness", ds)
	}
}

// TestParseMoreClauseKinds checks the last time they met, what the writer
// has not done since, help offered in passing, a feeling they would not
// admit, a marriage's years, a plan said with "we should", the writer's own
// news when asking for support, and an unanswered message of theirs.
func TestParseMoreClauseKinds(t *testing.T) {
	checkParse(t, []parseCase{
		{"Pam", "last time we properly hung out was at her graduation party years ago", Reconnect, Memory, "your graduation party"},
		{"Rik", "havent danced since i broke my wrist in march", Reconnect, Feeling, "Since I broke my wrist in March, I haven't danced"},
		{"Vi", "want to leave a card offering to help with the garden", HardTime, Feeling, "I'd be glad to help with the garden"},
		{"Al", "he's lonely but he'd never admit it", HardTime, TheirNews, ""},
		{"Gran", "they had been married forty years", Condolence, Feeling, "Forty years of marriage is something so precious"},
		{"Dad", "i just want to hear his voice", Support, Feeling, "I'd love to hear your voice"},
		{"", "we should have a reunion at the old pub for old times sake", Group, Plan, "a reunion at the old pub"},
		{"Em", "my interview is on thursday and i'm freaking out", Support, MyNews, "my interview is on Thursday"},
		{"Lina", "lina texted me last week about her move and i didnt reply", Apology, Sorry, "for not replying to your message about your move"},
		{"Lina", "lina texted me last week about her move and i didnt reply", Apology, TheirNews, ""},
		{"Oli", "what do i send my brother oli when i'm feeling this low", Support, Struggle, "I'm feeling this low"},
	})
	if o := DetectOccasion("i didnt reply to my aunt's email for a month"); o != Apology {
		t.Errorf("DetectOccasion = %q, want apology: the silence is the writer's", o)
	}
}

// parseCase is a message, the recipient's name and the occasion, and the
// text one kind of detail must come back as ("" when none may).
type parseCase struct {
	name, text string
	o          Occasion
	kind       Kind
	want       string
}

// checkParse holds each case to the detail it must give of its kind.
func checkParse(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, tt := range cases {
		var got []string
		for _, d := range Parse(tt.text, tt.name, tt.o) {
			if d.Kind == tt.kind {
				got = append(got, d.Text)
			}
		}
		ok := len(got) == 0
		if tt.want != "" {
			ok = false
			for _, g := range got {
				ok = ok || strings.EqualFold(g, tt.want)
			}
		}
		if !ok {
			t.Errorf("Parse(%q) kind %d = %q, want %q", tt.text, tt.kind, got, tt.want)
		}
	}
}
