package revise

import (
	"regexp"
	"strings"
)

// mood is what a draft is about, as far as its words tell; added lines
// must fit it (no "let's catch up soon" under a condolence).
type mood int

const (
	moodPlain mood = iota
	moodSad
	moodCelebrate
	moodSorry
	moodBirthday
	moodThanks
)

var (
	sadRe       = regexp.MustCompile(`(?i)\b(?:sorry (?:about|to hear|for your loss)|passed away|passed|loss|funeral|died|grief|grieving|hard time|going through|tough time|rough time|thinking of you|condolences|sympathy|diagnos\w*|hospital|illness)\b`)
	celebrateRe = regexp.MustCompile(`(?i)\b(?:congrat\w*|amazing news|great news|so happy for you|proud of you|well done|engaged|engagement|(?:on |your )graduation|you(?:'ve| have)? graduated|graduating|new baby)\b`)
	birthdayRe  = regexp.MustCompile(`(?i)\bbirthday\b`)
	thanksRe    = regexp.MustCompile(`(?i)\b(?:thank you|thanks|grateful|appreciate)\b`)
	sorryRe     = regexp.MustCompile(`(?i)\b(?:i'm sorry (?:i|for|that)|i am sorry (?:i|for|that)|sorry i|apologi[sz]e|my fault|i messed up|i was wrong)\b`)
)

func moodOf(d draft) mood {
	s := strings.Join(d.body, " ")
	switch {
	case sorryRe.MatchString(s):
		return moodSorry
	case thanksRe.MatchString(s) && !sadRe.MatchString(strings.ReplaceAll(s, "hospital", "")):
		return moodThanks
	case sadRe.MatchString(s):
		return moodSad
	case birthdayRe.MatchString(s + " " + d.greeting):
		return moodBirthday
	case celebrateRe.MatchString(s):
		return moodCelebrate
	}
	return moodPlain
}

// lines are sentences to add, by mood; formal drafts get the formal set.
type lines struct {
	plain, sad, celebrate, sorry, birthday, thanks []string
	formal                                         []string
	// closeOnly lines are for people close to the writer: a distant
	// recipient gets the formal set whatever the occasion, grief apart.
	closeOnly bool
}

var longerLines = lines{
	plain: []string{
		"I'd love to hear what you've been up to.",
		"No rush to reply, I just wanted to say hello.",
		"It would be great to catch up properly sometime soon.",
		"I hope things are going well on your side.",
	},
	sad: []string{
		"There's no need to reply — I just wanted you to know I'm here.",
		"If there's anything I can do, even something small, just tell me.",
		"Take all the time you need.",
	},
	celebrate: []string{
		"You really deserve it.",
		"I hope you get to celebrate properly.",
		"It's lovely to hear things are going well for you.",
	},
	thanks: []string{
		"It really meant a lot.",
		"I hope I can return the kindness soon.",
		"You made a hard time a lot easier.",
	},
	birthday: []string{
		"I hope the year ahead is a great one.",
		"I hope you get spoilt a little today.",
	},
	sorry: []string{
		"I'd really like to make it right.",
		"There's no need to reply straight away — I just wanted you to hear it from me.",
		"I've been thinking about it a lot.",
	},
	formal: []string{
		"I hope all is well with you.",
		"I would be glad to hear how things are going.",
		"I would welcome the chance to catch up when it suits you.",
	},
}

var warmerLines = lines{
	closeOnly: true,
	plain: []string{
		"You've been on my mind a lot.",
		"I'd really love to catch up properly.",
		"I've missed our chats.",
	},
	sad: []string{
		"I'm sending you so much love.",
		"You don't have to go through this alone.",
		"I'm holding you in my thoughts.",
	},
	celebrate: []string{
		"I'm so happy for you.",
		"I'm so proud of you.",
		"This news made my day.",
	},
	thanks: []string{
		"I really appreciate you.",
		"I'm so lucky to have you around.",
	},
	birthday: []string{
		"I'm so glad to have you in my life.",
		"Thinking of you today and sending love.",
	},
	sorry: []string{
		"You matter a lot to me, and I hate that I let you down.",
		"You mean a great deal to me.",
	},
	formal: []string{
		"I hope you are keeping well.",
		"It was a real pleasure to hear your news.",
		"I have really valued our conversations.",
	},
}

var playfulLines = []string{
	"Consider this your official hello.",
	"I promise this isn't a chain letter.",
	"Life's been suspiciously quiet without your stories.",
}

// pick chooses a line of set that fits d and is not in it yet, starting
// at c.Seed; "" when all are used.
func pick(set lines, d draft, c Context) string {
	var pool []string
	formal := looksFormal(d)
	switch m := moodOf(d); {
	case set.closeOnly && c.Distant && m != moodSad:
		pool = set.formal
	case m == moodSad:
		pool = set.sad
	case m == moodSorry:
		pool = set.sorry
	case m == moodThanks:
		pool = set.thanks
	case m == moodBirthday && !c.Distant:
		pool = set.birthday
	case formal || c.Distant:
		pool = set.formal
	case m == moodCelebrate:
		pool = set.celebrate
	default:
		pool = set.plain
	}
	return pickFrom(pool, d, c.Seed, formal)
}

func pickFrom(pool []string, d draft, seed int, formal bool) string {
	for i := range pool {
		s := pool[(seed+i)%len(pool)]
		if formal {
			s = expandAll(s)
		}
		if !containsSentence(d.body, s) {
			return s
		}
	}
	return ""
}
