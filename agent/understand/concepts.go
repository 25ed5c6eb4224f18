package understand

// concepts maps a word to the idea it carries in this corpus, shared with
// its near synonyms, so that a label learned from "stop the plan" reaches
// "halt the plan" and one learned from "delete my data" reaches "purge my
// info". Each group is a meaning the labels turn on (LABELS.md says
// where): stopping against starting, reminders against the plan, data
// against the companion itself, a feeling against a question. Money has no
// group: lending a brother money is a question about him as much as about
// money, and a group of money words made it surely off-topic. A word has
// one idea; the word itself and its class stay features too, so an idea
// only adds what its synonyms were taught.
var concepts = groupMap(conceptGroups)

// conceptGroups are the ideas, each a name and its words; a word carries one
// idea at most.
var conceptGroups = [][2]string{
	{"halt", "stop stopping stopped pause paused pausing cancel quit end ending mute unmute silence disable " +
		"deactivate unsubscribe halt suspend freeze kill drop abandon ditch scrap"},
	{"begin", "start starting started begin beginning kick resume restart continue launch join"},
	{"nudge", "remind reminder reminders reminding reminded nudge nudges nudging ping pings pinging " +
		"notification notifications notify alert alerts nag nagging"},
	{"course", "plan challenge programme program course journey steps step task tasks exercise exercises routine"},
	{"data", "data info information details history records stored store storing saved save keep kept logs " +
		"logged copy export download erase wipe purge delete deleted"},
	{"machine", "bot robot ai chatbot computer software machine automated algorithm human gpt chatgpt llm"},
	{"alone", "lonely alone isolated lonelier loneliness invisible excluded forgotten unwanted disconnected " +
		"friendless outsider ignored abandoned"},
	{"low", "sad down depressed miserable empty hurt gutted heartbroken upset anxious nervous scared worried lost"},
	{"advice", "advice tips tip suggestions ideas strategies guidance"},
	{"judge", "normal weird rude wrong okay ok bad fine acceptable creepy needy clingy"},
	{"compose", "write draft word phrase compose craft formulate"},
	{"words", "message msg text txt note dm email letter card caption reply"},
	{"body", "headache fever pain ache aches hurts hurting sore rash cough flu cold sick ill dizzy nausea " +
		"medicine medication pills tablets ibuprofen paracetamol doctor dentist"},
	{"kitchen", "recipe cook cooking bake baking oven dinner lunch breakfast pasta cake bread soup"},
	{"tech", "code coding python javascript java bug laptop phone wifi excel spreadsheet app install"},
	{"shorter", "shorter longer warmer colder softer funnier simpler friendlier casual formal punchier briefer"},
}
