package people

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
)

// calendar words are never people: days, months, times, festivals.
var calendar = wordset.Of(`monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
thursdays fridays saturdays sundays mon tue tues wed weds thu thur thurs fri sat sun weekday weekdays
weekend weekends january february march april may june july august september october november december jan
feb mar apr jun jul aug sep sept oct nov dec today tomorrow tmrw tmr yesterday tonight morning mornings
afternoon afternoons evening evenings night nights noon midnight midday week weeks weekly fortnight
fortnightly month months monthly year years yearly daily day days hour hours minute minutes am pm o'clock
christmas xmas easter halloween diwali eid hanukkah thanksgiving ramadan valentine valentine's new year's
nye birthday bday anniversary holidays summer winter spring autumn fall later soon now ages`)

// stopWords are words that are never a person's name, whatever their case:
// pronouns, greetings, feelings, common verbs and nouns, apps.
var stopWords = wordset.Of(`i i'm im i've ive i'd id i'll ill me my mine myself we us our ours ourselves you your
yours yourself yourselves u ur he him his himself she her hers herself they them their theirs themselves themself it its it's this that these those who whom
whose what which when where why how here there hi hey hello hiya heya yo dear thanks thank thx ty yes yeah
yep yup no nope nah ok okay k sure please pls plz sorry well oh ah um umm hmm wow lol lmao haha omg idk tbh
btw imo fyi can could would should will shall might must do does did done doing is are was were be been
being am have has had having not never always sometimes often usually maybe perhaps probably honestly
actually really just also still even only the a an and or but so because if then than though although
since until while as at by for from in into of on to with without about after before over under again very
too quite rather more most less least much many some any all both each every either neither other another
such same one two three four five six seven eight nine ten first second last next new old good great best
better bad worse worst nice fine lovely little big help write draft message messages text texts texting
email call calls calling tell ask say make let get go see think know want need like love feel felt mention
add remove include remind reminder reminders reminding check start stop reflect plan remember forgot
forget send sent reply replied talk talked talking spoke speak chat chatted meet met catch caught reach
reconnect thinking thought miss missed missing hope wish wishing wanna gonna gotta trying try tried
nobody everyone everybody someone somebody anyone anybody people person guy girl man woman men women kid
kids baby child children family friend friends work job school college uni university office home life
time times thing things stuff nothing everything something anything world way lot lots bit kind sort
sense effort emoji emojis gif gifs meme memes sticker stickers reaction reactions
type place city town country house flat apartment room party dinner lunch breakfast coffee drink drinks
tea beer food trip holiday holidays news message note letter card gift present photo video phone number
god jesus lord english french spanish german italian chinese japanese american british irish scottish
welsh polish indian african european instagram insta ig facebook fb whatsapp telegram signal matrix discord
slack zoom teams skype tiktok snapchat snap twitter youtube linkedin reddit netflix spotify google gmail
iphone android messenger facetime lonely alone sad happy glad angry upset tired stressed anxious worried
scared nervous excited jealous hurt awkward weird bored okay alright depressed grateful proud sick ill
dead died death funeral wedding engaged married divorce pregnant hospital surgery cancer sorry
dementia alzheimers alzheimer's parkinsons parkinson's diabetes covid flu pneumonia stroke tumour tumor
leukaemia leukemia lymphoma sclerosis ms als epilepsy asthma arthritis depression anxiety chemo
radiotherapy miscarriage infection illness disease injury concussion
burnout exhaustion insomnia migraine migraines shingles sepsis bronchitis meningitis appendicitis
tonsillitis endometriosis fibromyalgia grief
congrats congratulations cheers bye goodbye goodnight morning night hello
yesterday ago lately recently yet already soon instead though anyway whatever also just
back out up down off over around away home inside outside together apart ever forever
name names luck short long shorter longer warmer warm casual formal playful funny simple quick gentle kind sweet
hard easy tough rough difficult big small huge tiny first last few couple several once twice thrice dozen
water gym run walk walks dog cat pet car bus train plane flight
ghosted ghosting blocked left read seen unread online offline dm dms group chat gc
whilst via per re vs etc apologise apologize apologising apologizing skip play support celebrate invite
share ask tell visit wish congratulate reconnect
advice favour favor favours favors reference references referral intro introduction recommendation feedback
tips input opinion guidance loan lift apology thanks condolences sympathy congratulations
put give gave given lend lent vouch introduce intro refer recommend sign cover proofread review feed fed drive
drove pick borrow take took bring brought come came join keep kept hold buy bought pay paid fix look willing able
hasnt havent isnt wasnt doesnt dont didnt wont cant couldnt shouldnt wouldnt arent werent aint youre theyre
offer offers offered offering suggest suggests suggested propose promise promised
hes shes thats whats theres wasn't whos who's hows how's wheres where's whens when's whys why's`)

// moodSounds are sounds and chat shorthand for a mood, often a whole
// message on their own ("ugh", "meh", "ffs"): never a name, even when a
// message opens with one capitalised.
var moodSounds = wordset.Of(`ugh ughh ughhh urgh uggh argh arghh aargh meh oof ooof ooh oooh aw aww awww eh huh
yikes bleh blah blergh ffs smh welp whew phew sigh sighs ahh ahhh gah grr grrr yay woo woohoo hmph pfft ew eww
ouch jeez geez fml ikr ngl lmk rn wtf omfg brb ttyl xd lmfao rofl hehe heh ha hah eek sheesh`)

// isStop reports whether a folded word can never be a name.
func isStop(w string) bool {
	return stopWords[w] || calendar[w] || verbForms[w] || moodSounds[w]
}

// pastimes are what people talk about, play or watch together ("we talk
// about football mostly", "better to knock"): a topic, never a person on
// its own, though a group may be named after one ("the netball girls").
var pastimes = wordset.Of(`football footy footie soccer rugby cricket tennis golf basketball netball hockey baseball
volleyball badminton squash boxing darts snooker pool bowling running cycling swimming climbing bouldering
hiking surfing skiing skating yoga pilates crossfit music films movies telly tv series shows games gaming
videogames politics books reading cooking baking knitting crochet sewing gardening fishing chess poker
anime manga art painting drawing dancing karaoke podcasts podcast fantasy f1 nba nfl premier league`)
