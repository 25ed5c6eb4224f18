package knowledge

import (
	"slices"
	"strings"
)

// How much expanded terms count next to the person's own words (1).
const (
	// synonymWeight is for a word that shares a group with a query word.
	synonymWeight = 0.1
	// phraseWeight is for the words a known phrase stands for: "left on
	// read" means ghosting more surely than a single synonym does.
	phraseWeight = 0.5
	// phraseWordWeight is for the phrase's own words, which taken one by one
	// often mean something else ("read", "left").
	phraseWordWeight = 0.9
)

// synonymGroups lists words and phrases people use for the same thing. The
// guide's own wording sits in the same group as everyday wording, so a
// question in either finds the other. An entry with a space is a phrase,
// matched on stems before the query is split into words. An entry starting
// with "=" is only ever added, never expanded from: a word too common to
// stand for the group on its own.
var synonymGroups = [][]string{
	// Someone stopped answering.
	{"ghosting", "ghosted", "ghost", "silence", "silent", "ignored", "ignoring", "unanswered",
		"left on read", "leaving me on read", "stopped replying", "stopped responding", "stopped texting",
		"stopped talking", "not answering", "not replying", "not responding", "not texting back",
		"went quiet", "gone quiet", "goes quiet", "no reply", "no response", "no answer",
		"never replied", "never replies", "never texts back", "never answer", "doesnt reply",
		"didnt reply", "wont reply", "hasnt replied", "havent heard back", "heard nothing",
		"dont hear back", "didnt hear back", "ignores my messages", "ignoring my messages"},
	{"rejection", "rejected", "reject", "snubbed", "turned down", "brushed off", "left out"},
	// Shyness and introversion.
	{"shy", "shyness", "introvert", "introverted", "introversion", "awkward", "awkwardness",
		"timid", "reserved", "nervous", "social anxiety", "socially anxious", "anxious around people",
		"not outgoing", "quiet person", "hate small talk", "socially awkward"},
	// Conflict.
	{"conflict", "argue", "argument", "arguing", "fight", "fighting", "fought", "disagree",
		"disagreement", "quarrel", "clash", "tension", "falling out", "fell out", "fallen out",
		"had a row", "upset with me", "angry with me", "mad at me", "heated", "rude", "rudeness",
		"insult", "insulted", "insulting", "clap back", "snapped at me", "hostile", "troll", "trolls"},
	// Spaces that feel unsafe.
	{"toxic", "harassment", "harassed", "bullying", "bullied", "abuse", "abusive", "hateful",
		"insulting each other", "=safe", "=moderation", "=moderator"},
	// A chat among several people is not a community.
	{"group chat", "group chats", "groupchat", "groupchats", "group text", "=group", "=chat"},
	// Messages.
	{"text", "texting", "message", "messaging", "dm", "dms", "chat", "chatting", "sms",
		"direct message", "whatsapp", "inbox"},
	// Loneliness.
	{"lonely", "loneliness", "alone", "aloneness", "isolated", "isolation", "disconnected",
		"no friends", "no one to talk to", "nobody to talk to", "on my own", "by myself",
		"no one cares", "nobody cares", "feel invisible"},
	// Boundaries.
	{"boundary", "boundaries", "limits", "limit", "say no", "saying no", "personal space",
		"too much", "overwhelmed", "overstep", "overstepping", "availability", "always available",
		"respect my time", "pressure to reply", "reply instantly", "mute", "muting", "notifications",
		"leave the group", "unfollow", "take a break", "step back", "late at night", "late night",
		"middle of the night"},
	// What makes a connection worth having.
	{"meaningful", "good friendship", "real friendship", "close friendship", "strong friendship",
		"healthy friendship", "what counts as", "deep connection", "=quality", "=depth"},
	// Needing more help than a guide can give.
	{"crisis", "emergency", "suicidal", "suicide", "hurting myself", "hurt myself", "harm myself",
		"self harm", "kill myself", "end my life", "ending my life", "want to die", "hopeless",
		"cant go on", "cant take it anymore", "no reason to live", "better off without me",
		"end it all", "dont want to be here", "give up on life"},
	{"therapist", "therapy", "counsellor", "counselor", "counselling", "counseling", "psychologist",
		"psychiatrist", "professional help", "mental health professional", "=professional", "=doctor"},
	// Friends.
	{"friend", "friends", "friendship", "mate", "mates", "pal", "pals", "buddy", "buddies",
		"bestie", "best friend", "bff", "companion"},
	// Getting back in touch.
	{"reconnect", "reconnecting", "catch up", "catching up", "reach out", "reaching out",
		"check in", "checking in", "checkin", "get back in touch", "back in touch", "lost touch",
		"lose touch", "losing touch", "drifted apart", "drift apart", "drifting apart",
		"keep in touch", "stay in touch", "staying in touch", "havent talked", "havent spoken",
		"old friend", "long time no see", "out of touch"},
	// Online life.
	{"online", "internet", "digital", "virtual", "web", "cyber"},
	{"social media", "instagram", "facebook", "tiktok", "twitter", "feed", "scroll",
		"scrolling", "followers", "likes", "posts"},
	// Calls.
	{"video", "video call", "facetime", "zoom", "phone call", "voice call", "voice note",
		"call", "calls", "calling"},
	// Myths and doubts.
	{"myth", "myths", "misconception", "not real", "arent real", "fake friends", "is it true",
		"real friends", "online friends", "internet friends", "actually real"},
	// Mistakes.
	{"mistake", "mistakes", "pitfall", "pitfalls", "avoid", "wrong", "dont do", "what not to do"},
	// Where to begin.
	{"plan", "7 day", "seven day", "week plan", "challenge", "where to start", "where do i start",
		"get started", "getting started", "first step", "begin", "start"},
	// Opening up.
	{"authentic", "authenticity", "genuine", "honest", "honesty", "real self", "be myself",
		"be real", "open up", "opening up", "vulnerable", "vulnerability", "true self"},
	{"overshare", "oversharing", "overshared", "too much information", "tmi", "privacy", "private",
		"shared too much", "sharing too much", "said too much", "told too much", "too soon",
		"=share", "=soon"},
	// Talk that stays on the surface.
	{"shallow", "superficial", "surface level", "small talk", "banter", "memes", "joking around",
		"=surface", "=light"},
	// How often to be in touch.
	{"how often", "how frequently", "frequency", "rhythm", "=often", "=regular"},
	// Conversations that fizzle out.
	{"conversation dies", "conversation died", "conversations die", "conversation dying",
		"keep the conversation going", "keep a conversation going", "run out of things to say",
		"nothing to talk about", "dry texter", "one word answers", "=question", "=open", "=conversation"},
	// Listening.
	{"listen", "listening", "active listening", "attention", "hear", "heard", "understood"},
	// Groups.
	{"community", "communities", "group", "groups", "forum", "forums", "club", "clubs",
		"discord", "meetup", "meet new people",
		"join"},
	// Wellbeing.
	{"wellbeing", "well being", "wellness", "health", "mental health", "happiness", "happy"},
	// Habits and time.
	{"habit", "habits", "routine", "daily", "schedule", "every day", "no time", "too busy", "busy"},
	{"compare", "comparison", "comparing", "envy", "jealous", "jealousy", "fomo",
		"everyone else", "better than me"},
	{"support", "supportive", "comfort", "there for", "hard time", "going through", "struggling"},
	{"died", "death", "grief", "grieving", "bereaved", "bereavement", "passed away", "funeral",
		"lost someone", "illness", "diagnosis", "breakup", "break up", "divorce", "laid off",
		"=hard", "=difficult", "=struggling", "=support"},
	{"reflect", "reflection", "think about", "values", "needs", "what i want", "seek"},
	{"mentor", "mentorship", "mentoring", "networking", "professional", "colleague",
		"colleagues", "coworker", "career"},
	{"empathy", "empathise", "empathize", "compassion", "kindness", "care", "caring"},
	{"trust", "trusting", "trustworthy", "rely on", "depend on"},
}

// synonyms is synonymGroups compiled to stems.
type synonyms struct {
	words     map[string][]string // stem → stems it expands to
	phrases   map[string][]string // space-joined stems of a phrase → stems it stands for
	maxPhrase int                 // the longest phrase, in words
	// phraseWords holds every stem that appears in a phrase.
	phraseWords map[string]bool
}

var querySynonyms = compileSynonyms(synonymGroups)

func compileSynonyms(groups [][]string) *synonyms {
	syn := &synonyms{words: map[string][]string{}, phrases: map[string][]string{}, phraseWords: map[string]bool{}}
	for _, g := range groups {
		var singles []string
		for _, entry := range g {
			if ws := words(entry); len(ws) == 1 && isIndexable(ws[0]) {
				singles = appendNew(singles, stem(ws[0]))
			}
		}
		for _, entry := range g {
			if strings.HasPrefix(entry, "=") {
				continue
			}
			ws := words(entry)
			switch {
			case len(ws) == 0:
			case len(ws) == 1:
				s := stem(ws[0])
				for _, o := range singles {
					if o != s {
						syn.words[s] = appendNew(syn.words[s], o)
					}
				}
			default:
				key := phraseKey(ws)
				syn.phrases[key] = appendNew(syn.phrases[key], singles...)
				for _, st := range strings.Fields(key) {
					syn.phraseWords[st] = true
				}
				syn.maxPhrase = max(syn.maxPhrase, strings.Count(key, " ")+1)
			}
		}
	}
	return syn
}

// phraseKey is the form a phrase is looked up by: its stems, pronouns left
// out, joined by spaces.
func phraseKey(ws []string) string {
	var st []string
	for _, w := range ws {
		if !phraseFillers[w] {
			st = append(st, stem(w))
		}
	}
	return strings.Join(st, " ")
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, l := range list {
			if l == it {
				found = true
				break
			}
		}
		if !found {
			list = append(list, it)
		}
	}
	return list
}

// expandQuery turns a query into weighted stems: the person's own meaningful
// words at full weight, known phrases replaced by what they stand for, and
// synonyms added below the original words. A stem reached several ways keeps
// its highest weight; the order is that of first appearance.
func expandQuery(query string) []weightedTerm {
	ws := words(query)
	return querySynonyms.expand(ws, nil)
}

// expand weighs the query words ws. trust, when not nil, scales each word's
// weights: below 1 for a word that was a guess at a misspelling.
func (syn *synonyms) expand(ws []string, trust []float64) []weightedTerm {
	var out []weightedTerm
	pos := map[string]int{}
	add := func(s string, w float64) {
		if i, ok := pos[s]; ok {
			out[i].weight = max(out[i].weight, w)
			return
		}
		if len(out) >= maxQueryTerms {
			return
		}
		pos[s] = len(out)
		out = append(out, weightedTerm{stem: s, weight: w})
	}
	// Phrases are matched with pronouns left out, so "left me on read"
	// meets "left on read"; pronouns are stop words and never terms.
	kept, keptTrust, stems := phraseWords(ws, trust)
	for i := 0; i < len(kept); {
		if n, exp := syn.phraseAt(stems[i:]); n > 0 {
			least := 1.0
			for j := i; j < i+n; j++ {
				least = min(least, keptTrust[j])
				if isIndexable(kept[j]) {
					add(stems[j], phraseWordWeight*keptTrust[j])
				}
			}
			for _, e := range exp {
				add(e, phraseWeight*least)
			}
			i += n
			continue
		}
		if isIndexable(kept[i]) {
			add(stems[i], keptTrust[i])
			for _, e := range syn.words[stems[i]] {
				add(e, synonymWeight*keptTrust[i])
			}
		}
		i++
	}
	return out
}

// knows reports whether a word's stem means something to the synonym table,
// so it must not be taken for a misspelling.
func (syn *synonyms) knows(st string) bool {
	if _, ok := syn.words[st]; ok {
		return true
	}
	return syn.phraseWords[st]
}

// phraseFillers are the pronouns skipped when matching phrases.
// Reflexives ("myself") are kept: "hurt myself" means something "hurt" alone
// does not.
var phraseFillers = map[string]bool{
	"i": true, "me": true, "my": true, "you": true, "your": true,
	"he": true, "him": true, "his": true, "she": true, "her": true,
	"it": true, "its": true, "we": true, "us": true, "our": true, "they": true,
	"them": true, "their": true,
}

// phraseAt returns the length in words of the longest known phrase at the
// start of stems, and what it expands to.
func (syn *synonyms) phraseAt(stems []string) (int, []string) {
	for n := min(syn.maxPhrase, len(stems)); n >= 2; n-- {
		if exp, ok := syn.phrases[strings.Join(stems[:n], " ")]; ok {
			return n, exp
		}
	}
	return 0, nil
}

// concept is one thing a query asks about: a word of the person's, or a
// phrase, with every stem that stands for it.
type concept struct {
	stems []string // the person's own stem first, for a word
	guess bool     // the word was taken for a misspelling
	count float64  // how much it says: less for a number
}

// concepts groups the query words ws the way expand weighs them: a known
// phrase is one concept, any other meaningful word one more.
func (syn *synonyms) concepts(ws []string, trust []float64) []concept {
	var out []concept
	kept, keptTrust, stems := phraseWords(ws, trust)
	for i := 0; i < len(kept) && len(out) < maxQueryTerms; {
		if n, exp := syn.phraseAt(stems[i:]); n > 0 {
			c := concept{stems: slices.Clone(exp), count: 1}
			for j := i; j < i+n; j++ {
				if isIndexable(kept[j]) {
					c.stems = append(c.stems, stems[j])
				}
			}
			out = append(out, c)
			i += n
			continue
		}
		if isIndexable(kept[i]) {
			c := concept{stems: append([]string{stems[i]}, syn.words[stems[i]]...), guess: keptTrust[i] < 1, count: 1}
			if numberWords[kept[i]] || askingWords[kept[i]] || kept[i][0] >= '0' && kept[i][0] <= '9' {
				c.count = numberCount
			}
			out = append(out, c)
		}
		i++
	}
	return out
}

// numberCount is how much a number counts towards a question's meaning:
// "two weeks" or "40" rarely decide what it is about.
const numberCount = 0.3

// askingWords say that something is asked, not what: "tips??", "any
// advice". Like a number they count little towards a question's meaning.
var askingWords = map[string]bool{
	"tips": true, "advice": true, "ideas": true, "suggestions": true, "pointers": true,
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "few": true, "couple": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "yrs": true,
}

// phraseWords returns the words of ws phrases are matched on (pronouns and
// other fillers left out), how much each is trusted (1 when trust is nil),
// and their stems.
func phraseWords(ws []string, trust []float64) (kept []string, keptTrust []float64, stems []string) {
	for i, w := range ws {
		if !phraseFillers[w] {
			kept = append(kept, w)
			t := 1.0
			if trust != nil {
				t = trust[i]
			}
			keptTrust = append(keptTrust, t)
		}
	}
	stems = make([]string, len(kept))
	for i, w := range kept {
		stems[i] = stem(w)
	}
	return kept, keptTrust, stems
}
