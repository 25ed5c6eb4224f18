package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// News told outside any flow, the person's own or someone else's: who it
// is about and what kind it is, read from concept lists of whole-word
// phrases. The kind decides the reply's feeling (glad, sorry, both at
// once); who it is about decides its words: "she just beat cancer" is
// good news about her, never "sorry to hear you beat cancer".

// newsKind is what kind of news a message tells.
type newsKind int

const (
	newsNone     newsKind = iota
	newsRecovery          // good health news: all clear, remission, home from hospital
	newsWin               // something went well: passed, got in, engaged
	newsBaby              // a baby born
	newsIll               // bad health news: a diagnosis, a fall, in hospital
	newsDeath             // a death
	newsSetback           // a job lost, a test failed, a place not given
	newsChange            // a change of life: moving, a breakup, a new job, retiring
)

// Concept lists, from the most particular to the most general: a message
// takes the first kind whose phrases it holds. Phrases are folded, without
// apostrophes, matched as whole words.
var (
	// recoveryCues end an illness well. "beat" and "survived" count only
	// with an illness or an operation after them (recoveryBeat).
	recoveryCues = phrases(`all clear | the all clear | in remission | into remission | remission | cancer free | cancer-free |
tumour free | clear scan | scan was clear | scans were clear | results were clear | came back clear | came back negative |
everything is clear | everything was clear | all clear now | clean bill of health | benign | not cancer |
recovered | recovering well | fully recovered | on the mend | out of hospital | home from hospital | back from hospital |
came home from hospital | coming home from hospital | discharged | pulled through | woke up after the |
came out of surgery fine | came out of surgery ok | came out of surgery okay | out of surgery safely |
back on her feet | back on his feet | back on their feet | back on my feet | feeling better now | much better now |
nothing bad | nothing serious | nothing sinister | nothing to worry about | harmless | just a cyst | not serious after all`)
	// notRecoveredCues deny a recovery cue: "hasnt recovered".
	notRecoveredCues = phrases(`not recovered | never recovered | hasnt recovered | didnt survive`)
	// healthWords make "went well" good health news: "mums operation went well".
	healthWords = wordset.Of(`operation op surgery scan scans biopsy results treatment chemo transplant procedure`)
	// wentWell is an outcome that went well.
	wentWell = phrases(`went well | went fine | went really well | went great | was a success | was successful | went smoothly`)
	// deathCues tell of a death; listen.Lost finds who died when it can.
	deathCues = phrases(`died | passed away | passed on | has passed | had passed | funeral | passed last night |
passed peacefully | passed suddenly | passed in her sleep | passed in his sleep | passed in their sleep | passed after a | lost her battle | lost his battle |
didnt make it | did not make it | put down | put to sleep | killed in | was killed | were killed | got killed |
wont make it | isnt going to make it | not going to make it | lost the baby | lost our baby | lost my baby |
lost her baby | lost their baby | stillborn`)
	// illCues are bad health news.
	illCues = phrases(`diagnosed | diagnosis | in hospital | into hospital | to hospital | to a&e | in a&e | in intensive care |
in icu | is poorly | really poorly | so poorly | quite poorly | been poorly | very poorly | still poorly | poorly again |
poorly today | poorly this week | is ill | off sick | in bed with |
under the weather | in rehab | into rehab | back in rehab | relapsed | using again | drinking again | admitted to | been admitted | was admitted | hospitalised | hospitalized | rushed to | rushed into | ambulance | has cancer | got cancer | cancer came back |
tumour | tumor | a stroke | heart attack | seizure | had a fall | took a fall | fell and | fractured | seriously ill | really ill | very ill | so ill | unwell | really sick |
very sick | so sick | surgery | an operation | operation | op | having an operation | dementia | alzheimers | chemo | miscarriage |
got covid | has covid | passed out | blacked out | fainted`)
	// fertilityLossCues tell a try for a baby that failed or a pregnancy
	// lost: a grief, never a gripe.
	fertilityLossCues = phrases(`ivf didnt work | ivf did not work | ivf hasnt worked | ivf has not worked | ivf failed | ivf round failed |
round of ivf failed | ivf cycle failed | transfer didnt work | transfer failed | embryo transfer failed | embryo didnt take |
negative pregnancy test | another negative test | another negative pregnancy test | had a miscarriage | have had a miscarriage |
miscarried | lost the baby | lost our baby | lost my baby | pregnancy loss | iui didnt work | iui failed`)
	// setbackCues are a loss or a no: a job gone, a test failed.
	setbackCues = phrases(`got into trouble | got in trouble | in trouble at | got into a fight | got in a fight | got into debt |
got into an accident | got into a car accident | got in an accident | got into a mess | got into an argument | didnt get | did not get | didnt pass | did not pass | didnt make the | did not make the |
didnt make it into | didnt win | did not win | didnt qualify | did not qualify | wasnt picked | wasnt selected | wasnt chosen |
wasnt accepted | not picked | not selected | missed out on | didnt land | didnt get picked | didnt get chosen | failed my | failed his | failed her |
failed their | failed the | failed a | failed an | failed again | failed it | got turned down | got rejected |
marriage is falling apart | marriage is breaking down | marriage fell apart | marriage is over | relationship is falling apart |
on the rocks | going through a divorce | going through a breakup | going through a separation |
lost her job | lost his job | lost my job | lost their job | lost the job | made redundant | laid off | got fired |
layoffs | lay offs | redundancies | facing redundancy | at risk of redundancy | being let go | getting laid off | being laid off |
been fired | got sacked | been sacked | been let go | got let go | was let go | didnt get in |
had to cancel | called off | had to call off | got cancelled | got canceled | was cancelled | was canceled | fell through | broken into | got burgled | been burgled | was burgled | got robbed |
been robbed | was robbed | got arrested | was arrested | been arrested | lost her house | lost his house |
lost their house | lost our house | lost my house | lost everything | house flooded | flat flooded | home flooded |
place flooded | flooded out | house burned | house burnt | house caught fire | flat caught fire | home caught fire |
roof caved in | roof collapsed | storm damage | flood damage | fire damage`)
	// winCues are good news: something passed, won, given, started well.
	winCues = phrases(`got the job | got a job | got the flat | got the house | got a place | got into | got in |
accepted into | accepted to | got accepted | offered a place | got an offer | got the offer | job offer | got offered |
been offered | was offered | got promoted | promotion | graduated |
graduating | got engaged | engaged | won | we won | finished a | finished my | finished her | finished his |
ran my first | ran her first | ran his first | first marathon | first 10k | first half | a marathon | scholarship |
award | got published | bought a house | bought a flat | first house | new puppy | got a puppy | got the part |
made the team | first steps | first words | first word | first tooth | started walking | started crawling |
said mama | said dada | took her first | took his first | qualified | qualified as | proposed | popped the question | said yes | got married | did amazing |
did amazingly | did so well | did really well | did brilliantly | did great | straight as | top grades | top of her class |
top of his class | top of the class | passed with | got a distinction | celebrating their | are celebrating | is celebrating |
years married | years of marriage | wedding anniversary | ruby wedding | golden wedding | silver wedding | diamond wedding |
celebrating her | celebrating his | first gig | first show | first concert | first exhibition | first performance |
first race | first match | first game | first album | first book | first flat | first home | own place | first paycheck |
first pay cheque | first payslip | first salary | first wage | got a first | top marks | first class | distinction | nailed | smashed | aced | killed it | went well`)
	// babyCues tell of a baby born.
	babyCues = phrases(`had a baby | had her baby | had the baby | had their baby | had a little | had twins | gave birth |
baby boy | baby girl | new baby | was born | were born | became a dad | became a mum | became an aunt | became an uncle |
became a grandma | became a grandad | adopting a baby | adopting a little boy | adopting a little girl | adopting a boy |
adopting a girl | adopting a child | adopting a son | adopting a daughter | adopted a baby | adopted a little boy |
adopted a little girl | adopted a boy | adopted a girl | adopted a child | adoption went through | adoption came through |
had our baby | had my baby | baby is here | babys here | baby has arrived | little one arrived |
little one is here | newborn`)
	// illnessWords are what "beat" or "survived" beat: "beat leukaemia".
	illnessWords = wordset.Of(`cancer leukaemia leukemia lymphoma tumour tumor covid illness disease sepsis stroke infection
pneumonia it surgery operation transplant chemo treatment odds addiction`)
)

// newsReading is what readNews found in a message.
type newsReading struct {
	kind newsKind
	// self is true when the news is the person's own ("i passed",
	// "got made redundant"), or theirs with someone ("me and my
	// boyfriend broke up").
	self bool
	// about is who the news is about, as the reply names them ("your
	// aunt", "Priya", "her"); empty when self or unknown.
	about string
	// writeTo is who a message would go to: the person the news is about,
	// or, for news about someone of theirs ("my friend's dad died"), that
	// friend. Empty when there is no one to write to.
	writeTo string
	// obj is the pronoun for about as an object ("her", "him", "them").
	obj string
}

// readNews reads the news in text, and who it is about; kind is newsNone
// when it tells none (who is still read, for a feeling about someone).
func readNews(text string) newsReading {
	padded := lowPadded(text)
	r := newsReading{kind: newsKindOf(reSinceFuneral.ReplaceAllString(padded, " "))}
	if r.kind == newsDeath && !deathOfSomeone(text) {
		// "the printer has died again": a thing, not a loss.
		r.kind = newsNone
	}
	if r.kind == newsWin && reLeftOutOfIt.MatchString(foldText(text)) {
		// "the whole team got asked to the launch except me": the
		// person left out, no win of theirs to be glad about.
		r.kind = newsNone
	}
	r.self = ownNewsSubject(foldText(text)) || toldOwnNews(foldText(text)) || r.kind == newsChange && reLeftMe.MatchString(foldText(text)) || reOwnJobLoss.MatchString(foldText(text))
	if r.self {
		return r
	}
	if r.kind == newsNone && passiveNews(strings.Fields(padded), hurtPassives) {
		// "my flatmate got dumped": theirs, not the person's breakup.
		r.kind = newsSetback
	}
	r.about, r.writeTo, r.obj = newsWho(text)
	return r
}

// reLeftOutOfIt says that good news of others passed the person by:
// "except me", "all but me", "i wasn't invited".
var reLeftOutOfIt = mustPattern(`\b(?:except (?:for )?me|(?:all|everyone|everybody|every1) but me|apart from me|besides me|bar me|without me|left me out|leaving me out|i (?:was|got) left out|i (?:wasn'?t|was not|never got|didn'?t get) (?:invited|asked|an invite)|no invite for me|not invited)\b`)

// reSinceFuneral dates a silence from a funeral already told of: "i
// havent really seen them since the funeral" is no news of a death.
var reSinceFuneral = mustPattern(` (?:ever )?since (?:the|his|her|their|my|our|\w+s) (?:\w+s )?funeral `)

// reLeftMe is a breakup done to the person: "he broke up with me", "she
// dumped me over text". The change is theirs to feel, not news of him.
var reLeftMe = mustPattern(`\b(?:(?:broke|broken|split|splitting|breaking) up with me|ended (?:it|things) with me|called it off with me|dumped me|left me|cheated on me|walked out on me|finished with me)\b`)

// reThingDied is a machine that died, which is no death: "my fan just
// died", "phone's dead again", "the boiler finally gave up".
var reThingDied = mustPattern(`\b(?:fan|phone|phones|laptop|battery|car|charger|tv|telly|wifi|router|fridge|freezer|boiler|kettle|headphones|airpods|earbuds|printer|computer|pc|console|xbox|playstation|heater|dryer|washer|microwave|toaster|hoover|vacuum|torch|bulb|lightbulb|speaker|watch|tablet|ipad|iphone|mouse|keyboard|controller)s? (?:\w+ )?(?:died|is dead|was dead|went dead|has died|just died|finally died|gave up|gave out|conked out|packed in|packed up)\b`)

// badNews reports a loss, an illness or a setback told rather than asked
// about.
func badNews(text string) bool {
	if asksSomething(text) {
		return false
	}
	switch newsKindOf(lowPadded(text)) {
	case newsDeath, newsIll, newsSetback:
		return true
	}
	return false
}

// newsKindOf is the kind of news in padded text (see lowPadded).
func newsKindOf(padded string) newsKind {
	f := strings.Fields(padded)
	switch {
	case recovered(padded, f):
		return newsRecovery
	case hasPhrase(padded, deathCues) && !passedTest(f) && !reThingDied.MatchString(padded), passedAway(f), petPutDown(f):
		return newsDeath
	case hasPhrase(padded, babyCues):
		return newsBaby
	case hasPhrase(padded, setbackCues) || hasPhrase(padded, fertilityLossCues) || passiveNews(f, badPassives):
		return newsSetback
	case changed(padded) && !reLetDown.MatchString(padded):
		// "blanked on my mates leaving do": the person's own slip, not
		// news of a move.
		return newsChange
	case hasPhrase(padded, illCues) || brokeBone(f) || illWith(f) || hurt(padded):
		return newsIll
	case hasPhrase(padded, winCues) || passedTest(f) || passiveNews(f, goodPassives) || acquiredGood(f):
		return newsWin
	}
	return newsNone
}

// passiveAux come before a participle that says what was done to
// someone: "got picked", "was expelled", "has been shortlisted".
var passiveAux = wordset.Of(`got get gets getting been was were is are be being gotten`)

// goodPassives and badPassives are what can be done to someone, good or
// bad: news in any wording that has one after a passive auxiliary ("my
// friend's startup got funded", "my nephew got expelled"), read by its
// polarity rather than by a phrase for every verb.
var (
	goodPassives = wordset.Of(`accepted promoted hired picked chosen selected shortlisted funded published signed elected
approved awarded nominated scouted headhunted cast recognised recognized knighted honoured honored invited admitted
offered sponsored crowned featured praised rewarded adopted cleared vindicated upgraded booked`)
	badPassives = wordset.Of(`expelled suspended evicted dropped sacked fired rejected demoted scammed hacked banned
deported arrested charged jailed sentenced convicted sued fined robbed burgled mugged flooded excluded disqualified
benched laid kicked turned passed overlooked refused denied stranded stuck defrauded cancelled canceled downgraded
cut made`)
	// hurtPassives are hurts done to someone by the people close to
	// them: the person's own are a low feeling (listen_low.go), someone
	// else's are news of a setback for them.
	hurtPassives = wordset.Of(`dumped ghosted cheated bullied blocked catfished betrayed`)
)

// passiveNews reports a passive auxiliary followed, at most one adverb
// later, by a participle of set: "got expelled", "was just picked". "made"
// counts only as "made redundant"; "passed" only as "passed over"; "laid"
// only as "laid off"; "kicked" only with "out" or "off"; "turned" only
// with "down"; "cut" only as "cut from".
func passiveNews(f []string, set map[string]bool) bool {
	for i := 0; i+1 < len(f); i++ {
		if !passiveAux[f[i]] {
			continue
		}
		j := i + 1
		if adverbsInVerb[f[j]] && j+1 < len(f) {
			j++
		}
		w := f[j]
		if !set[w] {
			continue
		}
		next := ""
		if j+1 < len(f) {
			next = f[j+1]
		}
		switch w {
		case "made":
			if next != "redundant" {
				continue
			}
		case "passed":
			if next != "over" {
				continue
			}
		case "laid":
			if next != "off" {
				continue
			}
		case "kicked":
			if next != "out" && next != "off" {
				continue
			}
		case "turned":
			if next != "down" && next != "away" {
				continue
			}
		case "cut":
			if next != "from" && next != "off" {
				continue
			}
		case "admitted", "cleared":
			// "admitted to hospital" is an illness, read before this;
			// "admitted to uni" or "cleared to race" good news.
			if next != "to" && next != "into" {
				continue
			}
		}
		return true
	}
	return false
}

// acquireVerbs get something: "landed an internship", "bagged a place".
var acquireVerbs = wordset.Of(`got gets landed lands secured bagged scored won earned received snagged nabbed clinched
accepted`)

// goods are what someone is glad to have got: "landed an internship",
// "secured a scholarship", "won a medal".
var goods = wordset.Of(`job internship place role offer scholarship contract deal promotion apprenticeship grant
award prize spot lead part visa residency licence license degree masters phd fellowship placement position record
medal trophy title gold silver bronze mortgage tenancy funding publishing interview callback diploma doctorate
certificate qualification`)

// acquiredGood reports something good got: a verb of getting with one of
// goods at most three words after it.
func acquiredGood(f []string) bool {
	for i, w := range f {
		if !acquireVerbs[w] && !(w == "have" && i > 0 && f[i-1] == "finally") {
			// "finally have my degree" is got at last; "have an
			// interview" is no news of one.
			continue
		}
		for j := i + 1; j < len(f) && j <= i+4; j++ {
			if goods[f[j]] {
				return true
			}
		}
	}
	return false
}

// recovered reports good health news: a recovery cue, an operation that
// went well, or an illness beaten.
func recovered(padded string, f []string) bool {
	if hasPhrase(padded, recoveryCues) && !hasPhrase(padded, notRecoveredCues) {
		return true
	}
	if hasPhrase(padded, wentWell) && hasAnyWord(padded, healthWords) {
		return true
	}
	for i, w := range f {
		if (w == "beat" || w == "beaten" || w == "survived" || w == "kicked" || w == "through" && i > 0 && throughVerbs[f[i-1]]) && i+1 < len(f) {
			next := f[i+1]
			if (next == "the" || next == "her" || next == "his" || next == "their" || next == "my") && i+2 < len(f) {
				next = f[i+2]
			}
			if illnessWords[next] {
				return true
			}
		}
	}
	return false
}

// hurtCues tell of an accident or an attack: someone or their pet hurt,
// its outcome not yet known. Heard as bad health news.
var hurtCues = phrases(`hit by a car | hit by a bus | hit by a van | hit by a lorry | hit by a truck | hit by a bike |
hit by a motorbike | hit by a train | knocked down | knocked over by | knocked off her bike | knocked off his bike |
knocked off their bike | knocked off her | knocked off his | run over | ran over | car crash | car accident | crash last |
in a crash | in an accident | had an accident | bad accident | serious accident | road accident | accident at work |
accident this | accident last | crashed her car | crashed his car | crashed their car | crashed the car |
fell off her bike | fell off his bike | fell off a ladder | fell off the ladder | fell off a horse | fell off her horse |
fell off his horse | fell down the stairs | fell down stairs | got hurt | badly hurt | hurt badly | got injured |
badly injured | seriously injured | was injured | been injured | got mugged | was mugged | been mugged | got attacked |
was attacked | been attacked | got bitten | was bitten | been bitten | got stung | concussion | got burned | got burnt |
badly burned | badly burnt | went missing | gone missing | is missing`)

// hurt reports an accident, an attack or a scare told in padded text:
// a cue phrase, or a fall from something ridden or climbed ("came off her
// bike", "fell off the roof").
func hurt(padded string) bool {
	if hasPhrase(padded, hurtCues) {
		return true
	}
	f := strings.Fields(padded)
	for i := 0; i+2 < len(f); i++ {
		if !fellVerbs[f[i]] || f[i+1] != "off" && f[i+1] != "from" {
			continue
		}
		j := i + 2
		if j+1 < len(f) && (f[j] == "a" || f[j] == "the" || f[j] == "her" || f[j] == "his" || f[j] == "their" || f[j] == "my") {
			j++
		}
		if ridden[f[j]] {
			return true
		}
	}
	return false
}

// fellVerbs come before "off" in a fall: "came off", "thrown off".
var fellVerbs = wordset.Of(`fell fallen came come thrown flew knocked slipped`)

// ridden are what someone falls from and is hurt.
var ridden = wordset.Of(`bike bicycle motorbike motorcycle scooter horse skateboard ladder roof wall balcony stairs
trampoline board`)

// accidentNews reports bad news that is an accident or a scare rather
// than an illness: the reply hopes they are all right.
func accidentNews(text string) bool {
	padded := lowPadded(text)
	return hurt(padded) || brokeBone(strings.Fields(padded))
}

// illNouns name illnesses caught or lived with, as the words that follow
// "has", "got", "caught" or "diagnosed with": "my friend has covid again",
// "my uncle's got pneumonia".
var illNouns = wordset.Of(`covid covid19 corona flu pneumonia cancer shingles chickenpox measles mumps sepsis meningitis
norovirus bronchitis tonsillitis appendicitis leukaemia leukemia lymphoma tumour tumor dementia alzheimers parkinsons
ms lupus diabetes hepatitis malaria tuberculosis tb concussion infection migraine migraines vertigo glandular mono asthma
endometriosis cellulitis gastro sickness fever strep epilepsy stroke kidney liver heart lyme long`)

// illVerbs come a few words before an illness someone has: "has", "got
// the", "caught a nasty", "diagnosed with".
var illVerbs = wordset.Of(`has have had got caught catched with positive fighting battling suffering diagnosed
having picked developed`)

// illWith reports an illness someone has or caught: an illness noun with
// an illness verb at most three words before it.
func illWith(f []string) bool {
	for i, w := range f {
		if !illNouns[w] {
			continue
		}
		if i+1 < len(f) && illReturns[f[i+1]] && (f[i+1] != "is" && f[i+1] != "has" || i+2 < len(f) && illReturns[f[i+2]]) {
			// "my dad's cancer is back", "her ms has got worse".
			return true
		}
		if (w == "heart" || w == "kidney" || w == "liver" || w == "long") && (i+1 >= len(f) || !organTrouble[f[i+1]]) {
			// "has a kind heart", "got a long way": no illness.
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if illVerbs[f[j]] {
				return true
			}
		}
	}
	return false
}

// illReturns follow an illness that came back or got worse.
var illReturns = wordset.Of(`is has back returned spread spreading worse came come got getting`)

// organTrouble follow an organ word when it is an illness: "kidney
// failure", "heart condition", "long covid".
var organTrouble = wordset.Of(`failure disease condition problems problem trouble attack covid infection stones`)

// passedAway reports "passed" said of someone close with nothing after it
// that was passed: "since grandad passed", "my uncle passed on friday".
// petPutDown reports a pet put to sleep, told with the pet between the
// words: "had to put my cat down", "we had our old dog put to sleep", and
// its name after it ("put our cat mochi down").
func petPutDown(f []string) bool {
	for i, w := range f {
		if w != "put" {
			continue
		}
		for j := i + 1; j < min(len(f), i+5); j++ {
			if !petWords[f[j]] {
				continue
			}
			rest := f[j+1:]
			if len(rest) > 1 && !petWords[rest[0]] && (rest[1] == "down" || len(rest) > 2 && rest[1] == "to" && rest[2] == "sleep") {
				// "put our dog luna down": the pet's name between.
				rest = rest[1:]
			}
			if len(rest) > 0 && rest[0] == "down" || len(rest) > 2 && rest[0] == "to" && rest[1] == "sleep" {
				return true
			}
		}
	}
	return false
}

func passedAway(f []string) bool {
	for i, w := range f {
		if w != "passed" || i == 0 || !familyWords[f[i-1]] && !ownerWords[f[i-1]] {
			continue
		}
		if !passedSomething(f, i) {
			return true
		}
	}
	return false
}

// passedObjects follow "passed" when it is a test passed, not a death:
// "passed his driving test", "passed with flying colours".
var passedObjects = wordset.Of(`my his her their the our your a an exam exams test tests driving theory with first second
final finals all everything it module course interview probation assessment grade audition`)

// passedDeterminers open what was passed only when a test follows:
// "passed her driving test", where "my wife passed. the house is so
// quiet" (the stop is gone once folded) is a death.
var passedDeterminers = wordset.Of(`my his her their the our your a an`)

// passedTests are what a determiner after "passed" may lead to.
var passedTests = wordset.Of(`exam exams test tests driving theory module course interview probation assessment grade
audition finals final bar degree year level levels class module modules check inspection mot screening trial
hearing review first second third`)

// passedSomething reports that the "passed" at f[i] has an object: a test
// or an exam passed, or "passed with", rather than someone who died.
func passedSomething(f []string, i int) bool {
	if i+1 >= len(f) || !passedObjects[f[i+1]] {
		return false
	}
	if !passedDeterminers[f[i+1]] {
		return true
	}
	for _, w := range f[i+2 : min(len(f), i+5)] {
		if passedTests[w] {
			return true
		}
	}
	return false
}

// passedTest reports "passed" used for a test passed, with no death said
// otherwise in the message.
func passedTest(f []string) bool {
	for i, w := range f {
		switch w {
		case "died", "funeral", "passed_away":
			return false
		case "passed":
			if i+1 < len(f) && f[i+1] == "away" {
				return false
			}
			if passedSomething(f, i) {
				return true
			}
		}
	}
	return false
}

// selfOpeners open a message about the person themselves.
var selfOpeners = wordset.Of(`i im i'm ive i've id i'd ill i'll me we we're were we've my`)

// selfVerbs open a message whose subject, the person, is left out: "got
// made redundant today", "passed!!", "finally got my results back".
var selfVerbs = wordset.Of(`got passed failed finished started start starting moving moved quit quitting
ran won graduated aced nailed smashed handed lost didnt didn't couldnt couldn't havent haven't been signed
retired retiring bought transferring transferred switching switched`)

// reOwnJobLoss is the person's own job lost, wherever it is said in the
// news: "redundancies at work and i'm one of them", "found out today im
// being made redundant", "cuts at the office, i lost my job".
var reOwnJobLoss = mustPattern(`\b(?:(?:i|im|i'm|i am|ive|i've) (?:just |now |also |officially )?(?:being |getting |been |was |got |am )?(?:made redundant|laid off|let go|fired|sacked)|i (?:have |ve |just |also )?lost my (?:job|role|position)|(?:im|i'm|i am) (?:losing|going to lose|about to lose) my (?:job|role|position)|(?:im|i'm|i am) (?:one of them|on the list|among them|in the first round))\b`)

// ownNewsSubject reports news about the person themselves: its subject is
// "i", "we", "me and X" or "X and i", or left out ("got the job!").
func ownNewsSubject(folded string) bool {
	f := strings.Fields(reTellingLead.ReplaceAllString(folded, " "))
	for len(f) > 0 && leadFiller[f[0]] {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	if f[0] == "my" || f[0] == "our" {
		// "my sister…" is hers; "my results came back clear", "my
		// short story got accepted" are mine.
		return len(f) > 1 && ownThings[f[1]] || len(f) > 2 && ownThingWords[f[1]] && ownThings[f[2]]
	}
	if selfOpeners[f[0]] || selfVerbs[f[0]] {
		return true
	}
	// "dani and i split up", "me and tom broke up".
	for i, w := range f[:min(len(f), 5)] {
		if (w == "i" || w == "me") && i > 0 && f[i-1] == "and" {
			return true
		}
	}
	return false
}

// reTellingLead opens a message with how the person feels about telling
// it: "i am pleased to tell you that my granddaughter…", "so happy to
// say my sister…", "just wanted to let you know my son…". Whose news it
// is comes after it.
var reTellingLead = mustPattern(`^ *(?:(?:i am|im|i'm|we are|we're|were|i was|so|really|very|just) )*(?:(?:pleased|happy|proud|thrilled|delighted|excited|glad|chuffed|over the moon) to (?:tell|say|share|announce|report|let)|(?:wanted|want|had|have|need|needed) to (?:tell|let|share with))(?: you)?(?: all)?(?: know)?(?: that)?\b`)

// leadFiller may open a message before its subject.
var leadFiller = wordset.Of(`so and omg guess just finally well ok okay oh honestly ngl update news today yesterday
yay yess yes wow ugh sadly unfortunately hey hi`)

// ownThingWords may come between "my" and one of ownThings: "my short
// story", "my debut album". A relation there ("my sister's results") makes
// the thing someone else's.
var ownThingWords = wordset.Of(`short new latest debut second third final big little own`)

// ownThings follow "my" in news of the person's own: "my results".
var ownThings = wordset.Of(`results result scan scans test tests exam exams operation surgery interview application
offer job contract visa biopsy driving first novel book article paper thesis dissertation essay poem poems story
painting paintings artwork photo photos photograph song songs album podcast film app website business startup shop
blog channel research proposal grant pitch project design garden allotment`)

// newsWho is who news in text is about, who a message would go to, and
// the object pronoun for them: "my friend's dad died" is about "your
// friend's dad" and would go to "your friend".
func newsWho(text string) (about, writeTo, obj string) {
	names := answerNames(text)
	if owner, rel, ok := possessedRelation(text, names); ok {
		return owner.Ref + "'s " + rel, owner.Ref, pronounFor(owner.Gender)
	}
	if about, owner, obj := pronounOwned(text, names); about != "" {
		return about, owner, obj
	}
	if ms := listen.Mentions(text, names); len(ms) > 0 {
		m := ms[0]
		if groupWords[strings.TrimPrefix(m.Ref, "your ")] || strings.HasSuffix(m.Ref, "friends") {
			// "my friends", "my parents": no one message goes to them.
			return m.Ref, "", "them"
		}
		obj := pronounFor(m.Gender)
		if m.Gender == 0 {
			obj = textPronoun(text)
		}
		return m.Ref, m.Ref, obj
	}
	if ref := ownedSubject(text); ref != "" {
		// "our babysitter got into oxford": someone of theirs the
		// relation words do not list.
		return ref, ref, textPronoun(text)
	}
	f := strings.Fields(foldText(text))
	for _, w := range f {
		switch w {
		case "she", "she's", "shes", "her":
			return "her", "her", "her"
		case "he", "he's", "hes", "him", "his":
			return "him", "him", "him"
		case "they", "they're", "theyre", "them":
			return "them", "them", "them"
		}
	}
	return "", "", "them"
}

// pronounRelation reads "her dad", "his sister": someone of someone
// else's, named by whose they are when the text named them before ("your
// ex's dad"), else as said. obj is the object pronoun for them.
func pronounRelation(text string, names []string) (about, obj string) {
	f := strings.Fields(foldText(text))
	for i := 0; i+1 < len(f); i++ {
		if f[i] != "his" && f[i] != "her" && f[i] != "their" || !familyWords[f[i+1]] || petWords[f[i+1]] {
			continue
		}
		rel := f[i+1]
		obj = "them"
		if g, ok := relGender[rel]; ok {
			obj = pronounFor(g)
		}
		if ms := listen.Mentions(strings.Join(f[:i], " "), names); len(ms) > 0 {
			return ms[len(ms)-1].Ref + "'s " + rel, obj
		}
		return f[i] + " " + rel, obj
	}
	return "", ""
}

// relGender is the gender family words say.
var relGender = map[string]byte{"mum": 'f', "mom": 'f', "mother": 'f', "dad": 'm', "father": 'm', "nan": 'f', "gran": 'f',
	"grandma": 'f', "granny": 'f', "grandad": 'm', "grandpa": 'm', "grandmother": 'f', "grandfather": 'm', "brother": 'm',
	"sister": 'f', "husband": 'm', "wife": 'f', "son": 'm', "daughter": 'f', "boyfriend": 'm', "girlfriend": 'f',
	"aunt": 'f', "uncle": 'm', "auntie": 'f', "aunty": 'f', "nephew": 'm', "niece": 'f', "grandson": 'm', "granddaughter": 'f',
	"stepmum": 'f', "stepmom": 'f', "stepdad": 'm', "stepson": 'm', "stepdaughter": 'f', "stepbrother": 'm', "stepsister": 'f',
	"godson": 'm', "goddaughter": 'f', "godmother": 'f', "godfather": 'm', "mam": 'f', "mammy": 'f', "mummy": 'f', "mommy": 'f',
	"daddy": 'm', "papa": 'm', "nana": 'f', "nanna": 'f', "grandpop": 'm', "granda": 'm'}

// pronounFor is the object pronoun ("her", "him", else "them") for a
// gender of listen.Mention or one read from a clause (pronounGender).
func pronounFor(g byte) string {
	switch g {
	case 'f':
		return "her"
	case 'm':
		return "him"
	}
	return "them"
}

// possessedRelation reads "my friend's dad", "Ana's mum": someone of
// theirs, and the person they belong to.
func possessedRelation(text string, names []string) (listen.Mention, string, bool) {
	f := strings.Fields(foldText(text))
	for i, w := range f {
		base, ok := strings.CutSuffix(w, "'s")
		if !ok && ownerWords[strings.TrimSuffix(w, "s")] && w != strings.TrimSuffix(w, "s") {
			// "my friends mum died", the apostrophe left out.
			base, ok = strings.TrimSuffix(w, "s"), true
		}
		if !ok || i+1 >= len(f) {
			continue
		}
		rel := f[i+1]
		if !familyWords[rel] && !petWords[rel] {
			continue
		}
		head := strings.Join(f[max(0, i-3):i], " ")
		ms := listen.Mentions(strings.TrimSpace(head+" "+base), names)
		if len(ms) == 0 {
			continue
		}
		return ms[len(ms)-1], rel, true
	}
	return listen.Mention{}, "", false
}

// ownerWords are relations whose plural, before a family word, is a
// possessive with its apostrophe left out: "my friends mum".
var ownerWords = wordset.Of(`friend mate bestie boss colleague coworker neighbour neighbor flatmate housemate roommate partner
cousin aunt uncle sister brother girlfriend boyfriend husband wife teacher`)

// familyWords are who someone's news can be about: "my friend's dad".
var familyWords = wordset.Of(`mum mom mother dad father parents nan gran grandma granny grandad grandpa grandmother grandfather
brother sister husband wife partner son daughter baby kids kid boyfriend girlfriend fiance fiancee aunt uncle cousin
dog cat pet`)

// bodyParts are what "broke her hip" broke: an injury, where "broke my
// phone" is none.
var bodyParts = wordset.Of(`hip leg legs arm arms wrist ankle foot feet hand hands back neck nose jaw ribs rib collarbone
shoulder knee elbow finger fingers toe toes pelvis skull spine acl ligament ligaments hamstring achilles cruciate
meniscus tendon cartilage shin thumb`)

// injuryVerbs come before "her hip", "his acl" in an injury.
var injuryVerbs = wordset.Of(`broke broken fractured hurt injured tore torn sprained dislocated snapped ruptured pulled
twisted cracked busted`)

// brokeBone reports an injury told: "broke her hip", "broken his wrist".
func brokeBone(f []string) bool {
	for i, w := range f {
		if injuryVerbs[w] && i+2 < len(f) && bodyParts[f[i+2]] {
			return true
		}
	}
	return false
}

// changed reports a change of life told in padded text (listen_change.go).
func changed(padded string) bool {
	_, ok := findChange(padded)
	return ok
}

// groupWords are relations that name several people.
var groupWords = wordset.Of(`friends parents kids family team teammates cousins siblings folks grandparents`)

// textPronoun is the object pronoun a message uses for the one it is
// about when the words naming them say nothing of it: "my cousin found out
// she's in remission".
func textPronoun(text string) string {
	for _, w := range strings.Fields(foldText(text)) {
		switch w {
		case "she", "she's", "shes", "her", "hers", "herself":
			return "her"
		case "he", "he's", "hes", "him", "his", "himself":
			return "him"
		}
	}
	return "them"
}

// throughVerbs come before "through" when an illness is survived: "got
// through chemo", "came through the operation".
var throughVerbs = wordset.Of(`got get came come pulled made`)
