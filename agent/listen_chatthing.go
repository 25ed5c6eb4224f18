package agent

import (
	"regexp"
	"strings"
)

// A remark about the day that names an everyday thing ("just had the best
// pho of my life", "my courgettes finally came up", "cold pizza for lunch
// again", "monday again huh") is answered naming it, the way a friend
// would pick up on it, rather than with a reply that would fit any
// remark. The things are kept by kind, each kind with lines of its own for
// a glad remark and a grumble; a thing of no known kind leaves the reply
// as it was.

// chatThingKinds map everyday things, folded, to their kind.
var chatThingKinds = func() map[string]string {
	m := map[string]string{}
	add := func(kind, words string) {
		for _, w := range strings.Split(words, "|") {
			if w = strings.TrimSpace(w); w != "" {
				m[w] = kind
			}
		}
	}
	add("food", `pho | ramen | noodles | pizza | pancakes | crepes | waffles | soup | curry | tacos | burrito | sushi | dumplings |
banana bread | sourdough | bread | cake | brownies | cookies | biscuits | scones | muffins | croissant | croissants | lasagna | lasagne |
pasta | risotto | burger | chips | fish and chips | roast | roast dinner | stew | chilli | pie | omelette | porridge | toast |
bagel | sandwich | salad | biryani | dal | jollof | paella | stir fry | fry up | full english | ice cream | gelato | chocolate |
hot chocolate | cinnamon rolls | doughnuts | donuts | cheesecake | crumble | flapjacks | smoothie | brunch | takeaway | kebab`)
	add("garden", `tomatoes | tomato | courgettes | zucchini | strawberries | potatoes | seedlings | sunflowers | sunflower | herbs |
basil | chillies | peppers | beans | lettuce | roses | tulips | daffodils | veg patch | allotment | garden | plants | orchid`)
	add("outing", `walk | run | 5k | 10k | half marathon | marathon | triathlon | parkrun | swim | hike | bike ride | cycle | stroll | ramble | yoga class |
dog walk | paddle`)
	add("day", `monday | tuesday | wednesday | thursday | friday | saturday | sunday | mondays | fridays | sundays`)
	return m
}()

// chatThingLines are a glad remark's lines and a grumble's, by kind;
// {t} is the thing.
var chatThingLines = map[string][2][]string{
	"food": {
		{"Ooh, {t}! That sounds lovely.", "Nice — {t}! Now I'm hungry."},
		{"Ha, {t} again! Not the most exciting, but it does the job.", "Oh no, {t} again! Here's hoping for something tastier next time."},
	},
	"garden": {
		{"Your own {t} — how satisfying! That's a lovely thing to see come up.", "Ooh, {t}! It's so nice to see something you've grown."},
		{"Oh no, poor {t}! Gardening can be a test of patience.", "Ugh, {t} can be fussy. Fingers crossed they pick up."},
	},
	"outing": {
		{"A {t} sounds lovely — that kind of time out does a lot of good.", "Ooh, a {t} — nice! Sounds like just what the day needed."},
		{"Oof, that {t} sounds like hard going. Well done for getting out anyway.", "Ha, not every {t} is a good one. Well done for going."},
	},
	"day": {
		{"Happy {T}! I hope it's a lovely one.", "Ooh, {T} — here's to a nice one."},
		{"Ah, {T} again! Here's hoping it's a gentle one.", "Oof, {T}! I hope it goes easier than it looks from here."},
	},
}

// raceThings are the outings that are a race run, and reRaceDone one
// finished: "ran my first 10k", "finished the marathon", "got a pb".
var (
	raceThings = map[string]bool{"5k": true, "10k": true, "half marathon": true, "marathon": true, "triathlon": true, "parkrun": true}
	reRaceDone = mustPattern(`\b(?:finished|completed|ran|smashed|crossed the finish|pb|personal best|first ever|my first)\b`)
)

// dayRemarkGoesOn are the words that may follow a day named as the remark
// itself: "monday again", "friday at last", "sunday vibes", "monday is
// here".
var dayRemarkGoesOn = map[string]bool{"again": true, "at": true, "finally": true, "already": true, "vibes": true,
	"mood": true, "blues": true, "is": true, "was": true, "has": true, "innit": true, "huh": true, "lol": true, "haha": true,
	"yay": true, "woo": true, "woohoo": true, "tomorrow": true, "today": true, "feeling": true, "feels": true, "eh": true,
	"though": true, "tho": true, "morning": true, "night": true, "evening": true, "afternoon": true, "fun": true, "funday": true,
	"and": true, "ugh": true, "yet": true, "so": true, "off": true, "rest": true}

// reGrown tells of something grown: "finally grew", "came up",
// "sprouted", "first harvest".
var reGrown = regexp.MustCompile(`\b(?:grew|grow|grown|growing|came up|coming up|sprouted|sprouting|planted|harvest|harvested|picked|ripe|ripening|flowering|bloomed|blooming|first ever)\b`)

// reChatThingWord is a word or two of a message, for lookups.
var reChatThingWord = regexp.MustCompile(`[a-z0-9]+`)

// chatThing is the first everyday thing text names, and its kind; "" when
// it names none.
func chatThing(text string) (thing, kind string) {
	words := reChatThingWord.FindAllString(strings.ReplaceAll(foldText(text), "'", ""), -1)
	for i := range words {
		for n := 3; n >= 1; n-- {
			if i+n > len(words) {
				continue
			}
			w := strings.Join(words[i:i+n], " ")
			k, ok := chatThingKinds[w]
			switch {
			case !ok:
				continue
			case k == "day" && (i > 1 || i+1 < len(words) && !dayRemarkGoesOn[words[i+1]]):
				// "monday again huh", "friday at last": the day is the
				// remark; "had a lovely sunday with her" tells of
				// something else, and in "the sunday league" or "friday
				// drinks" the day only says which.
				continue
			case k == "garden" && !reGrown.MatchString(strings.Join(words, " ")):
				// Bought or given, not grown.
				continue
			}
			return w, k
		}
	}
	return "", ""
}

// chatThingLine answers a remark that names an everyday thing in its tone
// (glad, or a grumble when gripe), naming the thing; "" when it names
// none.
func chatThingLine(text string, gripe bool) string {
	thing, kind := chatThing(text)
	if thing == "" {
		return ""
	}
	lines := chatThingLines[kind][0]
	if gripe {
		lines = chatThingLines[kind][1]
	}
	if raceThings[thing] && reRaceDone.MatchString(foldText(text)) {
		// "finished my first half marathon": an achievement, legs or
		// no legs, not a pleasant outing.
		lines = []string{"Well done on the {t} — that's a real achievement! I hope you're resting those legs.",
			"Congratulations on finishing the {t}! That takes real work to get to."}
	}
	line := pick(text, lines)
	line = strings.ReplaceAll(line, "{T}", upFirst(thing))
	return strings.ReplaceAll(line, "{t}", thing)
}

// orThing is the line naming the everyday thing text names, when it names
// one, else line.
func orThing(text string, gripe bool, line string) string {
	if l := chatThingLine(text, gripe); l != "" {
		return l
	}
	return line
}
