package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// More kinds of clause, read before the general rules of classifyOne: an
// ask said through what the message should say, a chat gone quiet since
// something, what the bereaved shared with the one who died, a kindness
// said by what it did, the writer's own event, a loss's anniversary.

var (
	// sayAnd is the message's word and what else to say with it: "want
	// to say sorry and that I'll do them next week".
	sayAnd = regexp.MustCompile(`(?i)^(?:I )?(?:want|need|'d like|would like|wanna|have|'d love|would love) to (?:say|tell (?:you|her|him|them)) (?:sorry|thanks|thank you|congrats|congratulations|happy birthday)[,]? (?:and|but) (?:also )?(?:that |say )?(.+)$`)
	// doAlso is the message's own act and something the writer will do
	// besides: "want to apologise and drop off some flowers".
	doAlso = regexp.MustCompile(`(?i)^(?:I )?(?:want|need|'d like|would like|wanna|'d love|would love) to (?:apologi[sz]e|say sorry|say thanks|say thank you|thank (?:you|her|him|them)|congratulate (?:you|her|him|them)) and (?:maybe |also |then )?([a-z]+) (.+)$`)
	// mentionsThat is what the message should mention: "a thank you that
	// mentions our chat about her team's work".
	mentionsThat = regexp.MustCompile(`(?i)^(?:I )?(?:want|need|'d like|would like|wanna) (?:a|the|to send a|to write a) (?:thank you|thank-you|thanks|message|note|card|text|email)(?: (?:that|which))? (?:mentions|says|talks about|brings up|includes|remembers) (.+)$`)
	// remindOf is something to remind them of: "remind her of the trips
	// they took to the seaside".
	remindOf = regexp.MustCompile(`(?i)^(?:I )?(?:want|'d like|would like|wanna)? ?(?:to )?remind (?:you|her|him|them) (?:of|about) (.+)$`)
	// meetingAbout is a meeting asked for and what it is about.
	meetingAbout = regexp.MustCompile(`(?i)\bask (?:you |her |him |them )?(?:for|about (?:having|getting)) (?:a |an )?(?:quick |short |brief |proper |one-to-one |1:1 )?(meeting|chat|call|word|catch-up|catch up|conversation|one-to-one|1:1) (?:about|to discuss|on|regarding|re) (.+)$`)
	// okToAsk is an ask put as whether asking is all right: "would it be
	// ok to ask her to look at my CV".
	okToAsk = regexp.MustCompile(`(?i)^(?:would|will|is|do you think) it(?:'d| would)? (?:be )?(?:ok|okay|alright|all right|fine|weird|too much|cheeky) (?:to|if I) ask (?:you|her|him|them) (?:to |if you(?:'d| could| would) )?(.+?)\??$`)
	// quietSince is a chat gone quiet since something: "no one has said
	// anything since zara's wedding", "the chat died after we finished
	// the last book".
	quietSince = regexp.MustCompile(`(?i)^(?:(?:the |our )?(?:[\w'-]+ ){0,3}?(?:chat|group|thread|whatsapp) )?(?:(?:has |'s )?(?:died|went quiet|went dead|gone quiet|gone dead|been (?:so |really |very |pretty |totally )?(?:quiet|dead|silent))|(?:it'?s |its |it has |it'?s been |has )?been (?:so |really |very |pretty |totally )?(?:quiet|dead|silent)|(?:no ?one|nobody|no-one)(?: has|'s)? (?:said|posted|written|sent) (?:anything|a thing|a word|a message))(?: in (?:here|there|the chat))? (since|after) (.+)$`)
	// theyShared is what the bereaved shared with the one who died, told
	// of them both: "they spoke every day on the phone".
	theyShared = regexp.MustCompile(`(?i)^they (?:always |both |even |still |once )?(were|used to|would|\w+)\b(.*)$`)
	// theyWed is a marriage or partnership, which a rule of its own says.
	theyWed = regexp.MustCompile(`(?i)^they(?:'d| had| have|'ve)? (?:been |were )?(?:married|together|partners|wed)\b`)
	// theThingsThey is a thing the two of them did: "the trips they took
	// to the seaside".
	theThingsThey = regexp.MustCompile(`(?i)^((?:the|those|all the|all those) (?:[\w'-]+ ){1,3}?)they ((?:took|had|went on|shared|made|spent|loved|did|used to \w+)\b.*)$`)
	// itHelped is a kindness said by what it did: "our monthly calls
	// really helped".
	itHelped = regexp.MustCompile(`(?i)^((?:our|your|those|the|all (?:our|your|those|the)) [\w' -]+?) (?:really |honestly |genuinely |so |have |all )*(?:helped|made (?:such |a huge |a big |all the |a real )?(?:a )?difference|meant (?:so much|a lot|the world)|got me through)\b(.*)$`)
	// anniversaryOf is a loss's anniversary coming up: "its the 1 year
	// anniversary of my brother dying on friday".
	anniversaryOf = regexp.MustCompile(`(?i)^(?:it'?s|its|it is|it will be|it'll be|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow) is) (?:the |a )?(?:(?:\d+|one|first|two|second|three|third|five|fifth|ten|tenth)(?:st|nd|rd|th)?[- ]?(?:year )?)?anniversary of (my|our) ([\w' ]+?)(?:'s)? (?:dying|death|passing|funeral|dieing)(?: ((?:on|this|next) \w+|tomorrow|today))?$`)
	// myEvent is something the writer faces, said without a verb: "big
	// presentation at 9 tomorrow".
	myEvent = regexp.MustCompile(`(?i)^(?:a |my |the |this )?((?:big |huge |important |scary |massive |first |final )?(?:presentation|interview|job interview|exam|exams|test|driving test|appointment|operation|surgery|scan|hearing|audition|deadline|viva|pitch|court date|tribunal|biopsy|smear test|results)\b.*)$`)
	// eventHappened is one of the writer's events told with what it did:
	// "results came out", "interview went badly".
	eventHappened = regexp.MustCompile(`(?i)^[\w ]+? (?:came|come|went|were|was|are|is|got|arrived|landed|dropped|turned|ended|came back|got back)\b`)
	// hostedAt is the writer having people round: "had people over on
	// saturday".
	hostedAt = regexp.MustCompile(`(?i)^(?:I |we )?had (?:people|friends|guests|a party|a few (?:people|friends|mates)|some (?:people|friends|mates)|mates|folk|everyone) (?:over|round|around)\b(.*)$`)
	// ourNoise is something of the writer's that bothered them: "our
	// party went on way too late", "it got loud til 2am".
	ourNoise = regexp.MustCompile(`(?i)^(?:(?:our|my|the) (?:party|music|noise|gathering|get-together|celebration|do|guests|friends|speakers|bbq|barbecue)|it|things) (?:\w+ )?(?:went on|got|was|were|ran|kept going|carried on|dragged on)\b(.+)$`)
	// youWorkAt is who a professional contact is and where they work.
	youWorkAt = regexp.MustCompile(`(?i)^you(?:'re| are) (?:a|an|the) ((?:[\w-]+ ){0,3}?(?:engineer|designer|developer|manager|director|lead|head|founder|researcher|scientist|analyst|consultant|editor|producer|recruiter|architect|lawyer|doctor|teacher|lecturer|professor|writer|nurse)) (?:at|with|for|in) (.+)$`)
)

// endedThing is something that came to an end: "the season ended".
var endedThing = regexp.MustCompile(`(?i)^(?:the|our) ((?:[\w'-]+ ){0,2}[\w'-]+) (?:ended|finished|wrapped up|was over|came to an end)$`)

// dueWhen is when a baby is due: "due in march".
var dueWhen = regexp.MustCompile(`(?i)^(?:(?:she's|she is|they're|they are|you're|you are|the baby's|the baby is|baby's|baby is|baby) )?due ((?:in|on|at the (?:start|end) of|around|in early|in late|in mid|next) .+)$`)

// openedNear is something new near the writer: "a little bakery opened
// near me selling pastel de nata".
var openedNear = regexp.MustCompile(`(?i)^(?:today |yesterday |this morning |this week |recently |just )?((?:a|an|this|the) [\w' -]+?) (?:opened|opened up|has opened|just opened|popped up|has popped up) ((?:near|by|round the corner from|next to|down the road from|on) (?:me|us|my \w+|our \w+|work))(.*)$`)

// raceTime is a finishing time, said alone: "4h12 in the pouring rain".
var raceTime = regexp.MustCompile(`(?i)^(?:in |finished in |did it in |ran it in |a time of |time was )?(\d+h ?\d+|\d+:\d\d(?::\d\d)?|\d+ hours? (?:and )?\d+(?: minutes| mins)?|sub[- ]\d+)(?: (?:in|through|despite) ((?:the )?.+))?$`)

// weJustHad is something of the writer's that just went wrong: "we just
// had our second round fail".
var weJustHad = regexp.MustCompile(`(?i)^(?:we|I) (?:just |recently |only just )?had (our|my) (.+?) (fail|go wrong|fall through|not work|get cancelled|collapse)$`)

// failedWord is the past of what went wrong.
func failedWord(v string) string {
	return map[string]string{"fail": "failed", "go wrong": "went wrong", "fall through": "fell through", "not work": "didn't work",
		"get cancelled": "got cancelled", "collapse": "collapsed"}[strings.ToLower(v)]
}

// luckTail is a run of bad luck told after the news: "after years of
// getting nowhere".
var luckTail = regexp.MustCompile(`(?i),?\s+(?:after|despite|following) (?:\w+ ){0,4}?(?:getting nowhere|no luck|rejections?|knock-?backs|being turned down|failing)\b.*$`)

// cantBeThere is the writer unable to be there: "I can't make it", "I
// won't be in on friday".
var cantBeThere = regexp.MustCompile(`(?i)^(?:but |and |sadly |unfortunately )?I (?:can't|cannot|can not|won't|will not|couldn't|'m not able to|am not able to) (?:make it|be (?:in|there|around|at (?:the|your) [\w' ]+))(?: (?:to (?:the|it|that)|in person))?((?: (?:on|this|next|that|tomorrow|tonight)\b.*)?)$`)

// beforeHoliday is a day of the year coming up: "before eid".
var beforeHoliday = regexp.MustCompile(`(?i)\b(?:before|ahead of|in time for|for) (eid|christmas|xmas|diwali|hanukkah|chanukah|new year|easter|ramadan|passover|thanksgiving|lunar new year|chinese new year|vaisakhi|holi)\b`)

// thingsHard is how things have been, without a subject of the writer's:
// "things have been really hard lately", "work's been a lot".
var thingsHard = regexp.MustCompile(`(?i)^(?:honestly |tbh |and |but )?(things|life|work|everything|uni|home|the last few (?:weeks|months)|this year|this month)(?:'s| has| have|'ve)? ?(been|felt) ((?:really |so |pretty |quite |super |a bit |kind of )?)(hard|rough|tough|difficult|awful|a lot|heavy|grim|rubbish|overwhelming|bad|lonely)((?: (?:lately|recently|for a while|since \w+(?: \w+)?|this (?:week|month|year)))?)$`)

// thatILove is a feeling for them said as what to say: "just that i love
// her".
var thatILove = regexp.MustCompile(`(?i)^(?:just |and |also |mostly |only )*(?:that|say|tell (?:you|her|him|them)(?: that)?) I (love|miss|adore|care about|am proud of|'m proud of|believe in) you\b((?: so much| loads| lots| very much| always)?)$`)

// othersSay is what someone else says, told at the start of a clause.
var othersSay = regexp.MustCompile(`(?i)^(?:the|my|our|his|her|their) (?:[\w'-]+ ){0,2}?(?:say|says|said|reckon|reckons|claim|claims|told me|tell me|swear|swears)(?: that)? (?:she|he|they|you|it|we|I)\b`)

// hardLuck is a long run of bad luck before good news: "getting nowhere",
// "rejected from everything".
var hardLuck = regexp.MustCompile(`(?i)\b(?:getting nowhere|got nowhere|no luck|knocked back|turned down|rejected|rejection after rejection|so many rejections|kept failing|failed (?:twice|three times|again))\b`)

// bodyState is how they are in body right now: asleep, not sleeping, not
// eating.
var bodyState = regexp.MustCompile(`(?i)^you(?:'re| are|'ve been| have been)? (?:probably |still |basically |just |now )?(?:(?:barely|not|hardly) (?:sleeping|eating)|asleep|passed out|knackered|shattered|comatose|sleeping it off|napping)\b`)

// pastThrough is a hardship of theirs long past: "you went through ivf a
// few years ago".
var pastThrough = regexp.MustCompile(`(?i)^you (?:also |once |both )?(?:went|have been|'ve been|had been|'d been) through\b`)

// sentMeMany is messages of theirs the writer let go unanswered: "you sent
// me voice notes for months".
var sentMeMany = regexp.MustCompile(`(?i)^you (?:kept |have been |'ve been |were )?(?:sent|sending|left|leaving|texted|texting) me ((?:all |so many |loads of |lots of |a few |some |several )?(?:voice ?notes|messages|texts|voicemails|emails|memes|photos|letters|cards))\b`)

// andSomeoneIs starts a clause of its own about someone: "and nan is
// devastated".
var andSomeoneIs = regexp.MustCompile(`(?i)\s+and (?:[\w'-]+ ){1,2}(?:is|was|'s|has been|seems)\b`)

// moreKinds reads the clause kinds above. c is the clause as typed, you
// the clause said to the recipient; ok is false when none of them fits.
func moreKinds(c, you, name string, o Occasion, lost string) (Detail, bool) {
	if m := cantBeThere.FindStringSubmatch(c); m != nil && o != Apology && o != Mend && o != Support {
		// "I can't make it", "I won't be in": the writer's absence, said
		// as a regret, never as news.
		return Detail{Kind: Feeling, Text: "I'm sorry I can't be there" + trimTail(secondPerson(m[1], name, false))}, true
	}
	if m := lastDay.FindStringSubmatch(you); m != nil {
		// Said around the day, and the years as praise of their own.
		d := Detail{Kind: Feeling, Text: "I know " + upFirst(strings.ToLower(m[3])) + " is your " + m[1]}
		if strings.ToLower(m[2]) != "on" {
			d.Text = "I know " + strings.ToLower(m[2]) + " " + m[3] + " is your " + m[1]
		}
		if m[4] != "" {
			d.Text += ", and " + m[4] + " " + m[5] + " at " + trimTail(m[6]) + " is really something"
		}
		return d, true
	}
	if m := interviewedFor.FindStringSubmatch(c); m != nil && o == Thanks {
		return Detail{Kind: ThanksFor, Text: "taking the time to interview me for the " + strings.TrimSpace(m[1]) + " role"}, true
	}
	if m := livesAt.FindStringSubmatch(you); m != nil && (o == Birthday || o == Thinking) {
		// "he basically lives at the lake with his fishing rod": where
		// they love to be, hoped for on their day.
		t := "a few hours at " + strings.TrimSpace(m[1])
		if m[2] != "" {
			t += " with " + strings.TrimSpace(m[2])
		}
		return Detail{Kind: Fact, Text: t}, true
	}
	if m := youHave.FindStringSubmatch(you); m != nil && (o == Reconnect || o == Thinking || o == Birthday) {
		// "she has a mango tree she's obsessed with": hoped well.
		return Detail{Kind: Feeling, Text: "I hope the " + strings.ToLower(m[1]) + " is doing well"}, true
	}
	if m := thatILove.FindStringSubmatch(secondPerson(c, name, false)); m != nil {
		// "just that i love her": what to say, as it is.
		return Detail{Kind: Feeling, Text: "I " + strings.ToLower(m[1]) + " you" + trimTail(m[2])}, true
	}
	if othersSay.MatchString(c) {
		// "the twins say she let them have ice cream for breakfast": what
		// someone else says is theirs to tell.
		return Detail{}, true
	}
	if writerUneasy.MatchString(you) {
		// "I don't want to make it all about me": how the writer feels
		// about writing, for the companion only.
		return Detail{}, true
	}
	if m := sayAnd.FindStringSubmatch(c); m != nil {
		// "say sorry and that I'll do them for the next two weeks": the
		// word is the occasion's; what follows is said.
		ds := classify(m[1], name, o, lost)
		if len(ds) == 1 && (ds[0].Kind != Background || ds[0].Text != "") {
			return ds[0], true
		}
	}
	if m := doAlso.FindStringSubmatch(c); m != nil && !metaVerb[strings.ToLower(m[1])] {
		return Detail{Kind: Feeling, Text: "I'd like to " + strings.ToLower(m[1]) + " " + trimTail(secondPerson(m[2], name, false))}, true
	}
	if m := mentionsThat.FindStringSubmatch(c); m != nil {
		ds := classify(m[1], name, o, lost)
		if len(ds) == 1 && ds[0].Text != "" {
			return ds[0], true
		}
		if t := secondPerson(m[1], name, false); o == Thanks && !hasVerb(strings.ToLower(t)) {
			return Detail{Kind: ThanksFor, Text: trimTail(t)}, true
		}
	}
	if m := remindOf.FindStringSubmatch(c); m != nil {
		ds := classify(m[1], name, o, lost)
		if len(ds) == 1 && ds[0].Text != "" {
			return ds[0], true
		}
	}
	if m := meetingAbout.FindStringSubmatch(you); m != nil {
		// "ask for a meeting about going down to four days a week".
		return Detail{Kind: Ask, Text: "need:Could we find a time to talk about " + trimTail(strings.TrimRight(m[2], "?")) + "?"}, true
	}
	if m := okToAsk.FindStringSubmatch(you); m != nil {
		return askDetail(trimTail(m[1])), true
	}
	if m := beforeHoliday.FindStringSubmatch(c); m != nil && o == Group && justTalking.MatchString(c) {
		// "get everyone talking before eid": the day coming, and a catch-up.
		return Detail{Kind: Feeling, Text: "With " + upFirst(strings.ToLower(m[1])) + " coming up, I'd love to catch up with everyone"}, true
	}
	if d, ok := quietDetail(c, o); ok {
		return d, true
	}
	if d, ok := sharedDetail(c, o); ok {
		return d, true
	}
	if m := itHelped.FindStringSubmatch(you); m != nil && (o == Thanks || o == Professional) {
		// "our monthly calls really helped": the thanks says what they did.
		return Detail{Kind: Feeling, Text: upFirst(strings.TrimSpace(m[1])) + " really helped" + trimTail(m[2])}, true
	}
	if m := anniversaryOf.FindStringSubmatch(c); m != nil {
		when := strings.TrimSpace(m[3])
		t := "It's the anniversary of " + strings.ToLower(m[1]) + " " + strings.TrimSpace(m[2]) + "'s death"
		if when != "" {
			t += " " + when
		}
		return Detail{Kind: Struggle, Text: t}, true
	}
	if m := thingsHard.FindStringSubmatch(c); m != nil && o == Support {
		// "things have been really hard lately", asking for support: the
		// writer's own hard time.
		subj := strings.ToLower(m[1])
		aux := " has "
		if subj == "things" || strings.HasSuffix(subj, "weeks") || strings.HasSuffix(subj, "months") {
			aux = " have "
		}
		return Detail{Kind: Struggle, Text: upFirst(subj) + aux + strings.ToLower(m[2]) + " " + strings.ToLower(m[3]) + strings.ToLower(m[4]) + " for me" + strings.TrimRight(m[5], ".")}, true
	}
	if m := myEvent.FindStringSubmatch(c); m != nil && o == Support {
		if eventHappened.MatchString(m[1]) {
			// "my exam results came out": the event told with its verb
			// is said as told, to them.
			return Detail{Kind: Struggle, Text: "my " + trimTail(strings.TrimSpace(m[1]))}, true
		}
		return Detail{Kind: Struggle, Text: "I've got a " + trimTail(strings.TrimSpace(m[1]))}, true
	}
	if o == Apology || o == Mend {
		if m := hostedAt.FindStringSubmatch(c); m != nil {
			return Detail{Kind: Sorry, Text: "for the noise from my get-together" + strings.TrimRight(m[1], ".")}, true
		}
		if m := ourNoise.FindStringSubmatch(c); m != nil && !youWord.MatchString(c) {
			return Detail{Kind: Sorry, Text: "that " + lowFirst(strings.TrimRight(secondPerson(c, name, false), "."))}, true
		}
	}
	if m := dueWhen.FindStringSubmatch(c); m != nil && o == Congrats {
		// "due in march", with news of a baby: looked forward to.
		return Detail{Kind: Feeling, Text: "I can't wait to meet the little one " + strings.TrimSpace(trimTail(m[1]))}, true
	}
	if m := openedNear.FindStringSubmatch(c); m != nil && (o == Thinking || o == Reconnect || o == Birthday) {
		// "a little bakery opened near me selling pastel de nata": what
		// made the writer think of them, said around the opening.
		t := upFirst(strings.TrimSpace(m[1]))
		if rest := trimTail(strings.TrimSpace(m[3])); rest != "" {
			t += " " + rest
		}
		return Detail{Kind: Noticed, Text: lowFirst(t) + " just opened " + m[2]}, true
	}
	if m := raceTime.FindStringSubmatch(c); m != nil && o == Congrats {
		// "4h12 in the pouring rain": the time, and what it was done in.
		t := m[1]
		if m[2] != "" {
			t += " in " + trimTail(m[2])
		}
		return Detail{Kind: Feeling, Text: upFirst(t) + " is seriously impressive"}, true
	}
	if loc := luckTail.FindStringIndex(c); loc != nil && o == Congrats && loc[0] > 0 {
		// "got a place at drama school after years of getting nowhere":
		// the news, without the wait.
		return classifyOne(c[:loc[0]], name, o, lost), true
	}
	if o == Congrats && hardLuck.MatchString(you) {
		// "applying everywhere and getting nowhere", beside the good news:
		// the long wait is for the writer; the news is what is said.
		return Detail{}, true
	}
	if bodyState.MatchString(you) {
		// "she's barely sleeping", "he's asleep on the sofa": how they are
		// in body is not told back to them.
		return Detail{}, true
	}
	if m := weJustHad.FindStringSubmatch(c); m != nil && (o == Support || o == HardTime) {
		// "we just had our second round fail": the writer's own news, not
		// a memory.
		return Detail{Kind: Struggle, Text: upFirst(strings.ToLower(m[1])) + " " + trimTail(m[2]) + " just " + failedWord(m[3])}, true
	}
	if o == Support && pastThrough.MatchString(you) {
		// "she went through ivf a few years ago": why the writer turns to
		// them, not something to tell them.
		return Detail{}, true
	}
	if m := sentMeMany.FindStringSubmatch(you); m != nil && (o == Apology || o == Mend) {
		// "she sent me voice notes for months": what the writer never
		// answered.
		return Detail{Kind: Sorry, Text: "for not answering your " + trimTail(strings.TrimPrefix(strings.TrimPrefix(m[1], "all "), "so many "))}, true
	}
	if m := youWorkAt.FindStringSubmatch(you); m != nil && o == Professional {
		return Detail{Kind: Feeling, Text: "I noticed you're " + article(m[1]) + " " + m[1] + " at " + trimTail(m[2])}, true
	}
	return Detail{}, false
}

// nameCase capitalises a first name typed in lower case: "zara's
// wedding" is Zara's.
func nameCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "s'")
		if base == strings.ToLower(base) && people.IsFirstName(base) {
			f[i] = upFirst(w)
		}
	}
	return strings.Join(f, " ")
}

// quietDetail reads what a group chat has been quiet since: "no one has
// said anything since zara's wedding", for the opening.
func quietDetail(c string, o Occasion) (Detail, bool) {
	m := quietSince.FindStringSubmatch(strings.TrimSpace(c))
	if m == nil || o != Group {
		return Detail{}, false
	}
	since := nameCase(trimTail(m[2]))
	if e := endedThing.FindStringSubmatch(since); e != nil {
		// "the season ended" is the end of the season.
		since = "the end of the " + e[1]
	}
	return Detail{Kind: Fact, Text: "quiet:" + since}, true
}

// sharedDetail reads, in a condolence, what the bereaved shared with the
// one who died: "they spoke every day on the phone" is theirs together.
func sharedDetail(c string, o Occasion) (Detail, bool) {
	if o != Condolence {
		return Detail{}, false
	}
	c = strings.TrimSpace(c)
	if m := theyShared.FindStringSubmatch(c); m != nil && !theyWed.MatchString(c) && (isPast(m[1]) || m[1] == "used" || m[1] == "would" || strings.EqualFold(m[1], "were")) {
		t := c[len("they "):]
		if loc := andSomeoneIs.FindStringIndex(t); loc != nil {
			// "… and nan is devastated": how she is now is no part of
			// what they shared.
			t = t[:loc[0]]
		}
		return Detail{Kind: Memory, Text: "how you two " + trimTail(strings.TrimSpace(t))}, true
	}
	if m := theThingsThey.FindStringSubmatch(c); m != nil {
		return Detail{Kind: Memory, Text: strings.TrimSpace(m[1]) + " you two " + trimTail(m[2])}, true
	}
	return Detail{}, false
}

// requestDetail reads what a request carries besides being the request:
// "want to apologise and drop off some flowers", "a thank you that
// mentions our chat", "ask for a meeting about going part-time", "would
// love 20 minutes of his time". ok is false when it carries none of these.
func requestDetail(raw, name string, o Occasion) (Detail, bool) {
	if m := sayAnd.FindStringSubmatch(raw); m != nil {
		// "say sorry and that i'm taking her to that thai place": what
		// follows the word is said, to them.
		if ds := classify(m[1], name, o, ""); len(ds) == 1 && ds[0].Text != "" {
			if ds[0].Kind == MyNews && youWord.MatchString(ds[0].Text) {
				ds[0].Kind = Feeling
			}
			return ds[0], true
		}
	}
	if m := doAlso.FindStringSubmatch(raw); m != nil && !metaVerb[strings.ToLower(m[1])] && !notDoing[strings.ToLower(m[1])] {
		return Detail{Kind: Feeling, Text: "I'd like to " + strings.ToLower(m[1]) + " " + trimTail(secondPerson(m[2], name, false))}, true
	}
	if m := mentionsThat.FindStringSubmatch(raw); m != nil {
		t := secondPerson(m[1], name, false)
		if f := strings.Fields(strings.ToLower(t)); o == Thanks && len(f) > 1 && npStart[f[0]] {
			// "…mentions our chat about her team's work": thanked for.
			return Detail{Kind: ThanksFor, Text: trimTail(t)}, true
		}
		if ds := classify(m[1], name, o, ""); len(ds) == 1 && ds[0].Text != "" {
			return ds[0], true
		}
		if !hasVerb(strings.ToLower(t)) {
			return Detail{Kind: Memory, Text: trimTail(t)}, true
		}
	}
	if m := thankFor.FindStringSubmatch(raw); m != nil && o == Professional {
		// "thank dr. osei for the reference letter", in a professional
		// note: thanked for, never asked for.
		return forDetail(trimTail(secondPerson(m[1], name, false)), Thanks), true
	}
	if m := beforeHoliday.FindStringSubmatch(raw); m != nil && o == Group && justTalking.MatchString(raw) {
		// "want to post something to get everyone talking before eid".
		return Detail{Kind: Feeling, Text: "With " + upFirst(strings.ToLower(m[1])) + " coming up, I'd love to catch up with everyone"}, true
	}
	if m := askRole.FindStringSubmatch(secondPerson(raw, name, false)); m != nil {
		// "ask mrs oyelaran if she would be a referee for my application".
		return Detail{Kind: Ask, Text: "need:Would you be willing to act as " + strings.ToLower(m[1]) + " " + strings.ToLower(m[2]) + strings.TrimRight(trimTail(m[3]), "?.") + "?"}, true
	}
	if m := askAround.FindStringSubmatch(secondPerson(raw, name, false)); m != nil {
		// "ask paulo if he'd be around to hang out that day".
		return Detail{Kind: Ask, Text: "need:Would you be " + strings.ToLower(m[1]) + " " + strings.TrimRight(trimTail(m[2]), "?.") + "?"}, true
	}
	if m := meetingAbout.FindStringSubmatch(secondPerson(raw, name, false)); m != nil {
		return Detail{Kind: Ask, Text: "need:Could we find a time to talk about " + trimTail(strings.TrimRight(m[2], "?")) + "?"}, true
	}
	if m := minutesOf.FindStringSubmatch(raw); m != nil {
		why := strings.TrimRight(trimTail(secondPerson(m[3], name, false)), "?.")
		if why != "" {
			why = " " + why
		}
		of := "time"
		if m[2] != "" {
			of = strings.ToLower(m[2])
		}
		return Detail{Kind: Ask, Text: "need:Could I have " + m[1] + " of your " + of + why + "?"}, true
	}
	return Detail{}, false
}

// minutesOf is a little of their time asked for: "would love 20 minutes
// of his time to ask how he got into it".
var minutesOf = regexp.MustCompile(`(?i)^(?:I(?:'d| would)|would|'d) (?:really )?(?:love|like|appreciate|be grateful for) (\d+ minutes|half an hour|a few minutes|ten minutes|fifteen minutes|twenty minutes)(?: of (?:your|her|his|their) (time|advice|expertise|thoughts|insight))?(.*)$`)

// justTalking is a message to a group that asks for nothing but talk:
// "post something to get everyone talking".
var justTalking = regexp.MustCompile(`(?i)\b(?:post something|say something|say (?:hi|hello)|get (?:everyone|everybody|people|the chat|us|it) (?:talking|chatting|going)|wake (?:it|the chat|everyone) up|check in)\b`)

// thankFor is a thank-you and what it is for, said as the request.
var thankFor = regexp.MustCompile(`(?i)\b(?:thank|thanks to|say thank you to|say thanks to) (?:[\w.'-]+ ){0,4}?for (.+)$`)

// notDoing are words after "apologise and" that start no deed: "say
// sorry and that I'll…".
var notDoing = wordset.Of(`that also maybe then i i'm im say tell just`)

// askRole asks whether they would take on a part: "ask her if she would be
// a referee for my application".
var askRole = regexp.MustCompile(`(?i)\bask (?:you|[\w.' ]{1,40}?) (?:if|whether) you(?:'d| would| could| might)? be (?:willing to be |happy to be |able to be |ok being |okay being )?(a|an|my) (referee|reference|mentor|witness|guarantor|best man|bridesmaid|maid of honour|godparent|godmother|godfather|sponsor|guest speaker|character reference)\b(.*)$`)

// askAround asks whether they would be around or free for something.
var askAround = regexp.MustCompile(`(?i)\bask you (?:if|whether) you(?:'d| would)? be (around|free|about|up for) ((?:to |for )?.+)$`)

// lastDay is a last or first day of theirs, and the years before it:
// "it's gerald's last day before retirement on friday after 31 years at
// the depot".
var lastDay = regexp.MustCompile(`(?i)^(?:it'?s|its|it is|it will be|it'll be) your ((?:last|first|final|big) (?:day|week|shift)(?: (?:before|at|of|in) [\w' ]+?)?) (on|this|next) (\w+)(?: after (\d+|[a-z-]+) (years?|months?|decades?) (?:at|with|in|on) (.+))?$`)

// interviewedFor is an interview the writer had with them.
var interviewedFor = regexp.MustCompile(`(?i)^(?:I )?(?:interviewed|had (?:an|my) interview) with (?:you|[\w' ]+?)(?: yesterday| today| this morning| last \w+| on \w+)? for (?:the|a|an) ([\w' -]+?)(?: role| job| position| post)?$`)

// livesAt is a place they all but live at: "he basically lives at the
// lake with his fishing rod".
var livesAt = regexp.MustCompile(`(?i)^you (?:(?:basically|practically|pretty much|literally|more or less) )?(?:live|lives) (?:at|down at|up at|on) (the [\w' -]+?)(?: with (your [\w' -]+?))?$`)

// youHave is a thing of theirs they love: "she has a mango tree she's
// obsessed with".
var youHave = regexp.MustCompile(`(?i)^you(?:'ve got| have got| have| got) (?:a|an|this|her|his) ((?:[\w'-]+ ){0,2}(?:tree|garden|allotment|dog|cat|puppy|kitten|horse|plant|plants|roses|vegetable patch|greenhouse|bike|boat|car|van|piano|guitar|chickens|bees|pond|veg patch))(?: (?:you're|you are) (?:obsessed with|so proud of|mad about|in love with|devoted to))?$`)

// article is "a" or "an" before w.
func article(w string) string {
	if w != "" && strings.ContainsRune("aeiouAEIOU", rune(w[0])) {
		return "an"
	}
	return "a"
}
