// Package agent is the companion's domain core: the messages people send, the
// replies it gives, the state of each conversation, the flows (reflection,
// drafting, guide answers, the 7-day plan), intents and safety.
//
// It declares the small interfaces it uses (Store, Guide, Clock) and imports
// none of the packages that implement them; adapters, store and knowledge are
// handed to it by cmd/companion.
package agent

import "time"

// PersonID names one person on one platform, e.g. "telegram:12345",
// "matrix:@ana:example.org" or "console:local". It is the key of everything
// the companion keeps about that person.
type PersonID string

// Message is one thing a person sent, in platform-neutral form.
type Message struct {
	// ID identifies the platform update or event; turns are deduplicated by it.
	// Empty means "do not deduplicate" (the terminal).
	ID string
	// Channel is the adapter the message came from: "console", "telegram", "matrix".
	Channel string
	// ChatID is the platform's conversation (Telegram chat id, Matrix room id).
	ChatID string
	// Person is who sent it.
	Person PersonID
	// Name is how the platform names the sender (first name, display name); may be empty.
	Name string
	// Text is what the person typed, as plain text. Empty for a button press or non-text.
	Text string
	// Choice is the ID of a pressed choice (button, reaction, or a number typed
	// in answer to a numbered list), when the adapter could resolve it.
	Choice string
	// NonText names what arrived instead of text ("sticker", "photo", "voice",
	// "document", ...); empty for text messages.
	NonText string
	// Group is true in group chats and rooms with more than the person and the companion.
	Group bool
	// Addressed is true when, in a group, the companion was mentioned, replied
	// to, or given a command. Always treat private chats as addressed.
	Addressed bool
	// ReplyTo is the platform id of the message to thread the answer on (Matrix
	// event id, Telegram message id); adapters fill it and read it back from Outgoing.
	ReplyTo string
	// Time is when the platform says the message was sent; zero means now.
	Time time.Time
	// Partial, when set by an adapter that can show a reply as it is being
	// written (by editing one message), receives the text so far while a
	// model writes it. Calls come from one goroutine, in order; the final text
	// still arrives through the outbox.
	Partial func(text string) `json:"-"`
}

// Choice is an option offered with a reply: a button on Telegram, a numbered
// line in Matrix and the terminal.
type Choice struct {
	// ID is what comes back in Message.Choice when it is picked; at most 32 bytes.
	ID string `json:"id"`
	// Label is what the person sees.
	Label string `json:"label"`
}

// Reply is one message from the companion. Text uses a small Markdown subset:
// paragraphs separated by blank lines, "- " bullet lines, **bold**, _italic_,
// and "> " lines for a quoted block. Adapters render it for their platform;
// the agent never formats for one platform.
type Reply struct {
	Text    string   `json:"text"`
	Choices []Choice `json:"choices,omitempty"`
	// Draft marks Text (its "> " block) as a copy-ready message draft.
	Draft bool `json:"draft,omitempty"`
}

// Outgoing is a reply waiting in the outbox for an adapter to deliver it.
type Outgoing struct {
	// Seq orders the outbox of one channel; the store assigns it.
	Seq     uint64   `json:"seq"`
	Channel string   `json:"channel"`
	ChatID  string   `json:"chat_id"`
	Person  PersonID `json:"person"`
	// ReplyTo is copied from the Message that caused the reply (threads in groups).
	ReplyTo string `json:"reply_to,omitempty"`
	Reply   Reply  `json:"reply"`
	// Attempts counts failed deliveries so far.
	Attempts int `json:"attempts,omitempty"`
}
