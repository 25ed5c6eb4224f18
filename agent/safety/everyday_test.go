package safety

import "testing"

// The tests here hold the near misses of lexicon/xx.everyday.txt: each
// everyday use of a crisis word stays quiet, and the same word told of a
// danger now is still read.

// TestEverydayGames checks that losing a game to someone is no blow,
// while a beating is still abuse.
func TestEverydayGames(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my uncle beats me at backgammon whenever we visit", None},
		{"the kids always beat me in the pub quiz, its humiliating lol", None},
		{"my flatmate beat me at darts three nights running", None},
		{"nana beats me on facetime at words every night", None},
		{"my niece beat me by twelve points at scrabble", None},
		{"he beat me to the finish by two seconds", None},
		{"meine schwester schlagt mich jedes mal beim tischtennis", None},
		{"ma fille me bat toujours aux cartes", None},
		{"my partner beats me when i answer back", Abuse},
		{"he beats me at home after every game his team loses", Abuse},
		{"my dad beat me with his belt last night", Abuse},
		{"he beat me to a pulp", Abuse},
		{"mein freund schlagt mich wenn er wutend ist", Abuse},
		{"mon copain me bat quand il a bu", Abuse},
	})
}

// TestEverydayDrowning checks that drowning as a figure of overload is no
// emergency, while someone drowning in water still is.
func TestEverydayDrowning(t *testing.T) {
	checkSituations(t, []situationCase{
		{"completely drowning in marking this week", None},
		{"were drowning in invitations since the engagement", None},
		{"my brother just had triplets so hes drowning", None},
		{"new job, new flat, drowning haha", None},
		{"im drowning in spreadsheets at work", None},
		{"my toddler is drowning in the paddling pool", Medical},
		{"help my friend is drowning in the canal", Medical},
		{"we just had a baby and my husband is drowning in the sea right now", Medical},
		{"someone is drowning", Medical},
		{"my nephew went under at the reservoir and hes not come back up", Medical},
		{"my little girl slipped into the pond and i cant see her", Medical},
		{"my cousin slipped off the rocks into the quarry and hasnt surfaced", Medical},
		{"we jumped in the lake after work, freezing lol", None},
		{"my phone fell in the river and i cant find it anywhere", None},
		{"went swimming in the sea this morning, so calm", None},
	})
}

// TestEverydayPets checks that a pet put to sleep at the vet is grief,
// while giving a pet away with a last goodbye is still a sign.
func TestEverydayPets(t *testing.T) {
	checkSituations(t, []situationCase{
		{"the vet is putting our spaniel to sleep on monday", None},
		{"we had to have the old guinea pig put down", None},
		{"my cat was put to sleep today and we said our final goodbye", None},
		{"my dog was euthanised this morning, the house is so quiet", None},
		{"i gave my cat to my neighbour and said my last goodbye", Self},
		{"my dog was put down last week and now i want to die too", Self},
	})
}

// TestEverydayPastIllness checks that an illness of the past in the care
// of doctors is news, while one happening now is an emergency.
func TestEverydayPastIllness(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my granny had a minor stroke and shes in a nursing home now", None},
		{"dad suffered a heart attack, hes on the mend and doing physio", None},
		{"my uncle had a seizure. the doctors said he will be fine", None},
		{"meine tante hatte einen herzinfarkt und ist jetzt in der reha", None},
		{"my husband just collapsed and his face is drooping, i think its a stroke", Medical},
		{"mum had a stroke and is in rehab, but right now her face is drooping and her speech is slurred", Medical},
		{"mein vater hat einen schlaganfall, sein gesicht hangt", Medical},
		{"a coworker told me his mum had a heart attack and i never asked how she was doing after", None},
		{"my neighbour texted me that her husband had a stroke, i didnt message back for days", None},
		{"my sister just told me dad had a stroke, what do i do", Medical},
	})
}

// TestEverydayDental checks that a numb mouth after the dentist and cold
// fingers are no stroke, while numbness with other signs still is one.
func TestEverydayDental(t *testing.T) {
	checkSituations(t, []situationCase{
		{"half my face is still droopy from the local, cant drink my coffee", None},
		{"my tongue is numb after the wisdom tooth extraction", None},
		{"the dentist numbed me and now i cant feel my chin", None},
		{"so cold at the bus stop i cant feel my toes", None},
		{"my arm went numb after the dentist and my chest is tight", Medical},
		{"suddenly my face is drooping and my speech is slurred", Medical},
	})
}

// TestEverydayKept checks that a question about what the companion keeps
// is no crisis, while a partner who reads everything still tells of
// control.
func TestEverydayKept(t *testing.T) {
	checkSituations(t, []situationCase{
		{"will you remember what i say forever", None},
		{"does the bot store my chats for good", None},
		{"please delete all my messages permanently", None},
	})
}

// TestEverydayIdioms checks idioms and compound words that borrow crisis
// words, while the words meant plainly are still read.
func TestEverydayIdioms(t *testing.T) {
	checkSituations(t, []situationCase{
		{"stuck in traffic for two hours, living the dream", None},
		{"the power cut again during dinner", None},
		{"more funding cuts again this year", None},
		{"surprise party for my dad tonight, shhh dont tell", None},
		{"karaoke makes me want to die lol", None},
		{"group projects make me want to die.", None},
		{"i cut again last night", Self},
		{"did sh again last night", Self},
		{"parties make me want to die and so does everything else", Self},
		{"my life makes me want to die", Self},
	})
}

// TestEverydayHurts checks that a hurt to raise with a friend is no abuse,
// while a hurt done by force still is.
func TestEverydayHurts(t *testing.T) {
	checkSituations(t, []situationCase{
		{"how do i tell my cousin she hurt me without causing drama", None},
		{"my friend hurt me when she forgot my birthday again", None},
		{"he hurt me by leaving me out of the group trip", None},
		{"my mate hurt me with what he said about my weight", None},
		{"my boyfriend hurt me when he pushed me into the wall", Abuse},
		{"my dad hurt me when he twisted my wrist behind my back", Abuse},
		{"how do i tell my teacher my uncle hurts me", Abuse},
	})
}

// TestEverydayFriendship checks the ordinary strains of a friendship told
// in words that also tell of leaving for good, while the words of an end
// still speak.
func TestEverydayFriendship(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my oldest friend is moving to canada, how do we keep from drifting apart", None},
		{"what should i say to my friend who is getting divorced", None},
		{"i always text first, nobody would notice if i stopped", None},
		{"i need distance from my best mate but i dont want to end things", None},
		{"her dad was in intensive care and i never asked, how do i make it right", None},
		{"never got the chance to say goodbye to my colleagues", None},
		{"what should i say to my friend who wants to kill herself", Other},
		{"nobody would notice if i stopped breathing", Self},
		{"hoping i drift away for good tonight", Self},
	})
}

// TestEverydayPlan checks that asking to end the plan the companion sends
// is no crisis, while ending one's life is.
func TestEverydayPlan(t *testing.T) {
	checkSituations(t, []situationCase{
		{"honestly not a fan of the challenge, can you end it", None},
		{"dont wanna carry on with the reflection", None},
		{"can we just end it all", Self},
		{"i have a plan and tonight i end it", Self},
	})
}

// TestEverydayBurdenAsking checks that feeling a burden when asking for
// help is a hurt, while a burden to everyone is still read.
func TestEverydayBurdenAsking(t *testing.T) {
	checkSituations(t, []situationCase{
		{"i feel like a burden every time i try to talk about my day", None},
		{"i feel guilty asking my sister for lifts, like im such a burden", None},
		{"i hate borrowing money from my parents, makes me feel like a burden", None},
		{"is it ok to rely on my mum so much? i feel like such a burden", None},
		{"he always covers for me and i can never repay him back. feels like im a burden", None},
		{"i hate asking for help, i feel like a burden to everyone", Self},
		{"i lean on my friends a lot. i feel like a burden to everyone and theyd be better off without me", Self},
	})
}

// TestWordOfAnotherLanguage checks that a name spelt like a word of
// another language's rules is no sign: "Sina" is a name in English, and
// a colour of the face only in Polish words about it.
func TestWordOfAnotherLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"can you help me text Sina, her hamster died", None},
		{"corka jest sina i nie oddycha", Medical},
	})
}

// TestEverydayPetBites checks that a pet's bite or scratch is no blow,
// while a bite told of a person with no animal named is still abuse.
func TestEverydayPetBites(t *testing.T) {
	checkSituations(t, []situationCase{
		{"the new puppy keeps biting me, my hands are a mess lol", None},
		{"we got a kitten!! she already scratched me three times", None},
		{"adopted a rescue dog today. he nipped me twice but hes lovely", None},
		{"my parrot bit my finger again", None},
		{"my boyfriend bit me so hard it bruised", Abuse},
		{"she bit me and pulled my hair when i tried to leave", Abuse},
	})
}
