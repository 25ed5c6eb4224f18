package revise

// Kind is the sort of change asked for.
type Kind string

// The kinds of change Parse recognises.
const (
	Shorter   Kind = "shorter"   // fewer words and sentences
	Longer    Kind = "longer"    // one more fitting sentence
	Warmer    Kind = "warmer"    // a warmer line
	Cooler    Kind = "cooler"    // less gushing, fewer intensifiers
	Casual    Kind = "casual"    // contractions, casual greeting
	Formal    Kind = "formal"    // no contractions, "Dear", a sign-off
	LessNeedy Kind = "needy"     // no pleading, no counting days
	LessStiff Kind = "stiff"     // fewer stock phrases, contractions
	Playful   Kind = "playful"   // lighter and more casual
	NoExclaim Kind = "noexclaim" // no exclamation marks
	Emoji     Kind = "emoji"     // add an emoji (Detail, or a fitting one)
	NoEmoji   Kind = "noemoji"   // remove emoji and emoticons
	Say       Kind = "say"       // add what Detail says
	Drop      Kind = "drop"      // drop the part Detail names
	StartWith Kind = "start"     // open with Detail
	Another   Kind = "another"   // a different version altogether
)

// Special Drop details that name a position rather than words.
const (
	PartQuestion = "@question" // the closing question
	PartLast     = "@last"     // the last sentence before the sign-off
	PartFirst    = "@first"    // the first sentence after the greeting
	PartGreeting = "@greeting" // the greeting
	PartSignoff  = "@signoff"  // the sign-off
	PartExcuse   = "@excuse"   // the writer's reasons, in an apology
	PartPity     = "@pity"     // sorry-for-you wording, in a hard time
	// PartPlain is the Detail of a Cooler request that complains of
	// cheesy or cringe wording: toned down and in plainer words.
	PartPlain = "@plain"
	// PartNamed opens the Old of a Replace that names a thing the draft
	// speaks of: "@named:cat" with the name in Detail.
	PartNamed = "@named:"
)

// Request is one change to a draft.
type Request struct {
	Kind Kind `json:"kind"`
	// Detail is what to say, what to drop, the emoji or the opening, in the
	// person's own words; empty for the other kinds.
	Detail string `json:"detail,omitempty"`
	// Old is what a Replace swaps out (see replace.go).
	Old string `json:"old,omitempty"`
}

// Done says in a few words what was changed, for the line above the new
// draft: "Shorter:", "Without the exclamation marks:".
func (r Request) Done() string {
	switch r.Kind {
	case Shorter:
		return "Shorter:"
	case Longer:
		return "A little longer:"
	case Warmer:
		return "Warmer:"
	case Cooler:
		if r.Detail == PartPlain {
			return "Plainer:"
		}
		return "Toned down:"
	case Casual:
		return "More casual:"
	case Formal:
		return "More formal:"
	case LessNeedy:
		return "Less pressure on them:"
	case LessStiff:
		return "More natural:"
	case Playful:
		return "Lighter:"
	case NoExclaim:
		return "Without the exclamation marks:"
	case Emoji:
		return "With an emoji:"
	case NoEmoji:
		return "Without the emoji:"
	case Say:
		return "Added:"
	case Drop:
		return "Without that part:"
	case StartWith:
		return "With the new opening:"
	case Replace:
		return "Changed:"
	case Serious:
		return "Without the light touch:"
	}
	return ""
}

// Sticky reports whether the change should carry over to a different
// version of the draft ("another one" keeps "no exclamation marks").
func (r Request) Sticky() bool { return r.Kind != Another }
