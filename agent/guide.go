package agent

// Guide is the knowledge the agent draws on: the guide's sections, the
// reflection question bank, the 7-day plan and the drafting principles.
// Implementations are read-only after construction and safe for concurrent use.
type Guide interface {
	// Search returns up to k sections ranked best first for a free-text query;
	// none when nothing matches.
	Search(query string, k int) []Section
	// Section returns the section with the given id.
	Section(id string) (Section, bool)
	// Journeys returns the reflection journeys in display order.
	Journeys() []Journey
	// Plan returns the seven days of the plan, day 1 first.
	Plan() []PlanDay
	// Principles returns the drafting principles.
	Principles() []Principle
}

// Section is one part of the guide, split at a heading.
type Section struct {
	// ID is stable: "<document id>/<heading slug>" or the document id for its lead.
	ID string `json:"id"`
	// Title is the heading people see when the section is cited.
	Title string `json:"title"`
	// Document is the title of the guide page the section belongs to.
	Document string `json:"document"`
	// Body is the section's Markdown text.
	Body string `json:"body"`
	// Snippet is a short extract around the best match (Search only).
	Snippet string `json:"snippet,omitempty"`
	// Score is the ranking score (Search only); higher is better.
	Score float64 `json:"score,omitempty"`
	// Tags come from the document's front matter.
	Tags []string `json:"tags,omitempty"`
	// Asks are the questions the section says it answers, each optionally
	// followed by " | " and the stance it takes on it ("Yes, once.").
	Asks []string `json:"asks,omitempty"`
	// Passage is whole sentences of the body that best answer the query,
	// the best one first (Search only).
	Passage string `json:"passage,omitempty"`
	// Coverage is the share of the query's weight, from 0 to 1, that the
	// section matches (Search only): low when it shares one word with a
	// question about something else.
	Coverage float64 `json:"coverage,omitempty"`
	// Match is how close the query is to the nearest of the questions the
	// section lists, from 0 to 1 (Search only): near 1 when it is worded
	// much like one of them.
	Match float64 `json:"match,omitempty"`
	// Likely is how likely the guide's model of how people ask for each
	// section finds this one to be the section asked for, from 0 to 1
	// (Search only; 0 when the guide has no such model).
	Likely float64 `json:"likely,omitempty"`
	// Stance opens an answer to a yes-or-no question close to one of Asks
	// ("Yes, once."); empty otherwise (Search only).
	Stance string `json:"stance,omitempty"`
}

// Journey is a themed set of reflection questions.
type Journey struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Intro     string     `json:"intro"`
	Questions []Question `json:"questions"`
}

// Question is one reflection question and why it is worth asking.
type Question struct {
	Text string `json:"text"`
	Why  string `json:"why"`
}

// PlanDay is one day of the 7-day plan.
type PlanDay struct {
	Day        int    `json:"day"`
	Title      string `json:"title"`
	Task       string `json:"task"`
	Reflection string `json:"reflection"`
}

// Principle is one thing that makes a check-in message good.
type Principle struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Tip is a one-sentence explanation the companion can show with a draft.
	Tip string `json:"tip"`
}
