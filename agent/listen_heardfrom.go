package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// Hearing from someone: "got a text from my ex out of nowhere today", "had
// a long voicemail from my old boss", "my cousin messaged me out of the
// blue". A message received is news of the person's day, never a request
// to write one: the phrase rules see "text" and a person and would start
// a draft to them. How it felt is asked, gladly when it was glad.

// reHeardFrom is a message, call or letter received from someone.
var reHeardFrom = mustPattern(`\b(?:got|had|received|receiving|getting|get) (?:a |an |this |another |the |my first |some )?(?:\w+\s+){0,2}(?:text|texts|message|messages|msg|dm|dms|email|emails|call|phone call|voicemail|voice note|voice message|letter|card|whatsapp|snap|reply|postcard|parcel)\s+from\b|\b(?:texted|messaged|called|rang|emailed|dmd|wrote to|reached out to|got in touch with|contacted) me (?:out of (?:nowhere|the blue)|after (?:all this time|all these years|years|months|ages|so long))`)

// reHeardReply marks a message received that the person asks about
// answering: "got a text from jo, what do i say back".
var reHeardReply = mustPattern(`\b(?:reply|replying|respond|responding|answer|answering|say back|write back|text back|message back|get back to|ignore|ignoring|block|blocking)\b`)

// heardFrom reports a message received from someone, told and not asked
// about.
func heardFrom(text string) bool {
	f := foldText(text)
	return reHeardFrom.MatchString(f) && !reHeardReply.MatchString(f) && !asksSomewhere(text) && !asksToWrite(text)
}

// heardFromReply answers news of hearing from someone.
func (t *turn) heardFromReply() {
	f := foldText(t.text)
	if goodNews(t.text) || dayTone(t.text) == toneGlad {
		t.say(pick(t.text, []string{
			"Oh, that's lovely — it's nice to be thought of. How did it feel to hear from them?",
			"How nice to hear from them! What did they have to say?",
		}))
		return
	}
	if strings.Contains(f, "out of nowhere") || strings.Contains(f, "out of the blue") || hasAnyWord(f, wordset.Of(`random unexpected surprise surprising weird strange odd cryptic`)) {
		t.say(pick(t.text, []string{
			"Out of the blue like that can stir up a lot. How do you feel about hearing from them?",
			"That's unexpected! Hearing from someone out of nowhere can bring up all sorts. How are you feeling about it?",
		}))
		return
	}
	t.say(pick(t.text, []string{
		"Hearing from someone can bring up all sorts. How do you feel about it?",
		"Oh, how did that feel, hearing from them?",
	}))
}
