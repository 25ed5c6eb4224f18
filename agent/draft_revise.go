package agent

import (
	"cmp"
	"errors"
	"github.com/companion-dev/companion/agent/understand"
	"hash/fnv"
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/revise"
)

// The review step: the person reacts to a draft in their own words, and
// the change they ask for is made on the text itself (see agent/revise),
// so that "shorter" is always shorter and "no exclamation marks" leaves
// none, whoever wrote the draft.

const (
	maxShown        = 64 // drafts remembered so "another one" never repeats
	maxChanges      = 12 // changes carried over to a new version
	maxVariantTries = 24 // template variants tried for one "another one"
)

// RevisionState is what the review step keeps between turns.
type RevisionState struct {
	// Changes are the changes made since the draft was first shown, oldest
	// first; a new version ("another one") gets them too.
	Changes []revise.Request `json:"changes,omitempty"`
	// Asked are things the person asked the draft to say at a step before
	// it was shown ("say I'll visit in May"); they are written in as
	// details, and shortening keeps the sentences that say them as it
	// keeps a line asked for after.
	Asked []string `json:"asked,omitempty"`
	// Shown holds a fingerprint of every draft shown in this conversation.
	Shown []uint32 `json:"shown,omitempty"`
	// Seed moves on with every change, so repeated requests vary.
	Seed int `json:"seed,omitempty"`
	// Misses counts replies in a row the review step could not act on.
	Misses int `json:"misses,omitempty"`
	// UsedUp counts the times "another one" found no version left.
	UsedUp int `json:"used_up,omitempty"`
}

// revisionState returns ds's review state, creating it.
func (ds *DraftState) revisionState() *RevisionState {
	if ds.Revised == nil {
		ds.Revised = &RevisionState{}
	}
	return ds.Revised
}

// fingerprint identifies a draft by its words, not its spacing or marks.
func fingerprint(text string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(foldText(text)))
	return h.Sum32()
}

func (rs *RevisionState) seen(text string) bool { return slices.Contains(rs.Shown, fingerprint(text)) }

func (rs *RevisionState) remember(text string) {
	if text == "" || rs.seen(text) {
		return
	}
	rs.Shown = append(rs.Shown, fingerprint(text))
	if len(rs.Shown) > maxShown {
		rs.Shown = rs.Shown[len(rs.Shown)-maxShown:]
	}
}

// context is what revise needs to know: whom the draft is to, and the
// sentences the person asked for, which shortening keeps.
func (rs *RevisionState) context(d DraftDetails) revise.Context {
	tie := composeSpec(d, 0).Tie
	c := revise.Context{Recipient: d.Recipient, Seed: rs.Seed, Distant: tie == compose.TieWork || tie == compose.TieWeak}
	recipient := d.Recipient
	for _, x := range draftDetails(d) {
		if x.Kind != compose.Background {
			c.KeepWords = append(c.KeepWords, revise.Keywords(x.Text)...)
		}
	}
	for _, r := range rs.Changes {
		if r.Kind == revise.Say {
			c.Keep = append(c.Keep, revise.Sentence(r.Detail, recipient, false), revise.Sentence(r.Detail, recipient, true))
		}
	}
	asked := slices.Clone(rs.Asked)
	for _, s := range d.Said {
		// "tell her we'll take her out on saturday", typed at a step and
		// kept whole with what else was told.
		if r, ok := revise.Parse(s); ok && r.Kind == revise.Say {
			asked = append(asked, r.Detail)
		}
	}
	for _, a := range asked {
		c.Keep = append(c.Keep, revise.Sentence(a, recipient, false), revise.Sentence(a, recipient, true))
		one := DraftDetails{Recipient: d.Recipient, Relationship: d.Relationship, Occasion: d.Occasion, Said: []string{a}}
		for _, x := range draftDetails(one) {
			if !strings.Contains(x.Text, ":") {
				c.Keep = append(c.Keep, x.Text)
			}
		}
	}
	return c
}

// currentDraft is the draft on screen.
func (ds *DraftState) currentDraft() string {
	if n := len(ds.History); n > 0 {
		return ds.History[n-1]
	}
	return ""
}

// revisionChoices offers the revisions that still make sense.
func revisionChoices(d DraftDetails) []Choice {
	var cs []Choice
	if d.Length != LengthShort {
		cs = append(cs, Choice{ID: "rev:shorter", Label: "Shorter"})
	} else {
		cs = append(cs, Choice{ID: "rev:longer", Label: "Longer"})
	}
	if d.Warmth < 2 {
		cs = append(cs, Choice{ID: "rev:warmer", Label: "Warmer"})
	}
	if d.Tone != ToneCasual && d.Formality > -2 {
		cs = append(cs, Choice{ID: "rev:casual", Label: "More casual"})
	}
	return append(cs, Choice{ID: "rev:another", Label: "Another one"}, Choice{ID: "draft:done", Label: "Done"})
}

// reviewChoices offers the revisions after a change: the opposite of a
// length change just made, and no "More casual" once it is.
func reviewChoices(ds *DraftState) []Choice {
	cs := revisionChoices(ds.Details)
	rs := ds.revisionState()
	length := 0
	for _, c := range rs.Changes {
		switch c.Kind {
		case revise.Shorter:
			length--
		case revise.Longer:
			length++
		case revise.Casual:
			cs = slices.DeleteFunc(cs, func(c Choice) bool { return c.ID == "rev:casual" })
		}
	}
	switch {
	case length < 0:
		cs[0] = Choice{ID: "rev:longer", Label: "Longer"}
	case length > 0:
		cs[0] = Choice{ID: "rev:shorter", Label: "Shorter"}
	}
	return cs
}

// review handles the person's reaction to a draft.
func (t *turn) review(in Intent) {
	ds := t.p.Flow.Draft
	rs := ds.revisionState()
	rs.remember(ds.currentDraft())
	if t.choice == "draft:done" {
		t.finishDraft()
		return
	}
	if reqs, ok := revisionFromChoice(t.choice); ok {
		t.revise([]revise.Request{reqs})
		return
	}
	if t.choice == "" && approvalOnly(t.text) {
		t.finishDraft()
		return
	}
	if reqs := revise.ParseAll(t.text); len(reqs) > 0 {
		t.revise(reqs)
		return
	}
	switch in.Kind {
	case IntentDone, IntentYes, IntentThanks:
		// "thanks x" under a draft: it is the one.
		t.finishDraft()
		return
	case IntentSkip:
		t.revise([]revise.Request{{Kind: revise.Another}})
		return
	case IntentBack:
		if len(ds.History) > 1 {
			ds.History = ds.History[:len(ds.History)-1]
			rs.Misses = 0
			t.sayDraft("Here's the previous version:\n\n"+quote(ds.currentDraft()), reviewChoices(ds)...)
			return
		}
	}
	if t.clarify(in) {
		return
	}
	if t.addDetails() {
		return
	}
	rs.Misses++
	line := "Tell me in your own words what to change — “shorter”, “less formal”, “say I'll call on Sunday”, “take out the bit about work”, “add a 🙂”, “no exclamation marks” or “another one”. Or say “done” if it's right."
	if in.Kind == IntentNo {
		line = "No problem — what would you like to change? For example “shorter”, “warmer”, “say something about …”, or “another one”."
	} else if rs.Misses > 1 {
		line = "I'm not sure what to change from that. You can also press a button below, or say “done” to keep this version as it is."
	}
	t.say(line, reviewChoices(ds)...)
}

// addDetails takes a message that is no revision but tells more about the
// recipient or the occasion ("she came to see me every day when I was in
// hospital") as details the draft was missing: they are added to what was
// said, and the draft is written again with the changes made so far. It
// reports false when the message holds nothing the draft could carry.
func (t *turn) addDetails() bool {
	ds := t.p.Flow.Draft
	text := strings.TrimSpace(t.text)
	if text == "" || looksLikeQuestion(text) {
		return false
	}
	occ := compose.Occasion(composeSpec(ds.Details, 0).Occasion)
	fresh := 0
	for _, x := range compose.Parse(strings.ToValidUTF8(text, ""), ds.Details.Recipient, occ) {
		if x.Kind != compose.Background {
			fresh++
		}
	}
	if fresh == 0 {
		return false
	}
	return t.redraftWith(text)
}

// redraftWith adds text to what was said and writes the draft again with
// the changes made so far; it reports false, and leaves what was said as
// it was, when the draft comes out no different.
func (t *turn) redraftWith(text string) bool {
	ds := t.p.Flow.Draft
	before := len(draftDetails(ds.Details))
	ds.Details.Said = append(ds.Details.Said, text)
	if len(draftDetails(ds.Details)) == before && !namedAfter.MatchString(text) {
		// A name given later changes a detail, not how many there are.
		ds.Details.Said = ds.Details.Said[:len(ds.Details.Said)-1]
		return false
	}
	rs := ds.revisionState()
	rs.Misses = 0
	prev := ds.currentDraft()
	next := replayChanges(ComposeDraft(ds.Details, ds.Variant), rs.Changes, rs.context(ds.Details))
	if t.a.hooks.enabled() {
		if out := t.a.hooks.draft(t.ctx, ds.Details, prev, "work in what was just added", next, nil); out != next {
			next = settleChanges(out, rs.Changes, rs.context(ds.Details))
		}
	}
	if next == prev {
		ds.Details.Said = ds.Details.Said[:len(ds.Details.Said)-1]
		return false
	}
	t.showRevised("I've worked that in:", next)
	return true
}

// revisionFromChoice reads a pressed revision button.
func revisionFromChoice(id string) (revise.Request, bool) {
	kind, ok := strings.CutPrefix(id, "rev:")
	if !ok {
		return revise.Request{}, false
	}
	k, ok := map[string]revise.Kind{"shorter": revise.Shorter, "longer": revise.Longer, "warmer": revise.Warmer,
		"casual": revise.Casual, "formal": revise.Formal, "another": revise.Another}[kind]
	return revise.Request{Kind: k}, ok
}

// revise makes the changes asked for and shows the result, or says
// plainly why the draft stays as it is.
func (t *turn) revise(reqs []revise.Request) {
	ds := t.p.Flow.Draft
	rs := ds.revisionState()
	rs.Misses = 0
	var rest []revise.Request
	another := false
	for _, r := range reqs {
		if r.Kind == revise.Another {
			another = true
			continue
		}
		rest = append(rest, r)
	}
	if another {
		rs.Changes = appendChanges(rs.Changes, rest...)
		t.anotherDraft()
		return
	}
	prev := ds.currentDraft()
	text := prev
	var done []revise.Request
	var why string
	ctx := rs.context(ds.Details)
	for _, r := range rest {
		out, err := revise.Apply(text, r, ctx)
		if err != nil {
			why = unchangedReason(r, err)
			continue
		}
		text, done = out, append(done, r)
	}
	if len(done) == 0 && plainerAsked(rest) {
		// "less like a robot" on a draft already plain: another way
		// to say it, in plain words too, never a refusal.
		rs.Changes = appendChanges(rs.Changes, rest...)
		t.anotherDraftWith("It already reads plainly, so here's another way to put it:")
		return
	}
	if len(done) == 0 {
		t.say(why, reviewChoices(ds)...)
		return
	}
	text = t.modelRevision(prev, text, done)
	rs.Seed++
	rs.Changes = appendChanges(rs.Changes, done...)
	lead := "Done:"
	if len(done) == 1 {
		lead = done[0].Done()
	}
	t.showRevised(lead, text)
}

// modelRevision lets a configured model rewrite prev as asked; its text is
// used only when every change can be seen in it. ruled is the rules' text.
func (t *turn) modelRevision(prev, ruled string, done []revise.Request) string {
	if !t.a.hooks.enabled() {
		return ruled
	}
	var asks []string
	for _, r := range done {
		asks = append(asks, r.Describe())
	}
	return t.a.hooks.draft(t.ctx, t.p.Flow.Draft.Details, prev, strings.Join(asks, "; "), ruled, func(out string) error {
		for _, r := range done {
			if !revise.Honoured(prev, out, r) {
				return errNotHonoured
			}
		}
		return nil
	})
}

func appendChanges(list []revise.Request, more ...revise.Request) []revise.Request {
	list = append(list, more...)
	if len(list) > maxChanges {
		list = list[len(list)-maxChanges:]
	}
	return list
}

// anotherDraft shows a version not shown before, with the changes made so
// far, or says that every version has been shown.
func (t *turn) anotherDraft() { t.anotherDraftWith("") }

// plainerAsked reports changes that all ask for plainer, more personal
// words ("more natural", "make it sound like me", "less cheesy").
func plainerAsked(reqs []revise.Request) bool {
	for _, r := range reqs {
		if r.Kind != revise.LessStiff && (r.Kind != revise.Cooler || r.Detail != revise.PartPlain) {
			return false
		}
	}
	return len(reqs) > 0
}

// anotherDraftWith is anotherDraft with lead above the new version.
func (t *turn) anotherDraftWith(lead string) {
	ds := t.p.Flow.Draft
	rs := ds.revisionState()
	prev := ds.currentDraft()
	ctx := rs.context(ds.Details)
	if t.a.hooks.enabled() {
		template := replayChanges(ComposeDraft(ds.Details, ds.Variant+1), rs.Changes, ctx)
		out := t.a.hooks.draft(t.ctx, ds.Details, prev, "another", template, func(out string) error {
			if rs.seen(settleChanges(out, rs.Changes, ctx)) {
				return errShownBefore
			}
			return nil
		})
		if out != template {
			out = settleChanges(out, rs.Changes, ctx)
		}
		if !rs.seen(out) {
			ds.Variant++
			t.showRevised(lead, out)
			return
		}
	}
	for i := 1; i <= maxVariantTries; i++ {
		text := replayChanges(ComposeDraft(ds.Details, ds.Variant+i), rs.Changes, ctx)
		if !rs.seen(text) {
			ds.Variant += i
			t.showRevised(lead, text)
			return
		}
	}
	rs.UsedUp++
	line := "That's every version I have for these details — you've seen them all. I can still change this one: tell me what to say, drop or soften, or press “Done” to keep it."
	if rs.UsedUp > 1 {
		line = "Still no new version, I'm afraid. Tell me what to change in this one (“say …”, “take out …”, “warmer”), or press “Done”."
	}
	t.say(line, reviewChoices(ds)...)
}

// replayChanges makes the changes asked so far on a new version of the
// draft, skipping those that do not apply to it.
func replayChanges(text string, changes []revise.Request, ctx revise.Context) string {
	for _, r := range changes {
		if out, err := revise.Apply(text, r, ctx); err == nil {
			text = out
		}
	}
	return text
}

// settleChanges makes sure a model's new version keeps the changes asked so
// far that are about what the text contains (no exclamation marks, the
// emoji, what to say or leave out, the register); changes of degree
// (shorter, warmer) were asked of the versions before and are not redone.
func settleChanges(text string, changes []revise.Request, ctx revise.Context) string {
	for _, r := range changes {
		switch r.Kind {
		case revise.Shorter, revise.Longer, revise.Warmer, revise.Cooler, revise.LessNeedy, revise.LessStiff, revise.Playful:
			continue
		case revise.Say:
			if revise.Honoured("", text, r) {
				continue
			}
		}
		if out, err := revise.Apply(text, r, ctx); err == nil {
			text = out
		}
	}
	return text
}

// showRevised shows text as the new draft, after lead.
func (t *turn) showRevised(lead, text string) {
	ds := t.p.Flow.Draft
	ds.History = append(ds.History, text)
	if len(ds.History) > maxDraftHistory {
		ds.History = ds.History[len(ds.History)-maxDraftHistory:]
	}
	ds.revisionState().remember(text)
	t.p.Flow.Step = stepReview
	body := quote(text)
	if lead != "" {
		body = lead + "\n\n" + body
	}
	t.sayDraft(body, reviewChoices(ds)...)
}

// unchangedReason says why a change was not made.
func unchangedReason(r revise.Request, err error) string {
	if errors.Is(err, revise.ErrNotFound) {
		if r.Kind == revise.Replace {
			// A swap whose old words are not there: say what was looked
			// for, and that nothing was changed.
			what := r.Old
			if thing, ok := strings.CutPrefix(what, revise.PartNamed); ok {
				// "my cat is called biscuit" with no cat in the draft.
				return "This draft doesn't mention the " + thing + ", so there's nowhere to put " + r.Detail + "'s name. Tell me what to say in your own words (“say …”)."
			}
			if what == "" || strings.HasPrefix(what, "@") {
				what = strings.TrimPrefix(cmp.Or(what, "@word like that"), "@")
			}
			return "There's no “" + what + "” in this draft to change. Tell me what to say instead in your own words (“say …”)."
		}
		if strings.HasPrefix(r.Detail, "@") {
			return "There's no such part in this draft to take out."
		}
		return "I couldn't find anything about “" + r.Detail + "” in this draft, so there's nothing to take out."
	}
	switch r.Kind {
	case revise.Shorter:
		return "That's about as short as it gets while keeping what matters. Tell me which part can go (“take out the bit about …”), or say “done”."
	case revise.Longer, revise.Warmer:
		return "I've used the lines I have that fit this message. Tell me something to add in your own words (“say …”)."
	case revise.NoExclaim:
		return "There are no exclamation marks in it now."
	case revise.NoEmoji:
		return "There's no emoji in it now."
	case revise.Emoji:
		return "It already has that emoji."
	case revise.Say:
		return "It already says that."
	case revise.Cooler:
		return "It's already low-key: there's nothing gushing to take out."
	case revise.LessNeedy:
		return "It doesn't ask anything of them, and it already says there's no pressure to reply."
	case revise.Casual:
		return "It already reads casually."
	case revise.Formal:
		return "It already reads formally."
	case revise.StartWith:
		return "It already starts that way."
	}
	return "I couldn't find anything to change for that. Tell me which part sounds off, or try “another one”."
}

var (
	soundLikeMe = regexp.MustCompile(`\b(?:like me|my (?:voice|style|words|way)|how i (?:talk|write|text|speak)|like i (?:talk|write|text|speak))\b`)
	whatMean    = regexp.MustCompile(`^(?:what|huh|sorry|eh|hm+|what do you mean|what does (?:that|this) mean|what now|what do i do now|what should i do|i don't understand|dont understand|i dont get it|confused|what is this|now what)\b`)
	howSend     = regexp.MustCompile(`\b(?:send|copy|paste|post)\b`)
	opinion     = regexp.MustCompile(`\b(?:is (?:it|this|that) (?:ok|okay|good|fine|alright|too)|should i send|what do you think|does (?:it|this) sound|do you like|will (?:she|he|they) like|sound ok)\b`)
)

// questionForGuide reports a question the classifier reads as one for
// the guide, or outside it: "should i get her a gift or is that weird",
// typed under a draft, is no change to it.
func questionForGuide(text string) bool {
	r := classify(text)
	return r.Label == understand.Ask || r.Label == understand.Offtopic
}

// clarify answers a question about the review step itself; it reports
// false for anything else.
func (t *turn) clarify(in Intent) bool {
	ds := t.p.Flow.Draft
	folded := foldText(t.text)
	name := themOrName(ds.Details)
	var answer string
	switch {
	case soundLikeMe.MatchString(folded):
		answer = "I don't know how you write yet, so tell me what's off: a word you'd never use, a phrase you would (“say …”), or the feel (“more casual”, “no exclamation marks”, “start with hey”). I'll change just that."
	case opinion.MatchString(folded):
		answer = "It reads as kind and easy to answer, which is what matters most. If a part doesn't sound like you, tell me which and I'll change it; otherwise say “done” and copy it."
	case howSend.MatchString(folded) && looksLikeQuestion(t.text):
		answer = "I can't send it for you: say “done” and I'll give you the text on its own, ready to copy into your chat with " + name + "."
	case whatMean.MatchString(folded) || folded == "":
		answer = "This is a message for you to send to " + name + " yourself. If it's right, say “done” and you'll get it ready to copy. If not, tell me what to change in your own words — “shorter”, “warmer”, “say I'll visit in May”, “take out the bit about work” — or ask for “another one”."
	case asksSomething(t.text) && (in.Kind == IntentAsk || questionForGuide(t.text)):
		t.ask(t.text)
		t.say("Your draft to "+name+" is still here — tell me how to change it, or say “done”.", reviewChoices(ds)...)
		return true
	default:
		return false
	}
	ds.revisionState().Misses = 0
	t.say(answer, reviewChoices(ds)...)
	return true
}

// closingHope is the wish said under a finished draft, fitting its
// occasion: "glad to hear from you" is for a hello, not for a message to
// someone grieving or to someone owed an apology. who is how the draft
// names the recipient ("" when no name is known: the wish still reads as a
// sentence).
func closingHope(occasion, who string) string {
	if who == "" {
		switch occasion {
		case OccasionCondolence, OccasionHardTime:
			return "I hope it brings them a little comfort."
		case OccasionApology, OccasionMend:
			return "I hope it helps you two talk."
		case OccasionSupport:
			return "I hope they're there for you. You deserve that."
		case OccasionFollowUp:
			return "I hope you hear back soon."
		}
		return "I hope it's good to be back in touch."
	}
	// "Hana and Zoe" are glad; "Ana" is.
	is, gets := "is", "gets"
	if strings.Contains(who, " and ") || strings.Contains(who, " & ") {
		is, gets = "are", "get"
	}
	switch occasion {
	case OccasionCondolence, OccasionHardTime:
		return "I hope it brings " + who + " a little comfort."
	case OccasionApology, OccasionMend:
		return "I hope it helps you and " + who + " talk."
	case OccasionSupport:
		return "I hope " + who + " " + is + " there for you. You deserve that."
	case OccasionFollowUp:
		return "I hope " + who + " " + gets + " back to you soon."
	}
	return "I hope " + who + " " + is + " glad to hear from you."
}

// finishDraft gives the final copy-ready text.
func (t *turn) finishDraft() {
	ds := t.p.Flow.Draft
	final := ComposeDraft(ds.Details, ds.Variant)
	if n := len(ds.History); n > 0 {
		final = ds.History[n-1]
	}
	name := ds.Details.Recipient
	t.p.Drafts = append(t.p.Drafts, SavedDraft{Recipient: name, Text: final, At: t.now})
	if len(t.p.Drafts) > 20 {
		t.p.Drafts = t.p.Drafts[len(t.p.Drafts)-20:]
	}
	t.p.Flow = Flow{Updated: t.now}
	tip := t.draftTip(ds.Details, final)
	if tip != "" {
		tip += "\n\n"
	}
	t.sayDraft("Here it is to copy:\n\n" + quote(final))
	hope := closingHope(ds.Details.Occasion, draftMention(ds.Details))
	if q, choices := t.offerRemindAfterDraft(name, ds.Details.Said); q != "" {
		t.say(strings.TrimSpace(tip+strings.TrimSpace(hope+" "+q)), choices...)
		return
	}
	t.say(strings.TrimSpace(tip+hope), menuChoices()...)
}
