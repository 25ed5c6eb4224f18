package safety

import "testing"

// TestResolveWithoutDeathWords checks the resolve to act told without a
// word for dying (not trusting oneself tonight, a day picked, making sure
// this time, a future without the speaker), beside the same words for a
// task, an event or a recipe.
func TestResolveWithoutDeathWords(t *testing.T) {
	checkSituations(t, []situationCase{
		{"honestly i dont think i can stay safe tonight", Self},
		{"i dont trust myself not to do something tonight", Self},
		{"i've chosen the day already", Self},
		{"last time they found me. next time i'm going to do it properly.", Self},
		{"i can't picture any future where i'm still here", Self},
		{"so tired of holding on, i think i'm ready to let go", Self},
		{"i'm going to end it all tonight", Self},
		{"we've chosen the day for the christening", None},
		{"next time ill do it properly, the cake sank in the middle", None},
		{"have to get this done tonight or my boss will kill me", None},
		{"i'm going to end it with her tonight, we just fight", None},
		{"i dont trust myself around the biscuit tin", None},
	})
}

// TestSpeakerInTheVerb checks resolve and farewells in languages that
// name the speaker in the verb: a Turkish letter for someone, written by
// the speaker, is the speaker's; a series told with the speaker's feeling
// after it stays a series.
func TestSpeakerInTheVerb(t *testing.T) {
	checkSituations(t, []situationCase{
		{"kız kardeşime bir veda mektubu bıraktım", Self},
		{"babama veda mektubu yazıyorum şu an", Self},
		{"je n'ai plus aucune raison de continuer", Self},
		{"jutro wszystko zakończę, mam plan", Self},
		{"filmde kadın sonunda intihar ediyor, çok ağladım", None},
	})
}

// TestTriflesAndLastDays checks that a threat over a trifle and a last
// day at work stay quiet, beside a threat over telling and a last day
// that is the speaker's own.
func TestTriflesAndLastDays(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my brother will murder me if i eat his leftovers again haha", None},
		{"tomorrow is my last shift at the cafe, gonna miss everyone", None},
		{"he said he'd kill me if i told anyone about the bruises", Abuse},
		{"today is my last day alive", Self},
	})
}

// TestVerbLast checks the Dutch subordinate clause, whose verbs come last
// ("dat ze niet meer wil leven"), for the speaker and for someone else,
// and relief at the speaker's absence in Polish.
func TestVerbLast(t *testing.T) {
	checkSituations(t, []situationCase{
		{"soms denk ik dat ik niet meer wil leven", Self},
		{"mijn broer appte dat hij niet meer wil leven", Other},
		{"mijn leven heeft gewoon geen zin meer", Self},
		{"dit spel heeft geen zin meer, ik stop ermee", None},
		{"rodzina odetchnie z ulgą, gdy mnie nie będzie", Self},
	})
}

// TestDateForAPlan checks that a date to be set with someone, for a meal
// or to make up for cancelling, is a plan, while a date picked alone and
// left unexplained is still read as the resolve to act.
func TestDateForAPlan(t *testing.T) {
	checkSituations(t, []situationCase{
		{"ive bailed on marco twice now so i want to apologise and finally set a date. maybe friday?", None},
		{"we keep saying we'll meet up, this time i want to pick a day. how about the 12th", None},
		{"i feel bad i rescheduled our lunch again, lets just choose a date. what about sunday", None},
		{"need to make it up to my sister and set a date for that spa day", None},
		{"picked a date. the 9th. nobody needs to worry about me after that", Self},
		{"everything is sorted now. only thing left is to set the date", Self},
	})
}

// TestDateAfterAnApology checks that an apology told beside a date already
// picked, with no plan proposed, is still read as a farewell.
func TestDateAfterAnApology(t *testing.T) {
	checkSituations(t, []situationCase{
		{"im sorry for everything mum, ive picked the date.", Self},
		{"sorry to everyone i let down. i chose a day.", Self},
	})
}
