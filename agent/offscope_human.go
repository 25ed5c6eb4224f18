package agent

// Asking for a person. "can i talk to a human" does not ask what the
// companion is; it asks for someone. The honest answer says there is no
// one to pass them to, and gives the ways to a real person: a helpline,
// staffed by people, and someone they trust.

// reAsksHuman asks to talk to a person rather than the companion.
var reAsksHuman = mustPattern(`\b(?:can|could|may|do) i (?:please )?(?:talk|speak|chat|get through) (?:to|with) (?:a |an |some |an actual |a real )?(?:human|humans|real person|real people|person|someone real|somebody real|actual person|actual human|real human|live person|live agent|agent)\b` +
	`|\b(?:i (?:want|need|would like|'d like|d like|wanna)|let me|get me|put me through to|connect me (?:to|with)) (?:to (?:talk|speak|chat) (?:to|with) )?(?:a |an |some |an actual |a real )?(?:human|real person|actual person|real human|live person|person to talk to|someone real|somebody real)\b` +
	`|\bis there (?:a |an |any |some )?(?:real |actual |live )?(?:human|person|people|someone|somebody)(?: (?:here|around))?(?: (?:i|me) (?:can|could)| to| for me to)? (?:talk|speak|chat)\b`)

// humanAskedText answers it.
const humanAskedText = "I'm a program, so there's no one here I can pass you to — I'm sorry. If you'd like a real person to talk to right now, " +
	"helplines are staffed by people who listen, and many are open day and night. Or I can help you write to someone you trust: a short message is often enough to start."

// humanAsked answers a request to talk to a person; false when text asks
// no such thing.
func (t *turn) humanAsked() bool {
	if !reAsksHuman.MatchString(foldText(t.text)) {
		return false
	}
	t.say(humanAskedText, helplinesChoice(""), Choice{ID: "menu:draft", Label: "Write to someone"})
	return true
}
