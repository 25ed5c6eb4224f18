package safety

import "testing"

// TestBurdenDenied checks that a burden denied to reassure someone ("shes
// never a bother to us", "hes not a burden even if he feels he is") starts
// no crisis, while someone saying they are one, and the speaker feeling
// like one, are still heard (en.burdendenied.txt).
func TestBurdenDenied(t *testing.T) {
	checkSituations(t, []situationCase{
		{"grandad is not a burden to any of us, even though he thinks he is", None},
		{"she's never been a bother to us, whatever she tells herself", None},
		{"i told my uncle he is no burden at all", None},
		{"you're not a liability to this family, you never were", None},
		{"my aunt isnt a burden even if she feels like one", None},
		{"my granddad keeps telling us he's a burden and we'd be better off", Other},
		{"my sister says she is only a burden on all of us now", Other},
		{"honestly i feel like such a burden on everyone around me", Self},
		{"people say im not a burden but i know im a burden to my kids", Self},
	})
}
