package agent

import (
	"strconv"
	"strings"
)

// A sum asked in passing ("whats 17 times 23", "how much is 120 divided by
// 8?") is no question for the guide, and a decline would be a poor answer
// to something so small: the sum is worked out and said in a line, with
// what the companion is for after it.

// reSumAsked is a whole message asking one sum of two numbers; the groups
// are the first number, the operation as written, and the second number.
var reSumAsked = mustPattern(`^\s*(?:(?:hey|hi|so|ok|okay|quick one|quick question|random but|random q|lol|um|hmm)[,:!.]?\s+)*(?:what(?:'?s| is|s)|wat(?:s| is)|how much is|how much's|calculate|work out|can (?:you|u) (?:work out|calculate|tell me|do)|could (?:you|u) (?:work out|calculate|tell me|do)|do you know what|what does)\s+(-?\d+(?:\.\d+)?)\s*(times|x|\*|×|multiplied by|plus|\+|add|and|minus|-|take away|less|divided by|/|÷|over)\s*(-?\d+(?:\.\d+)?)(?:\s+(?:is|make|come to|equal|equals))?\s*[?!.]*\s*(?:lol|pls|please|thanks)?\s*[?!.]*\s*$`)

// sumAsked works out the sum a message asks, as the reply says it; ok is
// false when the message asks none, or one that has no answer.
func sumAsked(text string) (line string, ok bool) {
	m := reSumAsked.FindStringSubmatch(strings.ToLower(text))
	if m == nil {
		return "", false
	}
	a, errA := strconv.ParseFloat(m[1], 64)
	b, errB := strconv.ParseFloat(m[3], 64)
	if errA != nil || errB != nil {
		return "", false
	}
	var got float64
	sign := ""
	switch m[2] {
	case "times", "x", "*", "×", "multiplied by":
		got, sign = a*b, "×"
	case "plus", "+", "add", "and":
		got, sign = a+b, "+"
	case "minus", "-", "take away", "less":
		got, sign = a-b, "−"
	default:
		if b == 0 {
			return "", false
		}
		got, sign = a/b, "÷"
	}
	return m[1] + " " + sign + " " + m[3] + " is " + strconv.FormatFloat(got, 'f', -1, 64), true
}

// sumReply answers a sum asked in passing, reporting false for any other
// message.
func (t *turn) sumReply() bool {
	line, ok := sumAsked(t.text)
	if !ok {
		return false
	}
	t.p.Flow.Offer = nil
	t.say(line+". Sums aside, I'm here for the people in your life — who matters to you, or a message to someone.", declineChoices()...)
	return true
}
