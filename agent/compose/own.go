package compose

import (
	"regexp"
	"strings"
)

// firstPerson sorts out a clause the writer says about themselves.
func firstPerson(you string, o Occasion) Detail {
	if !strings.HasPrefix(you, "I") {
		you = "I " + you
	}
	if m := meantToAsk.FindStringSubmatch(you); m != nil && !strings.HasPrefix(strings.ToLower(m[2]), "you could") && !strings.HasPrefix(strings.ToLower(m[2]), "you'd") {
		// "I keep meaning to ask him if he's still doing pottery": said
		// as wondering, never as the writer's news.
		return Detail{Kind: Feeling, Text: "I've been wondering " + strings.ToLower(m[1]) + " " + strings.TrimRight(trimTail(m[2]), "?")}
	}
	if m := feelBad.FindStringSubmatch(you); m != nil && (o == Apology || o == Mend) {
		// Said plainly: "sick", "shit", "gutted" about it read as more
		// than the message needs.
		// The draft's own words, never the very phrase confided ("i
		// feel awful" is the writer's, "I feel terrible about it" the
		// message's).
		word := "terrible"
		if strings.EqualFold(m[1], "terrible") {
			word = "awful"
		}
		return Detail{Kind: Feeling, Text: "I feel " + word + " about it"}
	}
	if feelBad.MatchString(you) && o != Reconnect && o != Support && !Sombre(o) {
		// "i feel awful" about a birthday forgotten or a thank-you
		// late: why they asked, which the message's own sorry says.
		return Detail{Kind: Background}
	}
	if notReachedOut.MatchString(you) && (o == Thinking || o == Reconnect) {
		// "I still haven't reached out properly": said to them as the
		// meaning to, never as the guilt.
		return Detail{Kind: Feeling, Text: "I've been meaning to get in touch properly for ages"}
	}
	if notMyNews.MatchString(trimTail(you)) && o != Support {
		// "I was nervous", "I'm stuck at work", "I still haven't reached
		// out": how it is for the writer, told to the companion, never
		// news for the message.
		return Detail{Kind: Background}
	}
	if m := feelBad.FindStringSubmatch(you); m != nil && o == Reconnect {
		// Bad about the silence, which the opening already names: said
		// as a sorry, never as the guilt the person confided.
		return Detail{Kind: Feeling, Text: "I'm sorry I've let so much time go by"}
	}
	if m := interviewed.FindStringSubmatch(trimTail(you)); m != nil && (o == FollowUp || o == Professional) {
		// "I interviewed with a recruiter named you last Tuesday": the
		// interview, and what it was for when that was said.
		if m[1] != "" {
			return Detail{Kind: Topic, Text: "my interview for the " + m[1]}
		}
		return Detail{Kind: Topic, Text: "my interview"}
	}
	if m := appliedFor.FindStringSubmatch(you); m != nil && (o == FollowUp || o == Professional) {
		return Detail{Kind: Topic, Text: "my application for the " + trimTail(strings.TrimPrefix(m[1], "the "))}
	}
	if m := livedWith.FindStringSubmatch(you); m != nil {
		// "I used to live with you in second year": shared, so "we".
		return Detail{Kind: Memory, Text: "how we " + pastOf(m[1]) + " together" + trimTail(m[2])}
	}
	if m := needSomeoneTo.FindStringSubmatch(you); m != nil {
		// "I'll need someone to drive me home after": asked of them.
		return Detail{Kind: Ask, Text: trimTail(m[1])}
	}
	if bareNeed.MatchString(you) && o == Support {
		return Detail{Kind: Feeling, Text: "I could really use someone to talk to"}
	}
	if proudOf.MatchString(you) {
		return Detail{Kind: Feeling, Text: "I'm so proud of you"}
	}
	if m := iKnew.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: "I'll always remember " + m[1] + " from " + m[2]}
	}
	if m := sentAbout.FindStringSubmatch(cutAgo.ReplaceAllString(you, "")); m != nil && (o == FollowUp || o == Professional) {
		// "I sent him a voice note about his dad's 70th": the 70th.
		return Detail{Kind: Topic, Text: trimTail(m[1])}
	}
	if m := iAskedAbout.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Topic, Text: trimTail(m[1])}
	}
	if o == FollowUp {
		if m := iAskedTo.FindStringSubmatch(you); m != nil {
			return Detail{Kind: Topic, Text: trimTail(m[1])}
		}
		if iReachedOut.MatchString(you) {
			// "I texted you after": the silence, not the message.
			return Detail{}
		}
	}
	if loveYou.MatchString(you) {
		// "I love you and think about you a lot" is said as it is.
		return Detail{Kind: Feeling, Text: you}
	}
	if offerRe.MatchString(you) {
		// "I can bring dinner round on Sunday": an offer, said as it is.
		return Detail{Kind: Feeling, Text: you}
	}
	if promiseRe.MatchString(you) && !strings.HasSuffix(you, "?") {
		// "I'll call you tonight" is a promise to them, said as it is, not
		// news of the writer's.
		return Detail{Kind: Feeling, Text: you}
	}
	if m := wantYouKnow.FindStringSubmatch(you); m != nil {
		if hereForYou.MatchString(m[1]) && (o == HardTime || o == Condolence) {
			// "I want her to know I'm there": the closing of a message for
			// a hard time or a loss says it already.
			return Detail{}
		}
		return Detail{Kind: Feeling, Text: m[1]}
	}
	if farAway.MatchString(you) && (o == HardTime || o == Condolence) {
		return Detail{Kind: Feeling, Text: "I wish I could be there with you"}
	}
	if m := iMiss.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: you}
	}
	if m := noticedRe.FindStringSubmatch(you); m != nil {
		// When it was seen matters less than what it was.
		obj := innerWhen.ReplaceAllString(m[2], "")
		// "the ramen place me and aiko always went to": the place is ours.
		obj = meAndYou.ReplaceAllString(obj, "we")
		// "on the radio in the shop": where the writer happened to be is
		// theirs, not what brought the person to mind.
		obj = writerWhere.ReplaceAllString(obj, "")
		return Detail{Kind: Noticed, Text: m[1] + "|" + noticedAside.ReplaceAllString(obj, "")}
	}
	if m := iSaid.FindStringSubmatch(you); m != nil && (o == Apology || o == Mend) {
		return Detail{Kind: Sorry, Text: strings.TrimSpace("for what I said " + m[1])}
	}
	if sorryDid.MatchString(you) && (o == Apology || o == Mend || o == Condolence || o == Birthday || o == HardTime) {
		return Detail{Kind: Sorry, Text: "that " + trimTail(you)}
	}
	if m := likeYouTo.FindStringSubmatch(you); m != nil {
		return askDetail(m[1])
	}

	if m := needRe.FindStringSubmatch(you); m != nil {
		for _, g := range m[1:] {
			if g != "" {
				return Detail{Kind: Ask, Text: "need:" + strings.TrimSpace(you)}
			}
		}
		return Detail{Kind: Ask, Text: "need:" + you}
	}
	if didToYou.MatchString(you) && (o == Apology || o == Mend) {
		// "I ate your leftovers": done to them, so what the apology is for.
		return Detail{Kind: Sorry, Text: "that " + trimTail(you)}
	}
	if struggleRe.MatchString(you) {
		return Detail{Kind: Struggle, Text: you}
	}
	return Detail{Kind: MyNews, Text: you}
}

// meAndYou is the writer and the recipient named together, as a subject.
var meAndYou = regexp.MustCompile(`(?i)\b(?:me and you|you and me|you and I|me and u)\b`)

// meantToAsk is a question the writer has been meaning to put to them.
var meantToAsk = regexp.MustCompile(`(?i)^I(?:'ve| have)? (?:\w+ )?(?:keep meaning|kept meaning|been meaning|meant|was meaning|was going|wanted|want|wanna|would like|'d like|'m dying|am dying|'ve been dying) to ask (?:you |your )?(if|whether|how|what|when|where) (.+)$`)

// needSomeoneTo is a need that is an ask of whoever reads it.
var needSomeoneTo = regexp.MustCompile(`(?i)^I(?:'ll| will|'d| would)? (?:really |also )?need (?:someone|somebody|a hand|help) (?:to )?(.+)$`)

// youMessagedMe is a message of theirs the writer left unanswered.
var youMessagedMe = regexp.MustCompile(`(?i)^I? ?you (?:messaged|texted|emailed|wrote to|called|rang|asked|dm'?d) me(?: [\w ]+?)? about (.+)$`)

// bareNeed is a need that names nobody and nothing: "I need someone".
var bareNeed = regexp.MustCompile(`(?i)^I (?:just |really )?need (?:someone|somebody|a friend)$`)

// pastOf is a verb's simple past: "live" is "lived", "share a flat" is
// "shared a flat".
func pastOf(v string) string {
	w, rest, _ := strings.Cut(strings.ToLower(v), " ")
	switch {
	case w == "sing":
		w = "sang"
	case strings.HasSuffix(w, "ed") || w == "sang":
	case strings.HasSuffix(w, "y"):
		w = strings.TrimSuffix(w, "y") + "ied"
	case strings.HasSuffix(w, "e"):
		w += "d"
	default:
		w += "ed"
	}
	return strings.TrimSpace(w + " " + rest)
}

// notMyNews is something the writer says of themselves that is no news
// for the recipient: a passing state ("I was nervous", "I cried", "I'm
// stuck at a conference"), the writer's own silence ("I still haven't
// reached out", "I only ever send a quick hi"), what they want of the
// message ("I want something gentle"), or a clause whose object was cut
// away ("I lived with in second year").
var notMyNews = regexp.MustCompile(`(?i)^I(?:'m| am| was| got| feel| felt|'ve been| have been)? (?:so |really |a bit |kind of |kinda |totally |just |still |honestly |super |pretty )*(?:nervous|cried|crying|in tears|a mess|stuck (?:at|in|on|with)\b.*|had no idea|have no idea)\b|^I (?:still |just |kind of |kinda )*(?:haven't|have not|never|didn't|did not) (?:properly |really |actually )*(?:reached out|been in touch|texted|called|messaged|replied|written|rung|said thanks|thanked)\b|^I (?:only ever|always|usually|mostly|just) (?:send|sent|text|message|like|reply)\b|^I (?:just |still )?(?:stayed|stay|am still|'m still) (?:here|home|behind|put|where I was|in the same place)$|^I (?:just )?(?:want|wanted|need|needed|'d like|would like) (?:something|a message|a note|it|this)\b|^I (?:[\w']+ )?(?:lived|worked|studied|shared|played|went|grew up) (?:with|to|for|at|alongside) (?:in|on|at|during|for)\b`)

// notReachedOut is the writer's own silence: "I still haven't reached
// out properly".
var notReachedOut = regexp.MustCompile(`(?i)^I (?:still |just |kind of |kinda )*(?:haven't|have not|never|didn't|did not) (?:properly |really |actually )*(?:reached out|been in touch|got in touch|called|texted|messaged)\b`)
