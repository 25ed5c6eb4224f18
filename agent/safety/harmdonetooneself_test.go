package safety

import "testing"

// TestHarmDoneToOneself checks hurting oneself told by what was done to
// the skin, with what, and kept out of sight (en.harmdonetooneself.txt);
// beside an itch, a rash, shaving, a kitchen cut and a garden scratch.
func TestHarmDoneToOneself(t *testing.T) {
	checkSituations(t, []situationCase{
		{"i dig my nails into my forearms until the skin breaks", Self},
		{"took a blade to my hips again, wearing baggy jumpers so mum doesnt notice", Self},
		{"been running a safety pin across my upper arm every night", Self},
		{"carved into my stomach with a pencil sharpener blade", Self},
		{"scraped my thighs with a compass in the school toilets", Self},
		{"i scratch my legs until they bleed, the eczema is unbearable", None},
		{"nicked my ankles shaving with a new razor, ouch", None},
		{"scratched my arms on the brambles pulling weeds", None},
	})
}
