package agent

// DraftDetails is what the companion knows about a message the person wants
// to write. Empty fields are unknown; the drafting flow asks only for what is
// missing.
type DraftDetails struct {
	// Recipient is the name the draft greets ("Sam", "Mum").
	Recipient string `json:"recipient,omitempty"`
	// Relationship describes who they are to the person ("old college friend", "sister").
	Relationship string `json:"relationship,omitempty"`
	// Occasion is one of the Occasion* constants; empty when unknown.
	Occasion string `json:"occasion,omitempty"`
	// Since is how long it has been, in the person's words ("about a year").
	Since string `json:"since,omitempty"`
	// Tone is one of the Tone* constants; empty when unknown.
	Tone string `json:"tone,omitempty"`
	// Length is one of the Length* constants; empty means medium.
	Length string `json:"length,omitempty"`
	// Medium is how it will be sent ("text", "email", "card"); empty means a chat message.
	Medium string `json:"medium,omitempty"`
	// Mentions are details the person asked to work in ("mention the trip").
	Mentions []string `json:"mentions,omitempty"`
	// Said holds what the person typed about the message (the request, and
	// answers typed at its steps), kept whole: the composer works out which
	// parts are details for the recipient and which are background.
	Said []string `json:"said,omitempty"`
	// Warmth and Formality are nudged by revisions ("warmer", "more formal"), -2..2.
	Warmth    int `json:"warmth,omitempty"`
	Formality int `json:"formality,omitempty"`
	// Skipped lists the slots the person chose not to fill ("tone", "mention", ...).
	Skipped []string `json:"skipped,omitempty"`
}

// Occasions a check-in can have.
const (
	OccasionSilence  = "silence"   // getting back in touch after a long gap
	OccasionHardTime = "hard-time" // they are going through something difficult
	OccasionWin      = "win"       // celebrating good news of theirs
	OccasionBirthday = "birthday"
	OccasionThinking = "thinking" // just thinking of them
	OccasionFollowUp = "follow-up"
	OccasionThanks   = "thanks"
	OccasionApology  = "apology"
	OccasionMend     = "mend" // clearing the air after a falling-out, without taking the blame
	// OccasionCondolence is for someone grieving a death.
	OccasionCondolence = "condolence"
	// OccasionSupport is the person asking the recipient for support.
	OccasionSupport = "support"
	// OccasionProfessional is an ask or an update to a mentor, a former
	// colleague or a professional contact.
	OccasionProfessional = "professional"
	// OccasionGroup wakes up a group chat.
	OccasionGroup = "group"
	// OccasionSpace says kindly that the writer needs space or time apart.
	OccasionSpace = "space"
)

// Tones a draft can take.
const (
	ToneWarm    = "warm"
	ToneCasual  = "casual"
	TonePlayful = "playful"
	ToneSimple  = "simple"
	ToneFormal  = "formal"
)

// Lengths a draft can have.
const (
	LengthShort  = "short"  // one or two sentences, under about 160 characters
	LengthMedium = "medium" // two to four sentences
	LengthLong   = "long"   // a short paragraph or two
)
