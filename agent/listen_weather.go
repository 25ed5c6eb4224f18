package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// A remark on the weather is answered for the weather it names: heat gets
// a word about keeping cool, snow a word about its look and keeping warm,
// rain and wind their own, so that "its 35 degrees and my ac just broke"
// hears about the heat, not about "weather like that".

// weatherKind is one kind of weather, the words and emoji that name it,
// and the lines that answer it.
type weatherKind struct {
	words map[string]bool
	emoji string
	lines []string
}

// weatherKinds go from the most particular to the most general: the first
// named in a message answers it.
var weatherKinds = []weatherKind{
	{words: wordset.Of(`hot heat heatwave degrees boiling scorching sweltering melting humid humidity sweaty sweating muggy stifling sultry roasting`),
		emoji: "🥵🔥",
		lines: []string{
			"Oof, that heat sounds brutal. Keep some cold water close and hide in any bit of shade or breeze you can find.",
			"That's properly hot. I hope you can find somewhere cool for a while, even just a fan and a cold drink.",
		}},
	{words: wordset.Of(`snow snowing snowy snowfall snowed blizzard frost frosty icy sleet`),
		emoji: "❄☃⛄🌨",
		lines: []string{
			"Snow! Weather like that makes everything look different for a day. I hope you're somewhere warm to enjoy the view.",
			"Ooh, snow. Pretty from a window, less so on the pavement. Stay warm out there!",
		}},
	{words: wordset.Of(`storm stormy wind windy gale gales gusts thunder lightning hail`),
		emoji: "🌪⛈🌬",
		lines: []string{
			"That weather sounds wild. I hope you're tucked up indoors and nothing blows away.",
			"Stormy weather is a lot. A good excuse to stay in and keep warm, if you can.",
		}},
	{words: wordset.Of(`rain raining rainy rained pouring drizzle drizzly downpour soaked wet`),
		emoji: "🌧☔☂",
		lines: []string{
			"Rain again! A good day for staying in, if you can, or at least a dry pair of socks.",
			"Ugh, grey and wet weather. I hope you've got somewhere dry to be.",
		}},
	{words: wordset.Of(`cold freezing chilly frozen`),
		emoji: "🥶",
		lines: []string{
			"Brr, freezing weather! I hope you can warm up soon, with an extra layer and something hot to drink.",
			"That's cold weather. Wrap up well, and I hope somewhere warm is waiting for you.",
		}},
}

// weatherLine answers a remark on the weather for the kind it names, or
// is "" when it names none of them.
func weatherLine(text, folded string) string {
	folded = reWarmThing.ReplaceAllString(folded, " ")
	for _, k := range weatherKinds {
		if hasAnyWord(folded, k.words) || strings.ContainsAny(text, k.emoji) {
			return pick(text, k.lines)
		}
	}
	return ""
}

// weatherTold reports whether text speaks of the weather, by a word or an
// emoji of any kind of it.
func weatherTold(text, folded string) bool {
	folded = reWarmThing.ReplaceAllString(folded, " ")
	if hasAnyWord(folded, weatherWords) {
		return true
	}
	for _, k := range weatherKinds {
		if strings.ContainsAny(text, k.emoji) || hasAnyWord(folded, k.words) {
			return true
		}
	}
	return false
}

// reWarmThing is a hot or cold thing that is no weather: "a hot
// chocolate", "cold feet", "a cold drink".
var reWarmThing = mustPattern(`\b(?:hot|cold|freezing|iced) (?:chocolate|cocoa|drink|drinks|tea|coffee|bath|shower|water|water bottle|meal|dinner|soup|toddy|brew|cuppa|feet|sore|pizza|food|dog|dogs|take)\b`)

// weatherRemark reports a remark on the weather told as chat: the weather
// named, no question asked, no news and no low feeling about people in it,
// and no heat of the body ("39 degrees and shivering" is a fever).
func weatherRemark(text string) bool {
	folded := foldText(text)
	if !weatherTold(text, folded) || asksSomething(text) || hasAnyWord(folded, feverWords) {
		return false
	}
	if badNews(text) || newsOfOthers(text) || changeTold(text) {
		// "the storm flooded our kitchen": news first, the weather only
		// its cause.
		return false
	}
	_, low := findLow(text)
	return !low || weatherDiscomfort(text)
}

// feverWords put a temperature in the body, not in the weather.
var feverWords = wordset.Of(`fever feverish temperature temp thermometer shivering shivers flu sick ill poorly chills sweats infection`)
