package agent

// Some messages outside any flow are a hurt before they are anything else
// the rules or the classifier might read in them: a day of the person's
// own that nobody marked reads as good news, messages sent again and again
// with nothing back read as chat, someone else's good news with nobody to
// tell it to reads as a message to write to them; an ache or a cold told
// in passing reads as low mood, when it is small talk. heardFirst hears them as the feeling
// they are, before the drafting, news and chat routes have a say. A
// request to write is told apart once, before any of them reads the
// message (heard_write.go).

// heardFirst answers a message that other readings would miss, reporting
// false, saying nothing, for any other message.
func (t *turn) heardFirst() bool {
	if t.heardInLanguage() {
		// "me siento muy sola": heard in its own language, never
		// declined as off-topic (lang_low.go).
		return true
	}
	if writeAsked(t.text) {
		// "help me write to my nan for her 90th": a request to write,
		// for the drafting routes, whatever else it tells
		// (heard_write.go).
		return false
	}
	switch {
	case t.theirDayUnmarked():
		// "my sister turned 40 and nobody texted her": a kind thought
		// for her and an offer to write (listen_theirday.go).
	case t.farewellReply():
		// "my best mate moves to perth for good next month and i dont
		// know how to say goodbye": a hard goodbye, words offered
		// (listen_farewell.go).
	case t.milestoneReply():
		// "my grandma turns 100 today!!": glad first, the draft one
		// tap away (listen_milestone.go).
	case t.aheadReply():
		// "the baby is due in 5 weeks", "we move in a fortnight": a big
		// day coming, met gladly (listen_ahead.go).
	case t.comparingAcheReply():
		// "everyone i know is getting married and im 34 and single":
		// the ache of being left behind (listen_compare.go).
	case foundOutAfter(t.text):
		// "everyone went for drinks and i found out from instagram":
		// left out, never a move or an outing (listen_foundout.go).
		t.feeling()
	case t.comingFeelingReply():
		// "my interview is tomorrow and i'm so nervous": good luck and
		// the feeling named, whatever was felt before (listen_coming.go).
	case t.toldOwnNewsReply():
		// "told my dad about the move": the person's own news, and how
		// it was taken (listen_toldnews.go).
	case t.triedLetdownReply():
		// "tried a society once but nobody talked to me": the effort
		// seen and the letdown heard, never a glad outing
		// (listen_tried.go).
	case t.ownNewThingReply():
		// "picked up my new car this morning", "first spanish class
		// tonight!": the person's own news (listen_ownthing.go).
	case ownDayUnmarked(t.text):
		t.feeling()
	case t.replyOwed():
		// "3 missed calls from mum", "she texted twice and i havent
		// replied": someone else reaching out, a reply offered
		// (listen_replyowed.go).
	case repeatedReach(foldText(t.text)) && !asksSomething(t.text):
		t.feeling()
	case longingTold(t.text) && !asksSomething(t.text):
		// "i wish my brother lived closer": a longing, never a request
		// to write or news (listen_longing.go).
		t.feeling()
	case bodyDiscomfort(t.text):
		// "my back is killing me today": small talk with a kind word,
		// no low mood about people (listen_body.go).
		t.say(bodyReply(t.text))
	case t.othersNewsAloneReply():
		// "my sister got the job and i have no one to tell": glad for
		// her, and the quiet heard (listen_newsalone.go).
	default:
		return false
	}
	return true
}
