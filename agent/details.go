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
	// Mentions are details to work in: a shared memory, something that reminded them.
	Mentions []string `json:"mentions,omitempty"`
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
