// Package understand tells what a person wants from one message, read on its
// own: one of the labels in labels.go (draft, revise, ask, remind, cancel,
// yes…), with a confidence.
//
// The classifier is learned, not written: a multinomial logistic regression,
// with a naive Bayes model of the same features added to its weights
// (naivebayes.go), over hashed features of the message — words, word pairs, character pairs
// and triples inside each word (so "thnks" is close to "thanks"; they weigh
// less in a message of more than four words), the words after a negation
// ("dont stop" is not "stop"), pairs of words one word apart ("stop … plan" in "stop the plan" and "stop this
// plan"), the message's length, a small lexicon of word classes (family
// words, days, "called"/"rang"/"texted"), chat spellings ("u", "pls") and
// stems, a map of concepts (concepts.go) that lets near synonyms share
// what one of them was taught ("pause", "mute", "halt"), and the first
// word of each clause ("how" in "i feel so alone here, how do people make
// friends" opens a question as surely as at the start), and the meaning an
// emoji shares with its kind ("⛔" declines as "❌" does), and the act of a
// set phrase with slots (formulas.go: "have a lovely weekend" and "have a
// restful night" both wish well, "you've been a star" thanks, "been a
// while" opens, "what do i text" asks for words and "what do i say" what
// to say, "you free later?" whether the companion is there then, "my phone
// never rings" a loneliness told by its scene). Training weighs
// the messages of a label with few lines a little more (params.balance). The
// text is normalised first: lower case, accents off, apostrophes dropped,
// stretched letters squeezed ("sooo" → "soo"), "?", emoji and the marks
// that end a clause (",", ".", "!") kept as tokens.
// It learns from the tune part of the labelled corpus in testdata/corpus,
// compiled into the binary, when Default is first called (a few seconds of
// CPU on today's corpus; call Default once at start-up, in a goroutine, to
// have it ready before the first message), or reads the classifier an
// earlier start kept in the model cache (package modelcache), bit for bit
// the same, in a few tens of milliseconds. Training is deterministic (fixed seed and epochs), and so is every
// answer. The parameters were chosen by cross-validation on the tune part
// (TestCrossValidate -grid); the held-out part measures the result
// (TestHeldout) and was never used to choose anything.
//
// # How the flows should use it
//
// A turn keeps its order: safety first (crisis language never reaches the
// classifier), then commands ("/draft", "/cancel"), which are exact and need
// no learning, then Classify for free text.
//
// Act on a label only when Result.Sure() (confidence ≥ SureThreshold, 0.7).
// Cross-validated on the tune corpus, about 80% of messages are sure and
// 94% of those are right, against about 50% of the others. Below the
// threshold, ask: offer the first two or three labels of Result.Ranked as
// choices ("write a message, or ask me something?"), or, when a prompt is on
// screen, take the message as its answer. Actions that lose something
// (privacy when it means erasing, plan_stop, remind_stop) keep their
// confirmation step whatever the confidence.
//
// When a prompt is waiting for an answer, the labels fall in three groups:
//
//   - Answers to the prompt itself, read against what it asked: yes, no,
//     skip, done, cancel, and revise while a draft is shown. A sure cancel
//     always leaves the flow.
//   - Requests that may interrupt a prompt when sure: privacy, plan_stop,
//     remind_stop, draft, remind, settings, reflect, plan, bot_question, and
//     ask when the prompt is a choice or a short detail rather than an open
//     question. The flow is paused and offered back afterwards.
//   - Labels that never interrupt a prompt expecting free text: feeling,
//     contact_news, smalltalk, offtopic, greeting, thanks, goodbye. An answer
//     to "who matters to you?" is often a feeling or news of someone; it is
//     the answer. With no prompt on screen they choose the reply.
package understand
