package understand

// The labels a message can get: what the person wants from this message,
// read on its own. The corpus's README says what each one covers.
const (
	Draft       = "draft"        // help writing a message to someone
	Revise      = "revise"       // change the draft just shown
	Ask         = "ask"          // a question for the guide
	Reflect     = "reflect"      // reflect on their connections
	Plan        = "plan"         // the 7-day plan: start it, today's task, a day done
	PlanStop    = "plan_stop"    // stop or pause the plan or its daily messages
	Remind      = "remind"       // set, change or list stay-in-touch reminders
	RemindStop  = "remind_stop"  // stop, pause or delete reminders
	ContactNews = "contact_news" // they were in touch with someone
	Settings    = "settings"     // name, timezone or city, tone, model
	Privacy     = "privacy"      // what is kept, export, erase
	Feeling     = "feeling"      // lonely, left out, sad about people (not a crisis)
	Greeting    = "greeting"     // hello
	Goodbye     = "goodbye"      // bye, good night
	Thanks      = "thanks"       // thanks or praise
	Smalltalk   = "smalltalk"    // chat with nothing to do
	BotQuestion = "bot_question" // what the companion is and can do
	Offtopic    = "offtopic"     // outside the companion's scope: medical, legal, money, cooking…
	Yes         = "yes"          // agree, accept an offer
	No          = "no"           // decline, not now
	Cancel      = "cancel"       // leave what is going on
	Skip        = "skip"         // skip this question
	Done        = "done"         // finished, happy with it
)

// labels lists every label, in the order of the constants.
var labels = []string{
	Draft, Revise, Ask, Reflect, Plan, PlanStop, Remind, RemindStop, ContactNews, Settings, Privacy,
	Feeling, Greeting, Goodbye, Thanks, Smalltalk, BotQuestion, Offtopic, Yes, No, Cancel, Skip, Done,
}
