package understand

import "strings"

// A few hundred messages cannot teach that "rang" is "called" or that "nan"
// is family. The word classes and spellings below add what a person knows
// about such words: each word of a class also gets the class as a feature,
// and a chat spelling also counts as the word it stands for. Everything
// else is learned.

// wordClasses maps a word to its class.
var wordClasses = groupMap(classGroups)

// classGroups are the word classes, each a name and its words; a word is in one
// class at most, so that the features do not depend on the order of a map.
var classGroups = [][2]string{
	{"person", "mum mom mam mama mummy mommy mother dad daddy papa father parents parent brother bro sister sis " +
		"siblings sibling grandma grandpa granny grandad grandmother grandfather nan nana nanna gran abuela abuelo " +
		"aunt auntie uncle cousin wife husband partner boyfriend bf girlfriend gf fiance fiancee ex friend friends " +
		"bestie bff buddy mate mates pal coworker coworkers colleague colleagues boss manager neighbour neighbor " +
		"neighbours neighbors roommate flatmate housemate son daughter kid kids niece nephew teacher mentor " +
		"classmate classmates stepmom stepdad inlaws family"},
	{"day", "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays " +
		"fridays saturdays sundays mon tue tues wed thu thurs fri sat sun weekend weekends weekday weekdays"},
	{"month", "january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec"},
	{"when", "today tonight tomorrow yesterday evening afternoon week weeks month months year years " +
		"daily weekly monthly fortnight"},
	{"contacted", "called rang phoned texted messaged met saw visited talked spoke chatted facetimed videocalled " +
		"skyped caught hung wrote replied answered emailed dmd hugged"},
	{"greet", "hi hey hello hiya heya howdy yo sup morning hai heyo ello greetings gday wassup wazzup whaddup whatsup wsg"},
	{"bye", "bye goodbye night gn gnight ttyl ttys cya later laters laterz farewell ciao g2g gtg nighty goodnight"},
	{"thank", "thanks thank thx ty tysm tyvm thanku thankyou ta cheers grateful appreciate appreciated obliged kudos"},
}

// emojiClasses gives an emoji the meaning it shares with others, so that
// "🚫" on its own is read as "❌" was taught and "💤" as "😴". Each emoji is
// a token of its own (normalize.go), without its skin tone or variation
// selector.
var emojiClasses = groupMap([][2]string{
	{"e-thank", "🙏"},
	{"e-agree", "👍 👌 ✅ ✔ ☑ 🆗 🤝 💯"},
	{"e-refuse", "❌ 🚫 🙅 👎 ✖ ⛔ 🛑 🙄"},
	{"e-sleep", "😴 💤 🌙 🌛 🌜 🛌 🥱"},
	{"e-wave", "👋 🙋 ✌"},
	{"e-next", "⏭ ⏩ ➡ ↪ ⤵ ⏯ ⏬"},
	{"e-glad", "😊 🙂 😀 😃 😄 😁 ☺ 🥰 😍 🤗 ❤ 💛 💕 💖 💙 💚 💜 🧡 🥹 🎉 🥳 🙌 🌞 ☀"},
	{"e-low", "😢 😭 😞 😔 😟 😕 🙁 ☹ 💔 🥺 😩 😫 😿"},
	{"e-laugh", "😂 🤣 😆 😅 😹"},
	{"e-awkward", "😬 🙈 🫠 🙃 😳"},
})

// chatSpellings maps a chat spelling or a casual word to the plain word it
// stands for, or the nearest one ("dont" → "not", "nah" → "no").
var chatSpellings = map[string]string{
	"u": "you", "ya": "you", "yu": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please",
	"thx": "thanks", "thnx": "thanks", "thanx": "thanks", "ty": "thanks", "tmrw": "tomorrow", "tmr": "tomorrow",
	"tmrow": "tomorrow", "msg": "message", "msgs": "messages", "txt": "text", "bc": "because", "cuz": "because",
	"coz": "because", "cos": "because", "abt": "about", "ppl": "people", "sth": "something", "smth": "something",
	"bday": "birthday", "nite": "night", "luv": "love", "wanna": "want", "gonna": "going", "idk": "know",
	"dont": "not", "didnt": "not", "cant": "not", "wont": "not", "nah": "no", "nope": "no", "yeah": "yes",
	"yep": "yes", "yup": "yes", "ya'll": "you", "k": "ok", "kk": "ok", "okay": "ok", "okk": "ok", "srsly": "seriously",
	"rly": "really", "tyvm": "thanks", "tysm": "thanks", "thanku": "thanks", "thankyou": "thanks", "g2g": "go",
	"gtg": "go", "laterz": "later", "laters": "later", "ttys": "later", "wassup": "sup", "wazzup": "sup", "whaddup": "sup",
	"whatsup": "sup", "wsg": "sup", "hai": "hi", "yea": "yes", "aye": "yes", "defo": "definitely",
	"deffo": "definitely", "ofc": "course", "tho": "though", "w": "with", "b4": "before", "l8r": "later", "gr8": "great",
	// Courtesies people borrow from other languages, or type in theirs
	// (accents already taken off): "merci", "tschüss", "não, obrigado".
	"merci": "thanks", "gracias": "thanks", "danke": "thanks", "dankeschon": "thanks", "obrigado": "thanks",
	"obrigada": "thanks", "grazie": "thanks", "dziekuje": "thanks", "tesekkurler": "thanks", "bedankt": "thanks",
	"hola": "hi", "bonjour": "hi", "hallo": "hi", "salut": "hi", "hej": "hi", "ola": "hi", "buongiorno": "morning",
	"buenos": "good", "guten": "good", "bom": "good", "dia": "morning", "dias": "morning", "morgen": "tomorrow",
	"adios": "bye", "tschuss": "bye", "tchau": "bye", "arrivederci": "bye", "aurevoir": "bye", "doei": "bye",
	"oui": "yes", "ja": "yes", "sim": "yes", "claro": "yes", "vale": "ok", "dale": "ok", "daccord": "ok",
	"nao": "no", "nein": "no", "nee": "no", "nie": "no",
}

// stem strips a common English ending from a word, so that "reminding",
// "reminded" and "reminders" share a feature with "remind".
func stem(w string) string {
	if len(w) < 5 {
		return w
	}
	for _, suffix := range []string{"ing", "ers", "ed", "er", "es", "ly", "s"} {
		if s, ok := strings.CutSuffix(w, suffix); ok && len(s) >= 3 {
			return s
		}
	}
	return w
}

// groupMap maps every word of groups to the name of its group.
func groupMap(groups [][2]string) map[string]string {
	m := map[string]string{}
	for _, g := range groups {
		for _, w := range strings.Fields(g[1]) {
			m[w] = g[0]
		}
	}
	return m
}
