package compose

import (
	"regexp"
	"strings"
)

// Kind is what a detail is, which decides where it goes and how it is said.
type Kind int

// The kinds of detail.
const (
	Background Kind = iota // for the writer only: a grievance, "we went on 3 dates", how they know each other
	Memory                 // something shared: "we used to walk home together"
	TheirNews              // something that happened to them: "you got promoted"
	Loss                   // who died; Text is the person: "your dad", "Sean"
	MyNews                 // the writer's own news: "I'm moving back to Leeds"
	Sorry                  // what the writer is sorry for: "I forgot your party"
	ThanksFor              // what the writer thanks them for, as -ing: "looking after my cat"
	Plan                   // a plan or invitation: "a reunion weekend in the summer"
	Ask                    // a request, as a question: "Could you call me?"
	Struggle               // the writer's own hard time: "I've been having a hard time"
	Fact                   // something about them: "you love your garden"
	Noticed                // something that made the writer think of them
	Topic                  // what a follow-up is about: "the camping trip"
	Feeling                // a plain feeling to keep: "I miss our Sunday calls"
)

// Detail is one usable piece of what the person said, rewritten to speak to
// the recipient in the right person and tense.
type Detail struct {
	Kind Kind
	// Text is the rewritten detail; what it holds depends on Kind (a clause,
	// a noun phrase, a question).
	Text string
}

// Request phrasing that only says what to write and to whom: dropped, with
// what it introduces kept ("tell her that I'm struggling" keeps "I'm
// struggling").
var (
	metaLead = regexp.MustCompile(`(?i)^(?:ok(?:ay)? )?(?:so )?(?:hey )?(?:can|could|would) (?:you|u) (?:please )?|^(?:please )?(?:help me|i (?:want|need|would like|'d like|wanna) to|i'd like to|i want|i need|i'd love to|let's)\s|^(?:just )?(?:a |one |some )?(?:quick |short |little |polite |gentle |light |warm |late |belated )*(?:msg|message|text|note|card|line|thank[- ]you(?: note| message| msg)?|apology|congrats(?: msg| message)?|congratulations|sorry text|birthday (?:message|text)|happy birthday text|bday text|linkedin (?:message|note)|follow[- ]?up|something)\b`)
	metaVerb = regexp.MustCompile(`(?i)^(?:write|draft|text|message|msg|send|drop a line|say (?:hi|hello|thanks|thank you|sorry)|reach out|get back in touch|check (?:in |on )|wake up|revive|thank|apologi[sz]e|congratulate|tell|ask|wish|nudge|follow up|say)\b`)
	// complement finds what a request clause asks the draft to say.
	complement = regexp.MustCompile(`(?i)\b(?:that|saying|to say|to tell (?:him|her|them) |tell (?:him|her|them) |to let (?:him|her|them) know|asking (?:if|whether)|asking (?:him|her|them) to|ask (?:if|whether)|to ask|for|about|to)\s+(.+)$`)
	metaOnly   = regexp.MustCompile(`(?i)^(?:write|draft|text|message|send|a message|something|anything|one|it|her|him|them|me)\b`)
)

// Parse reads the details in one message the person typed. name is the
// recipient's name, used to recognise them in the text ("Marcus's dad").
func Parse(text, name string, o Occasion) []Detail {
	var out []Detail
	afterLoss := false
	subject := ""
	for _, raw := range splitClauses(tidyWords(text)) {
		// "he's turning 30 and is obsessed with…": the second clause
		// takes the first one's subject.
		if f := strings.Fields(raw); len(f) > 0 && elided[strings.ToLower(f[0])] && subject != "" {
			raw = subject + " " + raw
		} else if len(f) > 0 && subjects[strings.ToLower(f[0])] {
			subject = f[0]
		}
		for _, c := range stripRequest(raw, name) {
			d := classify(c, name, o, afterLoss)
			if d.Kind == Loss {
				afterLoss = true
			}
			if d.Kind == Background || d.Text == "" {
				continue
			}
			out = appendDetail(out, d)
		}
	}
	return out
}

var (
	elided   = set(`is has was could would need might still am have ran got`)
	subjects = set(`i she he they we you`)
)

func appendDetail(out []Detail, d Detail) []Detail {
	for _, o := range out {
		if o.Kind == d.Kind && strings.EqualFold(o.Text, d.Text) {
			return out
		}
	}
	return append(out, d)
}

// stripRequest drops "can you help me write to X" and returns what, if
// anything, the request says should be in the message.
func stripRequest(c, name string) []string {
	s := strings.TrimSpace(c)
	lead := metaLead.FindString(s)
	rest := strings.TrimSpace(s[len(lead):])
	if lead == "" && !metaVerb.MatchString(rest) {
		return []string{s}
	}
	for {
		l := metaLead.FindString(rest)
		if l == "" {
			break
		}
		rest = strings.TrimSpace(rest[len(l):])
	}
	if !metaVerb.MatchString(rest) && !metaOnly.MatchString(rest) && !strings.HasPrefix(strings.ToLower(rest), "to ") {
		// "I want to ..." that is not about writing: a statement of its own.
		if strings.HasPrefix(strings.ToLower(lead), "i ") || strings.HasPrefix(strings.ToLower(lead), "i'") {
			return []string{s}
		}
	}
	m := complement.FindStringSubmatch(rest)
	if m == nil {
		return nil
	}
	body := strings.TrimSpace(m[1])
	// "to my neighbour Mrs Okafor" names the recipient, not the content.
	if low := strings.ToLower(body); strings.HasPrefix(low, "my ") || strings.HasPrefix(low, "our ") ||
		strings.HasPrefix(low, "the ") && strings.Contains(low, "group") ||
		name != "" && strings.HasPrefix(low, strings.ToLower(firstName(name))) {
		if mm := complement.FindStringSubmatch(body); mm != nil && mm[1] != body {
			return stripRequest("to "+mm[1], name)
		}
		return nil
	}
	kw := strings.ToLower(strings.Fields(m[0])[0])
	switch kw {
	case "for":
		return []string{"FOR " + body}
	case "about":
		return []string{"ABOUT " + body}
	case "asking", "ask", "to":
		if strings.HasPrefix(strings.ToLower(m[0]), "to ask") || kw != "to" {
			return []string{"ASK " + body}
		}
		return []string{body}
	}
	return []string{body}
}
