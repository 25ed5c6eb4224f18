package agent

import "github.com/companion-dev/companion/agent/internal/wordset"

// A parent often asks about a child's friendships in the guide's own terms:
// a teenager online with friends until late, a child picked on in a
// server, what a child should keep to herself with online friends, a
// teenager who stopped talking when advice came too soon. That is the
// guide's field, whoever the friend or the listener is. Bedtimes, biting,
// potty training or explaining a death to a small child are parenting,
// which the guide leaves to others.

// childFriendships reports whether a question naming the asker's child by
// age asks about something between people that the guide covers: one of
// its concepts beyond the scene and beyond comforting the child
// (childCareConcepts), a child young enough for nursery not counting.
func childFriendships(g Guide, q string) bool {
	cf, ok := g.(ConceptFinder)
	if !ok || hasAnyWord(foldText(q), smallChildWords) {
		return false
	}
	for _, c := range cf.Concepts(q) {
		if !sceneConcepts[c] && !childCareConcepts[c] {
			return true
		}
	}
	return false
}

// childCareConcepts are the guide's concepts that, said of one's own child,
// are caring for the child rather than the child's life with friends: how
// to comfort a child in grief or low spirits is parenting.
var childCareConcepts = map[string]bool{"support": true, "low mood": true, "therapy": true, "lonely": true}

// smallChildWords give away a child too young for friendships of their own
// online: the talk is of raising them.
var smallChildWords = wordset.Of(`nursery preschool kindergarten toddler toddlers potty nappy nappies diaper diapers bedtime tantrum tantrums biting naps`)
