package compose

import (
	"regexp"
	"strings"
)

// A relayed act is something the writer asks the message to do to them —
// ask them whether they want something, offer them something, remind them
// of something, put a plan to them — typed inside the request itself:
// "i want to check in and ask if he fancies climbing on saturday", "and
// offer to take the kids for a weekend", "remind her about the quiz we
// booked". What the act carries is the detail; the words of the request
// around it are not. relayed reads it wherever in the clause it stands, and
// in the third person as well ("a short text that asks if she wants to…").

var (
	// relayAsk is asking whether they would do something: what follows is
	// their wish or a favour, said to them.
	relayAsk = regexp.MustCompile(`(?i)\b(?:ask|asks|asking|see|sees|check|checks|find out)(?: [\w'-]+){0,2}? (?:if|whether) (?:you|u|he|she|they)(?:'d| would| might| will| can| could)? (wants? to|wanna|would like to|'d like to|like to|fanc(?:y|ies)|feels? like|(?:are|'re|is|'s|be) up for|(?:are|'re|is|'s|be) free|can|could|would|might|will|mind) (.+)$`)
	// relayOffer is offering to do something for them.
	relayOffer = regexp.MustCompile(`(?i)\b(?:offer|offers|offering) (?:(?:you|him|her|them) )?to (.+)$`)
	// relayRemind is reminding them of something ahead.
	relayRemind = regexp.MustCompile(`(?i)\b(?:remind|reminds|reminding) (?:[\w'-]+ )?(?:about|of) (.+)$`)
	// relaySayWe is telling them what the two of them (or the writer)
	// will do: "say we're celebrating when he's back".
	relaySayWe = regexp.MustCompile(`(?i)\b(?:say|says|saying|(?:tell|tells|let) (?:you|u|him|her|them|[\w'-]+)(?: know)?)(?: that)? ((?:we(?:'re| are|'ll| will| should| must| have to| gotta)|let'?s) .+)$`)
	// relaySuggest is a plan put to them: "suggest a walk on sunday".
	relaySuggest = regexp.MustCompile(`(?i)\b(?:suggest|suggests|suggesting|propose|proposes|proposing)(?: that)? (.+)$`)
	// relaySend is something the message goes with: "send him photos
	// of the kids", "send her the recording of the gig".
	relaySend = regexp.MustCompile(`(?i)\bsend(?:s|ing)? (?:(?:you|u|him|her|them|[\w'-]+) )?((?:(?:some|the|a few|a couple of|a|an|our|my|these|those|that|this) )?(?:[\w'-]+ ){0,2}?(?:photos?|pics?|pictures?|snaps?|videos?|vids?|clips?|recordings?|links?|articles?|songs?|playlists?|recipes?|demo|voice ?notes?|selfies?|scans?)\b.*)$`)
	// relayThoughts is their view asked on something of the writer's:
	// "i'd love her feedback on my pitch deck", "his thoughts on my
	// draft".
	relayThoughts = regexp.MustCompile(`(?i)\b(?:i'?d|id|i would|would)? ?(?:really )?(?:love|like|appreciate|value|welcome|want|get)(?: to get| to have| to hear)? (?:her|his|their|your|you(?:r)?) (feedback|thoughts|advice|input|opinion|take|notes|pointers|eyes|honest opinion|honest feedback) on (.+)$`)
	// sendAsked is what comes before a send that is asked for: nothing,
	// or the words of a request.
	sendAsked = regexp.MustCompile(`(?i)(?:^|\b(?:and|to|also|then|pls|please|can you|could you|i'?ll|ill|i will|gonna|wanna)\s*|,\s*)$`)
	// askWhen is by when an ask is wanted, at the end of what is asked.
	askWhen = regexp.MustCompile(`(?i) ((?:before|ahead of|in time for|by) .+)$`)
	// bareLead is the words of a request with nothing told in them.
	bareLead = regexp.MustCompile(`(?i)^(?:(?:so|and|also|but|just|then|ok|okay|pls|please|maybe|honestly)\s+)*(?:(?:i|i'd|id|i'll|ill|i'm|im)\s+)?(?:(?:really|also|just)\s+)?(?:(?:want|wanna|need|like|love|would like|would love|'d like|'d love|am going|'m going|was going|was hoping|'m hoping|am hoping|hope|can|could|will|should)(?:\s+to)?)?(?:\s+(?:check in|reach out|say hi|say hello|message (?:him|her|them)|text (?:him|her|them)|write (?:to )?(?:him|her|them)|send (?:him|her|them) (?:a )?(?:message|text|note|line)))?(?:\s+(?:and|to))*\s*$`)
	// pressureTail is the writer saying there is no pressure, or when the
	// plan need not happen, after the plan: the draft says so its own way.
	pressureTail = regexp.MustCompile(`(?i)(?:,?\s+(?:but |and |with |totally |absolutely |honestly |just )?(?:zero|no|absolutely no|not any|without any) (?:pressure|obligation|stress)\b.*|,?\s+(?:totally |completely |absolutely )?(?:fine|ok|okay|no worries) if (?:not|she|he|they|you)\b.*|,?\s+unless (?:she|he|they|you)(?:'d| would)? (?:rather|prefer)\b.*)$`)
)

// relayed reads a relayed act in a clause as typed and returns it as a
// detail said to them, with what came before the act (for the rest of the
// reading, where it may hold something of its own).
func relayed(raw, name, src string, o Occasion) (Detail, string, bool) {
	d, before, ok := relayedAct(raw, name, o)
	if !ok {
		return d, before, ok
	}
	// What the act carries, said with a word or two of the frame around
	// it, must not paste the person's words back: reworded, or cut before
	// its tail, or else left to the rest of the reading.
	prefix, core := "", d.Text
	if i := strings.Index(core, ":"); i > 0 && !strings.Contains(core[:i], " ") {
		prefix, core = core[:i+1], core[i+1:]
	}
	frame := ""
	for _, lead := range [][2]string{{"want to ", "like to"}, {"fancy ", "you fancy"}, {"feel like ", "feel like"}, {"up for ", "be up for"}, {"free ", "you free"}, {"I'd be glad to ", "glad to"}} {
		if rest, ok := strings.CutPrefix(core, lead[0]); ok {
			prefix, core, frame = prefix+lead[0], rest, lead[1]
			break
		}
	}
	if frame == "" {
		// "Could you …", "I can't wait for …": a word of the frame
		// before it at most.
		frame = "you"
	}
	if t := unpasted(core, frame, src); t != "" {
		d.Text = prefix + t
		return d, before, true
	}
	return Detail{}, "", false
}

// relayTail is what may close a relayed act and can go without losing
// it: how it used to be, why, or which one it is.
var relayTail = regexp.MustCompile(`(?i)\s+(?:like (?:we|you) (?:used to|always do|always did)|(?:that |which )?(?:we|you|I) (?:like|love|always go to|used to go to)|so (?:that )?(?:you|we|I) .+|because .+|bc .+|cos .+|since .+|which .+|that (?:I|we|you) .+)$`)

// unpasted is core reworded so that, with the words of the frame said
// before it, no eight words in a row are the person's; "" when it cannot
// be.
func unpasted(core, frame, src string) string {
	for _, t := range []string{core, relayTail.ReplaceAllString(core, "")} {
		if t == "" {
			continue
		}
		if r := avoidCopy(t, src, 8); r != "" && !sharesRun(frame+" "+r, src, 8) {
			return r
		}
	}
	return ""
}

// relayedAct reads the act itself; see relayed.
func relayedAct(raw, name string, o Occasion) (Detail, string, bool) {
	if o == Group || o == FollowUp {
		// Put to a group, or asked again after silence: read by their own
		// steps.
		return Detail{}, "", false
	}
	you := strings.TrimSpace(pressureTail.ReplaceAllString(strings.TrimRight(strings.TrimSpace(raw), ".!"), ""))
	to := func(s string) string {
		return strings.TrimRight(strings.TrimSpace(secondPerson(strings.TrimSpace(s), name, false)), "?.")
	}
	before := func(i int) string {
		b := strings.TrimSpace(you[:i])
		if bareLead.MatchString(b) {
			// "i'd like to", "want to check in and": the request alone.
			return ""
		}
		return strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(b, " and"), " to"))
	}
	if m := relayAsk.FindStringSubmatchIndex(you); m != nil {
		how, rest := strings.ToLower(you[m[2]:m[3]]), to(you[m[4]:m[5]])
		if f := strings.Fields(strings.ToLower(rest)); len(f) == 0 || metaVerb[f[0]] || f[0] == "be" {
			// "ask if she'd be a referee": a part asked of them, read
			// by the request's own reading.
			return Detail{}, "", false
		}
		var d Detail
		switch {
		case strings.HasPrefix(how, "want") || how == "wanna" || strings.Contains(how, "like to"):
			d = Detail{Kind: Ask, Text: "want to " + rest}
		case strings.HasPrefix(how, "fanc"):
			d = Detail{Kind: Ask, Text: "fancy " + rest}
		case strings.HasPrefix(how, "feel"):
			d = Detail{Kind: Ask, Text: "feel like " + rest}
		case strings.HasSuffix(how, "up for"):
			d = Detail{Kind: Ask, Text: "up for " + rest}
		case strings.HasSuffix(how, "free"):
			d = Detail{Kind: Ask, Text: "free " + rest}
		case how == "mind":
			d = Detail{Kind: Ask, Text: "need:Would you mind " + rest + "?"}
		default:
			d = Detail{Kind: Ask, Text: rest}
		}
		return d, before(m[0]), true
	}
	if m := relayOffer.FindStringSubmatchIndex(you); m != nil && o != Apology && o != Mend {
		// Offered with a sorry, it is making amends (see amends.go).
		rest := to(you[m[2]:m[3]])
		if rest == "" || metaVerb[strings.ToLower(strings.Fields(rest)[0])] {
			return Detail{}, "", false
		}
		return Detail{Kind: Feeling, Text: "I'd be glad to " + rest}, before(m[0]), true
	}
	if m := relayThoughts.FindStringSubmatchIndex(you); m != nil && o != Condolence {
		what, when := to(you[m[4]:m[5]]), ""
		if w := askWhen.FindStringSubmatchIndex(what); w != nil {
			// "before demo day": said first, so the ask reads as the
			// writer's own words.
			what, when = what[:w[0]], upFirst(what[w[2]:w[3]])+", "
		}
		ask := "I'd really value your " + strings.ToLower(you[m[2]:m[3]]) + " on " + what
		if when != "" {
			ask = when + lowFirst(ask)
		}
		return Detail{Kind: Ask, Text: "need:" + ask + "."}, before(m[0]), true
	}
	if m := relaySend.FindStringSubmatchIndex(you); m != nil && o != Condolence && sendAsked.MatchString(you[:m[0]]) {
		// Only a send asked for ("and send him…", "want to send her…"),
		// never one told as a habit ("he loves when i send him…").
		thing := to(you[m[2]:m[3]])
		if f := strings.Fields(strings.ToLower(thing)); len(f) > 0 && !npStart[f[0]] && f[0] != "some" && f[0] != "these" && f[0] != "a few" {
			thing = "some " + thing
		}
		return Detail{Kind: Feeling, Text: "I'm sending you " + thing}, before(m[0]), true
	}
	if m := relayRemind.FindStringSubmatchIndex(you); m != nil {
		return Detail{Kind: Plan, Text: "ahead:" + to(you[m[2]:m[3]])}, before(m[0]), true
	}
	if m := relaySayWe.FindStringSubmatchIndex(you); m != nil && o != Condolence {
		// In a condolence, "him" in what is said is the one who died,
		// never them: read the usual way.
		return Detail{Kind: Feeling, Text: to(you[m[2]:m[3]])}, before(m[0]), true
	}
	if m := relaySuggest.FindStringSubmatchIndex(you); m != nil {
		rest := to(you[m[2]:m[3]])
		if f := strings.Fields(strings.ToLower(rest)); len(f) == 0 || metaVerb[f[0]] || f[0] == "you" || f[0] == "i" {
			return Detail{}, "", false
		}
		return Detail{Kind: Plan, Text: rest}, before(m[0]), true
	}
	return Detail{}, "", false
}
