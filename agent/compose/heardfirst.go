package compose

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// wroteToMe is someone writing to the writer: "she texted", "he finally
// messaged me", "they reached out out of nowhere". The word before the
// verb is checked against notWriter, so "i texted" and "she never texted"
// are no message from them.
var wroteToMe = regexp.MustCompile(`\b([a-z']+) (?:(?:has|have|had|just|finally|suddenly|randomly|now|then|actually|only|literally) )*(texted|messaged|wrote|reached out|got in touch|got back in touch|dm'?d|dmed|sent me|popped up|hit me up|slid into my dms)\b`)

// notWriter are words before a verb of writing that make it no message
// from them.
var notWriter = wordset.Of(`i we you and or but so then never not still hasnt hasn't havent haven't hadnt hadn't didnt didn't dont don't
wont won't cant can't to if when should could would might ive i've id i'd ill i'll im i'm me`)

// silenceFirst is a silence before their message: a ghosting, a long
// quiet, years without a word.
var silenceFirst = regexp.MustCompile(`\b(?:ghost(?:ed|ing)|went (?:quiet|silent|awol|mia|dark)|gone (?:quiet|silent)|disappeared|vanished|stopped (?:replying|texting|talking|answering|messaging)|no contact|radio silence|(?:haven't|havent|hadn't|hadnt|not) (?:heard|spoken|talked)|years|months|a year|ages|out of (?:nowhere|the blue))\b`)

// justNow says their message is new: "now", "just", "out of nowhere".
var justNow = regexp.MustCompile(`\b(?:now|just|finally|suddenly|randomly|today|yesterday|last night|this morning|out of (?:nowhere|the blue))\b`)

// heardFirst reports whether, after a silence, the recipient wrote to the
// writer first: "she ghosted me for months and now texted hi". The draft
// then answers their message, glad to hear from them, and never chases a
// reply.
func heardFirst(text string) bool {
	low := strings.ToLower(tidyWords(text))
	if !silenceFirst.MatchString(low) || !justNow.MatchString(low) {
		return false
	}
	for _, loc := range wroteToMe.FindAllStringSubmatchIndex(low, -1) {
		subj := low[loc[2]:loc[3]]
		if joiners[subj] {
			// "he went quiet and just messaged me": whose verb it is
			// is the last subject before it, or the name that starts
			// the sentence.
			subs := subjectWord.FindAllString(low[:loc[2]], -1)
			if len(subs) == 0 || subs[len(subs)-1] != "i" && subs[len(subs)-1] != "we" {
				return true
			}
			continue
		}
		if !notWriter[subj] {
			return true
		}
	}
	return false
}

// joiners join a verb to the subject of the clause before it.
var joiners = wordset.Of(`and then but so`)

// subjectWord is a pronoun that can be a clause's subject.
var subjectWord = regexp.MustCompile(`\b(?:i|he|she|they|we)\b`)

// aboutTheSilence is a clause that only tells of the silence or of their
// message breaking it, which the draft's opening answers instead.
func aboutTheSilence(clause string) bool {
	low := strings.ToLower(clause)
	return silenceFirst.MatchString(low) || wroteToMe.MatchString(low)
}
