package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// A birthday that marks a milestone for someone dear ("my grandma turns
// 100 today!!", "my son is turning 18 on friday", "grandpa's 90th is
// tomorrow") is glad news to share before it is a message to write: the
// reply is glad with the person first, and writing to them is one tap
// away, never a drafting flow started unasked.

// reTheirMilestoneAge is someone else reaching an age: "my dad turns 60",
// "she's turning 40", "grandpa is 95 today". "is N" counts only with the
// day said, so "my son is 5 and won't sleep" is no milestone.
var reTheirMilestoneAge = mustPattern(`\b(?:my (?:[a-z]+ )?[a-z]+|he|she|they|[a-z]+) (?:(?:turns|turned|is turning|s turning|turning|will turn|will be|is going to be|s going to be|is gonna be|s gonna be) (?:[1-9][0-9]+|eighteen|twenty ?one|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)|(?:is|s|will be) (?:[1-9][0-9]+|a hundred|one hundred)(?: years old)? (?:today|tomorrow|tonight|this week|this weekend|on [a-z]+|next [a-z]+))\b`)

// reTheirMilestoneDay is someone else's round birthday named: "my mum's
// 70th", "nan's 100th birthday".
var reTheirMilestoneDay = mustPattern(`\b(?:my [a-z]+s|his|her|their) (?:[1-9]0th|100th|18th|21st|eighteenth|twenty ?first|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\b`)

// reDateOfMonth is a day of a month: "21st october", "3 may", "the 4th
// of june".
var reDateOfMonth = mustPattern(`\b[0-9]{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b`)

// theirMilestone is whom a milestone birthday told as news belongs to
// ("your grandma"), or "" when text tells none, asks something, asks for
// a message, or tells a hurt beside it.
func theirMilestone(text string) string {
	f := strings.ReplaceAll(foldText(text), "'", "")
	if asksSomething(text) || asksToWrite(text) || badNews(text) {
		return ""
	}
	if !reTheirMilestoneAge.MatchString(f) && !reTheirMilestoneDay.MatchString(f) {
		return ""
	}
	if reDateOfMonth.MatchString(f) {
		// "my cousins birthday is 21st october": a date to keep, not
		// an age reached.
		return ""
	}
	if _, low := findLow(text); low {
		return ""
	}
	p := people.Find(text)
	if !p.Found() || p.Group {
		return ""
	}
	return p.Mention()
}

// reAgeNumber is an age said in figures, or a round birthday: "100",
// "90th".
var reAgeNumber = mustPattern(`\b([1-9][0-9]{1,2})(?:st|nd|rd|th)?\b`)

// milestoneAge is the age reached, in figures, when text says it: "100"
// for "turns 100" or "her 100th"; "" otherwise.
func milestoneAge(text string) string {
	if m := reAgeNumber.FindStringSubmatch(foldText(text)); m != nil {
		return m[1]
	}
	return ""
}

// theirMilestoneReply answers a milestone birthday of someone dear,
// reporting false, saying nothing, for any other message.
func (t *turn) theirMilestoneReply() bool {
	who := theirMilestone(t.text)
	if who == "" {
		return false
	}
	if !reToday.MatchString(foldText(t.text)) && t.offerDated(t.text) {
		// "turns 80 on saturday": a day ahead, glad with the offer to
		// remember it every year and to write for it (remind_news.go).
		return true
	}
	obj := objectFor(who)
	if age := milestoneAge(t.text); age != "" {
		t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: who, Listening: true}
		t.say("Turning "+age+" — what a wonderful milestone for "+who+"! Would you like to send "+obj+" a few words for the day?",
			Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
		return true
	}
	line := pick(t.text, []string{
		"Oh, what a milestone for " + who + "! That's a lot of life to celebrate. Would you like to send " + obj + " a few words for the day?",
		"How lovely — that's a real milestone for " + who + ", and a day to remember. Want to write " + obj + " something for it?",
	})
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: who, Listening: true}
	t.say(line, Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
	return true
}
