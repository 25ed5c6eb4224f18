package agent

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent/understand"
)

func TestGuessLanguage(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"hola", "es"},
		{"¿me ayudas con un mensaje para mi madre?", "es"},
		{"Guten Morgen, ich brauche Hilfe mit einer Nachricht", "de"},
		{"salut, tu peux m'aider à écrire à mon frère ?", "fr"},
		{"oi, você pode me ajudar a escrever para o meu pai?", "pt"},
		{"ciao, mi puoi aiutare con un messaggio per mia sorella?", "it"},
		{"kun je me helpen met een bericht voor mijn moeder", "nl"},
		{"możesz mi pomóc napisać do mojej siostry?", "pl"},
		{"annem için bir mesaj yazmama yardım eder misin", "tr"},
		// English, with names and words that other languages share.
		{"i had coffee with Jose de la Cruz yesterday", ""},
		{"my ma keeps asking when i'll visit", ""},
		{"Mia and Ben came over on Sunday", ""},
		{"how do i text my son without sounding preachy", ""},
		{"come on, per week is too much", ""},
		{"we met at a café in Paris, c'est la vie", ""},
		{"can you help me write to Ana", ""},
		{"y", ""},
		{"ok", ""},
		{"die hard fan of the movies lol", ""},
		{"is it ok to say no to plans", ""},
		{"I'm so tired of my van breaking down", ""},
		{"hallo", ""}, // German and Dutch alike, and the phrase rules greet it anyway
	} {
		if got := guessLanguage(c.text); got != c.want {
			t.Errorf("guessLanguage(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"drfat", "draft", 1}, {"plna", "plan", 1}, {"draft", "draft", 0}, {"setings", "settings", 1},
		{"", "ask", 3}, {"remnd", "remind", 1}, {"xyz", "plan", 4}, {"priavcy", "privacy", 1},
	} {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestIsEmojiOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"👋", true}, {"❤️", true}, {"😭😭😭", true}, {"👍 👍", true}, {"🙏🏽", true},
		{"hi 👋", false}, {":)", false}, {"!!!", false}, {"2 👍", false},
	} {
		if got := isEmojiOnly(c.text); got != c.want {
			t.Errorf("isEmojiOnly(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestCommandAliases(t *testing.T) {
	for text, want := range map[string]string{
		"/reminder": IntentRemind, "/contact": IntentContacts, "/quit": IntentCancel, "/menu": IntentHelp,
		"/setting": IntentSettings,
	} {
		if got := ParseIntent(text); got.Kind != want || !got.Command {
			t.Errorf("ParseIntent(%q) = %+v, want command %q", text, got, want)
		}
	}
}

func TestOffTopic(t *testing.T) {
	for text, want := range map[string]string{
		"my back has hurt since tuesday": "medical", "can my landlord evict me": "legal",
		"how do i pay less tax": "money", "banana bread recipe": "cooking", "my python code crashes": "coding",
		"who won the world cup": "",
	} {
		if got := offTopic(foldText(text)); got != want {
			t.Errorf("offTopic(%q) = %q, want %q", text, got, want)
		}
	}
}

// BenchmarkOffScopeCheck measures what the off-scope check adds to a turn
// that would otherwise search the guide: the emoji and language guesses
// and one classification.
func BenchmarkOffScopeCheck(b *testing.B) {
	texts := []string{
		"my friend just stopped replying, what did I do wrong?",
		"how do i sort my tax return, im self employed",
		"hows ur day been",
		"hola, me puedes ayudar a escribirle a mi prima?",
		"So the thing is my oldest friend and I have drifted since she moved for work and I never know whether to text first or wait for her, and it has been months now, what should I do?",
	}
	c := understand.Default()
	b.ResetTimer()
	for i := range b.N {
		text := texts[i%len(texts)]
		if !isEmojiOnly(text) && guessLanguage(text) == "" {
			c.Classify(text)
		}
	}
}

// TestBotAnswerLead checks that the first words answer the question as it
// was asked: yes to "are you a bot", no to "are you a person".
func TestBotAnswerLead(t *testing.T) {
	for _, c := range []struct{ text, lead string }{
		{"are you an ai", "Yes"},
		{"r u a bot", "Yes"},
		{"is this automated", "Yes"},
		{"am i talking to a computer program", "Yes"},
		{"are you a real person", "No"},
		{"is there a human typing this", "No"},
		{"are u an ai or a person", "I'm a program, not"},
		{"you're not a bot, right?", "I'm a program, not"},
		{"who made you", "I'm a computer program"},
		{"is anyone reading this", "I'm a program, so nobody"},
		{"whats ur name", "I don't have a name"},
		{"do u have a name or what", "I don't have a name"},
		{"do you have feelings lol", "Not the way you do"},
		{"do you ever get lonely", "Not the way you do"},
		{"are you chatgpt", "No — I'm not ChatGPT"},
		{"wait is this just claude or something", "No — I'm not Claude"},
		{"r u siri lol", "No — I'm not Siri"},
		{"are you an ai like gemini", "No — I'm not Gemini"},
	} {
		if got := botAnswer(foldText(c.text)); !strings.HasPrefix(got, c.lead) {
			t.Errorf("%q: reply %q, want it to open with %q", c.text, got, c.lead)
		}
	}
}

// TestBotAnswerList checks that only a question about what the companion
// does gets the whole list of what it can do; the others point to /help.
func TestBotAnswerList(t *testing.T) {
	const list = "write a message when the words won't come"
	for _, c := range []struct {
		text string
		list bool
	}{
		{"what do you do exactly", true},
		{"what can u actually help with", true},
		{"so what are you for", true},
		{"whats the point of this", true},
		{"are you an ai", false},
		{"do you have feelings", false},
		{"what's your name", false},
	} {
		got := botAnswer(foldText(c.text))
		if strings.Contains(got, list) != c.list {
			t.Errorf("%q: reply %q; want the list of what it does: %v", c.text, got, c.list)
		}
		if !c.list && !strings.Contains(got, "/help") {
			t.Errorf("%q: reply %q does not point to /help", c.text, got)
		}
	}
}
