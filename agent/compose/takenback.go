package compose

import (
	"regexp"
	"strings"
)

// Good news told first can be taken back in a later message: "she just
// started a new job", then "actually she didn't get it, they gave it to
// someone else". Nobody is congratulated on what did not happen; the
// message becomes one for a hard time, about what they missed out on,
// named from the news it takes back.

// didNotGet is news of theirs that they did not get something after all.
var didNotGet = regexp.MustCompile(`(?i)^you (?:didn'?t|did not|never) (?:get|got|land|make) (it|that|the \w+(?: \w+)?|in)\b(.*)$`)

// newsThing is the thing good news was about: "a new job", "the flat".
var newsThing = regexp.MustCompile(`(?i)\b(?:a|an|the|your) ((?:new |first |dream )?[a-z]+)\b`)

// newsTakenBack turns a congratulation into a message for a hard time
// when a later detail says they did not get what the news was about.
func newsTakenBack(s Spec) (Spec, bool) {
	if s.Occasion != Congrats && s.Occasion != Thinking && s.Occasion != Reconnect && s.Occasion != "" {
		return s, false
	}
	back := -1
	for i, d := range s.Details {
		if d.Kind == TheirNews && didNotGet.MatchString(d.Text) {
			back = i
		}
	}
	if back <= 0 {
		return s, false
	}
	thing := ""
	kept := make([]Detail, 0, len(s.Details))
	for i, d := range s.Details {
		if i < back && d.Kind == TheirNews {
			// What was to be congratulated, taken back.
			if m := newsThing.FindAllStringSubmatch(d.Text, -1); m != nil {
				thing = m[len(m)-1][1]
			}
			continue
		}
		kept = append(kept, d)
	}
	if len(kept) == len(s.Details) {
		return s, false
	}
	m := didNotGet.FindStringSubmatch(kept[back-(len(s.Details)-len(kept))].Text)
	if thing != "" && (strings.EqualFold(m[1], "it") || strings.EqualFold(m[1], "that")) {
		// "you didn't get it": the job the news was about.
		kept[back-(len(s.Details)-len(kept))].Text = "you didn't get the " + strings.TrimPrefix(strings.TrimPrefix(thing, "new "), "first ") + m[2]
	}
	s.Occasion, s.Details = HardTime, kept
	return s, true
}
