package agent

// A pregnancy lost ("we lost the baby at 11 weeks", "i had a miscarriage
// last month", "there was no heartbeat at the scan") is a grief, however
// early and however few people knew: the reply is sorry for the loss and
// says so, never a generic "that sounds hard", never an "at least".

// babyLossKind is that loss among the low feelings.
var babyLossKind = lowKind{name: "baby loss",
	cues: phrases(`lost the baby | lost our baby | lost my baby | lost the pregnancy | lost a baby | miscarriage | miscarried |
miscarry | had a miscarriage | stillborn | stillbirth | no heartbeat | baby had no heartbeat | couldnt find a heartbeat |
couldnt find the heartbeat | ectopic | pregnancy loss | lost our little one | lost the twins`),
	lines: []string{
		"I'm so sorry. Losing a baby is a real loss, whenever it happens, and the grief can be huge even when few people knew.",
		"I'm so very sorry for your loss. However early it was, that was your baby, and it's a heartbreak to carry.",
	},
	step: stepTrusted,
}
