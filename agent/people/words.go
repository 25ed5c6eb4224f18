package people

import (
	_ "embed"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

//go:embed names.txt
var namesTXT string

// firstNames are first names from many cultures (names.txt).
var firstNames = func() map[string]bool {
	m := map[string]bool{}
	for line := range strings.SplitSeq(namesTXT, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[foldWord(w)] = true
		}
	}
	return m
}()

// relation is one way of saying a relationship.
type relation struct {
	// canon is the relationship in plain words: "mother", "friend".
	canon string
	// address is how the person speaks to them, when a family word doubles
	// as a name ("Mum", "Grandma"); empty otherwise.
	address string
	// plural words ("friends", "cousins") mean a group.
	plural bool
	// tongue marks a parent's word from another language ("abba",
	// "baba"): the same letters are often a band, a food or a word of
	// English, so on its own it is a person only where a person stands.
	tongue bool
}

// relations maps relationship words, folded, to what they mean.
var relations = func() map[string]relation {
	m := map[string]relation{}
	add := func(canon, address string, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = relation{canon: canon, address: address}
		}
	}
	addr := func(canon string, pairs ...string) {
		for i := 0; i+1 < len(pairs); i += 2 {
			m[pairs[i]] = relation{canon: canon, address: pairs[i+1]}
		}
	}
	addr("mother", "mum", "Mum", "mom", "Mom", "mother", "Mum", "mama", "Mama", "mam", "Mam", "mammy", "Mammy",
		"mommy", "Mommy", "mummy", "Mummy", "mamma", "Mamma", "ma", "Ma", "mum's", "Mum", "mums", "Mum", "moms", "Mom", "mamá", "Mamá")
	addr("father", "dad", "Dad", "father", "Dad", "daddy", "Daddy", "papa", "Papa", "pops", "Pops", "da", "Da",
		"dads", "Dad", "papá", "Papá")
	addr("grandmother", "grandma", "Grandma", "granny", "Granny", "gran", "Gran", "nan", "Nan", "nana", "Nana",
		"nanna", "Nanna", "nanny", "Nanny", "grandmother", "Grandma", "grandmom", "Grandma", "nonna", "Nonna", "oma", "Oma",
		"abuela", "Abuela", "babcia", "Babcia", "yiayia", "Yiayia", "grandmas", "Grandma")
	addr("grandfather", "grandpa", "Grandpa", "grandad", "Grandad", "granddad", "Granddad", "grandfather", "Grandad",
		"gramps", "Gramps", "grampa", "Grampa", "nonno", "Nonno", "opa", "Opa", "abuelo", "Abuelo", "dziadek", "Dziadek",
		"papou", "Papou", "grandads", "Grandad")
	// Parents in the words of many families, greeted by the word itself
	// ("Amma", "Abba", "Maman").
	for _, w := range strings.Fields(`amma ammi ammu umma ummi mummyji mataji maman mutti eomma okaasan`) {
		m[foldWord(w)] = relation{canon: "mother", address: upFirst(w), tongue: true}
	}
	for _, w := range strings.Fields(`appa abba abbu abbi baba babu pitaji papaji vati papai appachi abbo otousan`) {
		m[foldWord(w)] = relation{canon: "father", address: upFirst(w), tongue: true}
	}
	// Grandparents in the words of many families, each greeted by
	// its own word ("Nani", "Teta", "Dadi").
	for _, w := range strings.Fields(`nani nanima naniji dadi dadima dadiji ammamma ammachi paati aaji bubbe
bubby bobe savta teta sitto sitti ouma mormor farmor mamie babushka halmoni obaachan popo`) {
		m[foldWord(w)] = relation{canon: "grandmother", address: upFirst(w)}
	}
	for _, w := range strings.Fields(`nanaji dadaji thatha appachan ajoba zayde zaidy jiddo jeddo oupa morfar
farfar dedushka harabeoji ojiichan gonggong`) {
		m[foldWord(w)] = relation{canon: "grandfather", address: upFirst(w)}
	}
	// Aunts and uncles in the words of many families: "tía rosario",
	// "khala", "zio franco".
	add("aunt", "", "tia tía tita khala khalah phuppo phuppi masi mausi chachi bua tante ciocia")
	add("uncle", "", "tio tío khalu mamu mamaji chacha chachu zio onkel tonton wujek")
	add("sister", "", "sister sis sister's sisters'")
	add("brother", "", "brother bro")
	add("son", "", "son")
	add("daughter", "", "daughter")
	add("aunt", "", "aunt auntie aunty")
	add("uncle", "", "uncle")
	add("cousin", "", "cousin")
	add("niece", "", "niece")
	add("nephew", "", "nephew")
	add("wife", "", "wife")
	add("husband", "", "husband hubby")
	add("partner", "", "partner")
	add("girlfriend", "", "girlfriend gf")
	add("boyfriend", "", "boyfriend bf")
	add("fiance", "", "fiance fiancee fiancé fiancée")
	add("ex", "", "ex")
	add("friend", "", "friend bestie mate buddy pal bff bestfriend")
	add("colleague", "", "colleague coworker co-worker workmate")
	add("boss", "", "boss manager")
	add("mentor", "", "mentor")
	add("teacher", "", "teacher tutor")
	add("professor", "", "professor prof")
	add("coach", "", "coach")
	add("neighbour", "", "neighbour neighbor")
	add("roommate", "", "roommate roomie")
	add("flatmate", "", "flatmate")
	add("housemate", "", "housemate")
	add("classmate", "", "classmate")
	add("teammate", "", "teammate")
	add("therapist", "", "therapist counsellor counselor")
	add("landlord", "", "landlord")
	add("landlady", "", "landlady")
	add("nurse", "", "nurse midwife")
	add("doctor", "", "gp")
	add("grandson", "", "grandson")
	add("granddaughter", "", "granddaughter")
	add("grandchild", "", "grandchild grandkid")
	add("supervisor", "", "supervisor lecturer")
	add("babysitter", "", "babysitter childminder")
	add("carer", "", "carer caregiver")
	add("client", "", "client")
	for _, w := range strings.Fields(`physio physiotherapist dentist vet hairdresser barber trainer cleaner postman
postwoman driver receptionist pharmacist caretaker handyman plumber electrician gardener housekeeper`) {
		m[w] = relation{canon: w}
	}
	add("twin", "", "twin")
	add("stepson", "", "stepson")
	add("stepdaughter", "", "stepdaughter")
	add("half-sister", "", "half-sister")
	add("half-brother", "", "half-brother")
	add("godmother", "", "godmother")
	add("godfather", "", "godfather")
	add("godchild", "", "godson goddaughter")
	add("stepmother", "", "stepmum stepmom stepmother step-mum step-mom")
	add("stepfather", "", "stepdad stepfather step-dad")
	add("stepsister", "", "stepsister")
	add("stepbrother", "", "stepbrother")
	for _, in := range strings.Fields(`mother father sister brother son daughter`) {
		m[in+"-in-law"] = relation{canon: in + "-in-law"}
	}
	for _, w := range strings.Fields(`friends mates buddies pals besties housemates flatmates roommates cousins
colleagues coworkers co-workers workmates classmates teammates siblings parents grandparents in-laws folks
kids children aunts uncles neighbours neighbors girls guys boys lads nurses midwives carers teachers
twins triplets grandkids grandchildren godchildren stepkids`) {
		m[w] = relation{canon: "group", plural: true}
	}
	m["parents"] = relation{canon: "parents", plural: true}
	return m
}()

// relAdjectives may stand between "my" and a relationship word ("my old
// college friend").
var relAdjectives = wordset.Of(`old best close closest dear oldest childhood college school uni university work former
little big younger older elder baby twin new online long-distance favourite favorite lovely good great lifelong
high primary secondary maths math english music piano art yoga gym running football dance church family
first ex dearest only great-`)

// groupWords name a group to write to.
var groupWords = wordset.Of(`group gc chat groupchat group-chat squad gang crew team club circle choir orchestra committee
cohort congregation troop`)

// titles come before a name ("Mrs Okafor", "Auntie Bisi"); the value is the
// relationship the title implies.
var titles = map[string]string{
	"mr": "", "mrs": "", "ms": "", "miss": "", "mx": "", "dr": "", "doctor": "", "prof": "", "professor": "",
	"sir": "", "dame": "", "coach": "coach", "aunt": "aunt", "auntie": "aunt", "aunty": "aunt", "uncle": "uncle",
	"tia": "aunt", "tio": "uncle", "tía": "aunt", "tío": "uncle", "cousin": "cousin", "pastor": "", "rabbi": "",
	"imam": "", "father": "", "sister": "", "brother": "", "nurse": "nurse", "midwife": "nurse",
	"sergeant": "", "sgt": "", "captain": "", "capt": "", "lieutenant": "", "colonel": "", "officer": "",
	"rev": "", "reverend": "", "judge": "", "councillor": "", "chef": "",
}

// bareTitles are the titles the name is written without: "Nurse Abbie" is
// greeted as Abbie, and a rank or office ("sergeant ruiz") is left to the
// person to add, since drafts greet a title they know and cut the others.
var bareTitles = wordset.Of(`nurse midwife sergeant sgt captain capt lieutenant colonel officer rev reverend judge councillor chef`)

// kinTitles are the titles that are also family words: after "my" they are
// the relationship ("my uncle Jorge"), before a bare name a title ("uncle bob").
var kinTitles = wordset.Of(`aunt auntie aunty uncle tia tio tía tío cousin`)

// triggers come right before the person a request is about.
var triggers = wordset.Of(`to for with about text message msg call ring phone email dm ping contact thank congratulate
tell write reply answer visit see remind change move make set put switch pause stop unpause resume
wish reach invite forgive send give met messaged texted emailed rang phoned sent pinged whatsapped dmd dm'd facetimed`)

// placeVerbs before "to"/"in" make the next word a place ("moved to berlin").
var placeVerbs = wordset.Of(`moved move moving moves live lives living lived based went gone going flew flying fly
travelled traveled travelling traveling trip holiday vacation relocated relocating back`)

// placePreps introduce a place.
var placePreps = wordset.Of(`in from near at across around into via outside`)

// nameFollowers may come right after a lowercase name ("text tom about
// friday", "help me write to sam? we...").
var nameFollowers = wordset.Of(`about who because since from and she he they we it's its after before today tonight
tomorrow again soon saying on at in every each this next my to for instead please pls thanks x that i im i'm
ive i've id i'd but so or if when whos who's whose who congrats congratulations happy sorry good luck well`)

// softNames are ordinary words that are also names (Will, Grace, May):
// they count as names only right after a request word or a relationship.
var softNames = wordset.Of(`will grace hope joy may june april august summer faith rose ruby amber jade iris holly
ivy lily dawn mark bill pat sue jack frank rob art sunny honey angel patience mercy precious sky autumn
bob chase drew gene guy hunter king major max nick page penny rich rusty sandy victor wade jun`)
