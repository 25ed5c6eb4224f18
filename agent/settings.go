package agent

import (
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/places"
)

// settings shows the person's settings and offers to change them; "call
// me Sam" sets the name at once.
func (t *turn) settings(arg string) {
	if step, rest := settingArg(t.text, arg); step != "" {
		// "/settings tone casual", "/settings name Dee": the setting is
		// changed at once, as its step would.
		t.p.Flow = Flow{Name: flowSettings, Step: step, Updated: t.now, Paused: t.p.Flow.Paused}
		if rest == "" {
			t.askSetting("", step)
			return
		}
		t.text = rest
		t.settingsAnswer(Intent{})
		return
	}
	if callMe.MatchString(strings.TrimSpace(t.text)) {
		t.setName(t.text)
		return
	}
	if toneSet.MatchString(strings.ToLower(t.text)) || toneDefault.MatchString(foldText(t.text)) {
		if tone := toneAsked(t.text); tone != "" {
			// "set my tone to casual": set at once, as the menu would.
			t.p.Profile.Tone = tone
			t.say("Drafts will start "+tone+". Change it any time in /settings.", menuChoices()...)
			return
		}
	}
	if name, ok := selfNamedAs(t.text); ok {
		if name != "" {
			t.setName("call me " + name)
			return
		}
		// "can you call me tomorrow" asks for a call, which a chat can't make.
		t.say("I can't make calls — I only write here. I can remind you to call someone, or help you write to them.", menuChoices()...)
		return
	}
	pr := t.p.Profile
	name := pr.Name
	if name == "" {
		name = "not set"
		if t.m.Name != "" {
			name += " (I use “" + t.m.Name + "”)"
		}
	}
	tz := pr.Timezone
	if tz == "" {
		tz = "not set (I assume UTC)"
	}
	tone := pr.Tone
	if tone == "" {
		tone = "ask me each time"
	}
	model := "none — I use my built-in templates"
	if t.a.modelName != "" {
		model = t.a.modelName
	}
	t.p.Flow = Flow{Name: flowSettings, Step: "menu", Updated: t.now, Paused: t.p.Flow.Paused}
	quiet := quietLabel(t.quietHours())
	if quiet != "none" {
		quiet += " (your time)"
	}
	t.askSetting("Your settings:\n- **Name:** "+name+"\n- **Timezone:** "+tz+"\n- **Preferred tone for drafts:** "+tone+
		"\n- **Quiet hours:** "+quiet+"\n- **Language model:** "+model+"\n\n", "menu")
}

// settingArg reads the argument of a typed /settings command: the step
// its first word names ("name", "tz", "tone") and what follows it. It
// returns "" for anything else, and when text is not the command itself.
func settingArg(text, arg string) (step, rest string) {
	if !strings.HasPrefix(strings.TrimSpace(text), "/") {
		return "", ""
	}
	first, rest, _ := strings.Cut(strings.TrimSpace(arg), " ")
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "to "))
	switch strings.ToLower(strings.Trim(first, ":=")) {
	case "name", "call", "called":
		rest = strings.TrimSpace(strings.TrimPrefix(rest, "me "))
		if rest == "" {
			return "name", ""
		}
		return "name", "call me " + rest
	case "tz", "timezone", "zone", "city", "place", "location":
		return "tz", rest
	case "tone":
		return "tone", rest
	case "quiet", "dnd":
		return "quiet", strings.TrimSpace(strings.TrimPrefix(rest, "hours "))
	}
	return "", ""
}

// askSetting asks, after lead, for the setting step names, or which
// setting to change when step names none; asking afresh and asking again
// after an aside share the words.
func (t *turn) askSetting(lead, step string) {
	switch step {
	case "name":
		t.say(lead + "What would you like me to call you?")
	case "tz":
		t.say(lead + "Which timezone are you in? A city or a zone name works — for example “Berlin”, “New York” or “Europe/Lisbon”.")
	case "tone":
		t.say(lead+"Which tone should drafts start with?", toneChoices()...)
	case "quiet":
		t.say(lead + "When should I stay quiet? For example “10pm to 8am”, “nothing before 9am”, “not on weekends”, or “none”.")
	default:
		t.say(lead+"What would you like to change?",
			Choice{ID: "settings:name", Label: "Name"},
			Choice{ID: "settings:tz", Label: "Timezone"},
			Choice{ID: "settings:tone", Label: "Tone"},
			Choice{ID: "settings:quiet", Label: "Quiet hours"},
			Choice{ID: "settings:close", Label: "Nothing"})
	}
}

// settingsAnswer walks through changing one setting.
func (t *turn) settingsAnswer(in Intent) {
	switch t.choice {
	case "settings:name", "settings:tz", "settings:tone", "settings:quiet":
		t.p.Flow.Step = strings.TrimPrefix(t.choice, "settings:")
		t.askSetting("", t.p.Flow.Step)
		return
	case "settings:close":
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("All set.", menuChoices()...)
		return
	}
	done := func(msg string) {
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say(msg, menuChoices()...)
	}
	switch t.p.Flow.Step {
	case "name":
		t.setName(t.text)
	case "quiet":
		t.quietAnswer(in)
	case "tone-offer":
		t.toneOfferAnswer(in)
	case "tz":
		loc, ok := findLocation(t.text)
		if !ok {
			if p, several := places.Find(t.text); several && p.Several() {
				t.say(severalZones(p))
				return
			}
			t.say("I don't know that one. Try a big city near you (“Berlin”, “Chicago”) or a zone like “Asia/Tokyo”.")
			return
		}
		t.p.Profile.Timezone = loc
		done("Got it — " + zoneLabel(loc) + ". It's " + t.now.In(mustLocation(loc)).Format("15:04") + " there now.")
	case "tone":
		if tone, ok := strings.CutPrefix(t.choice, "settings:tone:"); ok {
			t.p.Profile.Tone = tone
		} else if d := ExtractDraftDetails(t.text); d.Tone != "" {
			t.p.Profile.Tone = d.Tone
		} else {
			t.say("Pick one of the tones, or say “cancel”.", toneChoices()...)
			return
		}
		if t.p.Profile.Tone == "" {
			done("Okay — I'll ask about tone each time.")
			return
		}
		done("Drafts will start " + t.p.Profile.Tone + ".")
	default:
		if in.Kind == IntentNo || in.Kind == IntentDone {
			done("All set.")
			return
		}
		// Anything else leaves the settings, and is answered as if they
		// had not been open.
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.freeText(t.ctx, in)
	}
}

// callMe is "call me Sam", "please call me Dr Lee", "you can call me Dee".
var callMe = mustPattern(`(?i)^(?:(?:please|pls|you can|u can|just|ok|okay|actually|oh|hey|hi|and|so|also)[ ,]+)*call me ([^.!?]{1,40}?)[.!]*$`)

// selfNaming is a person giving the name to call them by, in the ways
// people put it besides a plain "call me Sam": "can you call me Ty
// instead of Tyler", "don't call me Tobias, call me Toby", "i go by Sam",
// "my name is actually Jo", "hi, my names Rosa". The last name given is
// the one kept. It is matched on lowercase text.
const selfNaming = `^(?:(?:hi|hey|hello|hallo|hiya|heya|yo|hola|ciao|bonjour|please|pls|ok|okay|actually|oh|so|also|and|btw)[ ,]+)*` +
	`(?:(?:(?:can|could|would|will) (?:you|u) (?:please |pls |just )?|you can |u can |please |pls |just )*` +
	`(?:(?:don'?t|do not|dont) call me(?: by)? [\p{L}' ]{1,30}?[ ,]+(?:(?:just|please|pls|instead|but)[ ,]+)*)?call me` +
	`|i go by|my name is|my names|my name's|i'm called|im called|i am called` +
	`|(?:everyone|everybody|people|my friends|friends|most people|all my friends|my mates|folks|they) (?:all )?(?:call|calls) me` +
	`|(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?|please |pls )?(?:change|set|update|switch|make|put|save) my (?:name|nickname) (?:to|as)` +
	`|my (?:name|nickname) should be|i(?:'d| would) (?:like|prefer) (?:to be called|you to call me))` +
	` (?:actually |just )?(` + nameWord + `(?: ` + nameWord + `)?)` +
	`(?:[ ,]+(?:(?:so |just |please |pls )*call me ` + nameWord + `|please|pls|plz|thanks|thank you|ty|instead|(?:instead of|not|rather than) \p{L}+|from now on|now|going forward|btw|lol|x|then|ok|okay))*` +
	`[?!. ]*$`

// nameWord is a first name as people type it, in any alphabet: "dee",
// "jo-anne", "sebastián", "jürgen", "o'neill". (Folded, "jo-anne" is two
// words: a name may be two, "mary ann" too; setName keeps the name alone.)
const nameWord = `\p{L}[\p{L}'-]{0,20}`

// setTone asks for the tone drafts start with: "set my tone to casual",
// "change the default tone to warm", "make my draft tone playful".
const setTone = `(?:set|make|change|switch|put) (?:my |the )?(?:default |preferred |usual )?(?:drafts? |message )?tone(?: for (?:my )?drafts)? (?:to |as |on )?[a-z]+`

// toneDefault asks in other words for the tone drafts start with: "make
// drafts more casual by default", "i want my messages warmer from now on".
var toneDefault = mustPattern(`\b(?:drafts?|messages?|tone)\b.*\b(?:by default|default|from now on|always|every time|going forward|in general|usually)\b|\b(?:by default|from now on|always)\b.*\b(?:drafts?|messages?)\b`)

// toneAsked is the tone text asks drafts to have, said as a tone ("warm")
// or as a change ("warmer", "funnier"); "" when it names none.
func toneAsked(text string) string {
	if tone := ExtractDraftDetails(text).Tone; tone != "" {
		return tone
	}
	for _, w := range strings.Fields(foldText(text)) {
		if tone, ok := toneComparatives[w]; ok {
			return tone
		}
	}
	return ""
}

// toneComparatives are the changes that name a tone drafts can start with.
var toneComparatives = map[string]string{"warmer": "warm", "friendlier": "warm", "kinder": "warm", "softer": "warm",
	"chattier": "casual", "chiller": "casual", "looser": "casual", "funnier": "playful", "sillier": "playful",
	"politer": "formal", "stiffer": "formal"}

// reTimeForMe asks what time it is where the person is.
var reTimeForMe = mustPattern(`\bwhat(?:'?s| is)? (?:the )?time (?:is it )?(?:for me|here|where i am|where i live|in my timezone|my time)\b|\bwhat time (?:is it|do you think it is|have you got|do you have) (?:for me|here|where i am|for my timezone|in my timezone)\b|\bwhat(?:'?s| is) my (?:time ?zone|local time)\b`)

// reTimeForYou asks the companion's own time.
var reTimeForYou = mustPattern(`\bwhat(?:'?s| is)? (?:the )?time (?:is it )?(?:for you|for u|there|where you are|where u are|on your end|your end|your side|in your world)\b`)

// timeForMe answers "what time is it for me": the time in the person's
// timezone, and how to change it when it is wrong.
func (t *turn) timeForMe() bool {
	folded := foldText(t.text)
	lead := ""
	switch {
	case reTimeForYou.MatchString(folded):
		// "what time is it for you": it has no place of its own.
		lead = "I don't have a clock or a place of my own — I run on the computer of whoever set me up. "
	case !reTimeForMe.MatchString(folded):
		return false
	}
	t.say(lead+"It's "+t.now.In(t.location()).Format("15:04 on Monday")+" for you, going by your timezone ("+zoneLabel(t.p.Profile.Timezone)+
		"). If that's wrong, tell me your city (“I live in Lyon”) and I'll fix it.", menuChoices()...)
	return true
}

// passingName is a name given at the end of a longer message: "my
// name doesn't matter but you can call me J", "long story, just call me
// Bex". It is matched on folded text.
const passingName = `\b(?:but|and|so|though|tho|anyway|anyways|well)[ ,]+(?:(?:you|u) can (?:just )?|just |please |pls )?call me (` + nameWord + `)(?:[ ,]+(?:please|pls|thanks|instead|x|lol|if you like|if you want))*$`

var (
	passingNamed = mustPattern(passingName)
	toneSet      = mustPattern(setTone)
	selfNamed    = mustPattern(selfNaming)
	// lastCallMe is the last name given in a message that gives two.
	lastCallMe = mustPattern(`call me (` + nameWord + `)`)
	// callNotName are words after "call me" that ask for a call, not a name.
	callNotName = map[string]bool{"later": true, "back": true, "sometime": true, "tomorrow": true, "tonight": true,
		"today": true, "soon": true, "now": true, "when": true, "if": true, "whenever": true, "asap": true,
		"maybe": true, "please": true, "pls": true, "on": true, "at": true, "in": true, "after": true, "before": true}
)

// selfNamedAs returns the name a message asks to be called by; ok is false
// when it gives none the way people do, and the name is empty when the
// words after "call me" ask for a call ("call me tomorrow").
func selfNamedAs(text string) (name string, ok bool) {
	low := strings.ToLower(strings.TrimSpace(text))
	m := selfNamed.FindStringSubmatch(low)
	if m == nil {
		return "", false
	}
	name = m[1]
	if all := lastCallMe.FindAllStringSubmatch(low, -1); len(all) > 0 {
		name = all[len(all)-1][1]
	}
	if callNotName[name] {
		return "", true
	}
	return name, true
}

// setName keeps what the person wants to be called: the name alone, so
// "call me Gracie please" keeps "Gracie". Text that gives no name keeps
// what was typed, when it is short enough to be one.
func (t *turn) setName(text string) {
	name, ok := people.SelfName(text)
	if !ok {
		// Not a name: a question is answered, anything else is let go
		// with a word on how to set it later, never stored as the name.
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		if in := ParseIntent(text); in.Kind != IntentNone || strings.Contains(text, "?") {
			t.freeText(t.ctx, in)
			return
		}
		t.say("I didn't catch a name there — say “call me Sam”, with your name, whenever you like.", menuChoices()...)
		return
	}
	if len(name) == 0 || len(name) > 40 || len(strings.Fields(name)) > 4 {
		t.say("That doesn't look like a name I can use — something up to 40 characters, please.")
		return
	}
	t.p.Profile.Name = name
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.say("Nice to meet you, "+name+".", menuChoices()...)
}

// findLocation turns a place or zone name into an IANA timezone name:
// "Manchester", "UK", "I live in Lyon", "Europe/Lisbon", "Chicago". A
// country with several zones ("the US") is not an answer: severalZones
// asks for a city.
func findLocation(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if p, ok := places.Find(s); ok {
		return p.Zone, !p.Several()
	}
	if strings.EqualFold(s, "utc") || strings.EqualFold(s, "gmt") {
		return "UTC", true
	}
	if zone, ok := zoneNamed(s); ok {
		// "EST", "pacific time", "gmt+2" (settings_zone.go).
		return zone, true
	}
	if _, err := time.LoadLocation(s); err == nil && strings.Contains(s, "/") {
		return s, true
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		words[i] = capitalize(w)
	}
	city := strings.Join(words, "_")
	for _, region := range []string{"Europe", "America", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian"} {
		name := region + "/" + city
		if _, err := time.LoadLocation(name); err == nil {
			return name, true
		}
	}
	return "", false
}

func mustLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC
	}
	return loc
}

// severalZones asks for a city when the place spans several timezones.
func severalZones(p places.Place) string {
	return "That covers more than one timezone — which city are you in, or near? (“Chicago”, “Sydney”, “São Paulo”.)"
}

// reLiveIn is the person saying where they live: "I live in Lyon", "im in
// sao paulo", "we moved to Manchester".
var reLiveIn = mustPattern(`^(?:(?:hi+|hiya|hey+|heya|hello|helo|yo|morning|evening|good morning|good evening|oh|ok|okay|btw|fyi|also|actually|so|and)\b[ ,!.]*)*(?:i live|i'm living|im living|i am living|i'm based|im based|i am based|i'm in|im in|i am in|i moved to|i've moved to|ive moved to|we live|we're in|we moved to|i'm now in|im now in|i'm currently in|im currently in|i now live)\b`)

// placeStatement sets the timezone when the person says where they live,
// in a short message; false when the message is not that.
//
// A place said alone ("uk", "in the uk", "London") is that too when
// something is scheduled for the person, a reminder or the plan's daily
// step, whose time it sets: typed after a reminder or a birthday was
// noted, it says where they are.
func (t *turn) placeStatement(text string) bool {
	folded := foldText(text)
	if len(strings.Fields(folded)) > 10 {
		return false
	}
	find := places.Find
	if !reLiveIn.MatchString(folded) {
		if len(dueEntries(t.p)) == 0 {
			return false
		}
		find = places.Only
	}
	p, ok := find(text)
	if !ok {
		return false
	}
	if p.Several() {
		t.p.Flow = Flow{Name: flowSettings, Step: "tz", Updated: t.now, Paused: t.p.Flow.Paused}
		t.say(severalZones(p))
		return true
	}
	t.useZone(p.Zone)
	return true
}

// useZone sets the timezone told outside any question, and says so.
func (t *turn) useZone(zone string) {
	t.p.Profile.Timezone = zone
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.say("Got it — I'll use "+zoneLabel(zone)+" for your reminders. It's "+t.now.In(mustLocation(zone)).Format("15:04")+" there now.", menuChoices()...)
}

// toneChoices are the tones drafts may start with, and asking each time.
// They are the feels a draft offers, as settings.
func toneChoices() []Choice {
	var cs []Choice
	formal := false
	for _, c := range draftFeels("") {
		cs = append(cs, Choice{ID: "settings:" + c.ID, Label: c.Label})
		formal = formal || c.ID == "tone:"+ToneFormal
	}
	if !formal {
		// A default serves every draft, work ones too.
		cs = append(cs, Choice{ID: "settings:tone:" + ToneFormal, Label: "Formal"})
	}
	return append(cs, Choice{ID: "settings:tone:", Label: "Ask me each time"})
}
