package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strconv"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// Tie is how close the recipient is, which sets the register.
type Tie int

// The ties a relationship can have.
const (
	TieFriend Tie = iota // a friend, the default
	TieFamily
	TiePartner
	TieWeak  // met once, an acquaintance: no "I miss you"
	TieWork  // a mentor, a manager, a LinkedIn contact: formal
	TieGroup // a group chat
)

var (
	workRel = regexp.MustCompile(`(?i)\b(?:mentor|manager|boss|supervisor|linkedin|professor|client|recruiter|interviewer|interview(?:ed|ing)? me|former (?:colleague|manager|boss|supervisor|coworker)|ex-colleague|phd|teacher)\b`)
	// colleagueRel is someone from work who is not a formal contact: no
	// "I miss you", no "Dear".
	colleagueRel = regexp.MustCompile(`(?i)\b(?:colleague|coworker|co-worker|from work|at work|work friend)\b`)
	friendRel    = regexp.MustCompile(`(?i)\b(?:got close|friend|mate|bestie)\b`)
	weakRel      = regexp.MustCompile(`(?i)\b(?:met (?:at|once)|acquaintance|from (?:my )?(?:yoga|gym|class|running club)|neighbour|neighbor|conference)\b`)
	familyRel    = regexp.MustCompile(`(?i)\b(?:mum|mom|mother|dad|father|sister|brother|sis|bro|gran|grandma|grandpa|grandad|nan|nana|granny|aunt|auntie|uncle|cousin|niece|nephew|son|daughter|grandmother|grandfather)\b`)
	partnerRe    = regexp.MustCompile(`(?i)\b(?:partner|girlfriend|boyfriend|gf|bf|wife|wifey|husband|hubby|missus|fiance|fiancee|fiancé|fiancée|other half|date)\b`)
	groupRel     = regexp.MustCompile(`(?i)\bgroup\b`)
)

// TieOf reads the tie from a relationship and the words around it.
func TieOf(relationship string) Tie {
	switch r := relationship; {
	case groupRel.MatchString(r) && !(groupWhere.MatchString(strings.ToLower(r)) && toOne.MatchString(strings.ToLower(r))):
		// A group chat named as where something happened, in a message
		// to one person, is no group.
		return TieGroup
	case friendRel.MatchString(r) && !familyRel.MatchString(r):
		return TieFriend
	case workRel.MatchString(r):
		return TieWork
	case colleagueRel.MatchString(r) && !friendRel.MatchString(r):
		return TieWeak
	case familyRel.MatchString(r):
		return TieFamily
	case partnerRe.MatchString(r):
		return TiePartner
	case weakRel.MatchString(r):
		return TieWeak
	}
	return TieFriend
}

// Spec is everything one draft is written from.
type Spec struct {
	Occasion Occasion
	// Name is who the draft greets; "" greets nobody by name.
	Name string
	Tie  Tie
	// Since is how long it has been, in the person's words ("about a year").
	Since string
	// Tone is warm, casual, playful, simple or formal; "" for neutral.
	Tone string
	// Length is short, medium (or "") or long.
	Length string
	// Warmth and Formality are nudged by revisions, -2..2.
	Warmth, Formality int
	// Medium is how it is sent ("card", "email"…); "" for a chat message.
	Medium  string
	Details []Detail
	// Variant picks among the ways of writing it; it wraps around.
	Variant int
}

// Write composes the draft. Every usable detail is in it, rewritten; the
// occasion decides the opening, the order and the closing; the tie and the
// tone the register.
func Write(s Spec) string {
	w := newWriter(s)
	body := thankOnce(dropEchoes(oneThought(w.body())), w.formal)
	return w.finish(body)
}

// warmStems are the words a line of warmth turns on: two lines on one
// ("I miss you." from the person, "I've missed you." from the shape) say
// it twice.
var warmStems = regexp.MustCompile(`(?i)\b(miss|think(?:ing)? of you|lucky|mean a lot|means a lot|proud|love you|here for you|thinking about you)`)

// hereStem offers to be there: "I'm here if you want to talk", "I'm around
// whenever you need", "I'm always here for you".
var hereStem = regexp.MustCompile(`(?i)\b(?:i'?m|i am|i'll be) (?:always |still |just |right )?(?:here|around|free|about) (?:for you|if you|whenever you|when you|to talk|anytime|any time)`)

// dropEchoes leaves out a line of warmth (marked "~") that says again what
// a line before it says.
func dropEchoes(parts []string) []string {
	said := map[string]bool{}
	var out []string
	for _, p := range parts {
		var stems []string
		for _, m := range warmStems.FindAllStringSubmatch(p, -1) {
			stems = append(stems, strings.ToLower(m[1]))
		}
		if hereStem.MatchString(p) {
			// "I'm around if you want to talk" and "I'm here if you
			// want to talk" offer the same.
			stems = append(stems, "here for you")
		}
		if strings.HasPrefix(p, "~") && len(stems) > 0 {
			echo := false
			for _, st := range stems {
				echo = echo || said[st]
			}
			if echo {
				continue
			}
		}
		for _, st := range stems {
			said[st] = true
		}
		out = append(out, p)
	}
	return out
}

type writer struct {
	s      Spec
	v      int
	formal bool
	calm   bool
	close  bool // close enough to say "I miss you"
	late   bool // a belated birthday
	// thanked counts the thank-yous said, so a second one reads as more.
	thanked int
	// congratulated is set once a line has said congratulations.
	congratulated bool
	// effortSaid is set once a line has said what a win took.
	effortSaid bool
	// chat is what a group chat is called ("book club"), for its opening.
	chat string
	// quiet is what a group chat has been quiet since ("zara's wedding in
	// June"), for its opening.
	quiet string
	// noPity is set when the person asked for no sorry-for-you: their
	// news is then said plainly.
	noPity bool
	// hearsay is set when the person learnt their news second hand: only
	// then is it said as heard.
	hearsay bool
	// private is set when the recipient keeps things to themselves: a
	// hard time is then not named (see hardAside).
	private bool
	// heardFirst is set when they wrote first after a silence: the draft
	// answers their message.
	heardFirst bool
	// tenure is how long they had been where hard news struck them ("12
	// years"), said once beside it.
	tenure string
	by     map[Kind][]Detail
}

func newWriter(s Spec) *writer {
	s.Details = joinWhens(attachMore(s.Details))
	if s.Occasion == "" {
		s.Occasion = Thinking
		if s.Since != "" {
			s.Occasion = Reconnect
		}
		for _, d := range s.Details {
			if d.Kind == Loss && !strings.HasPrefix(d.Text, "year:") && s.Tie != TieGroup {
				// A death told, with nothing said of what the message is
				// for: it is a condolence.
				s.Occasion = Condolence
			}
		}
	}
	if strings.HasPrefix(strings.TrimSpace(s.Since), "for ") {
		// "we worked together for 3 years": how long something shared
		// lasted is no time since they were last in touch, and is never
		// said as one.
		s.Since = ""
	}
	if s.Tie == TieGroup && s.Occasion != Thanks && s.Occasion != Apology && s.Occasion != Congrats {
		// To a group with nothing more to it: waking the chat up. A
		// thank-you, a sorry or congratulations to several people stay
		// what they are, said to them all.
		s.Occasion = Group
	}
	s = hardNewsFirst(s)
	s = dropUnsaid(s)
	s.Details = dropNotAfter(s.Details)
	w := &writer{s: s, v: s.Variant, by: map[Kind][]Detail{}}
	if w.v < 0 {
		w.v = -w.v
	}
	titled := titles[strings.ToLower(strings.TrimSuffix(strings.Fields(s.Name + " x")[0], "."))] &&
		!familyRel.MatchString(strings.Fields(s.Name + " x")[0])
	w.formal = s.Tone == "formal" || s.Formality > 0 || s.Tie == TieWork || s.Occasion == Professional ||
		titled && s.Tie != TieFamily
	if s.Formality < 0 || s.Tone == "casual" || s.Tone == "playful" {
		w.formal = w.formal && s.Formality > 0
	}
	w.calm = Sombre(s.Occasion) || w.formal || s.Occasion == Congrats && mendingIn(s.Details)
	w.close = s.Tie == TieFriend || s.Tie == TieFamily || s.Tie == TiePartner
	what := referent(s.Occasion, s.Details)
	for _, d := range s.Details {
		if d.Kind == MyNews || d.Kind == Feeling {
			// "I'm flying home for it": for their 90th, or left out.
			t, ok := nameIt(d.Text, what)
			if !ok && d.Kind == Feeling {
				// "I feel terrible about it": the feeling is about what
				// the message says, and reads so.
				t = d.Text
			} else if !ok {
				continue
			}
			if t != d.Text {
				// About their day, not news of the writer's.
				d.Kind = Feeling
			}
			d.Text = t
		}
		if label, ok := strings.CutPrefix(d.Text, "chat:"); ok && d.Kind == Fact {
			// Which chat it is names it in a group's opening, nowhere else.
			if s.Occasion == Group {
				// The last named is the one written to: "actually, make
				// it the school chat instead".
				w.chat = label
			}
			continue
		}
		if d.Kind == Background && d.Text == "nopity" {
			w.noPity = true
			continue
		}
		if d.Kind == Background && d.Text == "private" {
			w.private = true
			continue
		}
		if d.Kind == Background && d.Text == "heardfirst" {
			w.heardFirst = true
			continue
		}
		if d.Kind == Background && d.Text == "hearsay" {
			w.hearsay = true
			continue
		}
		if since, ok := strings.CutPrefix(d.Text, "quiet:"); ok && d.Kind == Fact {
			// What the chat has been quiet since says so in the opening.
			w.quiet = since
			continue
		}
		if s.Occasion == Group && d.Kind == TheirNews && strings.HasPrefix(d.Text, "you") {
			// A group is no one person: "he's fine now" of someone in
			// it is for the writer.
			continue
		}
		w.by[d.Kind] = append(w.by[d.Kind], d)
		if sombreDetail(d) && s.Occasion != Birthday {
			// Whatever the occasion was read as, a death, a struggle or
			// something to be sorry for is not met with a cheerful hello.
			w.calm = true
		}
	}
	return w
}

// hardNewsFirst turns a congratulation that carries hard news of theirs
// ("congratulate him on his promotion" and then "he actually got fired")
// into a message for a hard time: nobody is congratulated next to a job
// lost, and what was to be congratulated is left out.
func hardNewsFirst(s Spec) Spec {
	if t, ok := newsTakenBack(s); ok {
		return t
	}
	if s.Occasion != Congrats {
		return s
	}
	hard := false
	for _, d := range s.Details {
		hard = hard || d.Kind == TheirNews && hardNews.MatchString(d.Text) && !recoveredNews(d.Text)
	}
	if !hard {
		return s
	}
	s.Occasion = HardTime
	kept := make([]Detail, 0, len(s.Details))
	for _, d := range s.Details {
		if d.Kind == TheirNews && strings.HasPrefix(d.Text, "on:") {
			continue
		}
		kept = append(kept, d)
	}
	s.Details = kept
	return s
}

func (w *writer) pick(pool ...string) string { return pool[w.v%len(pool)] }

// greeting returns the greeting and whether it stands on its own line.
func (w *writer) greeting() (string, bool) {
	n := greetName(w.s.Name)
	switch {
	case w.s.Occasion == Group:
		return w.pick("Hey everyone!", "Hi all!", "Hey all!", "Hello everyone!"), false
	case w.s.Tie == TieGroup && (w.calm || w.formal):
		return w.pick("Hi all,", "Hello everyone,"), false
	case w.s.Tie == TieGroup:
		return w.pick("Hi everyone!", "Hi all!"), false
	case w.formal && n != "":
		if w.s.Medium == "card" || w.s.Medium == "letter" || w.s.Medium == "email" || w.s.Occasion == Condolence || w.s.Occasion == Thanks {
			return "Dear " + n + ",", true
		}
		return w.pick("Dear "+n+",", "Hello "+n+",", "Dear "+n+","), true
	case n == "" && w.calm:
		return "Hey,", false
	case n == "":
		return w.pick("Hi!", "Hey!", "Hello!"), false
	case w.s.Occasion == Condolence:
		return n + ",", false
	case w.calm:
		return w.pick("Hi "+n+",", "Hey "+n+",", n+","), false
	case w.s.Tone == "casual" || w.s.Tone == "playful" || w.s.Formality < 0:
		return w.pick("Hey "+n+"!", "Hi "+n+"!", n+"!"), false
	}
	return w.pick("Hi "+n+"!", "Hello "+n+"!", "Hi "+n+"!"), false
}

// body is the list of sentences after the greeting.
func (w *writer) body() []string {
	switch w.s.Occasion {
	case Condolence:
		return w.condolence()
	case HardTime:
		return w.hardTime()
	case Congrats:
		return w.congrats()
	case Birthday:
		return w.birthday()
	case Thanks:
		return w.thanks()
	case Apology, Mend:
		return w.apology()
	case Support:
		return w.support()
	case Professional:
		return w.professional()
	case Group:
		return w.group()
	case FollowUp:
		return w.followUp()
	case Reconnect:
		return w.reconnect()
	case Space:
		return w.space()
	}
	return w.thinking()
}

// rest renders the details an occasion's own steps did not use.
func (w *writer) rest(used ...Kind) []string {
	skip := map[Kind]bool{}
	for _, k := range used {
		skip[k] = true
	}
	var out []string
	for _, k := range []Kind{TheirNews, Fact, Memory, Noticed, MyNews, Feeling, Struggle, Sorry, ThanksFor, Topic, Plan, Ask} {
		if skip[k] {
			continue
		}
		for i, d := range w.by[k] {
			out = append(out, w.render(d, i))
		}
	}
	return out
}

// render says one detail in a sentence of its own.
func (w *writer) render(d Detail, i int) string {
	t := d.Text
	v := w.v + i
	p := func(pool ...string) string { return pool[v%len(pool)] }
	switch d.Kind {
	case Memory:
		if at, ok := strings.CutPrefix(t, "met:"); ok {
			return "It was good to meet you at " + at + "."
		}
		if since, ok := strings.CutPrefix(t, "since:"); ok {
			if clauseSince.MatchString(since) {
				// "since we moved away": said as when, so that the
				// writer's own words are not read back to them.
				if w.formal {
					return "I believe we last properly spoke around when " + since + "."
				}
				return "The last time we properly caught up must have been around when " + since + "."
			}
			if w.formal {
				return "I don't believe we have been in touch since " + since + "."
			}
			return p("I don't think we've properly caught up since "+since+".", "It feels like ages since "+since+".")
		}
		if clauseMemory.MatchString(t) {
			// "she always made us parathas": a whole statement is
			// remembered as how it was.
			t = "how " + lowerLead(t)
		}
		if strings.HasPrefix(t, "how ") && w.formal {
			return "I still think fondly of " + t + "."
		}
		if strings.HasPrefix(t, "how ") && len(w.by[Loss]) > 0 {
			// Beside a death, kept for good, not "the other day".
			return p("I'll always remember "+t+".", "I keep thinking of "+t+".")
		}
		if strings.HasPrefix(t, "how ") {
			return p("I was remembering "+t+".", "I keep smiling about "+t+".", "I was thinking about "+t+" the other day.")
		}
		for _, l := range w.by[Loss] {
			// "your mum making us pancakes": after "sorry about your mum",
			// "her making us pancakes".
			who := lostOne(l.Text)
			if strings.HasPrefix(t, who+" ") {
				t = pronounFor(who) + t[len(who):]
			}
		}
		if np := ourMemory(t); np != t {
			t = np
		}
		if len(w.by[Loss]) > 0 {
			// A memory beside a death is kept for good, not "the other day".
			return p("I'll always remember "+t+".", "I keep thinking of "+t+".", "I'll never forget "+t+".")
		}
		return p("I was thinking about "+t+" the other day.", "I keep thinking about "+t+".", upFirst(t)+" came to mind recently.")
	case Noticed:
		if verb, obj, ok := strings.Cut(t, "|"); ok {
			if obj, why, ok := strings.Cut(obj, "|"); ok {
				if youdLove.MatchString(why) {
					return noticedVerb[strings.ToLower(verb)] + " " + obj + " and thought you'd love it."
				}
				return noticedVerb[strings.ToLower(verb)] + " " + obj + " and thought of you, since " + why + "."
			}
			if w.s.Occasion == Group {
				return noticedVerb[strings.ToLower(verb)] + " " + obj + " and had to share it here."
			}
			return noticedVerb[strings.ToLower(verb)] + " " + obj + ", which made me think of you."
		}
		if len(strings.Fields(t)) < 3 {
			// "it instantly", left of "it instantly made me think of
			// you": nothing was said of what it was.
			return ""
		}
		return upFirst(t) + ", and you came straight to mind."
	case TheirNews:
		return w.news(t, v)
	case Fact:
		if age, ok := strings.CutPrefix(t, "age:"); ok {
			if w.s.Occasion != Birthday && w.s.Occasion != Congrats {
				// How old they are is for the writer, unless it is the
				// age they are turning.
				return ""
			}
			return p("I can't believe you're "+age+".", upFirst(age)+" looks good on you.")
		}
		if x, ok := strings.CutPrefix(t, "namedafter:"); ok {
			// Whom a new name honours, glad of it.
			who, after, _ := strings.Cut(x, "|")
			if len(strings.Fields(after)) == 1 {
				after = upFirst(after)
			}
			switch who {
			case "him", "her", "them":
			case "the twins":
				who = "them"
			default:
				who = "the baby"
			}
			return p("Naming "+who+" after "+after+" is such a lovely touch.", "What a lovely thing, naming "+who+" after "+after+".")
		}
		if names, ok := strings.CutPrefix(t, "named:"); ok {
			if strings.Contains(names, " and ") || strings.Contains(names, " & ") {
				return p(names+" are such lovely names.", "I love the names "+names+".")
			}
			return p(names+" is such a lovely name.", "I love the name "+names+".")
		}
		if m := petFact.FindStringSubmatch(t); m != nil {
			// "you're obsessed with your cat Mochi"
			return "Give " + m[1] + " a cuddle from me."
		}
		if strings.HasPrefix(strings.ToLower(t), "when ") {
			// "she loves when i tell her about my garden": what they love
			// is a time, not a thing to enjoy.
			return "I know you love it " + t + "."
		}
		if w.s.Occasion == Birthday {
			// "On the day", never "today": the birthday may be on
			// saturday, or have been yesterday.
			if w.late {
				return "I hope there was time for " + t + " on the day."
			}
			return "I hope there's time for " + t + " on the day."
		}
		return "I hope you're still enjoying " + t + "."
	case MyNews:
		if w.s.Occasion == Condolence && strings.HasPrefix(t, "I ") {
			return "I'll always be grateful that " + t + "."
		}
		if Sombre(w.s.Occasion) || w.s.Occasion == Condolence {
			return sentence(t)
		}
		if thoughtOfYou.MatchString(t) {
			// "I thought of you": what the whole message already says.
			return ""
		}
		if youWord.MatchString(t) || feltForYou.MatchString(t) || ownFeeling.MatchString(t) {
			// "I was worried about you", "I have a spare room if you need
			// it": said to them as it is, no news of the writer's.
			return sentence(t)
		}
		if w.formal {
			return "I wanted to let you know that " + t + "."
		}
		return p("Some news from me: "+t+".", "I wanted to tell you that "+t+".", "A bit of news from me: "+t+".")
	case Feeling, Struggle:
		if line, ok := promiseLine(t); ok && d.Kind == Feeling {
			// "I'll visit in June": the promise kept, in the draft's words.
			return line
		}
		return sentence(t)
	case Sorry:
		return w.sorry(t)
	case ThanksFor:
		return w.thanksFor(t, v)
	case Topic:
		// "asking about dinner": the topic is the dinner; "and haven't
		// heard anything" after it is the silence, which the follow-up
		// itself says.
		t = silenceTail.ReplaceAllString(aboutLead.ReplaceAllString(t, ""), "")
		low := strings.ToLower(t)
		if strings.HasPrefix(low, "how ") {
			return "I've been wondering " + t + "."
		}
		if strings.HasPrefix(low, "whether ") {
			return "I wanted to check again " + t + "."
		}
		if planLike.MatchString(low) {
			return "Are we still on for " + t + "?"
		}
		return "I wanted to follow up on " + askedDoing(t) + "."
	case Plan:
		return w.plan(t, v)
	case Ask:
		return w.ask(t)
	}
	return ""
}

// thoughtOfYou is the writer thinking of them, which every draft says;
// feltForYou is a feeling of the writer's about them.
var (
	thoughtOfYou = regexp.MustCompile(`(?i)^I(?:'ve| have)? (?:just |really |always )?(?:thought|been thinking|was thinking|keep thinking|think) (?:of|about) you\b[^,.;]{0,20}$`)
	feltForYou   = regexp.MustCompile(`(?i)^I (?:was|am|'m|have been|'ve been) (?:so |really |a bit |quite )?(?:worried|proud|happy|glad|relieved|thrilled|sad|sorry)\b`)
)

// ownFeeling is how the writer feels or what they miss, said as it is and
// never as news: "I feel kind of lost", "I've been missing our walks".
var ownFeeling = regexp.MustCompile(`(?i)^I(?:'ve been| have been|'m| am)? (?:(?:really|so|kind of|kinda|a bit|just) )*(?:feel|feeling|felt|miss|missing|missed)\b`)

// givenThing is what someone gives when asked for it.
var givenThing = regexp.MustCompile(`(?i)^(?:a|an|some|your) (?:\w+ )?(?:reference|recommendation|referral|introduction|intro|advice|feedback|pointers|tips)\b`)

// youdLove is the recipient's liking that made the writer think of them.
var youdLove = regexp.MustCompile(`(?i)^you(?:'d| would| will)? (?:love|like|enjoy|adore) (?:it|this|that|them|those|these)$`)

// petFact is a pet named in something the recipient loves.
var petFact = regexp.MustCompile(`^(?:your|the) (?:\w+ )?(?:cat|dog|kitten|puppy|pup|rabbit|bunny|horse|pony|parrot|hamster) (\p{Lu}\p{Ll}+)$`)

var noticedVerb = map[string]string{"finished": "I finished", "discovered": "I discovered", "tried": "I tried", "saw": "I spotted", "heard": "I heard", "found": "I came across",
	"came across": "I stumbled on", "listened to": "I was listening to", "read": "I was reading",
	"watched": "I was watching", "noticed": "I noticed", "spotted": "I spotted", "reading": "I'm reading",
	"watching": "I've been watching", "listening to": "I've been listening to",
	"walked past": "I walked past", "went past": "I went past", "drove past": "I drove past", "walked by": "I walked by"}

var weUs = regexp.MustCompile(`(?i)\b(?:we|us)\b`)

var memoryWords = regexp.MustCompile(`(?i)\b(?:trip|holiday|weekend|night|walk|concert|gig|party|summer|camping|festival|dinner|drive|hike|adventure|reunion|picnic|beach|karaoke|sleepover|days|times)s?\b`)

// ourMemory makes "the road trip" "our road trip"; "the summer we worked
// at the cafe" already says whose it was.
func ourMemory(t string) string {
	if strings.HasPrefix(strings.ToLower(t), "the ") && memoryWords.MatchString(t) && !weUs.MatchString(t) {
		return "our " + t[4:]
	}
	return t
}

func (w *writer) sorry(t string) string {
	lead := "I'm so sorry "
	if w.formal {
		lead = "I'm very sorry "
	}
	// "I ghosted you": said as it felt to them.
	t = ghosted.ReplaceAllString(t, "went quiet on you")
	if rest, ok := strings.CutPrefix(t, "that "); ok {
		return lead + rest + "."
	}
	return lead + t + "."
}

// ghosted is slang for going silent on someone, which a sorry says plainly.
var ghosted = regexp.MustCompile(`(?i)\bghost(?:ed|ing) you\b`)

var petName = regexp.MustCompile(`(?i)\b(\w+) my (?:cat|dog|pet|kitten|puppy)\b`)

func (w *writer) thanksFor(g string, v int) string {
	// "walking my dog Bruno": Bruno.
	g = myPetNamed.ReplaceAllString(g, "$1")
	if m := petName.FindStringSubmatch(g); m != nil && !strings.EqualFold(m[1], "after") && !strings.HasSuffix(strings.ToLower(m[1]), "ing") {
		g = strings.Replace(g, m[0], upFirst(m[1]), 1)
	}
	g = strings.Replace(g, "to me vent", "to me", 1)
	g = strings.Replace(g, "taking the time to", "making time to", 1)
	if w.formal {
		return "Thank you so much for " + g + "."
	}
	w.thanked++
	if w.thanked > 1 {
		return "And thank you for " + g + "."
	}
	if strings.Contains(g, " — ") {
		// It already says what it meant.
		return []string{"Thank you so much for " + g + ".", "I can't thank you enough for " + g + "."}[v%2]
	}
	return []string{"Thank you so much for " + g + ".", "I can't thank you enough for " + g + ".", "Thank you for " + g + " — it meant a lot."}[v%3]
}

// lowerLead lowers the first word of t when it is a pronoun or a
// determiner, never a name or "I": "We moved away" goes after "how" as
// "we moved away".
func lowerLead(t string) string {
	first, _, _ := strings.Cut(t, " ")
	if leadWords[strings.ToLower(first)] {
		return strings.ToLower(first) + t[len(first):]
	}
	return t
}

// leadWords are the opening words lowered inside a sentence.
var leadWords = map[string]bool{"we": true, "they": true, "she": true, "he": true, "you": true, "our": true, "my": true,
	"your": true, "their": true, "his": true, "her": true, "the": true, "it": true, "there": true, "we'd": true, "we'd've": true,
	"we'll": true, "we're": true, "we've": true, "they'd": true, "they're": true, "you'd": true, "you're": true}

// onMeDay finds "on me Friday", which reads better as "on me on Friday".
var onMeDay = regexp.MustCompile(`on me (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

// plan is an invitation, asked the way the occasion asks.
func (w *writer) plan(t string, v int) string {
	if f := strings.Fields(t); len(f) > 1 && isPast(f[0]) && !strings.HasPrefix(t, "we ") {
		// "went for coffee": put again as "going for coffee".
		if g, ok := gerund(t); ok {
			t = g
		}
	}
	if x, ok := strings.CutPrefix(t, "going:"); ok {
		// Someone's do that everyone is asked to.
		return "Who's coming to " + x + "?"
	}
	if x, ok := strings.CutPrefix(t, "say:"); ok {
		return sentence(x)
	}
	if x, ok := strings.CutPrefix(t, "booked:"); ok {
		return "I've booked " + x + "."
	}
	if x, ok := strings.CutPrefix(t, "ahead:"); ok {
		return "I can't wait for " + x + "."
	}
	if x, ok := strings.CutPrefix(t, "onme:"); ok {
		x = onMeDay.ReplaceAllString(x, "on me on $1")
		return sentence(x)
	}
	if vagueThing[strings.ToLower(t)] {
		// "we should plan something": the planning is the plan.
		if w.s.Occasion == Group {
			return "We should plan " + t + ", any ideas?"
		}
		return "We should plan " + t + " soon."
	}
	if m := verbPlan.FindStringSubmatch(t); m != nil && w.s.Occasion != Group {
		// "buy your lunch", "ring you", "take you out": a thing the
		// writer would do, offered as theirs, never "up for buy".
		rest := strings.TrimSpace(m[2])
		if f := strings.Fields(rest); len(f) > 1 && strings.EqualFold(f[0], "your") && mealWord[strings.ToLower(f[1])] {
			// "buy your lunch" is buying them lunch.
			rest = "you " + strings.Join(f[1:], " ")
		}
		return "I'd love to " + strings.ToLower(m[1]) + " " + rest + " sometime."
	}
	if f := strings.Fields(strings.ToLower(t)); w.s.Occasion == Support && len(f) > 1 && askVerbs[f[0]] {
		// "stay a bit after", asked for support: a favour asked of
		// them, never "up for stay".
		return "Could you " + t + "?"
	}
	switch {
	case w.s.Occasion == Group && strings.HasPrefix(t, "we "):
		// "we restart monthly meetups" reads only after "how about".
		return []string{"How about " + t + "?", "What if " + t + "?"}[v%2]
	case w.s.Occasion == Group:
		return []string{"How about " + t + "?", "Anyone up for " + t + "?"}[v%2]
	case w.s.Occasion == FollowUp:
		return "Still up for " + t + " sometime?"
	case strings.HasPrefix(t, "we "):
		return "How about " + t + "?"
	}
	return []string{"Would you be up for " + t + "?", "How about " + t + "?"}[v%2]
}

// ask is a request, as a question when it is one.
func (w *writer) ask(t string) string {
	if need, ok := strings.CutPrefix(t, "need:"); ok {
		return sentence(need)
	}
	if x, ok := strings.CutPrefix(t, "give:"); ok {
		return "Would you be willing to give me " + x + "?"
	}
	if x, ok := strings.CutPrefix(t, "whether:"); ok {
		if w.formal {
			return "I was wondering whether " + x + "."
		}
		return "Do you know if " + x + "?"
	}
	if q := wishAsk(t); q != "" {
		return q
	}
	low := strings.ToLower(t)
	if thing, ok := strings.CutPrefix(t, "for "); ok {
		if givenThing.MatchString(thing) {
			return "Would you be willing to give me " + thing + "?"
		}
		return "Would you be open to " + thing + "?"
	}
	switch {
	case strings.HasPrefix(low, "talk") || strings.HasPrefix(low, "chat") || strings.HasPrefix(low, "meet") || strings.HasPrefix(low, "catch up"):
		return "Could we " + t + "?"
	case strings.HasPrefix(low, "have "):
		return "Would you " + t + "?"
	case w.formal:
		// Asked plainly, whether they would, not whether they might.
		return "I was wondering if you would " + t + "."
	}
	return "Could you " + t + "?"
}

// askWish is a request that asks what they would like rather than for a
// favour: "(she) wants to get coffee", "they'd like to come over", "fancies
// a drink", "is up for a walk", "is free on Friday".
var askWish = regexp.MustCompile(`(?i)^(?:(?:he|she|they|you)(?:'d|'s|'re| would| is| are)? )?(?:(wants? to|wanna|would like to|'d like to|like to)|(fanc(?:y|ies))|(feels? like)|((?:is |are |be )?up for)|((?:is |are |be )?free)|(ha(?:ve|s) time (?:for|to)))\s+(.+)$`)

// wishAsk asks after a wish as a question that reads: "Would you like to
// get coffee sometime?", never "Could you want to…"; "" when t is no wish.
func wishAsk(t string) string {
	m := askWish.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return ""
	}
	rest := strings.TrimRight(m[7], " .?!")
	switch {
	case m[1] != "":
		if strings.EqualFold(m[1], "wanna") {
			return "Would you like to " + strings.TrimPrefix(rest, "to ") + "?"
		}
		return "Would you like to " + rest + "?"
	case m[2] != "":
		return "Do you fancy " + rest + "?"
	case m[3] != "":
		return "Do you feel like " + rest + "?"
	case m[4] != "":
		return "Would you be up for " + rest + "?"
	case m[5] != "":
		return "Are you free " + rest + "?"
	}
	return "Do you have time " + strings.ToLower(strings.Fields(m[6])[2]) + " " + rest + "?"
}

// gap says how long it has been.
func (w *writer) gap() string {
	// "for two years": how long something lasted, the best there is.
	s := strings.TrimPrefix(strings.TrimSpace(w.s.Since), "for ")
	switch {
	case s == "":
		return "a while"
	case strings.HasPrefix(strings.ToLower(s), "since "):
		return "a long time " + s
	}
	return s
}

// clauseMemory is a memory told as a whole statement, with its own
// subject and verb: "she always made us parathas", "we used to cycle to
// school".
var clauseMemory = regexp.MustCompile(`^(?:she|he|they|we|you|I) (?:always |never |used to |would |would always |all |both )?(?:[a-z]+ed|made|took|gave|came|went|sang|ran|sat|did|had|was|were|taught|brought|kept|told|got|drove|left|spent|met|knew|played|lived|called|sent|used)\b`)

// vagueThing is a plan that names nothing but that there should be one.
var vagueThing = map[string]bool{"something": true, "something special": true, "something nice": true, "something fun": true,
	"something big": true}

// greetName is the name a message greets: "Karen Whitfield" is greeted as
// Karen; a title keeps the whole name, "Mrs Okafor" and "Dr Karen
// Whitfield", which is neither too familiar nor missing who they are.
func greetName(n string) string {
	f := strings.Fields(n)
	if len(f) > 0 && titles[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		return n
	}
	if len(f) == 2 && !familyRel.MatchString(f[0]) && !doubleGiven(f[0], f[1]) {
		return f[0]
	}
	return n
}

// titleRel are relationships that are also a title to greet by: a
// professor or a doctor known by surname is greeted as one.
var titleRel = map[string]string{"professor": "Professor", "prof": "Professor", "doctor": "Dr", "dr": "Dr",
	"gp": "Dr", "surgeon": "Dr", "consultant": "Dr"}

// Titled is the name to greet someone by whose relationship is a title:
// "Ahmadi", a professor, is Professor Ahmadi. A name that is a given name
// ("Sunita"), that carries a title already, or that is more than one word
// stays as it is.
func Titled(name, relationship string) string {
	f, rel := strings.Fields(name), strings.Fields(strings.ToLower(relationship))
	if len(f) != 1 || len(rel) == 0 || titles[strings.ToLower(strings.TrimSuffix(f[0], "."))] || people.IsFirstName(f[0]) {
		return name
	}
	if t, ok := titleRel[rel[len(rel)-1]]; ok {
		return t + " " + f[0]
	}
	return name
}

// doubleGiven reports a name of two given names, said together: "Ana
// Sofia", "Mary Jane". A second name that is as often a surname ("Sam
// Lee", "Ben Scott") is not one.
func doubleGiven(a, b string) bool {
	return people.IsFirstName(a) && people.IsFirstName(b) && !surnameToo[strings.ToLower(b)]
}

// surnameToo are first names that are at least as often surnames.
var surnameToo = wordset.Of(`lee james jordan morgan scott martin thomas john paul grant mason wells hunter tyler taylor harris allen evans
nelson wright jackson lewis henry george rose howard dean douglas russell bailey kelly murphy ryan shaw mark jay ray francis
stewart gordon bell craig ross max luke chan wong kim park li liu wang zhang chen singh khan ali ahmed hassan`)

// ordinal is 30 → "30th".
func ordinal(n string) string {
	i, err := strconv.Atoi(n)
	if err != nil {
		return n
	}
	suf := "th"
	if i%100 < 11 || i%100 > 13 {
		switch i % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return n + suf
}

// myPetNamed is the writer's pet named after what it is: "my dog Bruno".
var myPetNamed = regexp.MustCompile(`\bmy (?:old |little )?(?:cat|dog|kitten|puppy|pup|rabbit|bunny|horse|pony|parrot|hamster) (\p{Lu}\p{Ll}+)\b`)

// askedVerbs start something the writer asked them to do, which a
// follow-up names by its -ing form: "fix the heating" is "fixing the
// heating".
var askedVerbs = wordset.Of(`fix send pay return sign look check call reply book read review help get give bring pick sort
confirm share finish move meet write approve lend repair change answer forward email text ring drop collect
arrange order cancel update print post deliver`)

// askedDoing is a follow-up's topic said so it fits after "follow up on":
// a bare verb becomes its -ing form, anything else is kept.
func askedDoing(t string) string {
	first, rest, _ := strings.Cut(t, " ")
	if !askedVerbs[strings.ToLower(first)] {
		return t
	}
	ing := baseIng(strings.ToLower(first))
	if ing == "" {
		return t
	}
	return strings.TrimSpace(ing + " " + rest)
}

// verbPlan is a plan told as what the writer would do, starting with its
// verb: "buy your lunch", "ring you", "take you out for a curry".
var verbPlan = regexp.MustCompile(`(?i)^(buy|get|treat|take|ring|call|cook|bring|make|visit|drive|pick up)\s+(.+)$`)

// mealWord are the meals "buy your lunch" is said of.
var mealWord = wordset.Of(`lunch dinner breakfast brunch coffee drink drinks pint meal tea`)

// aboutLead is "about" before what a follow-up is about.
var aboutLead = regexp.MustCompile(`(?i)^(?:about|regarding|re) `)

// clauseSince is a last time told as a clause ("we moved away", "you
// left for uni") rather than a thing ("your wedding").
var clauseSince = regexp.MustCompile(`^(?:we|you|I|they|she|he)\b`)
