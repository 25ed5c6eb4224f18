package revise

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
	"unicode"
)

var bangRe = regexp.MustCompile(`[!¡]+`)

// noExclaim turns exclamation marks into full stops, and the greeting's
// into a comma.
func (d *draft) noExclaim() error {
	if !strings.Contains(d.String(), "!") {
		return ErrUnchanged
	}
	for i, s := range d.body {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "?!", "?"), "!?", "?")
		d.body[i] = bangRe.ReplaceAllString(s, ".")
	}
	if strings.Contains(d.greeting, "!") {
		d.greeting = strings.TrimRight(bangRe.ReplaceAllString(d.greeting, ","), ",") + ","
		if d.greetSep == " " && len(d.body) > 0 {
			d.body[0] = lowerCommon(d.body[0])
		}
	}
	d.signoff = strings.TrimSpace(bangRe.ReplaceAllString(d.signoff, ""))
	return nil
}

// commonFirst are sentence openings that are not names, so they may go
// lower case after a greeting's comma.
var commonFirst = wordset.Of(`it it's its time just quick hope hoping how what what's you you've you're your thinking
so long this that the a an happy congrats congratulations thank thanks sorry today there there's we we've we're
been was can could would my our good great`)

func lowerCommon(s string) string {
	w := strings.Fields(s)
	if len(w) == 0 {
		return s
	}
	first, _ := splitPunct(w[0])
	if !commonFirst[strings.ToLower(first)] || strings.HasPrefix(first, "I'") {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// emoji adds e, or one that fits the draft, at the end of the message.
func (d *draft) emoji(e string) error {
	if e == "" {
		e = fittingEmoji(*d)
	}
	if strings.Contains(d.String(), strings.TrimSuffix(e, "\ufe0f")) {
		return ErrUnchanged
	}
	if len(d.body) == 0 {
		d.greeting += " " + e
		return nil
	}
	d.body[len(d.body)-1] += " " + e
	return nil
}

func fittingEmoji(d draft) string {
	switch {
	case moodOf(d) == moodBirthday:
		return "🎂"
	case moodOf(d) == moodSad:
		return "💛"
	case moodOf(d) == moodSorry:
		return "🙏"
	case moodOf(d) == moodThanks:
		return "😊"
	case moodOf(d) == moodCelebrate:
		return "🎉"
	}
	return "🙂"
}

var spaces = regexp.MustCompile(` {2,}`)

var emoticonRe = regexp.MustCompile(`(?:^|\s)(?::-?\)|:-?D|;-?\)|:-?P|:-?p|<3|xD|:\))+`)

// noEmoji removes emoji and emoticons.
func (d *draft) noEmoji() error {
	before := d.String()
	d.greeting = strings.TrimSpace(stripEmoji(d.greeting))
	for i, s := range d.body {
		d.body[i] = strings.TrimSpace(stripEmoji(s))
	}
	d.body = nonEmpty(d.body)
	d.signoff = strings.TrimSpace(stripEmoji(d.signoff))
	if d.String() == before {
		return ErrUnchanged
	}
	return nil
}

// stripEmoji removes emoji, their joiners and modifiers, and emoticons.
func stripEmoji(s string) string {
	s = emoticonRe.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		if isEmojiRune(r) || r == '\ufe0f' || r == '\u200d' || (r >= 0x1F3FB && r <= 0x1F3FF) {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	return strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(s, " .", "."), " !", "!"), " ?", "?")
}
