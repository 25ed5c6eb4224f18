package agent

import (
	"regexp"
	"strings"
)

// A change of life — someone moving out or away, a breakup, a new job,
// retiring, a baby on the way — is rarely only good or only bad. The reply
// names the change and both sides of it, and offers what fits: a message
// to the person it is about, a reminder to stay in touch, or, for the
// person's own change, a moment to think about who they want close.

// lifeChange is one kind of change, found by its phrases, with what the
// reply says about it for someone else ({who}) and for the person.
type lifeChange struct {
	cues        []string
	other, self []string
	// shared is a change the person lives through with the one named,
	// whose reply is always the person's own: "my partner and i are
	// moving in together".
	shared bool
	// noun names the change in a reply ("{A change}"), and nouns name it
	// in the person's own word when one of theirs is in the message: a
	// divorce is said back as a divorce, not a breakup.
	noun  string
	nouns map[string]string
	// pattern finds the change where a phrase cannot ("my partner of six
	// years moved out"); own makes it the person's own change whoever
	// is named.
	pattern *pattern
	own     bool
}

// rePartnerLeft is a partner moving out or leaving: a breakup, the
// person's own change, told of the one who left.
var rePartnerLeft = mustPattern(`\b(?:partner|boyfriend|girlfriend|husband|wife|bf|gf|fiance|fiancee|fiancé|fiancée|ex)\b(?: \w+){0,4} (?:moved out|has moved out|moving out|is moving out|packed (?:up|her bags|his bags|their bags)|walked out|left me|has left me)\b`)

// said fills a reply line's names of change c, told in text: "{A
// change}" opening a sentence, "{a change}" inside one.
func (c lifeChange) said(line, text string) string {
	n := c.name(foldText(text))
	return strings.ReplaceAll(strings.ReplaceAll(line, "{A change}", upFirstWord(n)), "{a change}", n)
}

// name is how the reply names change c told in folded text.
func (c lifeChange) name(folded string) string {
	for _, w := range strings.Fields(folded) {
		if n, ok := c.nouns[w]; ok {
			return n
		}
	}
	return c.noun
}

// reChildLeft is a child of the person's gone off to study or live
// elsewhere, which leaves home as surely as the words "left home": "my
// youngest just left for college", "our last one moved out in june".
var reChildLeft = mustPattern(`\b(?:youngest|eldest|oldest|last one|last kid|baby|kids|children|son|daughter|twins)(?: \w+){0,2} (?:(?:left|leaves|leaving|has left|went off|gone off|is off|headed off|went) (?:for|to) (?:college|uni|university)|moved out|has moved out|have moved out|have all moved out)\b`)

// reSchoolStarts is a training for a new trade begun, not one got into
// or finished: "nursing school starts in september", "starting law
// school at 40".
var reSchoolStarts = mustPattern(`\b(?:(?:start|starts|starting|begin|begins|beginning) (?:\w+ )?(?:nursing|med|medical|law|teacher|teaching|culinary|art|dental|vet|veterinary) (?:school|college|training)|(?:nursing|med|medical|law|teacher|teaching|culinary|art|dental|vet|veterinary) (?:school|college|training) (?:starts|begins|starting))\b`)

// reHomeSold is a home sold or being sold: "we sold mums house today",
// "selling the family home".
var reHomeSold = mustPattern(`\b(?:sold|selling|sell|sale of) (?:\w+ ){0,2}(?:house|home|flat|place|farm|cottage)\b`)

// reMovingFromTo is a move told with where from: "moving from london to
// a village", "we're relocating from the city to the coast".
var reMovingFromTo = mustPattern(`\b(?:moving|moved|relocating|relocated|we move|i move) from (?:\w+ ){1,3}to\b`)

// reBabyCame is a birth told with when it was: "baby came 5 weeks
// early", "the baby arrived on tuesday". "Since the baby came" tells of
// life after it, not the news.
var reBabyCame = mustPattern(`^ (?:(?:so|and|omg|well|ok|okay|update|our|the|my|little) )*baby (?:came|arrived|is here)\b|\bbaby (?:came|arrived) (?:early|late|\d+ (?:weeks?|days?) (?:early|late)|safely|(?:on |last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last night|this morning)\b`)

// reAdoptChild is a child adopted or about to be: "we adopted a 7 year
// old girl", "our adoption went through".
var reAdoptChild = mustPattern(`\b(?:adopted|adopting|adopt|fostering|foster) (?:a |an |our |my |two |three |the )?(?:\d+ (?:year|yr) old |little |baby |sibling |beautiful )*(?:boy|girl|boys|girls|son|daughter|child|children|kids?|siblings?|baby|brothers|sisters|twins)\b|\badoption (?:went through|is final|was approved|came through|order|panel|approved|day)\b`)

// reFirstPay is the first pay of a job, a glad moment rather than the
// change of the job itself.
var reFirstPay = mustPattern(`\bfirst (?:(?:ever|real|proper|actual|grown up|full) )*(?:pay ?check|pay ?cheque|pay ?day|pay packet|pay slip|payslip|wage|wages|salary|pay)\b`)

// lifeChanges go from the most particular to the most general.
// reBackFromLeave is a return to work after a long leave: "back to the
// office next week after eight months of paternity leave", "my mat leave
// ends and i return to work on the 3rd".
var reBackFromLeave = mustPattern(`\b(?:back|return|returning|returned) (?:to|at) (?:work|the office|my job|the job|the classroom|the ward)\b.*\b(?:leave|sabbatical|career break|year off|months off)\b|\b(?:maternity|paternity|parental|mat|pat|adoption|sick|medical) leave\b.*\b(?:ends|ending|over|back|return|returning)\b`)

// reOwnPromotion is the person's own promotion, which changes their days
// and their place among the people they work with: "got promoted to team
// lead!", "i've been made manager". Someone else's promotion is their glad
// news.
var reOwnPromotion = mustPattern(`^ (?:(?:so|ok|okay|omg|yay|well|and|finally|just|today|officially|i|ive|i have|have) )*(?:got|been|was|get|getting|am getting|been made|got made|was made) (?:promoted|team lead|manager|head of|a manager|partner)\b|\b(?:i|ive|i have|im) (?:\w+ )?(?:got|been|was|being) (?:promoted|made (?:team lead|manager|head of|a manager|partner))\b|\b(?:i|ive) (?:\w+ )?got (?:a|the|my) promotion\b|\bmy promotion\b`)

var lifeChanges = []lifeChange{
	{pattern: &rePartnerLeft, own: true,
		self: []string{
			"I'm so sorry. After that long together, the quiet where they used to be can be the hardest part. How are you holding up?",
			"That's a huge change, and a painful one — a home can feel so empty after someone leaves it. How are you doing?",
		}},
	{pattern: &reIntoCare, own: true,
		self: []string{
			"That's such a hard step, even when it's the right call. Moving someone you love into care can bring guilt and grief along with the relief — it isn't a betrayal to make sure they're looked after. How are you holding up?",
			"I'm sorry, that's a heavy thing to carry. Choosing care for someone you love is hard even when it's the right decision, and feeling torn about it shows how much you care. How are you doing with it?",
		}, noun: "a move into care"},
	{cues: phrases(`living alone for the first time | live alone for the first time | living on my own for the first time |
live on my own for the first time | first time living alone | first time living on my own | first time ever living alone`), own: true,
		self: []string{
			"Living alone for the first time is a big change — after years of sharing, the quiet can feel strange at first, and freeing too. How are you feeling about it?",
			"That's a real change, having the place to yourself for the first time. It can take a while to adjust to the quiet; some people miss the company, some love the space. How does it feel so far?",
		}, noun: "living alone"},
	{cues: phrases(`broke up | broken up | split up | splitting up | we split | separated | separating | getting divorced |
got divorced | divorce | dumped me | ended things | called it off`),
		other: []string{
			"A breakup is a big change for {who}, even when it's the right call. It can mean a lot to hear from someone then.",
		},
		self: []string{
			"I'm sorry. {A change} changes a lot at once, even when it was the right call, and it can feel strange for a while. How are you holding up?",
			"{A change} is a big change and a hard one, and it's okay if it feels like a mix of things at once. How are you doing?",
		},
		nouns: map[string]string{"divorce": "a divorce", "divorced": "a divorce", "separated": "a separation",
			"separating": "a separation"}, noun: "a breakup"},
	{cues: phrases(`came out to | coming out to | come out to | came out as | coming out as | come out as | finally came out |
came out at work | came out to everyone`),
		other: []string{
			"Coming out is a big step, and it takes courage. It can mean a lot to {who} to hear that you're glad they told you.",
		},
		self: []string{
			"That's a big step, and it took real courage. I'm glad it went okay, even if it was quiet. How are you feeling now it's said?",
			"Coming out is a big moment, and it takes courage. Quiet but okay can be a start; people sometimes need a little time. How are you feeling?",
		}},
	{cues: phrases(`going to be a dad | going to be a mum | going to be a mom | going to be a parent | gonna be a dad | gonna be a mum |
gonna be a mom | becoming a dad | becoming a mum | becoming a mom | becoming a parent | going to be parents | gonna be parents`),
		other: []string{
			"How exciting for {who}! Becoming a parent changes a lot, for them and sometimes between friends too, so it's lovely to stay close through it.",
		},
		self: []string{
			"Congratulations — {a change} is huge! It's completely normal to feel terrified and excited at once; it's a big change, and you don't have to have it all worked out yet. How are you feeling?",
		},
		nouns: map[string]string{"dad": "becoming a dad", "mum": "becoming a mum", "mom": "becoming a mom", "parents": "becoming parents"},
		noun:  "becoming a parent"},
	{cues: phrases(`become a stepdad | became a stepdad | becoming a stepdad | become a stepmum | became a stepmum | becoming a stepmum |
become a stepmom | became a stepmom | becoming a stepmom | become a step parent | became a step parent | becoming a step parent |
become a stepparent | became a stepparent | becoming a stepparent | become a step dad | became a step dad | become a step mum |
became a step mum | stepdad to | stepmum to | stepmom to | step dad to | step mum to | blended family | started fostering |
starting fostering | foster carers now | our first foster`),
		other: []string{
			"Becoming a step-parent is a big change for {who}, and for the kids too. It can mean a lot to hear someone's behind them.",
		},
		self: []string{
			"That's a big change, for you and for them. Trust with kids who are new to you tends to grow slowly, from ordinary time together more than big moments, so it's fine to go gently. How are you feeling about it?",
		}},
	{cues: phrases(`new school | started school | starting school | start school | started secondary | starting secondary |
start secondary | changed schools | changing schools | moved schools | moving schools | switched schools`),
		other: []string{
			"{Who} starting at a new school is a big change — exciting, and daunting too while everyone else seems settled. They might like to hear you're rooting for them.",
		},
		self: []string{
			"A new school is a big change, and it's hard walking in when everyone seems to have their friends already. It often takes a little time, and one or two people, to find your place.",
		}},
	{cues: phrases(`evicted | being evicted | kicked out | have to move out | have to be out | got to be out | need to be out |
have to find a new place | selling the flat | selling the house | selling our flat | selling our house | not renewing`),
		other: []string{
			"Having to move out at short notice is a lot for {who}: the stress of finding somewhere, all at once.",
		},
		self: []string{
			"Oh no, that's a lot to deal with at short notice. Having to find a new place is stressful, and it's unsettling not to know where you'll be. How are you doing with it?",
			"I'm sorry, that's a stressful thing to land on you. Being pushed to move when you didn't choose it is hard. How are you holding up?",
		}},
	{cues: phrases(`became a citizen | become a citizen | becoming a citizen | got citizenship | got my citizenship | got his citizenship |
got her citizenship | citizenship ceremony | citizenship came through | naturalised | naturalized`),
		other: []string{
			"Congratulations to {who} — that's huge, and after so much waiting. They'd love to hear it from you.",
		},
		self: []string{
			"Congratulations — that's huge, and after so long! A place that's officially home is worth celebrating. Who are you celebrating with?",
		}},
	{cues: phrases(`baby arrived | baby has arrived | baby is here | babys here | had the baby | had our baby |
had a baby girl | had a baby boy | had a little girl | had a little boy | gave birth | been born | was born | were born | welcomed our |
welcomed a baby | welcomed a little | welcome to the world | new arrival | our newborn | my newborn`), pattern: &reBabyCame,
		other: []string{
			"Congratulations to {who} — a new baby is wonderful news! The first days are a blur, and a few warm words can mean a lot.",
		},
		self: []string{
			"Congratulations, and welcome to the world, little one! The first days are a blur of no sleep and so much love. How are you all doing?",
			"Oh, congratulations — that's wonderful! Tired and head over heels is exactly how the first days tend to go. How are you all doing?",
		}},
	{pattern: &reAdoptChild,
		other: []string{
			"How wonderful for {who} — a child joining the family is huge, happy news, and a big change for everyone in it.",
		},
		self: []string{
			"Congratulations — what wonderful news! A child joining your family is huge, and the first weeks can bring all sorts of feelings, for everyone. How are you feeling as the day gets close?",
		}},
	{cues: phrases(`baby number | baby no | another baby | second baby | third baby | baby on the way | baby is on the way |
having a baby | pregnant | expecting a baby | expecting twins | is expecting | are expecting | were expecting | we re expecting |
im expecting | expecting our first | expecting our second | expecting my first | expecting a little | expecting a boy | expecting a girl |
expecting baby | had our first | had our second | had our third | had my first baby | had my second baby | first baby`),
		other: []string{
			"How exciting for {who}! A baby changes a lot, for them and sometimes between friends too, so it's lovely to stay close through it.",
		},
		self: []string{
			"Congratulations — that's huge, exciting news! It's a big change too, and it's fine to feel a mix of things about it.",
		}},
	{cues: phrases(`getting married | got married`),
		other: []string{
			"How lovely for {who}! A wedding is a big, happy change, and it can shift things a little between friends too.",
		},
		self: []string{
			"Congratulations! That's a big, happy change. I hope you get to enjoy every bit of it.",
		}},
	{cues: phrases(`retiring | retire | retired | retirement`),
		other: []string{
			"{Who} retiring is a big change — exciting, and it can take some getting used to, for them and for the people around them.",
		},
		self: []string{
			"Retirement is a big change — exciting, and a bit strange too, when the days change shape. Who would you like to see more of?",
		},
		noun: "retiring"},
	{cues: phrases(`moving in together | move in together | moved in together | moving in with my partner |
moving in with my boyfriend | moving in with my girlfriend | moving in with my fiance | moving in with my fiancee`),
		other: []string{
			"How exciting for {who}! Moving in together is a big, happy step, and a change in how their days run too.",
		},
		self: []string{
			"Congratulations — moving in together is a big, exciting step! It changes a lot of small things at once, and it's lovely to have it to look forward to.",
		}, shared: true},
	{cues: phrases(`signed the lease | signed a lease | signed for | got the keys | get the keys | getting the keys | got our keys |
keys tomorrow | closed on the house | closed on a house | closed on our | closed on my | completed on the | exchanged contracts | own place | place of my own | place of her own |
place of his own | place of their own | first flat | first home | first house | bought a house | bought a flat | bought our first house | bought our first flat |
bought our first home | bought our first place | bought my first house | bought my first flat | bought my first home |
bought my first place | moved into my new | moved into our new | moved into my own | moved into our own | moving into my new |
moving into our new | moving into my own | moving into our own`),
		other: []string{
			"How exciting for {who} — a place of their own is a big step, and a lot to settle into.",
		},
		self: []string{
			"Congratulations — a home of your own is a big step! Exciting, and a bit strange too, the first evenings there. Anyone you'd like to have round?",
		}},
	{cues: phrases(`left home | leaving home | leave home | flown the nest | flew the nest | fly the nest | empty nest`),
		pattern: &reChildLeft,
		other: []string{
			"{Who} leaving home is a big change, for them and for the people they leave behind: the house can feel very quiet after.",
		},
		self: []string{
			"That's a big change. A house that goes quiet after years of noise can feel strange and empty for a while, even when it's how things should go. How are you finding it?",
		}},
	{cues: phrases(`moved back in with | moving back in with | moved back home | moving back home | back in with my parents |
back with my parents | living with my parents again | living with my mum again | living with my dad again`),
		other: []string{
			"Moving back home is a big change for {who}, and far more common than it can feel.",
		},
		self: []string{
			"Moving back in with family is a big change, and far more common than it feels: lots of people do it at some point, for all kinds of reasons. How's it going so far?",
		}},
	{cues: shiftCues,
		other: []string{
			"That's a big change for {who}: a new shape to their days, and to when people can see them.",
		},
		self: []string{
			"That's a big change — your sleep, your evenings and when you get to see people all shift with it. How are you feeling about it?",
		},
		noun: "a new shift pattern"},
	{cues: phrases(`off to uni | going to uni | starting uni | start uni | going to college | starting college | leaves for uni |
leaving for uni | left for uni | off to university | going to university | starting university | leaves for university |
leaving for university | goes to uni | goes off to uni`),
		other: []string{
			"That's a big change for {who} — exciting, and a little daunting too. They might like to hear you're rooting for them.",
		},
		self: []string{
			"Starting somewhere new is a big change — exciting, and a little daunting too. It's a good moment to keep close the people you're leaving behind, and to let new ones in.",
		}},
	{cues: phrases(`switching careers | switching career | changing careers | changing career | career change | new career |
retraining | retrain as | retrained as | retrained | changed careers | changed career | switched careers | switched career |
go freelance | went freelance | gone freelance | going self employed | went self employed |
start my own business | started my own business | starting my own business | going back to school | going back to uni | going back to university | going back to college |
back to school at | back to uni at | starting an apprenticeship | started an apprenticeship`),
		pattern: &reSchoolStarts, noun: "a new path",
		other: []string{
			"That's a brave change for {who} — a whole new path, and a lot to take on. They might like to hear you're behind them.",
		},
		self: []string{
			"That's a brave change — a whole new path, exciting and a lot to take on at once. I hope it's everything you want it to be.",
			"Switching paths takes real nerve. It's a big step, and a good one to have people cheering you on through.",
		}},
	{cues: phrases(`back to work after | going back to work | go back to work | went back to work | back at work after |
returning to work | return to work | returned to work | end of my maternity | end of my paternity | end of maternity |
after maternity leave | after paternity leave | after parental leave | after mat leave | after my leave |
after a year off | after a year out | after time off`), pattern: &reBackFromLeave, noun: "going back to work",
		other: []string{
			"{Who} going back to work after time away is a big change: a lot to juggle, and a mix of ready and not ready. They might like to hear you're thinking of them.",
		},
		self: []string{
			"Going back after time away is a big change: a mix of ready and not ready, and a lot to juggle at once. I hope the first week is gentle on you. How are you feeling about it?",
			"That's a big return. Stepping back into work after a long stretch away can feel strange and good at once. How are you feeling about Monday and the weeks after?",
		}},
	{cues: phrases(`end of an era | end of an era today | last night in the house | last night in our house | handed the keys back |
handed back the keys | clearing out the house | cleared out the house | clearing out mums | clearing out dads`),
		pattern: &reHomeSold, noun: "the end of an era",
		other: []string{
			"That's the end of an era for {who} — a home holds so many years. It can be bittersweet letting it go.",
		},
		self: []string{
			"The end of an era — a home holds so many memories, and letting it go can be bittersweet. How are you feeling about it?",
			"That's a big one. A house full of years is hard to hand over, even when it's the right time. How are you doing with it?",
		}},
	{pattern: &reOwnPromotion,
		other: []string{
			"Good for {who} — a promotion is a big step. It can shift things a little at work too, and a word from you would mean a lot.",
		},
		self: []string{
			"Congratulations on the promotion — that's a big step! It can change things with the people you work alongside, and it's normal if that feels a bit strange at first. How are you finding it?",
		},
		noun: "a promotion"},
	{cues: phrases(`new job | start my new | starting my new | starting a new | started a new | first day at | started my first job |
starting my first job | start my first job | first job out of |
first proper job | first real job | first week at | first week in | started work at | starting work at`),
		other: []string{
			"That's a big change for {who} — exciting, and a little nerve-wracking too. They might like to hear you're rooting for them.",
		},
		self: []string{
			"A new job is a big change — exciting, and a little nerve-wracking too. I hope the first days are kind to you, and it's a good moment to keep close the people you're leaving behind.",
		},
		noun: "a new job"},
	{cues: phrases(`quit | quitting | handed in her notice | handed in his notice | handed in my notice | resigned |
leaving her job | leaving his job | leaving my job | leaving work`),
		other: []string{
			"{Who} leaving will change your days — good news for them, maybe, and a real loss for you. Friendships from work can last if someone keeps a thread going.",
		},
		self: []string{
			"That's a big change — a relief, maybe, and a bit daunting too. The people you liked there don't have to go with the job.",
		}},
	{cues: phrases(`moving out | moving away | moving abroad | moving overseas | moving to | moving in with | moving back |
moving house | moving home | moved house | moved flat | moved flats | moves out | moves away | moved out | moved away | moved abroad | emigrating | emigrate |
relocating | leaving for | leaves for | leaving the country | job abroad | going travelling | off travelling |
moving across | moving halfway | moving to the other side | moving far | moved across | goodbye dinner | leaving do |
leaving party | farewell`), pattern: &reMovingFromTo,
		other: []string{
			"{Who} moving is a big change. It's natural to feel a mix of things — happy for them, and sad to lose having them close. You might miss them more than you expect.",
			"{Who} moving away is a real change. Even when it's good news for them, it can feel bittersweet to lose having them nearby.",
		},
		self: []string{
			"Moving is a big change — exciting, and unsettling too, with people to leave behind and people to find. Anyone you'd like to make sure you stay close to?",
		}},
}

// reRetirementPlace is a place named for retired people, where the word
// tells of a home and not of retiring.
// reIntoCare is someone moved into care: "moving my mum into a care
// home", "dad went into a nursing home", "gran's going into care".
var reIntoCare = mustPattern(` (?:into (?:full time |residential )?care|(?:into|to) (?:a |the )?(?:care home|nursing home|residential home|assisted living|sheltered housing)) `)

var reRetirementPlace = mustPattern(` (?:retirement|sheltered|assisted living|care) (flats?|homes?|village|complex|community|bungalow|apartments?|housing|residence) `)

// findChange is the kind of change padded text tells of; ok is false when
// it tells none.
func findChange(padded string) (lifeChange, bool) {
	// "moved into a retirement flat": a home, no retiring.
	if reIntoCare.MatchString(padded) {
		// "moving mum into a care home": a hard step of the person's
		// own, before the home is read as a move.
		padded = reIntoCare.ReplaceAllString(padded, " into care ")
	}
	padded = reRetirementPlace.ReplaceAllString(padded, " $1 ")
	if reFirstPay.MatchString(padded) {
		// "got my first paycheck from my new job": the job is no news,
		// its first pay is a glad moment.
		return lifeChange{}, false
	}
	for _, c := range lifeChanges {
		if c.pattern != nil && c.pattern.MatchString(padded) || hasPhrase(padded, c.cues) {
			return c, true
		}
	}
	return lifeChange{}, false
}

// changeReply answers a change of life: named, with both its sides, and a
// step that fits.
func (t *turn) changeReply(n newsReading) {
	c, ok := findChange(lowPadded(t.text))
	if !ok {
		t.newsReply(n, "")
		return
	}
	if rest, ok := feelingBesideChange(t.text); ok {
		// "nobody at my new job talks to me at lunch": the change is
		// where the feeling happens, and the feeling is what is told.
		t.feelingAmidChange(rest, n.self || c.own || n.writeTo == "")
		return
	}
	if n.self || c.own || n.writeTo == "" || c.shared && reWithMe.MatchString(foldText(t.text)) {
		if lonelyAfterChange(t.text) {
			// "new city, new job, zero friends and it's getting to me":
			// the change is the background; the loneliness is what is
			// told.
			t.feeling()
			return
		}
		line := pick(t.text, c.self)
		if reLeftMe.MatchString(foldText(t.text)) {
			// Left by someone: the hurt, not "a big change".
			line = pick(t.text, []string{
				"I'm so sorry. Being broken up with hurts, and it's a lot to take in at once. How are you holding up?",
				"Oh, I'm sorry — that's painful, and the way it happens can sting as much as the ending. How are you doing?",
			})
		}
		if (c.noun == "a breakup" || c.own) && reRelief.MatchString(foldText(t.text)) {
			// "divorce papers signed today. weirdly relieved?": the
			// relief is heard, not only the loss (listen_ownchange.go).
			line = pick(t.text, reliefLines)
		}
		line = c.said(line, t.text)
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		t.say(line,
			Choice{ID: "journey:matter", Label: "Think about who matters"},
			Choice{ID: "menu:draft", Label: "Write to someone"})
		return
	}
	who := n.about
	if n.obj == "them" {
		n.obj = t.contactPronoun(n.writeTo)
	}
	line := strings.ReplaceAll(pick(t.text, c.other), "{who}", who)
	line = c.said(line, t.text)
	line = strings.ReplaceAll(line, "{Who}", upFirstWord(who))
	line = pronounsFor(line, n.obj)
	ask := " Want to send " + n.obj + " a few words, or set a reminder to stay in touch?"
	if left, ok := leftWithLine(t.text); ok {
		// "the flat is so quiet now": what the change left is the
		// point, before any gladness for them (listen_leftwith.go).
		line, ask = left, " When you feel like it, a few words to "+n.obj+" can keep you close."
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.carriedRequest(t.text), Recipient: n.writeTo, Listening: true}
	t.say(line+ask,
		Choice{ID: "offer:yes", Label: clip("Write to "+n.writeTo, 40)},
		Choice{ID: "remind:new", Label: "Remind me to keep in touch"})
}

// reWithMe names the person beside someone else: "my partner and i", "me
// and jo", "we".
var reWithMe = mustPattern(`\b(?:and i|and me|me and|we|were|we're|us)\b`)

// upFirstWord capitalises the first letter of s.
func upFirstWord(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// changeLowKinds are the low feelings that, told with a change of the
// person's own, are what the message is about: having no friends where
// they are, or its weighing on them. A quiet house or evenings alone are
// part of the change itself ("kids have all left home, the house is so
// quiet"), and are answered with it.
var changeLowKinds = map[string]bool{"no close friends": true, "weighing": true, "not understood": true}

// changeLowWords say the loneliness outright.
var changeLowWords = phrases(`lonely | loneliest | lonelier | loneliness | isolated | so alone | really alone | all alone |
feel alone | feeling alone | felt alone | miserable | struggling`)

// lonelyAfterChange reports a change of the person's own told with the
// loneliness or the weight it brought.
func lonelyAfterChange(text string) bool {
	k, ok := findLow(text)
	return ok && changeLowKinds[k.name] || hasPhrase(lowPadded(text), changeLowWords)
}

// contactPronoun is the object pronoun for someone on the person's list
// whose relationship says it ("Ines", kept as a sister, is "her"); "them"
// for anyone else.
func (t *turn) contactPronoun(name string) string {
	if name == "" {
		return "them"
	}
	c := findContactByName(t.p.Contacts, name)
	if c == nil {
		// "Olu" is the "Grandad Olu" on the list.
		c = contactSaid(t.p.Contacts, name)
	}
	if c == nil {
		return "them"
	}
	return relationPronoun(c.Relationship)
}

// reTheyDid are the places a line about one person says "they" where
// "she" or "he" reads the same: before a modal or a past tense.
var reTheyDid = regexp.MustCompile(`\b([Tt])hey( might| would| could| may| will| told|'d)\b`)

var (
	reThemWord  = regexp.MustCompile(`\bthem\b`)
	reTheirWord = regexp.MustCompile(`\btheir\b`)
)

// pronounsFor says a line written of "them" of one person, her or him
// (obj), where the verb needs no change; "them" leaves it as it is.
func pronounsFor(line, obj string) string {
	if obj != "her" && obj != "him" {
		return line
	}
	subj, poss := subjectPronoun(obj), "her"
	if obj == "him" {
		poss = "his"
	}
	line = reTheyDid.ReplaceAllStringFunc(line, func(m string) string {
		if m[0] == 'T' {
			return upFirst(subj) + m[4:]
		}
		return subj + m[4:]
	})
	line = reThemWord.ReplaceAllString(line, obj)
	return reTheirWord.ReplaceAllString(line, poss)
}

// shiftCues tell of new working hours: nights, shifts, part time.
var shiftCues = phrases(`night shift | night shifts | nights from | working nights | work nights | started nights | starting nights |
on nights now | doing nights | day shift | early shift | early shifts | late shift | late shifts |
transferring to | transferred to | transfer to | switching to nights | going part time | going part-time | going full time |
going full-time | going freelance`)
