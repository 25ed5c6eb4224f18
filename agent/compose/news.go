package compose

import (
	"regexp"
	"strings"
)

var (
	movedTo  = regexp.MustCompile(`^(?:you|You) moved to (\S+(?: [A-Z]\w+)?)`)
	youJust  = strings.NewReplacer("you just ", "you ", "you recently ", "you ", "you finally ", "you ")
	hardNews = regexp.MustCompile(`(?i)^your (?:fiancé|fiance|fiancée|fiancee|partner|boyfriend|girlfriend) (?:\w+ )?(?:called off|broke off|cancelled|canceled|ended) |^you(?:'re| are| were| was|'ve been| have been| got| just got| have just been| were just| 've just been)? (?:just )?(?:in hospital|in (?:a|an) (?:\w+ )?(?:accident|crash)|ill|sick|having surgery|recovering|struggling|unwell|lost your (?:job|home|house|baby|mum|mom|dad|father|mother|husband|wife|partner|brother|sister|dog|cat)|laid off|let go|fired|sacked|made redundant|dumped|divorced|diagnosed|evicted|burgled|robbed|mugged|attacked|injured|hurt)\b`)
	// recovered is good news about health: an illness beaten, treatment
	// over, home from hospital. It is met with gladness, never sympathy,
	// though the words around it (cancer, chemo, hospital) are sad ones.
	recovered = regexp.MustCompile(`(?i)\b(?:beat|beaten|beating|kicked|survived|got through|came through) (?:(?:her|his|their|the|your|my) )?(?:breast |bowel |lung |skin |prostate )?(?:cancer|covid|leuka?emia|lymphoma|tumou?r|illness|disease|sepsis|it)\b|\b(?:in|into) (?:full )?remission\b|\bcancer[- ]free\b|\ball[- ]clear\b|\bclear scans?\b|\b(?:scan|test|biopsy|blood) results?\b.{0,30}\b(?:clear|clean|negative|benign|all good)\b|\bscans? (?:came back |were |was |are |is )?(?:clear|good|clean)\b|\b(?:finished|completed|done with|through with|rang the bell after) (?:(?:her|his|their|your|the|my) )?(?:last |final )?(?:round of |course of )?(?:chemo|chemotherapy|radiotherapy|radiation|treatment)\b|\b(?:home|out) (?:of|from) (?:the )?hospital\b|\bdischarged\b|\b(?:fully )?recovered\b|\bback on (?:her|his|their|your|my) feet\b|\b(?:walking|driving|back at work|back to work) again\b|\b(?:\d+|one|two|three|five|ten) (?:years?|months?|days?) (?:sober|clean)\b|\bgot sober\b|\bsober (?:for )?(?:a|one|two|three|five|ten|\d+|a whole|a full) (?:years?|months?|days?)\b`)
	// badNews is news that is itself a misfortune, which a hard-time
	// message is sorry to hear; anything else there is only acknowledged.
	badNews = regexp.MustCompile(`(?i)\b(?:died|passed|lost|losing|ill|illness|sick|unwell|hospital|surgery|operation|fire|flood\w*|redundan\w*|fired|laid off|let go|sacked|divorc\w*|broke up|split up|separated|dumped|left (?:you|your)|diagnos\w*|cancer|tumou?r|chemo|accident|crash\w*|burgl\w*|robbed|mugged|attacked|failed|fail|rejected|didn't get|did not get|didn't pass|did not pass|didn't make it|missed out|evicted|miscarr\w*|injur\w*|broke your|broken|struggl\w*|depress\w*|anxiety|burn(?:ed|t) out|grief|griev\w*|stroke|heart attack|fall|fell|bankrupt|went under|closed|cheated|stressed|stressing|crying|awful|terrible|horrible|rough|hard time|tough)\b`)
	// notRecovered says the good news is not (yet) there, or only half:
	// "in and out of hospital", "not out of hospital yet", "home but still
	// weak", "a long road ahead".
	notRecovered = regexp.MustCompile(`(?i)\bin and out of\b|\b(?:not|isn't|aren't|wasn't|hasn't|haven't|never) (?:\w+ )?(?:out|home|recovered|in remission|been discharged|got the all[- ]clear)\b|\bhope (?:she|he|they|you) (?:\w+ )?(?:beat|recover)|\bnot yet\b|\bstill (?:very |really |quite |so |a bit |pretty )?(?:weak|frail|fragile|wobbly|sore|in pain|in a lot of pain|recovering|unwell|poorly|exhausted|not (?:great|right|herself|himself|themselves|well))\b|\b(?:long|slow) (?:road|way) (?:to go|ahead|to recovery)\b`)
	// upcomingOrdeal is something hard that is still to come on a day
	// named: "you have your operation on thursday", "you're having
	// surgery tomorrow".
	upcomingOrdeal = regexp.MustCompile(`(?i)^you(?:'ve got| have got| have| are having|'re having| are due| 're due|'re due| are going in for|'re going in for|'re booked in for| are booked in for)\b.*\b(?:tomorrow|tonight|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \w+)|later (?:today|this week)|in (?:a|two|three|\d+) (?:days?|weeks?))\b`)
	stateRe        = regexp.MustCompile(`(?i)^you(?:'re| are) (?:stressed|anxious|down|going through|struggling|having|burnt|burned|exhausted|worried|overwhelmed|in )`)
)

// kindToMe is something they did for the writer: "you helped me…",
// "you drove me…", "you taught me…".
var kindToMe = regexp.MustCompile(`(?i)^you (?:always |once |really )?[a-z]+ (?:me|my|us|our)\b`)

// news is something that happened to them, said as the occasion needs,
// and congratulated once.
func (w *writer) news(t string, v int) string {
	line := w.newsLine(t, v)
	if w.tenure != "" {
		if line != "" {
			line += " You gave them " + w.tenure + ", and that counts for a lot."
		}
		w.tenure = ""
	}
	w.congratulated = w.congratulated || strings.Contains(line, "ongratulations")
	return line
}

// livesIn is where they live, told of them; staticFact is who they are
// (an age, a team, where they are from), told of them.
var (
	livesIn    = regexp.MustCompile(`(?i)^you (?:still |now )?(?:live|are living|'re living|'re based|are based|'re settled|are settled)(?: alone| on your own| by yourself)? (?:in|out in|over in) ([A-Za-z][\w' -]+?)(?: now| these days)?$`)
	staticFact = regexp.MustCompile(`(?i)^you(?:'re| are) (?:\d{1,3}|in (?:accounts|finance|hr|marketing|sales|it|legal|admin|ops|operations|the \w+ team|my team|our team|year \d+|your \d+s|your (?:late |early |mid )?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))|from [A-Z]?\w+)\b(?: (?:I think|I guess|I reckon|or so|or something|now|this year))*(?: and (?:live|lives|living) (?:alone|on your own|by yourself))?$`)
)

// strainBefore is how it has been for them lately: "you've been so
// stressed", "you've been working so hard".
var strainBefore = regexp.MustCompile(`(?i)^you(?:'ve| have) been (?:so |really |very |super |pretty |quite |a bit |extra )?(?:stressed|stressing|worried|worrying|fretting|panicking|nervous|anxious|busy|swamped|exhausted|tired|working (?:so |really )?hard|under (?:so much|a lot of) pressure)\b`)

// strainDoing is a strain told as something they kept doing: "you've
// been stressing about it forever".
var strainDoing = regexp.MustCompile(`(?i)^you(?:'ve| have) been (?:so |really |very |super |pretty |quite |a bit )?(?:stressing|worrying|fretting|panicking|agonising|agonizing|obsessing|losing sleep)\b`)

// triedBefore is how many tries a win took: "you applied 3 times over two
// years", "you sat it four times".
var triedBefore = regexp.MustCompile(`(?i)^you (?:applied|tried|sat (?:it|the \w+)|took (?:it|the \w+)|went for it|interviewed|auditioned|failed(?: it)?)(?: for (?:it|the \w+))? (?:\d+|two|three|four|five|six|several|so many|a few|a couple of) (?:times|goes|attempts)\b`)

// offToNews is a departure ahead of them: "you are off to uni in
// September".
var offToNews = regexp.MustCompile(`(?i)^you(?:'re| are) ((?:heading |jetting |setting )?off to .+)$`)

// daySpent is where or how they spend the day: "you're spending your
// birthday in lisbon", "you're celebrating it at the beach".
var daySpent = regexp.MustCompile(`(?i)^you(?:'re| are| will be|'ll be) (?:spending|celebrating) (?:your birthday|your bday|the day|it) (.+)$`)

// newsLine is the sentence that says one piece of their news.
// theirsUsedTo is what someone of theirs used to do: "your mum used to
// send us parcels", "your grandad would always whistle".
var theirsUsedTo = regexp.MustCompile(`(?i)^your (?:[\w'-]+ ){1,2}(?:used to|would always|always used to) \w`)

// youWereGood is praise of how they were: "you were great", "you were
// so patient with me".
var youWereGood = regexp.MustCompile(`(?i)^you (?:were|was) (?:always |so |really |such |incredibly |very |super )*(great|amazing|brilliant|kind|helpful|patient|supportive|incredible|wonderful|fantastic|lovely|generous|inspiring|encouraging)(?: with me| to me| to us| with us)?$`)

// busyThem is how busy they are, as the writer guesses it.
var busyThem = regexp.MustCompile(`(?i)^you(?:'re| are|'ve been| have been)? (?:probably |really |super |so |very |crazy |always |pretty |quite |likely )*(?:busy|swamped|slammed|snowed under)\b`)

func (w *writer) newsLine(t string, v int) string {
	if g, ok := strings.CutPrefix(t, "on:"); ok {
		if w.s.Occasion == Apology || w.s.Occasion == Mend || w.s.Occasion == Condolence || w.s.Occasion == HardTime {
			// An apology's reason or a hard time is never read as good
			// news: "she left a worried voicemail" is no leaving to
			// congratulate.
			return ""
		}
		// "congratulate her on retiring": said as the person said it.
		return "Congratulations on " + g + "."
	}
	t = youJust.Replace(t)
	if from := returnFrom(t); from != "" && w.s.Occasion != Condolence && w.s.Occasion != HardTime {
		// "she got back from two weeks in japan": welcomed back, never
		// congratulated.
		return welcomeBack(from, v)
	}
	// "you told me the latest round didn't work", "you mentioned over
	// lunch that…": the news itself, not how the writer heard it.
	t = toldMe.ReplaceAllString(t, "$1")
	p := func(pool ...string) string { return pool[v%len(pool)] }
	if w.s.Occasion == HardTime || w.s.Occasion == Condolence {
		if loc := worn.FindStringIndex(t); loc != nil {
			// "he's obviously exhausted", "she seems burnt out": their
			// state is not named back to them; time off they have
			// taken is hoped to help.
			if timeOff.MatchString(t[loc[1]:]) {
				return "I know things have been a lot lately, and I hope the time off gives you some proper rest."
			}
			if strings.TrimSpace(t[loc[1]:]) == "" || strings.HasPrefix(strings.TrimSpace(t[loc[1]:]), "lately") {
				return "I know things have been a lot lately."
			}
		}
		// Hard news is named, without the day it happened or the
		// paperwork of it: "your divorce got finalised last week" is
		// "your divorce".
		if !comingUp.MatchString(t) && !upcomingOrdeal.MatchString(t) {
			// A day to come ("having surgery on friday") is kept: it
			// says when to think of them.
			t = strings.TrimSpace(sombreWhen.ReplaceAllString(t, ""))
		}
		if w.s.Occasion == HardTime {
			// "laid off after 12 years": how long they had been there
			// is said as what they gave, never as when it ended.
			if m := tenure.FindStringSubmatch(t); m != nil {
				w.tenure = m[1]
				t = strings.TrimSpace(tenure.ReplaceAllString(t, ""))
			}
		}
		if m := concluded.FindStringSubmatch(t); m != nil {
			return p("I'm so sorry to hear about "+m[1]+".", "I was so sorry to hear about "+m[1]+".")
		}
		t = withoutHow(t)
		if line, ok := gentleNews(t, v, w.formal, w.lossNamed); ok {
			// Hard news met by whose it is, never told back in full
			// (gentle.go); more of it after the first is left out.
			if v != w.v {
				return ""
			}
			return line
		}
	}
	if w.s.Occasion != HardTime && w.s.Occasion != Condolence && w.s.Occasion != Apology && w.s.Occasion != Mend {
		if line := luckLine(t, w.formal); line != "" {
			// "you have your driving test tomorrow": luck wished for
			// what is still to come.
			return line
		}
	}
	if fronted.MatchString(t) {
		// "after 22 years at the plant, you were made redundant": heard
		// "that" it happened.
		t = "that " + t
	}
	if g, ok := thankedFor(t); ok && kindToMe.MatchString(t) && (w.s.Occasion == Reconnect || w.s.Occasion == Thinking || w.s.Occasion == Professional) {
		// "she helped me land my first job", said to a mentor after
		// years: a kindness remembered, thanked again.
		if w.formal {
			return "I'm still so grateful to you for " + g + "."
		}
		return p("I'm still so grateful to you for "+g+".", "I still think about you "+g+", and I'm so grateful.")
	}
	if m := livesIn.FindStringSubmatch(t); m != nil {
		// "she lives in kerala": where they are is known to them; a
		// message that is no news of theirs hopes it is good there.
		if w.s.Occasion == Reconnect || w.s.Occasion == Thinking || w.s.Occasion == Birthday {
			return "I hope all is well in " + upFirst(trimTail(m[1])) + "."
		}
		return ""
	}
	if m := youWereGood.FindStringSubmatch(t); m != nil && w.s.Occasion != Condolence {
		// "she was great" of a mentor or a teacher: praise remembered,
		// never congratulated.
		return "I've never forgotten how " + strings.ToLower(m[1]) + " you were."
	}
	if busyThem.MatchString(t) {
		// "she's probably super busy": why to ask lightly, which the
		// closing of an ask says; no news to them.
		return ""
	}
	if staticFact.MatchString(t) {
		// "he's 55 I think", "she's in accounts": who they are, which is
		// no news to them.
		return ""
	}
	if w.s.Occasion == Congrats && (strainDoing.MatchString(t) || triedBefore.MatchString(t)) {
		// "she's been stressing about it forever", "he applied 3 times":
		// what the win cost, said as the effort it took, never counted
		// back to them.
		if w.effortSaid {
			return ""
		}
		w.effortSaid = true
		return p("All that effort really paid off, and you deserve it.", "You worked so hard for this, and it shows.")
	}
	if strainBefore.MatchString(t) {
		// "he's been so stressed": how it has been for them, known, never
		// news heard.
		return "I know " + strings.TrimRight(t, ".") + "."
	}
	if m := movedTo.FindStringSubmatch(t); m != nil && (w.s.Occasion == Reconnect || w.s.Occasion == Thinking || w.s.Occasion == Professional) {
		return "I hope " + upFirst(m[1]) + " is treating you well."
	}
	if theirsUsedTo.MatchString(t) {
		// "your mum used to send us parcels": a habit of someone of
		// theirs is remembered, not heard as news.
		if w.s.Occasion == Condolence {
			return p("I'll always remember how "+t+".", "I keep thinking of how "+t+".")
		}
		return "I still think about how " + t + "."
	}
	if m := theirsTurning.FindStringSubmatch(t); m != nil && w.s.Occasion != Condolence {
		// "your little girl turns 5 next month": a birthday in their
		// family, marvelled at.
		return "I can't believe your " + strings.TrimSpace(m[1]) + " is turning " + m[2] + strings.TrimRight(m[3], ".") + "."
	}
	if strings.HasPrefix(t, "your ") && !hasVerb(strings.ToLower(t)) && !doneToYou.MatchString(t) {
		switch w.s.Occasion {
		case Congrats, Birthday, Professional:
			return "Congratulations on " + t + "."
		case HardTime:
			return "I'm so sorry about " + t + "."
		}
		return "I've been thinking about " + t + "."
	}
	if mendingNews(t) && w.s.Occasion != Condolence && w.s.Occasion != Apology && w.s.Occasion != Mend &&
		(strings.HasPrefix(t, "you") || strings.HasPrefix(t, "that ")) {
		// "he just got out of hospital after his heart op": glad they
		// are home, and no congratulations (see mending.go).
		return p("I'm so glad to hear "+trimTail(t)+".", "I was so relieved to hear "+trimTail(t)+".")
	}
	if recoveredNews(t) && strings.HasPrefix(t, "you") && w.s.Occasion != Condolence && w.s.Occasion != Apology && w.s.Occasion != Mend {
		// "she just beat cancer": glad news, whatever the occasion; when
		// it is the occasion, said with pride.
		if w.s.Occasion == Congrats {
			return p("I'm so happy to hear "+t+", that's the best news. I'm so proud of you.", "I was so relieved and happy to hear "+t+", and I'm so proud of you.")
		}
		return p("I'm so happy to hear "+t+", that's the best news.", "I was so relieved and happy to hear "+t+".", "It's such wonderful news that "+t+".")
	}
	if (w.s.Occasion == Birthday || w.s.Occasion == Congrats || w.s.Occasion == Thinking || w.s.Occasion == Reconnect) && hardNews.MatchString(t) {
		return "I know " + t + ", and I'm thinking of you."
	}
	if m := goodToMe.FindStringSubmatch(t); m != nil && w.s.Occasion != Condolence && w.s.Occasion != HardTime {
		// "he's been really decent to me this year": thanked for, never
		// heard as news.
		return "Thank you for being so " + strings.ToLower(m[1]) + " to me" + m[2] + "."
	}
	if m := takenUp.FindStringSubmatch(t); m != nil && (w.s.Occasion == Birthday || w.s.Occasion == Thinking || w.s.Occasion == Reconnect) {
		// "he's been learning the ukulele this year and its hilarious":
		// what they have taken up, loved, without the writer's comment
		// on it.
		return "I love that you've been " + m[1] + "."
	}
	if w.s.Occasion == Congrats && v != w.v && strings.HasPrefix(t, "you") && w.congratulated {
		// A second piece of the same news is told, not congratulated
		// again: "Congratulations on your new job. I heard you started
		// at a hospital."
		return "I heard " + trimTail(t) + "."
	}
	if pastNews.MatchString(t) && strings.HasPrefix(t, "you ") && (w.s.Occasion == Professional || w.s.Occasion == Thinking || w.s.Occasion == Reconnect || w.s.Occasion == Birthday) {
		// "he retired last year": long past, so no congratulations; a
		// hope that it has gone well.
		return "I hope life has been good since " + strings.Join(strings.Fields(trimTail(pastNews.ReplaceAllString(t, ""))), " ") + "."
	}
	switch w.s.Occasion {
	case Congrats, Birthday, Professional:
		t = trimTail(t)
		if g, ok := gerund(strings.TrimPrefix(t, "you ")); ok && strings.HasPrefix(t, "you ") {
			// News told at length reads as it was typed after "I heard":
			// said around the changed verb instead.
			if thing := gotNews(t); thing != "" && !w.hearsay {
				// "you got your PhD", told first hand: the PhD is
				// congratulated, never heard about.
				if w.formal || w.s.Occasion != Congrats {
					return "Congratulations on " + thing + "."
				}
				return "Congratulations on " + thing + "!"
			}
			if w.formal || w.s.Occasion != Congrats {
				return "Congratulations on " + g + "."
			}
			if len(strings.Fields(t)) > 6 {
				return "Congratulations on " + g + "! I'm so happy for you!"
			}
			if !w.hearsay {
				return p("I'm so happy "+t+" — congratulations!", "Congratulations on "+g+"!", "Congratulations on "+g+" — what brilliant news!")
			}
			return p("I heard "+t+" — congratulations!", "Congratulations on "+g+"!", "I heard "+t+" — what brilliant news!")
		}
		switch w.s.Occasion {
		case Birthday:
			if habitNews.MatchString(t) && strings.HasPrefix(t, "you ") {
				// "she still walks the dog every evening": who they are,
				// loved on their day.
				return "I love that " + t + "."
			}
			if m := daySpent.FindStringSubmatch(t); m != nil {
				// "you're spending your birthday travelling around peru":
				// the day wished well where it is spent.
				return "Have the most amazing time " + m[1] + "."
			}
			if m := offToNews.FindStringSubmatch(t); m != nil {
				// "you're off to uni in september": what is ahead of
				// them, looked forward to with them.
				return "I hear you're " + m[1] + " — how exciting."
			}
			if len(strings.Fields(t)) > 6 {
				// Not an achievement and too long to pass on lightly.
				return ""
			}
			return "I hear " + t + "."
		case Professional:
			// "you work in renewables" is who they are, not an achievement.
			return "It was great to hear that " + t + "."
		}
		if m := bareNewsNP.FindStringSubmatch(t); m != nil && !hasVerb(strings.ToLower(m[1])) {
			// "an engagement", "a new job": only what the news is, so
			// theirs, congratulated.
			return "Congratulations on your " + m[1] + "!"
		}
		if !w.hearsay {
			return "I'm so happy " + t + " — congratulations!"
		}
		return "I heard " + t + " — congratulations!"
	case HardTime:
		if w.hardAside(t, v-w.v) {
			return ""
		}
		if m := reassured.FindStringSubmatch(t); m != nil {
			// Said to them as reassurance, not as news.
			return "Please don't " + trimTail(m[1]) + "."
		}
		if stateRe.MatchString(t) {
			return p("I know "+t+", and I'm thinking of you.", "I know "+t+", and I'm sorry it's so hard.")
		}
		// Nothing after the news, so that the news never runs on into
		// the words that followed it in the request; more news after the
		// first is only acknowledged.
		if upcomingOrdeal.MatchString(t) {
			// "you have your knee operation on thursday": what is coming,
			// so thought of ahead of the day, not sorry for.
			return p("I know "+t+", and I hope it all goes smoothly.", "I know "+t+", and I'm wishing you all the best for it.")
		}
		if v != w.v || !badNews.MatchString(t) {
			// "you have your final exams next week" is what is coming, not
			// something to be sorry about.
			return "I know " + t + "."
		}
		if w.noPity {
			// Asked for no pity: the news said plainly, as between equals.
			return "I heard " + t + "."
		}
		return p("I'm so sorry to hear "+t+".", "I was so sorry to hear "+t+".")
	case Thanks:
		if g, ok := thankedFor(t); ok {
			return w.thanksFor(g, v)
		}
	case Apology, Mend, Condolence:
		return "I know " + t + "."
	}
	return "I heard " + t + "."
}

// habitNews is something they keep doing, not something that happened:
// "you still walk the dog every evening", "you always bake on
// Sundays".
var habitNews = regexp.MustCompile(`(?i)^you (?:still|always|never stop|keep)\b|\bevery (?:single )?(?:morning|day|night|evening|week|weekend|sunday|saturday|summer|year)\b`)

// fronted is news that starts with when it happened.
var fronted = regexp.MustCompile(`^(?:after|since|following|despite) `)

// sombreDetail reports whether a detail calls for a quiet voice.
func sombreDetail(d Detail) bool {
	switch d.Kind {
	case Loss, Struggle, Sorry, Rift:
		return true
	case TheirNews:
		return (hardNews.MatchString(d.Text) || stateRe.MatchString(d.Text) || deathWords.MatchString(d.Text)) && !recoveredNews(d.Text)
	case ThanksFor, Memory, Feeling:
		// "thank you for your message when my grandad died".
		return deathWords.MatchString(d.Text)
	}
	return false
}

// youDid is the start of something the recipient did or has been doing:
// "you've been covering my shifts", "you always picked me up".
var youDid = regexp.MustCompile(`(?i)^you(?:'ve| have| had|'d)? (?:always |really |so |kindly |even )?(?:been )?(?:always |really |so |kindly )?`)

// thankedFor is what a thank-you thanks for, from something the recipient
// did told as news: "you've been covering my shifts" is "covering my
// shifts", "you fed my cat" is "looking after my cat".
func thankedFor(t string) (string, bool) {
	rest := youDid.ReplaceAllString(t, "")
	if rest == t || rest == "" {
		return "", false
	}
	if f := strings.Fields(rest); len(f) > 1 && (f[0] == "kept" || f[0] == "keep") && strings.HasSuffix(f[1], "ing") {
		// "you kept checking on me" is "checking on me".
		rest = strings.Join(f[1:], " ")
	}
	if g, ok := gerund(rest); ok {
		return g, true
	}
	if after, ok := strings.CutPrefix(t, "you "); ok {
		// "you had the twins all weekend": "had" is the verb itself.
		return gerund(after)
	}
	return "", false
}

// recoveredNews reports good news about someone's health in s.
func recoveredNews(s string) bool {
	return (recovered.MatchString(s) || homeAfterCare(s)) && !notRecovered.MatchString(s)
}

// goodToMe is how they have been to the writer: "you've been so kind to
// me this year".
var goodToMe = regexp.MustCompile(`(?i)^you(?:'ve| have)? (?:always |really |honestly )?been (?:so |really |very |super |incredibly |such |nothing but |genuinely )*(kind|good|decent|lovely|nice|supportive|generous|patient|helpful|great|amazing|brilliant|sweet|thoughtful|understanding) (?:to|with) (?:me|us)((?: this year| lately| recently| all year| since I started| through all of it| (?:over |for |in )?(?:the|these) (?:last|past) (?:few |couple of |two |three |\d+ )?(?:years|months|weeks))?)$`)

// takenUp is something they have been doing lately, for the love of it:
// "you've been learning the ukulele this year", "you've been getting
// into pottery". What follows an "and also" is the writer's comment.
var takenUp = regexp.MustCompile(`(?i)^you(?:'ve| have) been ((?:learning|getting into|teaching yourself|taking up|practising|practicing|playing|training for|making|baking|painting|knitting|building|growing|writing|running|swimming|cycling) [^,;]+?)(?: and (?:also )?(?:it'?s|its|it is|that'?s|thats|honestly|he'?s|she'?s|they'?re)\b.*| and also .*)?$`)

// theirsTurning is someone of theirs turning an age.
var theirsTurning = regexp.MustCompile(`(?i)^your ((?:[\w'-]+ ){1,3}?)(?:turns|is turning|'s turning|will be) (\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(.*)$`)

var (
	// toldMe is how the writer heard the news, before it.
	toldMe = regexp.MustCompile(`(?i)^you (?:told me|mentioned|said|let me know|texted me|messaged me)(?: (?:over|at|during) (?:lunch|dinner|coffee|work|the weekend|drinks))?(?: that)? ((?:you|your|the|she|he)\b)`)
	// worn is someone's state named: "you're obviously exhausted", "you
	// seem burnt out lately".
	worn = regexp.MustCompile(`(?i)^you(?:'re| are| seem| look| sound|'ve been| have been)? (?:so |really |obviously |clearly |completely |totally |utterly |just |pretty )*(?:exhausted|burnt out|burned out|knackered|worn out|run down|drained|shattered)\b`)
	// timeOff is leave from work: "signed off for a few weeks".
	timeOff = regexp.MustCompile(`(?i)\b(?:signed off|off work|on leave|time off|off sick|on sick leave)\b`)
	// comingUp is something still to happen: "you're having surgery".
	comingUp = regexp.MustCompile(`(?i)\b(?:having|getting|going (?:in|into|for)|starting|booked|due|scheduled|will|'ll|waiting for)\b`)
	// sombreWhen is when hard news happened, which the message need not
	// say back.
	sombreWhen = regexp.MustCompile(`(?i)\s+(?:since\s+)?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|this (?:morning|week|afternoon)|earlier (?:today|this week))\b`)
	// tenure is how long someone had been somewhere, told beside hard
	// news: "after 12 years", "after two decades at the firm,".
	tenure = regexp.MustCompile(`(?i)(?:^|\s+)after ((?:\d+|a few|many|so many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty) (?:years?|decades?))(?: (?:at|with|in) (?:the |his |her |their |your )?[\w'-]+)?,?`)
	// concluded is hard news told by its paperwork: "your divorce got
	// finalised".
	concluded = regexp.MustCompile(`(?i)^(your (?:[\w'-]+ ){0,2}(?:divorce|separation|redundancy|diagnosis|eviction|surgery|operation|results?))(?: (?:got|was|has been|were|have been) (?:finali[sz]ed|confirmed|official|through|signed(?: off)?|processed)| came through)$`)
)

// bareNewsNP is news told only by what it is: "an engagement", "a new
// baby", "the promotion".
var bareNewsNP = regexp.MustCompile(`(?i)^(?:a|an|the) ([a-z][a-z' -]{2,30})$`)

// doneToYou is something someone of theirs did to them, a clause whatever
// its verb: "your grandad taught you to fish", "your aunt took you in".
var doneToYou = regexp.MustCompile(`(?i)^your (?:[\w'-]+ ){1,3}[\w'-]+ you\b`)
