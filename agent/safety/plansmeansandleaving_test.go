package safety

import "testing"

// TestPlansMeansAndLeaving checks plans, means and leave-taking told in
// passing (lexicon/xx.plansmeansandleaving.txt), in wordings of their own,
// each idea beside near misses that keep its words.
func TestPlansMeansAndLeaving(t *testing.T) {
	checkSituations(t, []situationCase{
		// a height or a station, and the act or the next time after it
		{"once my mum is asleep im gonna walk to the bridge and jump", Self},
		{"tomorrow i'll drive up to the multi storey and throw myself off", Self},
		{"went up to the rooftop again last night. stood there for ages. one day ill actually go over", Self},
		{"cycled to the viaduct after work and just stared down. next time i wont turn back", Self},
		{"sitting on the platform right now. im not here to catch a train", Self},
		{"going up to the cliff with the kids and jumping into the sea, cant wait", None},
		{"drove to the cliffs again today, the sunset was unreal. next time ill bring a flask", None},
		{"at the station, not getting on a train till the strike is over lol", None},
		// how easy an act on the road or at a height would be
		{"every commute i think about how easy it would be to just swerve into the barrier", Self},
		{"on the balcony last night thinking how easy itd be to just lean over", Self},
		{"how easy it would be to just bake a cake from scratch, why did i buy one", None},
		// the means here, a spot thought of there
		{"got a cord hidden under my bed. cant stop picturing the beam in the garage", Self},
		{"bought a rope for the tree swing, the kids love it", None},
		// pills bought where nobody asks
		{"picked up another pack of painkillers from a different chemist so i have enough", Self},
		{"getting sleeping tablets at three different shops so the pharmacist wont get suspicious", Self},
		{"bought ibuprofen at a different shop because boots was shut", None},
		// soon, and what is left for after
		{"i told my sister which songs i want at my funeral. wont be long now", Self},
		{"left a list of who gets my records. once im gone it wont be long for them to sort", Self},
		{"i want my ashes scattered at sea when im old and grey, decades from now", None},
		{"queued up texts to my parents for saturday morning. by then ill be gone", Self},
		{"scheduled the shop's posts for next week. by then the sale will be done", None},
		{"im gonna be dead soon anyway so it doesnt matter if i fail this exam", Self},
		// the last time seen, no return
		{"hugged my nan goodbye tonight. that was the last time shell ever see me", Self},
		{"the last time theyll see me in a school uniform, graduation tomorrow!", None},
		{"can you feed biscuit for me. the food is by the door. im not coming back for him", Self},
		{"can you feed biscuit for me this weekend, im back sunday", None},
		// a plan kept from the people who ask
		{"told the doctor i was doing better so she'd leave me alone. truth is i have a plan", Self},
		{"told my mum i was fine. i have a plan for the weekend with my mates", None},
		// a note written and hidden
		{"finished my letters last night and hid them under my mattress", Self},
		{"wrote the note for the tooth fairy and hid it under his pillow", None},
		// the others free of the speaker
		{"my husband will be free of me soon, he deserves that", Self},
		{"mum and dad would really be better off with only my brother", Self},
		{"my parents would be happier with just a small wedding", None},
		// a weight, and slipping away before it
		{"im old and slow now. best i fade away before i become a burden on my daughter", Self},
		{"best i slip away from the party early before the speeches", None},
		// an illness hoped for
		{"part of me is praying for a terminal diagnosis so i could just go and nobody would blame me", Self},
		// sleep that needs no waking, existing stopped
		{"i just want to fall asleep and never have to wake up again", Self},
		{"i want to fall asleep on the sofa and not have to get up for the school run", None},
		{"not a holiday. i mean stop existing. i want it so badly", Self},
		{"done. with all of it. with living even", Self},
		{"so done with this essay. with the whole module tbh", None},
		// an attempt before, the next one surer
		{"the hospital pumped my stomach in march. im not making that mistake again, ill take more", Self},
		{"tried three times already. this time i wont ring anyone", Self},
		// the others after the speaker, quickly over it
		{"everybody would forget me pretty quick", Self},
	})
}

// TestPlansMeansAndLeavingLanguages checks the same ideas in the other
// main languages and in Arabic.
func TestPlansMeansAndLeavingLanguages(t *testing.T) {
	checkSituations(t, []situationCase{
		// German: the step further at the platform, a date and an occasion spared
		{"ich steh oft auf der brucke und schau runter. irgendwann mach ich den schritt weiter", Self},
		{"ich warte jeden abend am bahnsteig auf den guterzug der da nicht halt", Self},
		{"das datum steht fest. erst nach der hochzeit meiner schwester, die will ich ihr nicht kaputt machen", Self},
		{"das datum fur die hochzeit steht fest, im juni", None},
		{"letztes jahr hab ich versucht mich umzubringen, und seitdem denk ich wieder taglich daran", Self},
		{"vor drei jahren hab ich versucht mich umzubringen, heute geht es mir gut", None},
		{"hab versehentlich meine herztabletten doppelt genommen, mir ist total schwindelig", Medical},
		// Spanish: a height looked at, "there I'll do it"
		{"he subido al puente varias veces y ya se que desde ahi me tiro", Self},
		// French: praying not to wake
		{"chaque nuit j'espere ne pas me reveiller demain", Self},
		// Italian: drops put aside until enough
		{"ho nascosto le compresse di mio padre, ormai sono sufficienti", Self},
		{"alla fine del film la protagonista muore, che tristezza", None},
		// Dutch: the means beside one in a place, things shared out
		{"ik zit in de schuur met een strop bij me", Self},
		{"al mijn dingen weggegeven aan vrienden. ik ben er klaar voor", Self},
		{"zonder mij hoeft mijn moeder nooit meer voor me te zorgen", Self},
		// Polish: a decision for a day, a farewell and the phone off, a fall
		{"zdecydowalem ze w sobote skoncze ze soba", Self},
		{"siostra napisala ze sie ze mna zegna i teraz nie odbiera", Other},
		{"dziadek zemdlal w lazience i ledwo oddycha", Medical},
		// Portuguese: relieved families, nothing to sort once the speaker is gone
		{"meus filhos iam ficar aliviados se eu nao estivesse mais aqui", Self},
		{"deixei tudo anotado pra ninguem ter problema depois que eu partir", Self},
		{"ja deixei tudo resolvido. nao quero passar outro natal", Self},
		// Turkish: a height looked down from, debts paid and ready
		{"dun gece yine kopruden asagi baktim. bir dahaki sefere atlayacagim", Self},
		// Arabic: the wish said short
		{"والله بدي موت", Self},
		{"ودي موت", Self},
		{"بدي شوف فيلم عن الموت", None},
	})
}

// TestToldInPassingMore checks further ideas of the same kind, each with
// a near miss that keeps its words: a day named with an apology, an
// absence the others will understand, the means held or laid out, a way
// thought quick, an end made "official", the loved dead waiting, a place
// nobody goes, and medicine carried for an ailment.
func TestToldInPassingMore(t *testing.T) {
	checkSituations(t, []situationCase{
		{"this weekend im actually going to go through with it. sorry for everything", Self},
		{"if im not on here by monday, you'll understand what happened", Self},
		{"if im not on here by monday its because of the festival lol", None},
		{"lay on my bed with the blades for hours last night", Self},
		{"sat with the knife for an hour carving a spoon, so relaxing", None},
		{"counted out all my tablets on the bed and just stared at them", Self},
		{"counted out my tablets into the weekly organiser", None},
		{"i keep wondering if the drop would be painless", Self},
		{"the bus would be quicker than walking tbh", None},
		{"nobody sees me anyway. may as well make it permanent", Self},
		{"if something happens to me please feed the cat. something is going to happen", Self},
		{"my plan is ready for friday while my parents are out", Self},
		{"the plan is set for friday. pizza then bowling", None},
		{"pretty sure i wont be around past tomorrow and honestly im at peace with it", Self},
		{"my cousin can keep my games after.", Self},
		{"you can keep my games after the tournament", None},
		{"ill see my brother again soon, hes waiting for me up there", Self},
		{"ill see my brother soon, hes waiting for me at arrivals", None},
		{"theres a place by the canal no one ever goes. i keep thinking about it", Self},
		{"always keep paracetamol in my handbag just in case of a headache", None},
		{"my funeral song is gonna be highway to hell haha", None},
		{"the woman upstairs is shouting again and i keep seeing marks on her son", Other},
	})
}

// TestHeightAndNextTimeLanguages checks a height gone to and the act
// named for the next time in the main languages, beside a next time that
// is only a better try, and an absence told with an apology.
func TestHeightAndNextTimeLanguages(t *testing.T) {
	checkSituations(t, []situationCase{
		{"war gestern wieder oben im parkhaus. nachstes mal spring ich", Self},
		{"waren auf dem turm, beim nachsten mal mach ich es besser mit den fotos", None},
		{"subi otra vez a la azotea. la proxima vez me tiro", Self},
		{"fuimos al puente a ver el atardecer, la proxima vez lo hago con mejor camara", None},
		{"je suis retourne sur le pont hier soir. la prochaine fois je me jette", Self},
		{"fiquei olhando pra baixo do viaduto. na proxima vez eu me jogo", Self},
		{"ieri sera ero sul cavalcavia. la prossima volta mi butto", Self},
		{"ik was weer op het dak van de flat. de volgende keer spring ik", Self},
		{"bylam znowu na dachu. nastepnym razem skocze", Self},
		{"bientot je serai plus la, cest mieux comme ca", Self},
		{"juz mnie nie bedzie jutro. wybaczcie", Self},
		{"bu gece sonra olmayacagim artik, beni affedin", Self},
		{"the bus would be quicker, next time i jump on the 12", None},
		{"bought the rope earlier. did you see the score last night", Self},
		{"bought the rope for the swing earlier", None},
		{"my husband died in may and now i think its my time to follow him.", Self},
		{"my husband died in may and now its my time to sort the garden.", None},
		{"they all say it will get better. it never does. im done holding on", Self},
	})
}

// TestQuietResolve checks resolve told without the words for dying: a
// thank-you to arrive later, one way left, a vehicle passing, knowing
// what to do, children better off elsewhere, only the day waited for,
// old wrongs apologised for, the last day on earth, everything tried, a
// favour to everyone; and the near misses that share their words.
func TestQuietResolve(t *testing.T) {
	checkSituations(t, []situationCase{
		{"i posted my brother a letter thanking him for everything, hell get it on friday", Self},
		{"posted my brother a letter thanking him for the loan, hell get it on friday", None},
		{"therapy, pills, the lot. theres only one way out left now", Self},
		{"only one option left on the menu so i had the soup", None},
		{"whenever the train comes past i imagine jumping in front", Self},
		{"its hopeless. now i know what i have to do.", Self},
		{"the exam is in a week. now i know what i have to do: revise", None},
		{"the boys would be safer with their dad. i just cant be their mother any longer", Self},
		{"figured out how i'm going to end it, waiting for the right moment", Self},
		{"been apologising to all my friends for old fights, they think its sweet", Self},
		{"this weekend is my final weekend on this earth.", Self},
		{"my final weekend on this course, so sad!", None},
		{"tried literally everything. its time to go.", Self},
		{"honestly i'd be doing everybody a favour by disappearing", Self},
		{"id be doing everyone a favour if i brought biscuits", None},
		{"keep a bat under my bed, the street is dodgy at night", None},
		{"dont want to be here for easter, the cousins are visiting", None},
		{"wading into the lake at dawn for a wild swimming session", None},
	})
}

// TestVoicesAndHoldingBack checks a mind that tells one to do it, a cord
// round the neck, not going on chosen, food refused on purpose, one
// thing holding the speaker back, food kept from the speaker, and a
// farewell posted before the accounts were wiped; beside their near
// misses.
func TestVoicesAndHoldingBack(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my head keeps whispering to me to take the pills and its getting louder", Self},
		{"my coach keeps telling me to jump higher", None},
		{"last night i had the belt tight around my neck for a minute", Self},
		{"had a scarf round my neck all day, its freezing", None},
		{"ive chosen not to go on living. please dont blame yourselves", Self},
		{"decided not to continue with the course, its too much", None},
		{"not had anything to eat for a week and i dont intend to ever again", Self},
		{"havent eaten in days cos of this flu, dont plan to start till i feel better", None},
		{"honestly if it werent for my kids i'd be gone by now", Self},
		{"if it wasnt for my cat id never get up before ten", None},
		{"my aunt tells me i dont deserve dinner when i get a bad mark", Abuse},
		{"my cousin uploaded a farewell video then deactivated all her accounts", Other},
		{"my dad is up on the roof clearing the leaves", None},
	})
}

// TestBetweenSmallTalk checks the one sentence that matters inside a
// chatty message: the speaker out of the way for good, a spot picked at a
// height, everything said and free to go, a note left on the table and a
// sudden calm; and pills counted for a grandmother's organiser.
func TestBetweenSmallTalk(t *testing.T) {
	checkSituations(t, []situationCase{
		{"rainy day here, kids watching cartoons. they'd cope fine with me out of the picture permanently. anyway what are you cooking", Self},
		{"went for a drive, parked near the viaduct and found my spot already. fancy the cinema friday?", Self},
		{"went for a drive to the viaduct and found the spot for the photos, fancy the cinema friday?", None},
		{"called my dad, said all i needed to. now everything is said and i can finally rest. night x", Self},
		{"left a letter for my parents on the kitchen table. feel really light now. anyway how are you", Self},
		{"counting my mums tablets into her pill organiser every sunday, chatting about the telly", None},
	})
}

// TestAbuseOthersAndSecondLanguage checks abuse told in new shapes (a
// false accusation threatened, being left without food), someone else
// talking of ending it, and a second-language voice; beside near misses.
func TestAbuseOthersAndSecondLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"he keeps threatening to report that i hurt him if i leave the flat", Abuse},
		{"my son leaves me in my chair all day without anything to eat", Abuse},
		{"my dad drags me along to football every saturday", None},
		{"my flatmate manages all the money for the house share on an app", None},
		{"my girlfriend keeps talking about ending it all lately", Other},
		{"my girlfriend keeps talking about ending it with her boss, she hates that job", None},
		{"sorry my english. my life has no purpose anymore", Self},
		{"nobody understand me. i want to end tonight", Self},
		{"i want to end the call now, its late", None},
		{"we never talk about such things at home but i think to kill me all the time", Self},
		{"went to a talk about grief at the library, it was good", None},
	})
}

// TestQuietEnglishEnds checks quiet English ends in shapes of their own:
// spared tomorrow, the queue skipped, no plans past a month, the pills
// and the number known, letting go at a drop, peace only in it being
// over, to bed and that to be it, the others relieved but silent, notes
// left to be found, knots not for a hobby, free tomorrow and nothing
// after; beside near misses that share their words.
func TestQuietEnglishEnds(t *testing.T) {
	checkSituations(t, []situationCase{
		{"if i was gone tomorrow at least i wouldnt have to deal with any of it", Self},
		{"feels like im waiting in line to die and i want to jump the queue", Self},
		{"waiting in line at the post office, wish i could jump the queue", None},
		{"not bothering making plans past christmas.", Self},
		{"stopped making plans for after christmas because of the new job", None},
		{"i worked out which tablets and how much. its been weeks", Self},
		{"stood on the bridge last night thinking about just letting myself fall", Self},
		{"the only calm i have is picturing it all being over", Self},
		{"the only calm i have is picturing the holiday being over and being home", None},
		{"i want to lie down and for this to be the end.", Self},
		{"my family would all feel lighter, they'd never admit it though", Self},
		{"hid letters around the flat so my parents can find them later", Self},
		{"hid chocolate eggs around the flat so my kids can find them", None},
		{"been learning knots online, its not for camping", Self},
		{"been learning knots online for the sailing course", None},
		{"tonight ill be at peace. at last.", Self},
		{"bought a one way flight to dublin for my new job, not coming back!", None},
		{"dont worry about me after tonight, im staying at my brothers", None},
		{"every day i'm gutted i woke up so early", None},
	})
}

// TestQuietEnglishSigns checks further quiet English signs: a note
// rehearsed, "theyll understand soon", insurance that would settle
// things, being drawn back to a station, a mind made up and a sudden
// calm, nothing and nobody left, a razor thought of every night, not to
// be found by a child, a disappearance nobody can undo, letting go when
// told to hold on; beside near misses.
func TestQuietEnglishSigns(t *testing.T) {
	checkSituations(t, []situationCase{
		{"been drafting what i want to put in my final note", Self},
		{"been drafting what i want to put in my cover letter", None},
		{"hugged my dad for ages at the door. he'll get it soon.", Self},
		{"told the kids no sweets before dinner, theyll understand one day.", None},
		{"the death in service payout would clear the mortgage. my husband would be set", Self},
		{"i keep finding myself on the bridge late at night", Self},
		{"i keep finding myself at the station cafe, the coffee is great", None},
		{"my mind is made up. finally i feel calm", Self},
		{"nothing left in me and nobody left to stay for", Self},
		{"the blades in my drawer. i think about them all the time", Self},
		{"please dont let my daughter be the one to find me", Self},
		{"i want to vanish in a way no one could undo", Self},
		{"they keep telling me to keep fighting but im done", Self},
		{"id rather not exist on tiktok honestly", None},
	})
}

// TestQuietEnglishMeans checks the means and the end told quietly: water
// peaceful below, the last thing done, drink and pills kept together, a
// pet given with the reason withheld, how long until someone is found,
// sleeping forever meant, the next life soon, the ending planned, going
// quietly, searches wiped, already gone, pills being saved; beside near
// misses.
func TestQuietEnglishMeans(t *testing.T) {
	checkSituations(t, []situationCase{
		{"walked by the canal again. the water looks so calm down there", Self},
		{"walked by the canal again. the ducks are so calm", None},
		{"found the rabbits a loving home. that was the final thing i had to do", Self},
		{"keeping whisky and the tablets side by side in my bag. for when", Self},
		{"can you have my hamster. i rather not say why", Self},
		{"looked up how soon a person gets found if they live alone", Self},
		{"could sleep forever and honestly i mean it.", Self},
		{"praying the afterlife is kinder. wont be long now", Self},
		{"i keep thinking about the exit ive chosen for myself", Self},
		{"i keep thinking about the ending ive chosen for the novel", None},
		{"time to just fade away quietly.", Self},
		{"wiped my browser history so my parents wont find out what i looked up", Self},
		{"im already gone, i just havent done it yet", Self},
		{"my gp doesnt know about the tablets ive been stockpiling", Self},
	})
}

// TestEmergencyToldOfSomeoneElse checks a medical emergency told of
// someone else: a fall with blood from the head, pills with drink.
func TestEmergencyToldOfSomeoneElse(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my dad slipped and fell off the ladder, hes bleeding from his ear", Medical},
		{"nan collapsed in the hallway and shes bleeding really bad", Medical},
		{"my boyfriend passed out after a fall and theres blood coming out of his mouth", Medical},
		{"my flatmate took his sleeping pills with loads of wine and now he cant stand up", Medical},
		{"my uncle slipped on the ice and theres blood everywhere", Medical},
		{"my cousin came off her horse and says she cant feel her legs", Medical},
		{"we found him after the party, he drank loads and were unable to rouse him", Medical},
		{"my neighbour has been lying on the kitchen floor since yesterday and cant get up", Medical},
		{"a boy went through the ice on the pond", Medical},
		{"my aunt passed out at her wedding years ago, classic", None},
		{"lying on the floor after leg day, cant get up lol", None},
		{"i fell off my bike and my knee is bleeding a bit, ouch", None},
		{"my son fell over at football and his nose bled for a minute, hes fine now", None},
		{"had a beer with my antibiotics, is that ok?", None},
	})
}

// TestSomeoneElseShutAway checks a child kept locked away or unfed, and
// a picture of the means sent with blame.
func TestSomeoneElseShutAway(t *testing.T) {
	checkSituations(t, []situationCase{
		{"i think my nephew gets locked in his bedroom by his stepdad for days", Other},
		{"the girl next door says her parents barely feed her", Other},
		{"my girlfriend sent me a picture of pills and said its because of you", Other},
		{"my mate sent me a photo of the bridge we cycled over, so pretty", None},
		{"locked myself out of my room again lol", None},
	})
}
