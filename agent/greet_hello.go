package agent

import (
	"slices"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/internal/wordset"
	"github.com/companion-dev/companion/agent/people"
)

// A hello with nothing else to it ("just saying hi", "olá tudo bem? just
// saying hi", "hallo, wie gehts? just popping in") is a friend waving:
// it is greeted back in a line, asked after in return when it asked, and
// never answered with the menu of what the companion can do. Greetings and
// "how are you" in the languages people mix into English count as hello
// words; anything else in the message leaves it to the other replies.

// helloWords are the words a hello alone is made of: greetings in English
// and in the languages often mixed into it, and names for the companion.
var helloWords = wordset.Of(`hi hey hiya heya hello hullo yo howdy oi hii hiii heyy heyyy there again
morning evening afternoon good gm
ola olá oi hola buenas buenos dias bonjour salut coucou hallo servus moin ciao salve buongiorno
hej hei hoi namaste merhaba selam salam salaam shalom ahoj aloha
voce você tu vous du
friend buddy pal mate bot companion you`)

// helloFiller is what says the hello is all there is: "just saying hi",
// "popping in", "checking in".
var helloFiller = mustPattern(`\b(?:just )?(?:(?:wanted|want|wanna|thought i'?d|thought id) (?:to )?)?(?:(?:say|saying) (?:hi|hello|hey|hiya)|(?:pop|popping|drop|dropping|stop|stopping|swing|swinging|check|checking|come|coming) (?:in|by|round|past)(?: to say (?:hi|hello|hey|hiya))?)\b|\bjust (?:a )?(?:quick )?(?:hi|hello|hey|hiya)\b`)

// helloAsked is "how are you" in the languages mixed into English most
// often: Portuguese, Spanish, French, German, Italian, Dutch.
var helloAsked = mustPattern(`(?:^|[^\p{L}])(?:tudo bem|tudo bom|td bem|como vai(?: voce| você)?|como estas|como estás|como está|que tal|qué tal|ca va|ça va|comment ca va|comment ça va|wie gehts|wie geht'?s|wie geht es dir|come stai|come va|hoe gaat het|how are you|how r u|how are u|hows it going|how's it going)(?:$|[^\p{L}])`)

// helloOnly reports a message that is a hello and nothing more, with some
// word beyond a bare greeting (a filler or a "how are you"), and whether
// it asks after the companion. Where the hello is said from may follow it
// ("just saying hi while i wait for my bus", "hola! saying hi from the
// train"): a short, plain setting that tells nothing more.
func helloOnly(text string) (ok, asked bool) {
	f := strings.ToLower(strings.TrimSpace(text))
	asked = helloAsked.MatchString(f)
	filler := helloFiller.MatchString(f)
	if !asked && !filler {
		return false, false
	}
	rest := helloAsked.ReplaceAllString(f, " ")
	rest = helloFiller.ReplaceAllString(rest, " ")
	words := strings.FieldsFunc(rest, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r > 127 && r != '¿' && r != '¡' && r != '…' && r != '—')
	})
	for i, w := range words {
		if !helloWords[w] {
			return helloSetting(words[i:]), asked
		}
	}
	return true, asked
}

// helloSetting reports words that only say where or when a hello is
// said from: a word of place or time first ("while", "from", "on my
// break"), a few words at most, nobody else named and nothing felt or
// asked.
func helloSetting(words []string) bool {
	if len(words) > 8 || !settingWords[words[0]] {
		return false
	}
	rest := strings.Join(words, " ")
	if _, low := findLow(rest); low || people.Find(rest).Found() || asksSomething(rest) || dayTone(rest) == toneSad {
		return false
	}
	return true
}

// settingWords open where or when a hello is said from.
var settingWords = wordset.Of(`while from on at in before after during between waiting`)

// helloBack greets a hello alone back in a line, reporting false, saying
// nothing, for any other message.
func (t *turn) helloBack() bool {
	ok, asked := helloOnly(t.text)
	if !ok {
		return false
	}
	hi := "Hi!"
	if name := t.displayName(); name != "" {
		hi = "Hi " + name + "!"
	}
	lines := []string{"Lovely of you to say hello. I'm here whenever you feel like a chat.", "Nice to hear from you. I'm around whenever you want to talk."}
	if asked {
		lines = []string{"All good here, thanks for asking. How are things with you?", "I'm well, thank you. How are you doing?"}
	}
	t.say(hi + " " + pick(t.text, lines))
	if asked {
		t.noteChatQuestion()
	}
	return true
}

// A bare hello that comes just after the menu was shown ("hi" after the
// introduction), or that wishes a good part of the day ("good morning
// ☀️", "evening!"), is greeted back and asked after: the menu is not
// shown again over the one just above, nor made the answer to a wish.

// menuFresh is how long after the person's last message the menu shown
// then is still the one just above: a hello after longer gets it again.
const menuFresh = time.Hour

// reDayWish opens a wish for a part of the day.
var reDayWish = mustPattern(`^(?:a )?(?:(?:good|gd|lovely|happy) )?(?:morning|mornin|mornin'|afternoon|evening|evenin|day)\b|^gm\b`)

// helloAfterMenu greets a bare hello back in a line with a question when
// the menu was just shown or the hello wishes a good part of the day;
// false, saying nothing, otherwise.
func (t *turn) helloAfterMenu(folded string) bool {
	shown := slices.ContainsFunc(t.offered, func(c Choice) bool { return c.ID == "menu:reflect" }) &&
		t.now.Sub(t.seenBefore) < menuFresh
	if !shown && !reDayWish.MatchString(folded) {
		return false
	}
	hi := "Hi!"
	if name := t.displayName(); name != "" {
		hi = "Hi " + name + "!"
	}
	asks := []string{"How are things with you today?", "How's your day going so far?", "What's been happening with you?"}
	t.say(hi + " Good to hear from you. " + pick(folded, asks))
	t.noteChatQuestion()
	return true
}
