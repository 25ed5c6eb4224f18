package compose

import (
	"github.com/companion-dev/companion/agent/internal/count"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// classify works out what one clause is and rewrites it; an age with more
// after it ("he's 12 and mad about football") gives two details.
func classify(c, name string, o Occasion, lost string) []Detail {
	if innerAside(leadFiller.ReplaceAllString(c, ""), o) {
		// "i feel weird about it", "she's kind of shy": for the
		// companion, never for the recipient (see aside.go).
		return []Detail{{Kind: Background, Text: c}}
	}
	c = withoutHealth(c, o)
	if m := kinTakenIll.FindStringSubmatch(leadFiller.ReplaceAllString(c, "")); m != nil && o == Support {
		// "my dads just been diagnosed with parkinsons": why the writer
		// needs them, told as it is.
		return []Detail{{Kind: Struggle, Text: "My " + strings.ToLower(m[1]) + " has " + strings.ToLower(m[2]) + "been " + trimTailKeep(m[3])}}
	}
	if d, ok := anniversaryMemory(leadFiller.ReplaceAllString(c, ""), name); ok {
		// "it's the anniversary of when we opened the taco truck": a
		// memory (see anniversary.go).
		return []Detail{d}
	}
	if d, ok := amendsOf(leadFiller.ReplaceAllString(c, ""), name, o); ok {
		// "want to own it and pay for the repair": what the writer will
		// do to make it right (see amends.go).
		return []Detail{d}
	}
	if loc := observed.FindStringSubmatchIndex(c); loc != nil {
		// "he's been really quiet at work": what the writer noticed is
		// for the writer; what follows "and" may still be news.
		if loc[2] < 0 {
			return nil
		}
		return classify(c[loc[2]:], name, o, lost)
	}
	if m := ageMore.FindStringSubmatch(c); m != nil {
		return append(classify(m[1], name, o, lost), classify(m[2]+" "+m[3], name, o, lost)...)
	}
	if m := banter.FindStringSubmatch(c); m != nil && len(strings.Fields(m[3])) >= 2 {
		// "we always argue about whose curry is hotter": a running joke
		// between them, remembered fondly.
		lead := map[string]string{"argue": "our running argument", "bicker": "our running argument", "fight": "our running argument",
			"debate": "our never-ending debate", "joke": "our running joke", "laugh": "our running joke", "tease": "our running joke"}[strings.ToLower(m[1])]
		link := strings.ToLower(strings.TrimSpace(m[2]))
		if link == "" {
			link = "that"
		}
		return []Detail{{Kind: Memory, Text: lead + " " + link + " " + trimTail(secondPerson(m[3], name, false))}}
	}
	if m := questionAbout.FindStringSubmatch(c); m != nil && o == FollowUp {
		// "sent her a voice note and a question about sunday and no
		// reply": what the follow-up is about; the silence is the story.
		t := trimTail(m[1])
		if len(strings.Fields(t)) < 2 {
			// "saturday" alone reads as a date, not a topic.
			t = "my question about " + t
		}
		return []Detail{{Kind: Topic, Text: t}}
	}
	d := classifyOne(c, name, o, lost)
	if d.Kind == Background && d.Text == "" {
		if i := strings.LastIndex(c, " and "); i > 0 {
			// "we'd get chips after every late lab and moan about our
			// supervisors": the moaning is for the writer, what comes
			// before it may still be said.
			if head, tail := c[:i], c[i+5:]; background.MatchString(tail) && !background.MatchString(head) && len(strings.Fields(head)) >= 3 {
				return classify(head, name, o, lost)
			}
		}
	}
	return []Detail{d}
}

// ownLossWhen is the writer's own loss told as when something happened.
var ownLossWhen = regexp.MustCompile(`(?i)\b(?:when|after|while|since|the week|the day) (?:my|our) (?:[\w']+ ){1,2}(?:died|passed(?: away)?|was dying)\b`)

// askedThing is something a person asks another to give them, named as
// what a message is about: "a job reference", "the recommendation letter".
var askedThing = regexp.MustCompile(`(?i)^(?:a|an|the|my|some)? ?((?:job |work |character |academic |professional )?(?:reference|referral|recommendation(?: letter)?|letter of recommendation|reference letter|intro|introduction|testimonial))$`)

// lovedRe is a fondness of theirs told in the past: "you loved fishing".
var lovedRe = regexp.MustCompile(`(?i)^you (?:always |really |used to )?(loved|enjoyed|adored|liked) (.+)$`)

// theirThing is something of "theirs" the writer did wrong by.
var theirThing = regexp.MustCompile(`(?i)^(I (?:\w+ ){1,2}?)their `)

// sentThings is something sent to them, named by a plural: "I sent her
// photos of the baby", "I emailed him some dates".
// banter is a running joke or argument between the writer and them: "we
// always argue about whose curry is hotter", "we always joke that he is a
// pensioner at heart".
var banter = regexp.MustCompile(`(?i)^(?:and )?we (?:always|still|constantly|forever|never stop|keep) (argue|bicker|debate|joke|tease|laugh)(?:s|d|ing)?(?: each other)? (about |over |that |on )?(.+)$`)

// questionAbout is a question sent about something: "a question about
// sunday", "my text about the trip".
var questionAbout = regexp.MustCompile(`(?i)\b(?:a|my|the|one) (?:quick |little |short )?(?:question|message|text|msg|email|note) (?:about|re|regarding|on) ((?:the |our |my |your )?\w+(?: \w+)?)(?: and (?:nothing|no|never|still|heard)\b.*)?$`)

var sentThings = regexp.MustCompile(`(?i)^I (?:sent|emailed|texted|posted|forwarded|shared|messaged) (?:you |him |her |them )?(?:some |a few |a couple of |the )?((?:photos|pictures|pics|videos|links|details|dates|ideas|songs|recipes|plans|drafts|notes|options)\b.*?)$`)

// saidTheyd is what they said they would do: "she said she'd update me
// by Friday".
var saidTheyd = regexp.MustCompile(`(?i)^(?:she|he|they) (?:said|mentioned|told me|promised)(?: that)? (?:she|he|they)(?:'d| would|'ll| will) (.+)$`)

// roleIs names a role: "it's a product manager role at a fintech".
var roleIs = regexp.MustCompile(`(?i)^(?:it'?s|its|it is|the (?:job|role|position|post) is) ((?:a|an) (?:[\w-]+ ){1,4}(?:role|job|position|post|internship|placement|apprenticeship|traineeship)(?: (?:at|with|in) (?:a |an |the )?[\w' -]+)?)$`)

// mentionClause is a whole clause to mention: "mention we're trying to…",
// "maybe mention that I'm moving".
var mentionClause = regexp.MustCompile(`(?i)^(?:and |also |maybe |pls |please )*mention(?:ing)? (?:that )?((?:we|I)(?:'re|'m|'ve| are| am| have)? .+)$`)

// metThem is the writer meeting someone, and where: "I only met him once
// at Eid".
var metThem = regexp.MustCompile(`(?i)^I (?:only |just |briefly )?met (him|her) (?:once |twice |a few times |a couple of times |briefly )?(?:at|during|on|in) (.+)$`)

// theOneWho is who they are told by what they did: "you're the one who
// taught me to drive".
var theOneWho = regexp.MustCompile(`(?i)^you(?:'re| are| were) (?:the one|the person|the only one|the reason) (?:who|that) (.+)$`)

// pastPlan is a plan made once and never carried out: "we were planning
// a camping trip that never happened", "we were meant to go to Lisbon".
var pastPlan = regexp.MustCompile(`(?i)^we (?:were|had been|was|'d been) (?:planning|talking about|meant|supposed|going|hoping|trying to plan) ((?:to )?.+?)(?:,? (?:that|which|but it|but that|and it) (?:never|didn't|did not|sadly never) (?:happened|happen|worked out|work out|came off|come off|got off the ground))?$`)

// theyDid is something done for the writer by "they", in a thank-you.
var theyDid = regexp.MustCompile(`(?i)^they (?:\w+ed|took|gave|made|kept|brought|drove|sent|lent|paid|put|fed|sat|got|came|let|found|built|taught|bought|stood|spent|had|dug|ran|did)\b.*\b(?:me|my|us|our)\b`)

// chatName is a phrase naming a chat or a group.
var chatName = regexp.MustCompile(`(?i)\b(?:chat|group|groupchat|group chat|gc|thread|whatsapp|server|channel)$`)

// wasMyRole is who the recipient was to the writer, and where: "you were
// my supervisor on my internship".
var wasMyRole = regexp.MustCompile(`(?i)^you (?:were|was) my (?:\w+ )?(supervisor|manager|mentor|boss|lecturer|tutor|teacher|coach|team lead|line manager|trainer) (on|at|during|in) ((?:my|the|our) [\w' -]+)$`)

// metAt is where the writer met a professional contact, said anywhere in
// a clause: "someone I met once at a conference".
var metAt = regexp.MustCompile(`(?i)(?:^|\b(?:I|we) )met (?:you |him |her |them |[A-Z][\w'-]* )?(?:once |briefly )?(?:at|during) (?:a|an|the) ((?:[\w'-]+ ){0,3}?(?:conference|event|workshop|meetup|meet-up|talk|panel|fair|summit|networking \w+|course|training|webinar|launch|expo|seminar|hackathon))\b`)

// chatWhere is a group chat named as where something was said.
var chatWhere = regexp.MustCompile(`(?i)\s+(?:in|on|into) (?:the|our|a|my|their) (?:[\w']+ ){0,3}?group ?chats?\b`)

// silenceTail is the silence told after what was asked: "and haven't
// heard anything", "but no reply yet".
var silenceTail = regexp.MustCompile(`(?i),?\s+(?:and|but)\s+(?:i\s+)?(?:still\s+)?(?:haven'?t|havent|have not|hasn'?t|hasnt|has not|didn'?t|didnt|never|no)\s+(?:heard|had|got(?:ten)?|received|reply|replied|answer|answered|response|responded|word)\b.*$`)

// cutAgo is how long ago something was, which a memory does not need.
var cutAgo = regexp.MustCompile(`(?i)\s+(?:(?:about |like |maybe )?(?:` + count.Words + `|a|an|a few|a couple of|several|many|so many) )?(?:years?|yrs|months?|weeks?|days?) ago\b`)

// notVerb are words that, right after "you", say where or with whom they
// are, not what happened.
var notVerb = wordset.Of(`in at and & from with on of over near`)

// youWord is a clause that speaks to or of the recipient.
var youWord = regexp.MustCompile(`(?i)\b(?:you|your|yours)\b`)

// anyPlan is a plan put to them by verb: "suggest we meet up" is "we meet
// up", "restart monthly meetups" is "we restart monthly meetups".
func anyPlan(verb, rest, name string) Detail {
	if name != "" {
		// To a group, "her" is someone else ("sing something for her").
		rest = secondPerson(rest, name, false)
	}
	rest = trimTail(rest)
	low := strings.ToLower(verb)
	if strings.HasPrefix(low, "suggest") || low == "propose" {
		if f := strings.Fields(strings.ToLower(rest)); len(f) > 1 && (f[0] == "we" || f[0] == "everyone" || f[0] == "us") {
			return Detail{Kind: Plan, Text: "we " + strings.Join(strings.Fields(rest)[1:], " ")}
		}
		return Detail{Kind: Plan, Text: rest}
	}
	if strings.HasPrefix(low, "plan") || low == "organise" || low == "organize" || low == "arrange" {
		return Detail{Kind: Plan, Text: rest}
	}
	return Detail{Kind: Plan, Text: "we " + low + " " + rest}
}

// eventAhead is a day to come, someone's or ours: "grandma's 100th is in
// May", "your 40th is coming up on Saturday".
var eventAhead = regexp.MustCompile(`(?i)^((?:[\w-]+'s|our|your|my) (?:\d+(?:st|nd|rd|th)|birthday|wedding|anniversary|party|graduation|retirement|reunion|christening|baby shower|hen do|stag do|engagement party|leaving do|housewarming)(?: (?:party|do|celebration|bash|dinner|lunch))?) (?:is|'s) (?:coming up |happening )?((?:in|on|next|this) .+)$`)

var ageMore = regexp.MustCompile(`(?i)^((she|he|they)(?:'s| is| are|'re) (?:turning )?\d{1,3}) and (.+)$`)

var aboutYou = regexp.MustCompile(`(?i)^(?:I'm |I am |I was |I've been )?(?:just )?(?:thinking|thought) (?:of|about) you(?: today| lately| a lot| recently| this week| all day| again)?$`)

// writerWhere is an everyday place the writer was when something brought
// someone to mind, said at the end: "in the shop", "at the gym", "on the
// bus".
var writerWhere = regexp.MustCompile(`(?i)\s+(?:in|at|on) (?:the|a) (?:shop|shops|supermarket|corner shop|gym|bus|train|tube|car|office|queue|waiting room|dentist'?s?|doctor'?s?|laundrette|launderette|petrol station)$`)

var noticedAside = regexp.MustCompile(`(?i)\s+and (?:it'?s|its|it was|it is|they'?re|they are|was) (?:so |really |actually |absolutely )?(?:hilarious|amazing|brilliant|great|good|incredible|funny|beautiful|lovely|gorgeous|perfect|wild|mad|class)$`)

var innerWhen = regexp.MustCompile(`(?i)\s+(?:last night|yesterday|this morning|earlier today|today|last week|the other day|at the weekend|this weekend|last weekend)\b`)

var barePast = regexp.MustCompile(`(?i)^(?:still )?(?:borrowed|forgot|missed|broke|lost|said|snapped|yelled|shouted|cancelled|canceled|bailed|ignored|haven't|didn't|never|was|got|took|ate|left|promised)\b`)

var bareNotice = regexp.MustCompile(`(?i)^(?:saw|heard|found|spotted|noticed|watched|read|finished|came across|listened to|passed|walked past|went past|drove past|walked by)\s`)

var leadFiller = regexp.MustCompile(`(?i)^(?:(?:ok(?:ay)?|so|well|um|umm|and|also|anyway|anyways|oh|ah|ahh|oops|wait|actually|btw|plus|ugh|argh|oof|hmm|yeah|right|honestly|basically|then|after that|afterwards|eventually|later on|in the end|not (?:going|gonna) to lie|not gonna lie|ngl|tbh|to be honest|truth be told|i mean)[, ]+)+`)

// wakeAnd is waking a group chat said before what the message says:
// "want to wake it up and suggest…", "say hi and ask…".
var wakeAnd = regexp.MustCompile(`(?i)^((?:I )?(?:want|wanna|'d like|would like|'d love|would love|was hoping|am hoping)(?: to)? )?(?:wake (?:it|the chat|the group|everyone|us|people) up|revive (?:it|the chat|the group)|get (?:it|the chat|things) going again|say (?:hi|hello|hey)(?: to everyone)?)(?: and | to )`)

// braveFace is someone hiding how they feel: "he's pretending he's fine",
// "she's putting on a brave face".
var braveFace = regexp.MustCompile(`(?i)\b(?:pretending|acting like|making out|insisting|claims?|claiming) (?:that )?(?:he|she|they|you|it)(?:'s|'re| is| are)? (?:fine|ok|okay|alright|all right|not bothered|over it|doing great)\b|\bputting (?:on )?a brave face\b|\b(?:pretending|acting like|making out) (?:that )?(?:he|she|they|you)(?:'s| is|'re| are)? (?:not|isn't|aren't|is not|are not|'s not|'re not) (?:\w+ )?(?:scared|worried|bothered|upset|nervous|frightened|hurting|sad|struggling)\b|\b(?:keeps?|kept|always) (?:saying|telling (?:me|everyone|herself|himself|themselves|people)|calling (?:herself|himself|themselves)) (?:that )?(?:(?:she'?s|he'?s|they'?re|you'?re|she is|he is|they are|I'?m) )?(?:a |an )?(?:fraud|useless|stupid|rubbish|not good enough|a failure|failure|an idiot|idiot|hopeless|an imposter|imposter|a mess)\b`)

// groupHow is the question a group is asked when the person wants to
// know how everyone is.
const groupHow = "How is everyone doing?"

// weCould is a plan put as a thought: "i thought we could plan something".
var weCould = regexp.MustCompile(`(?i)^(?:and |so )?I (?:thought|was thinking|reckon|think|figured)(?: that)? we (?:could|should|might|can|ought to) (.+)$`)

// groupFancy asks whether anyone in a group is up for something: "see if
// anyone fancies a kickabout", "see if people fancy getting dinner".
// gatherFor is the wish to bring a group together for something: "want
// to get everyone together for drinks", "i'd love to get the gang back
// together for a curry".
var gatherFor = regexp.MustCompile(`(?i)^(?:and |so |but )?(?:I ?)?(?:really |just )?(?:want|wanna|'d like|would like|'d love|would love|was hoping|am hoping|hope|need)(?: to)? (?:get|bring|round up|gather) (?:everyone|everybody|us all|all of us|us|them|them all|the (?:\w+ ){0,2}?(?:gang|lads|girls|group|team|crew|lot|cousins|family))(?: back)?(?: together)?(?: again)? for (.+)$`)

// restartThing is the wish to get something the group did going again:
// "want to get thursday games going again", "i'd love to start the
// monthly dinners back up".
var restartThing = regexp.MustCompile(`(?i)^(?:.*?\b(?:and|so|but) )?(?:I ?)?(?:really |just )?(?:want|wanna|'d like|would like|'d love|would love|was hoping|am hoping|hope|need)(?: to)? (?:get|start|kick|restart) ((?:the |our )?[\w' -]{3,40}?) (?:going|started|back up|up and running|off|back)(?: again)?$`)

// groupWhoFor asks a group who is up for something, or whether anyone
// would like to do something: "ask whos up for a curry on friday", "see
// if anyone would like to start again in may". The second group is the
// plan; the first says whether it starts with a verb in its plain form.
var groupWhoFor = regexp.MustCompile(`(?i)\b(?:see|ask|check|find out|asking|seeing) (?:who(?:'s|s| is| are|'d| would)?|(?:if|whether) (?:anyone|anybody|people|everyone|any of them|the others)(?:'s| is| are| would| 'd|'d)?) (?:be )?(up for|keen for|keen on|free for|in for|around for|interested in|like to|want to|wants to|fancy|fancies)(?: to)? (.+)$`)

var groupFancy = regexp.MustCompile(`(?i)^(?:and )?(?:(?:I )?(?:want|wanna|'d like|would like|was hoping|am hoping)(?: to)? )?(?:see|ask|check|find out) (?:if|whether) (?:anyone|anybody|any of them|people|everyone|everybody|the lads|the girls|folks)(?: would| is| are|'s|'d)? (?:fancies|fancy|wants?|up for|be up for|keen on|keen for|free for|interested in)(?: to)? (.+)$`)

// someoneElsesDay is news of someone a group shares, not the group
// itself: "gran turns 85 in march", "mum's retiring in june".
var someoneElsesDay = regexp.MustCompile(`(?i)^(?:our |my )?(?:gran|granny|grandma|grandmother|nan|nana|nanna|grandad|grandpa|grandfather|mum|mom|dad|auntie|aunty|aunt|uncle|coach|teacher|\p{Lu}\p{Ll}+)(?:'s| is| has)? (?:turns|turning|retires|retiring|graduates|graduating|is getting married|getting married|gets married|moves|moving|is moving|leaves|leaving|is leaving|has a birthday|birthday is) .+$`)

// chatLabel is what a group chat is named by in text: "book club" of
// "book club chat died", "old choir" of "my old choir group chat"; "" when
// it is only "the chat".
func chatLabel(text string) string {
	f := strings.Fields(strings.ToLower(text))
	for i, w := range f {
		w = strings.Trim(w, ",.!?;:")
		if w != "chat" && w != "groupchat" && w != "whatsapp" && w != "gc" && !(w == "group" && (i+1 == len(f) || strings.Trim(f[i+1], ",.!?") != "chat")) {
			continue
		}
		j := i
		if j > 0 && strings.Trim(f[j-1], ",.!?") == "group" {
			j--
		}
		var words []string
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			x := f[k]
			if strings.ContainsAny(x, ",.!?;:") || notChatLabel[x] || !lettersWord(x) {
				break
			}
			words = append([]string{x}, words...)
		}
		for k := j - 1 - len(words); len(words) > 0 && k >= 1 && f[k] == "a" && teamCount[f[k-1]] && len(words) < 3; k -= 2 {
			// "the five a side chat": the "a" is part of its name.
			words = append([]string{f[k-1], "a"}, words...)
		}
		for len(words) > 0 && (words[0] == "old" || words[0] == "little") {
			words = words[1:]
		}
		for len(words) > 1 && chatPeople[words[len(words)-1]] {
			// "the sunday league lads chat" is the sunday league chat.
			words = words[:len(words)-1]
		}
		if len(words) == 1 && chatPeople[words[0]] {
			words = nil
		}
		for i := range words {
			words[i] = strings.TrimSuffix(words[i], "'s")
		}
		if len(words) == 0 && i+2 < len(f) && (f[i+1] == "from" || f[i+1] == "at") && chatPlaces[strings.Trim(f[i+2], ",.!?;:")] {
			// "a group chat from school".
			words = []string{strings.Trim(f[i+2], ",.!?;:")}
		}
		if len(words) > 0 {
			return strings.Join(words, " ")
		}
	}
	for i, w := range f {
		// "my book club hasn't met since the summer", "our running club":
		// a club, a choir or a team is named with what it is for.
		w = strings.Trim(w, ",.!?;:")
		if !clubNouns[w] || i < 2 || !clubOwners[f[i-2]] {
			continue
		}
		if x := f[i-1]; lettersWord(x) && !notChatLabel[x] && !chatPeople[x] && !strings.ContainsAny(x, ",.!?;:") {
			return x + " " + w
		}
	}
	return ""
}

// teamCount is a count a team's name may start with: "five a side".
var teamCount = map[string]bool{"five": true, "5": true, "six": true, "6": true, "seven": true, "7": true, "eleven": true, "11": true}

// clubNouns are groups named by what they meet for: "book club", "walking
// group" aside (a group is named with "chat" above).
var clubNouns = map[string]bool{"club": true, "choir": true, "team": true, "squad": true, "society": true, "league": true}

// clubOwners come before a club's name: "my book club", "our running
// club", "the chess society".
var clubOwners = map[string]bool{"my": true, "our": true, "the": true}

// chatPeople are words for the people in a chat, which its name in a
// draft leaves out: "lads", "friends", "mates".
var chatPeople = map[string]bool{"lads": true, "girls": true, "friends": true, "mates": true, "guys": true, "gang": true,
	"crew": true, "lot": true, "people": true, "folks": true, "boys": true, "ladies": true, "pals": true}

// chatPlaces are where a chat's people know each other from: "a group
// chat from school".
var chatPlaces = map[string]bool{"school": true, "uni": true, "university": true, "college": true, "work": true,
	"church": true, "choir": true, "football": true, "netball": true, "rugby": true, "band": true, "orchestra": true}

// notChatLabel are words that end a chat's name going back: "wake up the
// chat", "message our chat".
var notChatLabel = map[string]bool{"the": true, "a": true, "an": true, "our": true, "my": true, "this": true, "that": true,
	"up": true, "to": true, "in": true, "on": true, "for": true, "with": true, "from": true, "of": true, "and": true,
	"wake": true, "revive": true, "message": true, "post": true, "dead": true, "quiet": true, "silent": true, "so": true,
	"theres": true, "there's": true, "is": true, "was": true, "it": true, "i": true, "want": true, "into": true, "whole": true,
	"family's": true, "private": true, "new": true, "main": true, "group": true}

// lettersWord reports a word of letters, an apostrophe or a hyphen only.
func lettersWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '\'' || r == '-') {
			return false
		}
	}
	return w != ""
}

// askToSuggest asks the companion whether to suggest something: "can i
// suggest a new book".
var askToSuggest = regexp.MustCompile(`(?i)^(?:can|could|should|shall|do) (?:I|we) (?:maybe |just )?(?:suggest|propose|float) `)

// askAll asks a whole group how it is: "ask how everyones doing".
var askAll = regexp.MustCompile(`(?i)^(?:ASK |and )?(?:(?:I )?(?:want|wanna|'d like|would like)(?: to)? )?(?:(?:ask|see|check|find out) )?how (?:everyone|everybody|every1|you all|all of you|people|the gang)(?:'?s| is| are)? (?:doing|getting on|keeping|going|been|are|is)\b`)

func classifyOne(c, name string, o Occasion, lost string) Detail {
	// After a death, "he was always so funny" is about the one who died
	// when "he" fits them; otherwise it is about the recipient.
	afterLoss := lost != "" && samePerson(c, lost)
	c = leadFiller.ReplaceAllString(c, "")
	c = leadAgo.ReplaceAllString(c, "")
	if t, ok := namedByThem(c); ok && o != Condolence {
		// "they christened him Felix": the couple's news, told to them.
		c = t
	}
	if d, ok := sharedDetail(c, o); ok {
		return d
	}
	if braveFace.MatchString(c) {
		// "he's pretending he's fine": what the writer sees through is
		// never said back to them.
		return Detail{Kind: Background, Text: c}
	}
	if o == Group {
		// "want to wake it up and suggest a meetup": waking the chat is
		// what the message does; what follows is what it says.
		c = wakeAnd.ReplaceAllString(c, "$1")
		if askAll.MatchString(c) {
			// "ask how everyones doing": the question itself.
			return Detail{Kind: Feeling, Text: groupHow}
		}
		if m := weCould.FindStringSubmatch(c); m != nil {
			// "i thought we could plan something together": the plan.
			if vaguePlan.MatchString("we " + trimTail(m[1])) {
				// "…we could plan something together" names no plan, but
				// said after news of the group's own it reads whole.
				return Detail{Kind: Feeling, Text: "I thought we could " + trimTail(m[1])}
			}
			return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}
		}
	}
	if m := frontedWhen.FindStringSubmatch(c); m != nil {
		// "while I was away she walked my dog": the statement.
		c = m[1]
	}
	if m := cleft.FindStringSubmatch(c); m != nil {
		// "it was his band's gig I missed": what was missed.
		c = m[2] + " " + m[3] + " " + m[1]
	}
	if itMeant.MatchString(c) {
		return Detail{Kind: Feeling, Text: trimTail(c)}
	}
	if m := whenISuggested.FindStringSubmatch(c); m != nil {
		// "nobody replied when I suggested a reunion": the plan again.
		return Detail{Kind: Plan, Text: trimTail(strings.TrimSpace(chatWhere.ReplaceAllString(m[1], "")))}
	}
	// "…without making it weird": how to say it, never something to say.
	c = howTail.ReplaceAllString(c, "")
	if hereForYou.MatchString(c) {
		// "I'm there for her": every hard time's closing says it.
		if Sombre(o) {
			return Detail{}
		}
		return Detail{Kind: Feeling, Text: "I'm here for you"}
	}
	if r := chatWhere.ReplaceAllString(c, ""); r != c && len(strings.Fields(r)) >= 3 {
		// "a joke about your accent in the group chat": where it
		// happened is no part of what to say.
		c = r
	}
	// "just saying I love him": what follows is what to say.
	c = sayingLead.ReplaceAllString(c, "")
	if (o == Apology || o == Mend) && barePast.MatchString(c) {
		// "borrowed his drill in May": the writer did.
		c = "I " + c
	}
	if strings.HasPrefix(strings.ToLower(c), "promise ") {
		// "promise it won't happen again": the writer does.
		c = "I " + c
	}
	if o == FollowUp && bareAsked.MatchString(c) {
		// "invited her to my birthday dinner": the writer did.
		c = "I " + c
	}
	if m := roleIs.FindStringSubmatch(c); m != nil && (o == Professional || o == FollowUp) {
		// "it's a product manager role at a fintech", told at a later
		// step: the role the writer is after.
		return Detail{Kind: Feeling, Text: "The role I'm applying for is " + trimTail(m[1])}
	}
	if m := sentThings.FindStringSubmatch(c); m != nil && o == FollowUp {
		// "I sent her photos of the baby last week": what was sent.
		return Detail{Kind: Topic, Text: "the " + cutAt(trimTail(m[1]), forTail)}
	}
	if m := askedFor.FindStringSubmatch(c); m != nil && (o == FollowUp || o == Professional) {
		// "asked my old professor for a recommendation letter 3 weeks ago".
		return Detail{Kind: Topic, Text: "the " + trimTail(m[1])}
	}
	if m := deadlineRe.FindStringSubmatch(c); m != nil {
		return Detail{Kind: Feeling, Text: "The deadline is " + m[1] + ", so I wanted to check in"}
	}
	if bareNotice.MatchString(c) {
		// "saw sunflowers at the market": the writer saw them.
		c = "I " + c
	}
	if ifICan.MatchString(c) {
		// "…, if I can put him down as a referee": what is asked.
		c = "ASK " + c
	}
	if m := askingRe.FindStringSubmatch(c); m != nil {
		c = "ASK " + m[1]
	}
	if rest, ok := strings.CutPrefix(c, "WHO "); ok {
		// "thank Priya who found my wallet": what follows is about them.
		c = "they " + rest
		if o == Thanks {
			c = "FOR " + rest
		}
	}
	if rest, ok := strings.CutPrefix(c, "ON "); ok {
		return Detail{Kind: TheirNews, Text: "on:" + secondPerson(rest, name, false)}
	}
	marker := ""
	for _, m := range []string{"FOR ", "ABOUT ", "ASK "} {
		if strings.HasPrefix(c, m) {
			marker, c = m, strings.TrimPrefix(c, m)
		}
	}
	if marker == "" && !(o == Thanks && ownLossWhen.MatchString(c)) {
		// "she sent me a card when my dad died", in a thank-you: the
		// writer's own loss only says when the kindness was.
		if d, ok := rememberedLoss(c, name); ok && o != Support {
			// "her dad would have been 70 today": remembered, not news.
			return d
		}
		if d, ok := lossDetail(c, name, o); ok {
			return d
		}
	}
	if m := closeWhen.FindStringSubmatch(c); m != nil && marker == "" {
		// "we were super close as kids": the closeness is background, the
		// time it names is shared.
		return Detail{Kind: Memory, Text: "how close we were " + m[1]}
	}
	if m := livedTogether.FindStringSubmatch(c); m != nil && marker == "" {
		// "we worked together at the council": where they shared their
		// days, unlike a bare "we used to work together".
		return Detail{Kind: Memory, Text: "how we " + trimTail(secondPerson(howLong.ReplaceAllString(m[1], ""), name, false))}
	}
	if m := askedHow.FindStringSubmatch(c); m != nil && marker == "" {
		// "I texted her asking how her new job was going": what the
		// follow-up is about; the texting is the silence.
		t := secondPerson(strings.NewReplacer(" was going", " is going", " were going", " are going").Replace(m[1]), name, false)
		return Detail{Kind: Topic, Text: trimTail(t)}
	}
	if m := neverReplied.FindStringSubmatch(c); m != nil && marker == "" && (o == Apology || o == Mend) {
		// The writer's own silence is what the apology is for.
		obj := ""
		if m[1] != "" {
			obj = " to " + secondPerson(m[1], name, false)
		}
		return Detail{Kind: Sorry, Text: "for not replying" + obj}
	}
	if m := wantPlan.FindStringSubmatch(c); m != nil && marker == "" {
		// "I want to suggest a picnic in the park": the plan itself.
		return Detail{Kind: Plan, Text: trimTail(secondPerson(m[1], name, false))}
	}
	if m := wantPlanAny.FindStringSubmatch(c); m != nil && marker == "" {
		return anyPlan(m[1], m[2], name)
	}
	if m := wantUsTo.FindStringSubmatch(c); m != nil && marker == "" {
		// "want everyone to do a video call", "suggest we read something
		// short": what they would all do.
		return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}
	}
	if m := wantGather.FindStringSubmatch(c); m != nil && marker == "" {
		if m[1] == "" {
			// "get everyone to meet up after easter": what they would
			// all do.
			return Detail{Kind: Plan, Text: "we " + trimTail(m[2])}
		}
		return Detail{Kind: Plan, Text: trimTail(m[1])}
	}
	if m := wantGoing.FindStringSubmatch(c); m != nil && marker == "" {
		// "want to get a game going in April": a plan, with or without "I".
		return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}
	}
	if m := offerTo.FindStringSubmatch(c); m != nil && marker == "" {
		// "offer to replace them", "maybe offer to get a pint".
		if g := offerThing.FindStringSubmatch(m[1]); g != nil {
			return Detail{Kind: Plan, Text: g[1]}
		}
		return Detail{Kind: Feeling, Text: "I'd like to " + secondPerson(m[1], name, false)}
	}
	if m := saidTheyd.FindStringSubmatch(c); m != nil && marker == "" {
		// "she said she'd update me by Friday": what they said they would
		// do, said back to them as theirs.
		return Detail{Kind: Feeling, Text: "You mentioned you'd " + trimTailKeep(secondPerson(m[1], name, false))}
	}
	if m := sentMine.FindStringSubmatch(c); m != nil && marker == "" && (o == FollowUp || o == Professional) {
		// "I sent my portfolio last Thursday": what the follow-up is about.
		return Detail{Kind: Topic, Text: trimTail(m[1])}
	}
	if o == Thanks && theyDid.MatchString(c) {
		// "they sorted out my bike": whoever is thanked did it.
		c = "you " + c[5:]
	}
	if (o == Apology || o == Mend) && name != "" && theirThing.MatchString(c) {
		// "I ate their leftovers", to one person called "they": theirs is
		// the recipient's.
		c = theirThing.ReplaceAllString(c, "$1 your ")
	}
	// The clause said to them, which the rules below read often; c does
	// not change after this.
	toYou := secondPerson(c, name, false)
	if m := mineDid.FindStringSubmatch(c); m != nil && marker == "" && (o == Apology || o == Mend) {
		// "my dog got into his garden": what the writer is sorry for.
		return Detail{Kind: Sorry, Text: "that " + trimTail(toYou)}
	}
	if m := msgAbout.FindStringSubmatch(c); m != nil && marker == "" && o == FollowUp {
		// "hasn't answered my messages about visiting in June": what
		// the follow-up is about; the silence stays out.
		return Detail{Kind: Topic, Text: secondPerson(m[1], name, false)}
	}
	if wontAgain.MatchString(c) {
		return Detail{Kind: Feeling, Text: "It won't happen again"}
	}
	if riftClause.MatchString(c) && marker == "" && o != Apology && o != Mend {
		// A row told as background: it keeps the draft quiet, and is
		// never said back.
		return Detail{Kind: Rift}
	}
	if m := wasMyRole.FindStringSubmatch(toYou); m != nil && o == Professional {
		// "he was my supervisor on my internship last year": how they
		// know each other is what a professional note starts from.
		return Detail{Kind: Memory, Text: "how much I learned from you " + m[2] + " " + trimTail(m[3])}
	}
	if m := lastTime.FindStringSubmatch(c); m != nil && marker == "" {
		return Detail{Kind: Memory, Text: trimTail(secondPerson(cutAgo.ReplaceAllString(m[1], ""), name, false))}
	}
	if m := notSince.FindStringSubmatch(c); m != nil && marker == "" {
		return Detail{Kind: Feeling, Text: "I haven't " + m[1] + " since " + trimTail(m[2])}
	}
	if m := offering.FindStringSubmatch(c); m != nil && marker == "" {
		// "…offering to help with shopping or whatever he needs".
		return Detail{Kind: Feeling, Text: "I'd be glad to " + secondPerson(m[1], name, false)}
	}
	if m := hearVoice.FindStringSubmatch(toYou); m != nil {
		return Detail{Kind: Feeling, Text: "I'd love to hear your voice"}
	}
	if m := mentionClause.FindStringSubmatch(c); m != nil && marker == "" {
		// "mention we're trying to organise a ceilidh": what to mention.
		c = m[1]
	}
	if loc := tryingTo.FindStringIndex(c); loc != nil && marker == "" && (strings.HasPrefix(strings.ToLower(c), "we") || strings.HasPrefix(c, "I")) {
		// "we're trying to organise a ceilidh for new year": the plan.
		return Detail{Kind: Plan, Text: trimTail(secondPerson(c[loc[1]:], name, false))}
	}
	if m := pastPlan.FindStringSubmatch(c); m != nil && marker == "" {
		// "we were planning a camping trip that never happened": the
		// plan, put to them again.
		if rest, ok := strings.CutPrefix(m[1], "to "); ok {
			return Detail{Kind: Plan, Text: "we " + trimTail(secondPerson(rest, name, false))}
		}
		return Detail{Kind: Plan, Text: trimTail(secondPerson(m[1], name, false))}
	}
	if m := weShould.FindStringSubmatch(c); m != nil && marker == "" {
		return Detail{Kind: Plan, Text: trimTail(m[1])}
	}
	if m := wePlan.FindStringSubmatch(c); m != nil && marker == "" && !strings.HasPrefix(strings.ToLower(c), "we") {
		// "thinking we could do a video call over Christmas".
		return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}
	}
	if o == Support && myThingIs.MatchString(c) && marker == "" {
		return Detail{Kind: MyNews, Text: trimTail(c)}
	}
	if m := marriedYears.FindStringSubmatch(toYou); m != nil {
		return Detail{Kind: Feeling, Text: upFirst(m[1]) + " years of marriage is something so precious"}
	}
	if d, ok := wishOrAsk(toYou, name); ok && marker == "" {
		return d
	}
	if (o == Apology || o == Mend) && marker == "" && strings.HasPrefix(toYou, "I ") && didToYou.MatchString(toYou) && !sorryDid.MatchString(toYou) {
		// "I ghosted her after she helped me move": what the writer did
		// to them is the apology's reason, even in words that elsewhere
		// are background.
		return Detail{Kind: Sorry, Text: "that " + trimTail(toYou)}
	}
	if (background.MatchString(careEventOut(c)) || metaWant.MatchString(c) || traitClause.MatchString(c)) && !(marker == "FOR " && givenThing.MatchString(c)) {
		// "for an intro to her manager" names someone, but is the ask.
		return Detail{}
	}
	if badMouthing.MatchString(c) && !ownBlame.MatchString(c) {
		// "her ex is being a total jerk", "she complains about
		// everything": what the writer thinks of someone is for the
		// writer only.
		return Detail{}
	}
	if toCompanion.MatchString(c) {
		// "also remind me to check on him on Friday" asks the companion,
		// never the recipient.
		return Detail{}
	}
	if m := itsFor.FindStringSubmatch(toYou); m != nil && marker == "" {
		// "it's for her new job": what the message is about.
		switch o {
		case Congrats, HardTime, Professional:
			return Detail{Kind: TheirNews, Text: trimTail(m[1])}
		}
		return Detail{Kind: Topic, Text: trimTail(m[1])}
	}
	if onTheirOwn.MatchString(c) && (o == Thinking || o == Reconnect || o == Birthday) {
		// "he's on his own now": why the writer thought of writing.
		return Detail{}
	}
	if m := metThem.FindStringSubmatch(c); m != nil && lost != "" && strings.EqualFold(pronounFor(lost), m[1]) {
		// "I met him once at Eid", after his death: a memory of him.
		return Detail{Kind: Feeling, Text: "I'll always remember meeting " + strings.ToLower(m[1]) + " at " + trimTail(m[2])}
	}
	if writerUneasy.MatchString(c) && o != Apology && o != Mend {
		return Detail{}
	}
	if m := withOther.FindStringSubmatch(c); m != nil && !strings.EqualFold(m[1], firstName(name)) && marker == "" && (people.IsFirstName(strings.ToLower(m[1])) || strings.HasPrefix(m[1], "my ") || m[1] != strings.ToLower(m[1])) {
		// "me and Ola are having a baby": the writer's news, with Ola.
		who := m[1]
		if !strings.HasPrefix(strings.ToLower(who), "my ") {
			who = upFirst(who)
		}
		return Detail{Kind: MyNews, Text: who + " and I " + trimTail(m[2])}
	}
	// Writing to Nan after Grandad died, a family word tells her pronouns
	// apart from his.
	them := ""
	if afterLoss {
		if g := map[string]string{"him": "m", "her": "f"}[kinPronoun(strings.ToLower(firstName(name)))]; g != "" && g != map[string]string{"him": "m", "her": "f"}[pronounFor(lost)] {
			them = g
		}
	}
	if afterLoss && them != "" && deceasedSubject.MatchString(c) {
		// "he always made her a cup of tea": remembered, said to her.
		return Detail{Kind: Memory, Text: "how " + trimTail(secondPersonOf(c, name, false, them))}
	}
	if afterLoss && deceasedSubject.MatchString(c) {
		c = objectsToYou(c)
		if r, ok := rememberDoing(c); ok {
			// "she used to make us pancakes": remembered, not told back.
			return Detail{Kind: Feeling, Text: "I'll always remember " + r}
		}
		return Detail{Kind: Feeling, Text: trimTail(c)}
	}
	you := toYou
	if afterLoss {
		you = secondPerson(c, name, true)
	}
	if them != "" {
		you = secondPersonOf(c, name, false, them)
	} else if afterLoss {
		// "my dad died… I need her": a pronoun that cannot be the one who
		// died is the recipient.
		dead := map[string]string{"him": "m", "her": "f"}[pronounFor(lost)]
		if other := map[string]string{"m": "f", "f": "m"}[dead]; other != "" && hasGender(c, other) && !hasGender(c, dead) {
			you = secondPersonOf(c, name, false, other)
		}
	}
	you = duration.ReplaceAllString(you, "")
	if m := theOneWho.FindStringSubmatch(you); m != nil {
		// "he's the one who taught me to ride a bike": what they did.
		you = "you " + m[1]
	}
	if m := thoughtWhen.FindStringSubmatch(you); m != nil {
		if g, ok := gerund(m[1] + " " + m[2]); ok {
			// "I thought of her when I walked past our old office".
			return Detail{Kind: Feeling, Text: upFirst(trimTail(g)) + ", I thought of you"}
		}
	}
	if m := askedIfWanted.FindStringSubmatch(you); m != nil {
		// "I asked her if she wanted to grab coffee": the plan again.
		if o == FollowUp && strings.TrimSpace(m[1]) == "to" {
			// A follow-up asks it again, as it was asked.
			return Detail{Kind: Topic, Text: "whether you'd like to " + trimTail(strings.TrimSpace(strings.ToLower(m[2])+" "+m[3]))}
		}
		m = m[1:]
		v := strings.ToLower(m[1])
		if !strings.HasSuffix(v, "ing") {
			v = baseIng(v)
		}
		if v != "" {
			return Detail{Kind: Plan, Text: trimTail(strings.TrimSpace(v + " " + m[2]))}
		}
	}
	if m := heardFrom.FindStringSubmatch(you); m != nil {
		// "his ex told me he's been low": the news, not who told it.
		you = m[1]
	}
	if aboutYou.MatchString(you) {
		// "thinking about my aunt Rosa today", written to Rosa, is what
		// the message is, not something to say in it.
		return Detail{}
	}
	if marker == "" {
		if d, ok := moreKinds(c, you, name, o, lost); ok {
			return d
		}
	}
	low := strings.ToLower(you)
	switch marker {
	case "FOR ":
		return forDetail(you, o)
	case "ABOUT ":
		if m := askedThing.FindStringSubmatch(you); m != nil && o != FollowUp {
			// "to my old manager about a job reference": asked for, plainly.
			return Detail{Kind: Ask, Text: "give:a " + m[1]}
		}
		// "about the camping trip like 3 weeks ago": when it was asked
		// is the silence, not the topic.
		you = silenceTail.ReplaceAllString(cutAgo.ReplaceAllString(you, ""), "")
		if o == Group || planLike.MatchString(low) {
			return Detail{Kind: Plan, Text: you}
		}
		return Detail{Kind: Topic, Text: you}
	case "ASK ":
		return askDetail(you)
	}
	if encourage.MatchString(you) {
		return Detail{Kind: Feeling, Text: trimTail(you)}
	}
	if weFeel.MatchString(you) || weWill.MatchString(you) {
		// "we'll get ice cream after": a promise to them both.
		return Detail{Kind: Feeling, Text: you}
	}
	if placeWe.MatchString(you) {
		if loc := memoryAnd.FindStringIndex(you); loc != nil {
			you = you[:loc[0]]
		}
		return Detail{Kind: Memory, Text: trimTail(you)}
	}
	if m := effortFor.FindStringSubmatch(you); m != nil && o == Congrats {
		// "she's been studying for the mcat for 2 years straight", with
		// her news: the effort is praised, not reported.
		return Detail{Kind: Feeling, Text: "All those " + strings.ToLower(m[4]) + " of " + strings.ToLower(m[1]) + " " + m[2] + " paid off"}
	}
	if m := tookYears.FindStringSubmatch(you); m != nil {
		// "took him 7 years with working full time": what it cost.
		tail := strings.TrimSpace(strings.Replace(m[3], "with working", "while working", 1))
		if tail != "" && !strings.HasPrefix(tail, "while") && !strings.HasPrefix(tail, "of") {
			tail = ""
		}
		return Detail{Kind: Feeling, Text: strings.TrimSpace(upFirst(m[1])+" "+m[2]+" of hard work "+tail) + ", and you did it"}
	}
	if thereIs.MatchString(you) && !introRe.MatchString(you) {
		return Detail{Kind: Feeling, Text: you}
	}
	if m := whoUsedTo.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Memory, Text: "how we used to " + trimTail(m[1])}
	}
	if m := weMet.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Memory, Text: "met:" + m[1]}
	}
	if m := weTalked.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: m[1]}
	}
	if weNews.MatchString(you) {
		return Detail{Kind: MyNews, Text: you}
	}
	if m := weFuture.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "ahead:" + m[1]}
	}
	if m := eventAhead.FindStringSubmatch(you); m != nil {
		// "grandma's 100th is in May": a day to look forward to.
		return Detail{Kind: Plan, Text: "ahead:" + m[1] + " " + trimTail(m[2])}
	}
	if m := onMeRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "onme:" + strings.TrimSpace(m[1]+" are on me "+m[2])}
	}
	if m := iPlanRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "we " + m[1]}
	}
	if m := letsRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "we " + m[1]}
	}
	if m := mentionRe.FindStringSubmatch(you); m != nil {
		// "maybe mention his fishing stories": something of theirs to
		// bring up, not a plan.
		return Detail{Kind: Memory, Text: m[1]}
	}
	if m := babyNamed.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: upFirst(m[1]) + " is such a beautiful name"}
	}
	if m := firstInFamily.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: "The first in the family to " + trimTail(m[1]) + ", and I'm so proud of you"}
	}
	if m := suggestRe.FindStringSubmatch(you); m != nil && !strings.HasPrefix(low, "mention") {
		return Detail{Kind: Plan, Text: m[1]}
	}
	if m := cameToMind.FindStringSubmatch(you); m != nil {
		// "she popped into my head when i did 50 lengths": the writer
		// thought of them, said so, with when.
		return Detail{Kind: Feeling, Text: "I thought of you" + strings.TrimRight(trimTailKeep(m[1]+m[2]), ",")}
	}
	if m := thoughtOf.FindStringSubmatch(you); m != nil {
		if m[1] == "" {
			return Detail{}
		}
		return Detail{Kind: Noticed, Text: m[1]}
	}
	if m := memoryRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Memory, Text: trimTail(m[1])}
	}
	if m := remindedOfThen.FindStringSubmatch(you); m != nil {
		// "the first frost took me back to our ski trip": what it
		// brought back is the memory; what set it off is the writer's.
		return Detail{Kind: Memory, Text: trimTail(m[1])}
	}
	if m := usedToDo.FindStringSubmatch(you); m != nil {
		// "we used to do Friday drinks": our Friday drinks.
		return Detail{Kind: Memory, Text: "our " + trimTail(m[1])}
	}
	if weRe.MatchString(you) {
		return Detail{Kind: Memory, Text: "how " + trimTail(you)}
	}
	if m := guidesRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: "I still rely on " + lowFirst(m[1])}
	}
	if m := couldThey.FindStringSubmatch(c); m != nil {
		// "could she quiz me at the weekend", said to her.
		return askDetail(strings.TrimRight(secondPerson(m[1], name, false), "?"))
	}
	if m := couldYou.FindStringSubmatch(c); m != nil {
		// "could you be a reference for me", typed as it would be said.
		return askDetail(strings.TrimRight(m[1], "?"))
	}
	if strings.HasPrefix(you, "I ") || strings.HasPrefix(you, "I'") || strings.HasPrefix(low, "could ") || strings.HasPrefix(low, "can use") {
		return firstPerson(you, o)
	}
	if strings.HasPrefix(low, "ask ") {
		return askDetail(strings.TrimSpace(you[4:]))
	}
	if m := turnedToday.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if m := turningAge.FindStringSubmatch(you); m != nil {
		// "turning 90 on the 14th": the age is the number turned, not the date.
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if m := turnedAge.FindStringSubmatch(you); m != nil && o == Birthday {
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if age, ok := ageOrdinal(you); ok && o == Birthday {
		return Detail{Kind: Fact, Text: "age:" + age}
	}
	if m := bothAge.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if m := ageRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if m := lovedRe.FindStringSubmatch(you); m != nil && o != Condolence {
		// "he loved fishing", said to him: a fondness remembered, never
		// news told back in the past tense.
		return Detail{Kind: Memory, Text: "how much you " + strings.ToLower(m[1]) + " " + trimTail(m[2])}
	}
	if m := factRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Fact, Text: m[1]}
	}
	if usedTo.MatchString(you) && o != Condolence {
		return Detail{Kind: Memory, Text: "how " + trimTail(you)}
	}
	if youReason.MatchString(you) {
		// "she's the reason i went into nursing": what they mean to the
		// writer, said to them as it stands.
		return Detail{Kind: Feeling, Text: trimTail(you)}
	}
	if t, ok := liking(you); ok && !hardNews.MatchString(you) {
		// "he's a huge fan of sudoku", "she never stops talking about
		// her allotment": a liking, however it is said.
		return Detail{Kind: Fact, Text: t}
	}
	if m := fanOf.FindStringSubmatch(you); m != nil && len(strings.Fields(m[1])) <= 3 && !hardNews.MatchString(you) {
		// "he's a huge Arsenal fan": a liking, not who he is.
		return Detail{Kind: Fact, Text: "some " + m[1]}
	}
	if whoYouAre.MatchString(you) && !hardNews.MatchString(you) && !stateRe.MatchString(you) && !strings.HasSuffix(low, " now") {
		// "he's a lad", "she's my oldest friend": who they are.
		return Detail{}
	}
	if m := youDidMe.FindStringSubmatch(you); m != nil && o != Thanks && o != Apology && o != Mend && o != Professional {
		// "she taught me to knit": something they did with the writer,
		// remembered, not news to tell them.
		return Detail{Kind: Memory, Text: "how you " + trimTail(m[1])}
	}
	if m := keepAsking.FindStringSubmatch(you); m != nil {
		// "she keeps asking how I am": thanked for, not told back.
		return Detail{Kind: Feeling, Text: "Thank you for always " + m[1] + m[2]}
	}
	if m := youMessagedMe.FindStringSubmatch(you); m != nil && (o == Apology || o == Mend) {
		// "she messaged me about her new job and I never replied".
		return Detail{Kind: Sorry, Text: "for not replying to your message about " + trimTail(cutAgo.ReplaceAllString(m[1], ""))}
	}
	if g, ok := habitFact(you); ok && o == Birthday {
		// "he plays the drums in a pub band": on a birthday, something
		// to hope there is time for, never news told back.
		return Detail{Kind: Fact, Text: g}
	}
	if strings.HasPrefix(low, "you") {
		if f := strings.Fields(low); f[0] == "you" && len(f) > 1 && notVerb[f[1]] && !hasVerb(strings.Join(f[1:], " ")) {
			// "Rosa in Lisbon", "Gwen and Alun": who they are, no news.
			return Detail{}
		}
		return theirNews(you, o)
	}
	if o == Support && struggleRe.MatchString(low) {
		return Detail{Kind: Struggle, Text: you}
	}
	if o == FollowUp || o == Group {
		if chatName.MatchString(low) {
			// "our old quiz team chat" names where it is posted.
			return Detail{}
		}
		if planLike.MatchString(low) {
			return Detail{Kind: Plan, Text: you}
		}
		if hasVerb(low) && !npStart[strings.Fields(low)[0]] {
			// A clause not understood is left out: "didn't answer" is no
			// topic to follow up on, "half the team got injured" no plan.
			return Detail{}
		}
		if o == Group && (hasVerb(low) || !npStart[strings.Fields(low)[0]]) {
			// "half the team got injured": why the chat went quiet, for
			// the writer; a group is asked about a plan, not followed up.
			return Detail{}
		}
		return Detail{Kind: Topic, Text: you}
	}
	if (o == Apology || o == Mend) && strings.HasPrefix(low, "my ") && hasVerb(low) {
		// "my visa won't come through in time": the writer's reason.
		return Detail{Kind: MyNews, Text: you}
	}
	if o == Thanks && strings.HasPrefix(low, "the ") {
		return Detail{Kind: Feeling, Text: "that " + you[4:]}
	}
	if f := strings.Fields(low); len(f) >= 2 && npStart[f[0]] && !hasVerb(low) && (f[0] != "a" && f[0] != "an" || memoryWords.MatchString(low)) {
		return Detail{Kind: Memory, Text: you}
	}
	if f := strings.Fields(low); len(f) >= 4 && (f[0] == "the" || f[0] == "your" || f[0] == "our") && hasVerb(low) && !strings.HasSuffix(low, " and") && youWord.MatchString(low) {
		// "the tomatoes you grew last summer were the best" is a sentence
		// already, once it speaks to them.
		return Detail{Kind: Feeling, Text: you}
	}
	if d, ok := general(you, name, o); ok {
		return d
	}
	return Detail{}
}

// hasVerb reports whether a phrase looks like a clause rather than a noun
// phrase; a clause that is not understood is left out, not pasted.
func hasVerb(low string) bool {
	for _, w := range wordsOf(low) {
		switch {
		case verbs[w], strings.HasSuffix(w, "ed") && len(w) > 4, strings.HasSuffix(w, "n't"):
			return true
		}
	}
	return false
}

var verbs = wordset.Of(`is are was were be been am has have had do does did will would can could should may might must
's 're get got go goes went make made take took say said tell told know knew think thought want need love loves
like likes feel felt see saw come came give gave keep kept let put seem seems lives live works work met meet
comes goes starts opens begins launches arrives finishes ends left lost won ran broke fell gave took made found
told sent bought brought drove flew grew hit hurt lent paid quit sold spent split stood stole threw woke wrote dumped`)

func trimTail(s string) string {
	for {
		t := timeTail.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	if strings.HasSuffix(s, " since") && !strings.HasSuffix(s, "ever since") && len(strings.Fields(s)) > 3 {
		// "in hospital since yesterday", the day cut: a "since" with
		// nothing after it reads cut off.
		s = strings.TrimSuffix(s, " since")
	}
	return s
}

// npStart are the words a usable noun phrase starts with ("the road trip",
// "our Sunday calls"); anything else not understood is left out.
var npStart = wordset.Of(`the our a an your my that those this`)

// forDetail is what a thank-you or an apology is for: "for helping me move".
func forDetail(you string, o Occasion) Detail {
	you = strings.TrimPrefix(you, "the fact that ")
	if strings.EqualFold(strings.TrimSpace(you), "you") {
		// "a birthday message for my little bro Kofi": who it is for.
		return Detail{}
	}
	if f := strings.Fields(strings.ToLower(you)); len(f) > 1 && (f[0] == "you" || f[0] == "you're") && o != Apology && o != Mend {
		// "a message for her, she didn't pass": a clause, not a thing.
		return theirNews(you, o)
	}
	g, ok := gerund(you)
	switch o {
	case Apology, Mend:
		if ok {
			return Detail{Kind: Sorry, Text: "for " + trimTail(g)}
		}
		return Detail{Kind: Sorry, Text: "about " + you}
	case Professional:
		if !givenThing.MatchString(you) {
			// "to ask for a coffee chat": something to be open to.
			return Detail{Kind: Ask, Text: "for " + you}
		}
		return Detail{Kind: Ask, Text: "give:" + you}
	case Support:
		if !ok {
			// "ask Sara for support" says what the message is, not a detail.
			return Detail{}
		}
	case Group:
		if !ok {
			// "a message for the five a side chat" names the chat.
			return Detail{}
		}
	case Congrats:
		return Detail{Kind: TheirNews, Text: you}
	}
	if ok {
		return Detail{Kind: ThanksFor, Text: g}
	}
	return Detail{Kind: ThanksFor, Text: you}
}

// askDetail turns "if she can talk tonight" into a question to them.
func askDetail(you string) Detail {
	low := strings.ToLower(you)
	if strings.HasPrefix(low, "how ") || strings.HasPrefix(low, "about ") {
		return Detail{Kind: Topic, Text: strings.TrimPrefix(you, "about ")}
	}
	if m := anyoneWants.FindStringSubmatch(you); m != nil {
		// "if anyone wants to go for a curry": a plan put to them all.
		if npStart[strings.ToLower(strings.Fields(m[1])[0])] {
			return Detail{Kind: Plan, Text: trimTail(m[1])}
		}
		return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}
	}
	if m := stillSuits.FindStringSubmatch(you); m != nil {
		// "if june still works": whether a time or a plan still suits
		// them, asked plainly.
		if strings.EqualFold(m[2], "suit") {
			return Detail{Kind: Ask, Text: "need:Does " + m[1] + " still suit you?"}
		}
		return Detail{Kind: Ask, Text: "need:Does " + m[1] + " still work for you?"}
	}
	if m := askThird.FindStringSubmatch(you); m != nil {
		// "if they have any junior roles coming up": asked about others.
		return Detail{Kind: Ask, Text: "whether:" + trimTail(m[1])}
	}
	act := you
	if m := askIfRe.FindStringSubmatch(you); m != nil {
		act = m[1]
	}
	if m := askWe.FindStringSubmatch(act); m != nil {
		return Detail{Kind: Ask, Text: "need:Could we " + m[1] + "?"}
	}
	if m := askMe.FindStringSubmatch(act); m != nil {
		return Detail{Kind: Ask, Text: "need:Could I " + m[1] + "?"}
	}
	return Detail{Kind: Ask, Text: act}
}

// stillSuits is whether a time or plan still suits them: "if june still
// works", "whether saturday still suits".
var stillSuits = regexp.MustCompile(`(?i)^(?:if |whether )?([A-Z][\w']+|the \w+|next \w+|this \w+|that|it) (?:still )?(work|suit)s?(?: for (?:you|her|him|them))?$`)

// theirNews is something that happened to the recipient, or a fact about them.
func theirNews(you string, o Occasion) Detail {
	if rest, ok := strings.CutPrefix(you, "you for "); ok {
		// "Dr Mensah for writing my letter", the name cut from its
		// "thank": what the thanks is for, never news to tell them.
		if g, ok := gerund(rest); ok && (o == Thanks || o == Professional || o == Thinking) {
			return Detail{Kind: ThanksFor, Text: g}
		}
		return Detail{}
	}
	// "her boyfriend of six years": how long is for the writer; "a messy
	// divorce" is judged by the writer, not told to them.
	you = ofYears.ReplaceAllString(you, "")
	you = judgedSplit.ReplaceAllString(you, "$1")
	if !Sombre(o) && o != Condolence {
		// "quit the bank job he hated": glad news says what was left,
		// not how much it was disliked.
		you = dislikedAside.ReplaceAllString(you, "")
	}
	return Detail{Kind: TheirNews, Text: trimTailKeep(you)}
}

// ofYears is how long someone has been who they are: "of six years".
var ofYears = regexp.MustCompile(`(?i)\s+of (?:` + count.Words + `|a few|many|several) (?:years?|yrs|months?)\b`)

// effortFor is a long effort of theirs: "you've been studying for the
// exam for two years straight".
var effortFor = regexp.MustCompile(`(?i)^you(?:'ve| have) been ([a-z]+ing) (.+?) for (?:about |over |nearly |almost |more than )?(` + count.Words + `|a few|so many|many) (years|months|weeks)(?: straight| solid| now| non-?stop)?$`)

// judgedSplit is a break-up with the writer's judgement of it.
var judgedSplit = regexp.MustCompile(`(?i)\b(?:messy|nasty|ugly|bitter|horrible|awful|brutal|horrendous) (divorce|break-?up|split|separation)\b`)

// dislikedAside is a relative clause saying how much they disliked
// something: "the job you hated", "that you couldn't stand".
var dislikedAside = regexp.MustCompile(`(?i)\s+(?:that |which )?you (?:always |really |absolutely |so )?(?:hated|loathed|despised|disliked|couldn't stand|could not stand|were miserable in|were sick of|were stuck in)\b`)

// trimTailKeep drops only the softest tails ("again", "or something").
func trimTailKeep(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, " or something"), " again")
	if strings.HasSuffix(s, " since") {
		// "staying with her daughter since": since then.
		s += " then"
	}
	return s
}

// badMouthing is someone run down: "her ex is being a total jerk", "he's
// such an idiot", "she complains about everything", and the writer's
// shrug at it ("fair enough").
var badMouthing = regexp.MustCompile(`(?i)(?:\b(?:is|was|being|been|'s|are|were|acting like|acts like) (?:such |a |an |so |kind of |kinda |being )*(?:total |complete |absolute |real |right |bit of a |massive |huge |proper )*(?:jerk|idiot|arse|ass|asshole|arsehole|prick|dick|twat|knob|tosser|nightmare|snake|creep|loser|muppet|moron|clown|pain in the \w+)s?\b|\bcomplains? about (?:everything|anything|literally everything)\b|\bfair enough\b)`)

// ownBlame is the writer owning the fault: "I was such an idiot".
var ownBlame = regexp.MustCompile(`(?i)^(?:and |but |honestly |tbh )?(?:I|i|I'm|i'm|im)\b`)
