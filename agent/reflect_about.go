package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strings"
)

// What a reflection answer is about, read from classes of words: a value
// looked for in a connection (being listened to, honesty, humour, someone
// who shows up), an interest shared with others (climbing, a book club), a
// place people meet or scroll (Instagram, the family group chat, meeting in
// person), a habit of the person's own (skimming, waiting to be written to
// first), or a limit (evenings kept free, the kids kept offline). The
// acknowledgement names it in the companion's words (ack_about.go) instead
// of saying the answer back.

// answerAbout is what aboutOf found in an answer; a field is "" when the
// answer says nothing of that kind.
type answerAbout struct {
	// value is what the person looks for, as one would say of receiving
	// it ("being listened to"); give is the same value offered to others
	// ("listening properly").
	value, give string
	// places are the interests ("climbing", "the book club") and the
	// places online or off ("Instagram", "group chats") the answer names,
	// in its order, each with what it does to the person.
	places []place
	// habit is a way the person tends to do things, as a clause
	// ("you ask people outright").
	habit string
	// limit is what the person keeps for themselves: a time ("your
	// evenings") or a subject ("your kids"); limits counts the times and
	// subjects named, since a list of them is more than one line can hold.
	limit  string
	limits int
}

// place is an interest or a place an answer names.
type place struct {
	// name is as the companion says it: "the book club", "Instagram".
	name string
	// interest is true for an activity shared with others, false for a
	// place to meet, talk or scroll.
	interest bool
	// mood is +1 when the answer says it gives the person energy, -1 when
	// it costs them, 0 when it does not say.
	mood int
}

// found reports whether anything was recognised.
func (a answerAbout) found() bool {
	return a.value != "" || len(a.places) > 0 || a.habit != "" || a.limit != ""
}

// aboutValue is one value a connection can hold: the words that show it and
// how it is said received and given.
type aboutValue struct {
	re          pattern
	value, give string
}

// aboutValues are tried in order; the first found is the answer's value.
// The more particular come first: being listened to without being fixed
// before being listened to.
var aboutValues = []aboutValue{
	{mustPattern(`\b(?:listen(?:ed|s|ing)?|let me (?:talk|vent|cry|ramble|rant)|heard me out|hear me out)\b.*\b(?:didn'?t|did not|without|never|not) (?:judg\w*|making me feel judged)`),
		"being listened to without being judged", "listening without judging"},
	{mustPattern(`\b(?:listen(?:ed|s|ing)?|let me (?:talk|vent|cry|ramble|rant)|heard me out|hear me out)\b.*\b(?:didn'?t|did not|without|never|not)(?: once| even)? (?:(?:try|tried|trying) to )?(?:fix|solve|advise|lecture)\w*`),
		"being listened to without anyone rushing to fix it", "listening without rushing to fix things"},
	{mustPattern(`\b(?:didn'?t|did not|without|never|not)(?: once| even)? (?:(?:try|tried|trying) to )?(?:fix|solve|lecture)\w*.*\b(?:listen(?:ed|s|ing)?|let me (?:talk|vent|cry)|(?:sat|stayed|sits|stays|sitting) (?:there )?with me|was just there|(?:just )?(?:sat|stayed) there)\b`),
		"being listened to without anyone rushing to fix it", "listening without rushing to fix things"},
	{mustPattern(`\b(?:didn'?t|did not|never|without) (?:once |even )?(?:lectur\w*|tell(?:ing)? me off)\b[^.;]*\b(?:asked|listened|waited|heard me)\b|\b(?:asked|listened|waited|heard me)\b[^.;]*\b(?:didn'?t|did not|never|without) (?:once |even )?(?:lectur\w*|tell(?:ing)? me off)\b`),
		"being heard out without a lecture", "hearing people out without lecturing"},
	{mustPattern(`\b(?:without (?:me )?(?:having to |needing to )?explain\w*|gets? it|gets? me|understands? me|(?:no|never) need to explain|(?:didn'?t|did not|never) (?:need|have) (?:me )?to explain|(?:just|totally|instantly|straight away) (?:got|gets|knew|understood)(?: it| me)?)\b`),
		"being understood without having to explain yourself", "understanding people without them having to explain"},
	{mustPattern(`\b(?:pretend|pretending|be themselves|be myself|be yourself|(?:feel|felt|being) judged|never judg\w*|don'?t judge|accepted|easy to be around|safe (?:with|around) me)\b`),
		"being able to be yourself", "being someone people can be themselves around"},
	{mustPattern(`\b(?:noticed|noticing|picked up on|clocked|saw) (?:that )?(?:i|i'd|id|i'm|im|me|something)\b.*\b(?:messaged|texted|checked in|checked on|asked|came over|came up|called|rang|pulled me aside)\b`),
		"being noticed and checked on", "noticing when someone's off and checking in"},
	{mustPattern(`\bremember(?:ed|s|ing)? (?:(?:the|a|an|one|some|all|all the|those|little|small|tiny|random|silly|important|big|everyday)\s+){0,3}(?:something|stuff|things|thing|what|my|their|details|bits|it|me|birthdays?|names?)\b|\bbrought it up again\b|\bfollow(?:ed|s)? up on\b`),
		"being remembered", "remembering what matters in their lives"},
	{mustPattern(`\basked (?:me )?(?:(?:what was|what's|whats|what is|what) (?:really |actually )going on|how i (?:really|actually) (?:was|am|felt|feel|was doing|am doing)|how i was (?:really|actually) doing)\b`),
		"being asked how you really are", "asking people how they really are"},
	{mustPattern(`\b(?:listen(?:ed|s|ing)?|let me (?:talk|vent|cry|ramble|rant)|heard me out|hear me out|let me get it (?:all )?out)\b`),
		"being listened to", "listening properly"},
	{mustPattern(`\b(?:could|can|would|to) (?:ring|call|phone|text) me (?:at (?:\d|any)|any ?time|whenever|in the middle of the night|day or night)`),
		"someone you can call at any hour", "being someone people can call at any hour"},
	{mustPattern(`\b(?:reliable|dependable|loyal|loyalty|show(?:s|ed)? up|turn(?:s|ed)? up|there for (?:me|them|people)|count on|(?:don'?t|never|won'?t) disappear|keep (?:my|their) word|consistent)\b`),
		"someone who shows up", "being someone who shows up"},
	{mustPattern(`\b(?:honest|honesty|truth|straight with|real with)\b`),
		"honesty", "honesty"},
	{mustPattern(`\b(?:funny|humou?r|make (?:me|them|people) laugh|banter|jokes|fun)\b`),
		"fun and laughter", "bringing some fun"},
	{mustPattern(`\b(?:keeps? me going|keep me on track|accountab\w*|drag me|motivat\w*|push(?:es)? me|stick(?:ing)? with (?:it|things))\b`),
		"someone to keep you going", "keeping people going"},
	{mustPattern(`\b(?:(?:was|is|were|are) proud (?:of me|i|of how)|proud of me|believed in me|believes in me)\b`),
		"someone being proud of you", "being proud of people"},
	{mustPattern(`\b(?:close friend|best friend|bestie|someone close)\b`),
		"a close friend", "being a close friend"},
	{mustPattern(`\b(?:share (?:a|my) (?:hobby|hobbies|interests?)|who share|people into (?:the same|what i'm into))\b`),
		"people who share your interests", "sharing what you love"},
	{mustPattern(`\b(?:learn from|mentor|teach me|show me the ropes)\b`),
		"someone to learn from", "passing on what you know"},
	{mustPattern(`\b(?:kind|kindness|caring|care a lot|cares? about)\b`),
		"kindness", "caring a lot"},
}

// reInterest is an activity done with others: a sport, a club, a class, a
// craft.
var reInterest = mustPattern(`\b((?:(?:the |a |my )?(?:[a-z]+ )?(?:club|class|classes|choir|quiz|team|league|crew|society|group|circle)|board games|climbing|bouldering|running|hiking|cycling|swimming|yoga|football|footy|the gym|gym|pottery|painting|drawing|knitting|crochet|coding|gaming|board games|chess|cooking|baking|dancing|gardening|the allotment|photography|surfing|skating|tennis|badminton|volleyball|netball|rugby|cricket|golf|music|singing|bands?|gigs?)(?: nights?)?)\b`)

// interestNoise are words reInterest may take for a club's kind that say
// nothing of it: "a new class", "my old team".
var interestNoise = wordset.Of(`new old last next first same whole big small the a my our their that this every family friend friends
work school whatsapp facebook chat text support`)

// reSpace is a place online or off where people meet, talk or scroll.
var reSpace = mustPattern(`\b(instagram|insta|tiktok|linkedin|twitter|facebook|reddit|snapchat|youtube|discord(?: servers?)?|(?:the )?family (?:whatsapp|group chat|chat)|whatsapp|group chats?|(?:small|little|private|tiny|smaller) (?:group )?chats?|slack|dating apps?|the news|doomscrolling|scrolling|video calls?|voice calls?|phone calls?|calls|voice notes?|in person|meeting (?:up|in person)|(?:anything|everything|stuff|things) online|being online|chats|texting|messaging)\b`)

// spaceNames spells a place as it is written.
var spaceNames = map[string]string{
	"instagram": "Instagram", "insta": "Instagram", "tiktok": "TikTok", "linkedin": "LinkedIn", "twitter": "Twitter",
	"facebook": "Facebook", "reddit": "Reddit", "snapchat": "Snapchat", "youtube": "YouTube", "discord": "Discord",
	"discord server": "Discord", "discord servers": "Discord", "whatsapp": "WhatsApp", "family whatsapp": "the family WhatsApp",
	"the family whatsapp": "the family WhatsApp", "family group chat": "the family group chat",
	"the family group chat": "the family group chat", "family chat": "the family chat", "the family chat": "the family chat",
	"slack": "Slack", "small chat": "the small chat", "little chat": "the little chat", "private chat": "the private chat",
	"tiny chat": "the tiny chat", "smaller chat": "the smaller chat", "small group chat": "the small group chat",
	"small chats": "the small chats", "little group chat": "the little group chat", "private group chat": "the private group chat",
	"meeting up": "meeting in person", "in person": "meeting in person", "meeting in person": "meeting in person", "doomscrolling": "scrolling",
	"chats": "chats", "messaging": "texting",
	"anything online": "being online", "everything online": "being online", "stuff online": "being online", "things online": "being online",
}

// reDrains says a place costs the person: drained, worse, awful, comparing.
var reDrains = mustPattern(`\b(?:drain\w*|nightmare|toxic|chaos|chaotic|noisy|a slog|worse|awful|terrible|horrible|rubbish|crap|shit|insecure|jealous|envious|inadequate|sad|miserable|ugly|spiral\w*|compar\w*|anxious|anxiety|exhaust\w*|wipe[sd]? me out|wears? me (?:out|down)|wear(?:s|ing)? (?:me )?(?:out|down)|wiped|tired|dead|knackered|shattered|too much|overstimulat\w*|gutted|arguments?|argu\w+|stress\w*|miserable|bad about|feel bad|opposite|hate|dread\w*|left out|not invited|wasn'?t invited|mute|muted|muting|unfollow\w*|avoid\w*|(?:can'?t|cannot) stand|overwhelm\w*|too many notifications|notifications|drama|chain messages?)\b`)

// reLifts says a place leaves the person with energy.
var reLifts = mustPattern(`\b(?:buzz\w*|favou?rite|highlight|company|comfort\w*|energ\w*|recharg\w*|lighter|love it|fills? me|best|happy|lift\w*|great|fun|better|(?:is|are|feels?) (?:so |really |pretty |actually )?(?:good|nice|lovely|easy|easier))\b`)

// aboutHabit is a way of doing things, said as a clause after "so".
type aboutHabit struct {
	re    pattern
	habit string
}

// aboutHabits are ways of answering, following up and finding out what
// others like. The first found is the answer's habit.
var aboutHabits = []aboutHabit{
	{mustPattern(`\boverthink\w*\b`), "a reply can turn into a lot of overthinking"},
	{mustPattern(`\bskim\w*\b.*\b(?:send|reply with|react with|give it) (?:a |an )?(?:heart|like|emoji|thumbs up|reaction)\b.*\bforget(?:s|ting)? (?:to )?(?:(?:actually|really|properly) )?(?:answer|reply|respond|get back)`), "you skim it, send a quick reaction, and the real answer gets forgotten"},
	{mustPattern(`\b(?:send|reply with|react with|give it) (?:a |an )?(?:heart|like|emoji|thumbs up|reaction)\b.*\bforget(?:s|ting)? (?:to )?(?:(?:actually|really|properly) )?(?:answer|reply|respond|get back)`), "a quick reaction goes out, and the real answer gets forgotten"},
	{mustPattern(`\bskim\w*\b.*\bforget(?:s|ting)? (?:to )?(?:(?:actually|really|properly) )?(?:answer|reply|respond|get back)`), "you skim it, and the proper reply gets forgotten"},
	{mustPattern(`\b(?:skim\w*|send a heart|reply (?:fast|quick\w*|straight away|right away|instantly))\b|\b(?:answer|reply|respond)\w* (?:way |far |much |a bit |slightly )?too (?:fast|quick\w*|soon)\b|\bhalfway through (?:reading|it)\b`), "you answer quickly, sometimes quicker than the message deserves"},
	{mustPattern(`\b(?:then |and |so )?i (?:usually |often |just |always |normally |mostly )?(?:call|ring|phone|telephone|facetime|voice ?note)s? (?:them|her|him|back|people|the person)\b|\bvoice (?:note|message)s? (?:them |back)\b`), "you answer with a call, where they can hear your voice"},
	{mustPattern(`\b(?:read it (?:twice|again|three times|properly|slowly)|make a (?:tea|coffee) and read|take my time|wait (?:til|till|until) i'?m home)\b`), "you read it carefully and answer what matters most"},
	{mustPattern(`\b(?:forget to (?:reply|answer)|(?:reply|answer) (?:days|weeks) later)\b`), "a reply you forget gets harder to send the longer it waits"},
	{mustPattern(`\b(?:anxious|worried|worry|scared|afraid|nervous|panic)\w*\b.*\b(?:say|saying|write|writing|reply|replying) (?:the |something )?(?:wrong|stupid|dumb)(?: thing)?\b|\b(?:say|saying) the wrong thing\b.*\b(?:on read|days|ages|put (?:it )?off|wait|leave it)\b`), "the worry of saying the wrong thing keeps a reply waiting"},
	{mustPattern(`\b(?:left on read|leave (?:it|them|things|messages) on read|(?:takes?|take) me (?:days|ages|forever))\b`), "replies tend to wait until you have the energy for them"},
	{mustPattern(`\b(?:wait(?:ing)? for (?:them|everyone|people|others) to|(?:i|they) never (?:text|message|write) first|always the one (?:who|to) (?:texts?|messages?|reaches?))\b`), "it often comes down to who writes first"},
	{mustPattern(`\b(?:end up|always|often|usually|tend to) (?:talking|talk|bringing up|bring up) (?:about )?(?:me|myself|my own)\b|\bmy own similar\b`), "you bring in a story of your own, which can help as long as you come back to theirs"},
	{mustPattern(`\bi (?:just )?(?:ask|asked|said to)\b|\bask (?:them |people )?(?:straight|directly|outright)\b`), "you ask people outright"},
	{mustPattern(`\b(?:watch how|match (?:it|their|them)|mirror|go by how (?:fast|quick\w*|soon|often|long)|(?:if|when) (?:they'?re|theyre|they are) slow i (?:slow|am slow))\b`), "you take your cue from how they reply"},
	{mustPattern(`\b(?:guess|guessing|assume|assuming)\b`), "it's mostly guesswork"},
}

// reLimitTime is a time the person keeps for themselves.
var reLimitTime = mustPattern(`\b(after (?:\d{1,2}(?: ?(?:pm|am))?|work|dinner|dark)|before (?:\d{1,2}(?: ?(?:am|pm))?|work|noon)|(?:sunday|saturday|weekend) mornings?|sundays|weekends|weekdays|weeknights|evenings|my night shifts?|night shifts?|late at night|at night)\b`)

// reOpenAfter follows a time the person says is open to others:
// "weekends im free", "mornings yes", "evenings are fine".
var reOpenAfter = mustPattern(`^,? (?:(?:i'?m|i am|are|is|r) )?(?:totally |usually |mostly |always |pretty )?(?:free|fine|ok|okay|good|open|yes|yeah|sure|whenever|all good|no problem)\b`)

// reLimitSubject is a subject kept private, with "my" before it.
var reLimitSubject = mustPattern(`\bmy (kids|children|son|daughter|family|health|mental health|mental health stuff|relationship|partner|love life|breakup|body|weight|money|finances|job|work|address|location|face|faces)\b|\b(where i live)\b|\b(?:my )?(kids faces|kids' faces)\b`)

// reHedge are softeners whose words would read as a value: "kind of" is
// no kindness, and "to be honest" no wish for honesty.
var reHedge = mustPattern(`\b(?:kind of|kinda|sort of|sorta|to be honest|if i'?m honest|if im honest|if i am honest|honestly|in all honesty|truth be told|to tell (?:you )?the truth|the truth is)\b`)

// aboutOf reads what answer is about.
func aboutOf(answer string) answerAbout {
	folded := reHedge.ReplaceAllString(foldText(answer), " ")
	var a answerAbout
	for _, v := range aboutValues {
		if v.re.MatchString(folded) {
			a.value, a.give = v.value, v.give
			break
		}
	}
	a.places = placesIn(answer)
	for _, h := range aboutHabits {
		if h.re.MatchString(folded) {
			a.habit = h.habit
			break
		}
	}
	var times [][]string
	for _, m := range reLimitTime.FindAllStringSubmatchIndex(folded, -1) {
		if reOpenAfter.MatchString(folded[m[1]:]) {
			// "weekends im free, weekdays im dead": a time said open is
			// no limit; the one after it is.
			continue
		}
		t := []string{folded[m[0]:m[1]], folded[m[2]:m[3]]}
		if n := len(times); n > 0 && (strings.HasPrefix(t[1], "after ") || strings.HasPrefix(t[1], "before ")) &&
			!strings.HasPrefix(times[n-1][1], "after ") && !strings.HasPrefix(times[n-1][1], "before ") &&
			!strings.ContainsAny(folded[strings.Index(folded, times[n-1][0])+len(times[n-1][0]):m[0]], ".,;!?") {
			// "weekdays im dead after work" is one time: weekdays after
			// work.
			times[n-1] = []string{times[n-1][0] + " " + t[0], times[n-1][1] + " " + t[1]}
			continue
		}
		times = append(times, t)
	}
	subjects := reLimitSubject.FindAllStringSubmatch(folded, -1)
	a.limits = len(times) + len(subjects)
	switch {
	case len(times) > 0:
		a.limit = limitTime(times[0][1])
	case len(subjects) > 0:
		a.limit = limitSubject(subjects[0])
	}
	return a
}

// reClauseBreak splits an answer where one thing ends and another starts:
// "the pottery class, i come home buzzing. instagram is the opposite".
var reClauseBreak = mustPattern(`[.!?;,:]+|\b(?:but|whereas|while|and then)\b`)

// placesIn finds the interests and places an answer names, each with the
// mood of its clause, or when its clause says none, of the clauses after it
// up to the next place: "instagram. i come off it feeling ugly".
func placesIn(answer string) []place {
	var out []place
	pending := 0 // places at the end of out still waiting for a mood
	for _, clause := range reClauseBreak.Split(strings.ToLower(answer), -1) {
		c := reHedge.ReplaceAllString(foldText(clause), " ")
		if c == "" {
			continue
		}
		var found []place
		for _, m := range reInterest.FindAllStringSubmatchIndex(c, -1) {
			if before := strings.TrimSpace(c[:m[2]]); strings.HasSuffix(before, " for my") || strings.HasSuffix(before, " for our") {
				// "the discord for my band": the band is what the place is
				// for, not a place of its own.
				continue
			}
			if strings.HasPrefix(c[m[1]:], " chat") {
				// "the family group chat" is a place to talk, not a group
				// that shares an interest.
				continue
			}
			if n := interestPhrase(c[m[2]:m[3]]); n != "" {
				found = append(found, place{name: n, interest: true})
			}
		}
		for _, m := range reSpace.FindAllStringSubmatch(c, -1) {
			n := spaceName(m[1])
			if !slices.ContainsFunc(out, func(p place) bool { return p.name == n }) &&
				!slices.ContainsFunc(found, func(p place) bool { return p.name == n }) {
				found = append(found, place{name: n})
			}
		}
		mood := moodOf(c)
		if len(found) > 0 {
			pending = 0
			for i := range found {
				found[i].mood = mood
			}
			out = append(out, found...)
			if mood == 0 {
				pending = len(found)
			}
			continue
		}
		if mood != 0 && pending > 0 {
			for i := len(out) - pending; i < len(out); i++ {
				out[i].mood = mood
			}
			pending = 0
		}
	}
	return out
}

// moodOf is +1 for a clause that says something gives energy, -1 for one
// that says it costs, else 0.
func moodOf(c string) int {
	switch {
	case reDrains.MatchString(c):
		return -1
	case reLifts.MatchString(c):
		return 1
	}
	return 0
}

// interestPhrase tidies an interest as found: "the book club" stays, "a
// pottery class" becomes "the pottery class", and a club of no kind ("my
// new team") is no interest.
func interestPhrase(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	switch f[0] {
	case "a", "my", "the":
		f = f[1:]
	}
	if joined := strings.Join(f, " "); reInterestPlain.MatchString(joined) {
		if joined == "gym" {
			// "the gym", as people say it.
			return "the gym"
		}
		return joined
	}
	if len(f) < 2 || interestNoise[f[0]] || roleWords[f[0]] != "" {
		return ""
	}
	return "the " + strings.Join(f, " ")
}

// reInterestPlain are interests said without "the": "climbing", "yoga".
var reInterestPlain = mustPattern(`^(?:board games|choir|climbing|bouldering|running|hiking|cycling|swimming|yoga|football|footy|gym|pottery|painting|drawing|knitting|crochet|coding|gaming|chess|cooking|baking|dancing|gardening|photography|surfing|skating|tennis|badminton|volleyball|netball|rugby|cricket|golf|music|singing|bands?|gigs?)$`)

// spaceName spells a place found by reSpace.
func spaceName(s string) string {
	if n, ok := spaceNames[s]; ok {
		return n
	}
	return s
}

// limitTime says a time kept back in the companion's words.
func limitTime(s string) string {
	s = strings.TrimPrefix(s, "my ")
	switch {
	case strings.HasPrefix(s, "after ") || strings.HasPrefix(s, "before "):
		return "the hours " + s
	case s == "at night" || s == "late at night":
		return "your nights"
	}
	return "your " + strings.NewReplacer("sunday", "Sunday", "saturday", "Saturday").Replace(s)
}

// limitSubject says a subject kept private in the second person.
func limitSubject(m []string) string {
	switch {
	case m[1] != "":
		return "your " + strings.TrimSuffix(m[1], " stuff")
	case m[2] != "":
		return "where you live"
	}
	return "your kids' faces"
}
