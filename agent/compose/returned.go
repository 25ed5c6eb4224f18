package compose

import (
	"regexp"
	"strings"
)

// Back from a trip — a holiday, travels, a honeymoon, a walk of weeks — is
// met with a welcome back and the hope that it was good, never with
// congratulations: nothing was won. Home again after hospital or an
// operation is another thing (see mending.go).

var (
	// backFrom is their return told of them, with where from.
	backFrom = regexp.MustCompile(`(?i)^you(?:'re|'ve| are| have| were)? (?:just |finally |only |now |safely )?(?:got |gotten |are |'re |been |come |came |arrived |flown |flew |returned |made it )?(?:back|home)(?: home)? from (.+)$`)
	// backFromLow finds a return in what the person typed, of anyone.
	backFromLow = regexp.MustCompile(`\b(?:got|get|gets|is|are|was|were|came|come|comes|arrived|flew|returned|been|made it|just|finally) (?:back|home)(?: home)? from (?:(?:his|her|their|a|the|two|three|\w+) )*?(?:trip|holiday|holidays|hols|vacation|honeymoon|travels|travelling|traveling|backpacking|year|month|months|weeks|gap year|cruise|tour|camino|trek|expedition|retreat|walking|hiking|sabbatical|abroad|overseas|[a-z]+ in [a-z]+)\b`)
	// tripWord says the place left was a trip, not work or care.
	tripWord = regexp.MustCompile(`(?i)\b(?:trip|holiday|holidays|hols|vacation|honeymoon|travels|travelling|traveling|backpacking|gap year|cruise|tour|camino|trek|trekking|expedition|retreat|walking|hiking|sabbatical|abroad|overseas|safari|road trip|interrail\w*|weeks? in|months? in|days? in|year in|festival)\b`)
)

// returnFrom is where they are back from when t tells a return from a
// trip, or "".
func returnFrom(t string) string {
	m := backFrom.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil || careEvent.MatchString(t) || homeAgain.MatchString(t) || !tripWord.MatchString(m[1]) {
		return ""
	}
	return trimTail(strings.TrimRight(m[1], ".!"))
}

// welcomeBack says a return from a trip.
func welcomeBack(from string, v int) string {
	pool := []string{
		"Welcome back from " + from + "! I hope it was wonderful, and I'd love to hear all about it.",
		"Welcome home from " + from + "! I hope it was everything you wanted.",
	}
	return pool[v%len(pool)]
}

// onlyReturn reports whether what the person typed tells a return from a
// trip and no other good news: the message is then a hello, no
// congratulations.
func onlyReturn(low string) bool {
	if !backFromLow.MatchString(low) || congratsSaid.MatchString(low) || careEvent.MatchString(low) {
		return false
	}
	return firstRule(backFromLow.ReplaceAllString(low, "")) != Congrats
}
