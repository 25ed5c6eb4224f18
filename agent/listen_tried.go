package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// A try at meeting people that went badly — a society where nobody spoke,
// a meetup that was awkward, a friendship app that went nowhere — is a
// letdown, not a plain hurt and never glad news of an outing: the person
// put themselves out there and it gave nothing back. The reply names the
// effort first, says that one room is not the verdict on them, and leaves
// room to tell how it went.

// reTriedPlace is an attempt at somewhere or something to meet people.
// The group is the thing tried, as told.
var reTriedPlace = mustPattern(`\b(?:tried|try|trying|went to|went along to|been going to|been to|go to|joined|join|signed up (?:to|for|with)|turned up (?:to|at)|showed up (?:to|at)|rocked up (?:to|at)|attended|downloaded|been on|been using|used|gave|give) (?:(?:a|an|the|this|that|my|our|one|some|local|new|couple of|few) )*((?:[a-z]+ ){0,2}?(?:society|societies|soc|club|clubs|meetup|meetups|meet up|meet ups|group|groups|class|classes|app|apps|bumble(?: bff)?|hinge|tinder|bff|event|events|night|social|socials|mixer|party|parties|choir|team|church|quiz|course|workshop|session|sessions|language exchange|volunteering|coffee morning|hangout|gathering|speed friending|discord|server|forum|community|circle))\b`)

// reWentBadly is how such a try went badly: nobody spoke, it went
// nowhere, the person stood apart.
var reWentBadly = mustPattern(`\b(?:(?:nobody|no one|noone|not one person|not a single person|not a soul|none of them) (?:\w+ )?(?:talked|spoke|spoken|said|chatted|came|replied|messaged|answered|bothered|even|really|included|asked|looked)|got nowhere|went nowhere|going nowhere|didn'?t work(?: out)?|did not work|never worked|nothing came of it|no matches|zero matches|barely any matches|no replies|no one replied|was (?:so |really |super |pretty |a bit |kinda |very )?(?:awkward|cliquey|clicky|weird|horrible|awful|a disaster|a flop|miserable|dead)|felt (?:so |really |totally |completely |super |a bit |kinda |like an? )?(?:awkward|invisible|out of place|left out|like an outsider|outsider|ignored|alone|lonely|stupid|like a spare part|spare)|everyone already (?:knew|had|seemed)|already had their (?:friends|people|groups|group|mates)|all knew each other|(?:stood|sat|stayed) (?:there )?(?:on my own|alone|by myself)|on my own the whole|(?:didn'?t|did not|couldn'?t|never) (?:talk|speak|chat) to (?:anyone|anybody|a soul)|left early|hated it|gave up|never went back|not going back|won'?t go back|ignored me|total flop|was a flop)\b`)

// triedLetdown reports a try at meeting people told with how it went
// badly, and the thing tried as the reply can name it.
func triedLetdown(text string) (thing string, ok bool) {
	folded := foldText(text)
	m := reTriedPlace.FindStringSubmatchIndex(folded)
	if m == nil || asksSomething(text) || asksToWrite(text) {
		return "", false
	}
	if !reWentBadly.MatchString(folded[m[1]:]) && !reWentBadly.MatchString(folded[:m[0]]) {
		return "", false
	}
	for _, w := range strings.Fields(folded[:m[0]]) {
		if otherFeelers[w] || othersGoing[w] || relWords[w] || relWords[strings.TrimSuffix(w, "s")] {
			// "my friends all went to a concert and nobody asked me":
			// their outing, the person left out of it.
			return "", false
		}
	}
	return triedName(folded[m[2]:m[3]]), true
}

// othersGoing are the others whose outing a message can tell of.
var othersGoing = wordset.Of(`they everyone everybody people friends mates colleagues coworkers classmates team`)

// triedName is how the reply names a thing tried, as told ("that running
// club"), or as what it was when it is an app.
func triedName(tried string) string {
	f := strings.Fields(tried)
	last := f[len(f)-1]
	switch {
	case triedApps[last]:
		return "the app"
	case strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && last != "bumble":
		return "those " + tried
	}
	return "that " + tried
}

// triedApps name the apps people try to meet friends on.
var triedApps = map[string]bool{"app": true, "bumble": true, "bff": true, "hinge": true, "tinder": true, "discord": true, "server": true, "forum": true}

// triedLetdownReply answers such a try, reporting false, saying nothing,
// for any other message.
func (t *turn) triedLetdownReply() bool {
	thing, ok := triedLetdown(t.text)
	if !ok {
		return false
	}
	line := pick(t.text, []string{
		"That's disheartening. You put yourself out there, which takes real nerve, and it didn't give back what you hoped. That says more about " + thing + " than about you.",
		"Oh, that's a letdown after making the effort. Trying at all was the hard part, and you did it; one flat go with " + thing + " isn't the verdict on you.",
	})
	t.p.Flow.Offer = &Offer{Kind: "talk", Felt: "left out", Line: line}
	t.say(line+" How are you feeling about it now?\n\n"+stepWhoMatters,
		Choice{ID: "journey:matter", Label: "Think about who matters"}, Choice{ID: "menu:draft", Label: "Write to someone"})
	return true
}
