package agent_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/store"
)

// offScopeCases are messages outside the guide, in the way people type
// them, each with what the reply must show to fit its kind.
var offScopeCases = []struct {
	kind, text string
}{
	// Small talk.
	{"smalltalk", "how r u doing today"},
	{"smalltalk", "hows ur evening going"},
	{"smalltalk", "tell me a funny joke pls"},
	{"smalltalk", "its freezing out here today lol"},
	{"smalltalk", "what did u eat for lunch"},
	{"smalltalk", "do u even like pizza lol"},
	{"smalltalk", "whats ur favourite colour"},
	{"smalltalk", "im so bored rn"},
	{"smalltalk", "do u watch football"},
	// What the companion is.
	{"bot", "r u a real human"},
	{"bot", "r u a bot or smth"},
	{"bot", "are u an ai or a person"},
	{"bot", "who created this bot"},
	{"bot", "who programmed u"},
	{"bot", "is there a real human typing these replies"},
	{"bot", "wait are you chatgpt?"},
	{"bot", "what exactly r u"},
	// Health: a doctor or pharmacist, and the emergency number.
	{"medical", "my throat has been really sore for a week, what should i take"},
	{"medical", "can i take ibuprofen with a glass of wine"},
	{"medical", "ive had a migraine since monday should i be worried"},
	{"medical", "i keep getting dizzy when i stand up, is that bad"},
	{"medical", "my kid has a fever of 39 what do i do"},
	{"medical", "whats the right dose of paracetamol for an adult"},
	// Other topics: a kind decline with what it can do.
	{"decline", "how do i sort my tax return, im self employed"},
	{"decline", "can my landlord raise the rent twice a year"},
	{"decline", "should i buy bitcoin now"},
	{"decline", "how long do i boil an egg for"},
	{"decline", "give me a recipe for lasagna"},
	{"decline", "how do i fix a null pointer exception in java"},
	{"decline", "write me a python script to sort a list"},
	{"decline", "who won the match last night"},
	{"decline", "recommend a good laptop under 600"},
	{"decline", "can u do my algebra homework"},
	{"decline", "whats the capital of australia"},
	// Goodbyes.
	{"night", "gnight"},
	{"night", "nite nite"},
	{"night", "ok going to bed now, night"},
	{"bye", "k ttyl then"},
	{"bye", "gotta run, bye!"},
	{"bye", "see ya later alligator"},
	{"bye", "catch u tomorrow"},
	// Thanks the phrase rules miss.
	{"thanks", "much obliged, that helped heaps"},
	{"thanks", "appreciate u a lot"},
	{"thanks", "that was super helpful"},
	{"thanks", "ur a lifesaver honestly"},
	{"thanks", "u legend"},
	// Greetings the phrase rules miss (not the first message).
	{"greeting", "heyyyy u"},
	{"smalltalk", "yo yo whats good"}, // a hello that asks after the companion is small talk
	{"greeting", "mornin sunshine"},
	{"greeting", "hiiii there"},
	{"greeting", "evenin"},
	// Emoji on their own.
	{"hello", "👋"},
	{"ok", "👍"},
	{"warm", "❤️"},
	{"warm", "🙏"},
	{"sad", "😢"},
	{"sad", "😭😭"},
	// Other languages.
	{"es", "hola, necesito ayuda para escribir a mi hermana"},
	{"de", "Kannst du mir bitte helfen? Ich möchte meinem Freund schreiben"},
	{"fr", "bonjour, je voudrais écrire un message à mon amie"},
	{"pt", "olá, preciso de ajuda para falar com a minha mãe"},
	{"it", "ciao, vorrei scrivere un messaggio a mio fratello"},
	{"nl", "hoi, ik wil graag een bericht sturen naar mijn zus"},
	{"pl", "cześć, chcę napisać wiadomość do mojego brata"},
	{"tr", "merhaba, arkadaşıma bir mesaj yazmak istiyorum"},
	// Mistyped commands.
	{"cmd:draft", "/drfat"},
	{"cmd:plan", "/plna"},
	{"cmd:reflect", "/reflcet"},
	{"cmd:settings", "/setings"},
	{"cmd:privacy", "/privcy"},
}

// offScopeFits is what a reply of each kind must contain.
var offScopeFits = map[string]*regexp.Regexp{
	"smalltalk": regexp.MustCompile(`thanks for asking|good here|Not bad|Jokes|punchlines|weather|slow moment|[Bb]eing a program|I'm around|I'm here`),
	"bot":       regexp.MustCompile(`program.*(?:/help shows what I can do|don.t replace the people in your life, or a professional)`),
	"medical":   regexp.MustCompile(`doctor or a pharmacist.*sudden or severe, call your local emergency number`),
	"decline":   regexp.MustCompile(`(?:isn't|aren't|not the right|not something|not my|can't answer|can't look).*I'm here for the people in your life`),
	"night":     regexp.MustCompile(`^(?:Good night|Night night|Sleep well)`),
	"bye":       regexp.MustCompile(`^(?:Bye for now|Talk soon|Take care)`),
	"thanks":    regexp.MustCompile(`^(?:You're welcome|Glad it helped|Any time|That's kind of you)`),
	"greeting":  regexp.MustCompile(`^Hi Alex! Good to hear from you`),
	"hello":     regexp.MustCompile(`^Hi Alex! Good to hear from you`),
	"ok":        regexp.MustCompile(`Okay!|Got it`),
	"warm":      regexp.MustCompile(`💛`),
	"sad":       regexp.MustCompile(`Do you want to talk about it\?`),
	"es":        regexp.MustCompile(`solo hablo inglés`),
	"de":        regexp.MustCompile(`nur Englisch`),
	"fr":        regexp.MustCompile(`ne parle qu'anglais`),
	"pt":        regexp.MustCompile(`só falo inglês`),
	"it":        regexp.MustCompile(`parlo solo inglese`),
	"nl":        regexp.MustCompile(`alleen Engels`),
	"pl":        regexp.MustCompile(`tylko po angielsku`),
	"tr":        regexp.MustCompile(`yalnızca İngilizce`),
}

// guideQuestions are ordinary questions for the guide; they must still be
// answered from it.
var guideQuestions = []string{
	"how do i make new friends after moving to a new city",
	"is it ok to double text someone",
	"my best friend hasnt replied in two weeks, what should i do",
	"how can i be less awkward in group chats",
	"what do i do when someone ghosts me",
	"im an introvert, how do i connect with people online",
	"how do i set boundaries with a friend who texts all the time",
	"how do i tell a friend they hurt my feelings",
	"is it weird to reach out to an old friend after years",
	"how do i stay close to friends who live far away",
	"how do i make friends at a new job",
	"how do i handle an argument with my sister over text",
	"what are common mistakes when making friends online",
	"how do i keep a conversation going over text",
	"how do i stay friends with someone after they move abroad",
	"what if i always have to be the one who reaches out",
	"how do i apologise to a friend i ignored",
	"can online friendships be as real as offline ones",
	"how do i say no to plans without hurting my friends",
	"what should i do if a friend only texts when they need something",
	"how should i respond when someone shares good news",
	"any tips for making small talk less painful with coworkers",
	"tips for meeting people when you work from home",
	"how do i deepen a friendship that feels shallow",
	"whats a good way to follow up when a friend goes quiet",
	"how do i deal with a friend who always cancels",
	"how do i get over being rejected by a friend group",
	"how do i know if a friendship is one sided",
	"how do i reconnect with my brother after a fight",
	"how can i be a better listener to my friends",
}

// sectionTitles are the titles of every guide section.
func sectionTitles(t *testing.T) []string {
	t.Helper()
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range kb.Sections() {
		out = append(out, s.Title)
	}
	return out
}

// replyTo sends text from a person who has talked before and returns the
// text of the replies.
func replyTo(t *testing.T, ag *agent.Agent, st *store.Store, person, text string) string {
	t.Helper()
	ctx := context.Background()
	for i, msg := range []string{"/start", text} {
		m := agent.Message{ID: fmt.Sprintf("%s:%d", person, i), Channel: "test", ChatID: person,
			Person: agent.PersonID(person), Name: "Alex", Text: msg}
		if err := ag.Handle(ctx, m); err != nil {
			t.Fatalf("handle %q: %v", msg, err)
		}
	}
	pending, err := st.Pending(ctx, "test", 100)
	if err != nil {
		t.Fatal(err)
	}
	var last []string
	for _, o := range pending {
		if err := st.MarkSent(ctx, "test", o.Seq); err != nil {
			t.Fatal(err)
		}
		if o.Person == agent.PersonID(person) {
			last = append(last, o.Reply.Text)
		}
	}
	if len(last) < 2 {
		t.Fatalf("%q: got %d replies, want the welcome and at least one more", text, len(last))
	}
	return strings.Join(last[1:], "\n")
}

// TestOffScope checks that messages outside the guide get a reply of their
// own kind and never a guide paragraph.
func TestOffScope(t *testing.T) {
	ag, st := newMemAgent(t, agent.Options{})
	titles := sectionTitles(t)
	for i, c := range offScopeCases {
		t.Run(fmt.Sprintf("%s/%d", c.kind, i), func(t *testing.T) {
			got := replyTo(t, ag, st, fmt.Sprintf("off:%d", i), c.text)
			if strings.Contains(got, "From the guide") || strings.Contains(got, "guide I draw on") {
				t.Fatalf("%q got a guide answer:\n%s", c.text, got)
			}
			for _, title := range titles {
				if strings.Contains(got, title) {
					t.Fatalf("%q got the guide section %q:\n%s", c.text, title, got)
				}
			}
			if cmd, ok := strings.CutPrefix(c.kind, "cmd:"); ok {
				if !strings.HasPrefix(got, "Did you mean /"+cmd+"?") {
					t.Fatalf("%q: got %q, want it to suggest /%s", c.text, got, cmd)
				}
				return
			}
			if !offScopeFits[c.kind].MatchString(got) {
				t.Fatalf("%q: got %q, want a %s reply (%s)", c.text, got, c.kind, offScopeFits[c.kind])
			}
		})
	}
}

// TestOffScopeKeepsGuideQuestions checks that questions for the guide still
// get the guide's answer.
func TestOffScopeKeepsGuideQuestions(t *testing.T) {
	ag, st := newMemAgent(t, agent.Options{})
	for i, q := range guideQuestions {
		got := replyTo(t, ag, st, fmt.Sprintf("guide:%d", i), q)
		if !strings.Contains(got, "From the guide (“") {
			t.Errorf("%q: got %q, want an answer from the guide", q, got)
		}
	}
}

// TestOffScopeDropsOffer checks that a "yes" after an off-scope reply does
// not answer the guide's earlier "more on this?".
func TestOffScopeDropsOffer(t *testing.T) {
	h := newHarness(t)
	if got := renderReplies(h.send("sam", "how do i make friends at a new job", "")); !strings.Contains(got, "From the guide") {
		t.Fatalf("the guide question got %q", got)
	}
	h.send("sam", "hows ur week going", "")
	if got := renderReplies(h.send("sam", "yes", "")); strings.Contains(got, "**") {
		t.Fatalf("yes after small talk opened the earlier guide section:\n%s", got)
	}
}
