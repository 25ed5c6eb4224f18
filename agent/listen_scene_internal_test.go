package agent

import "testing"

// TestLonelySceneHeard checks that loneliness told through its scene, with
// no word for the feeling, is found: a silent phone, the quiet part of the
// week, a meal or a break spent alone, nobody to share news with; and that
// a fear of being forgotten and messages left unanswered are heard as the
// hurts they are. Ordinary mentions of phones, days and being alone by
// choice are not read as any of them.
func TestLonelySceneHeard(t *testing.T) {
	for _, tc := range []struct{ text, kind string }{
		{"the phone stays dark all weekend", "lonely scene"},
		{"saturdays drag on forever now", "lonely scene"},
		{"holidays are the hardest since the kids moved abroad", "lonely scene"},
		{"no one ever comes round anymore", "lonely scene"},
		{"most nights i have my tea by myself in front of the telly", "lonely scene"},
		{"shopping for one feels strange after 40 years married", "lonely scene"},
		{"passed my exams and didnt have anyone to celebrate with", "lonely scene"},
		{"there's not a single person i could ring if something went wrong", "lonely scene"},
		{"the only people i speak to all week are the checkout staff", "lonely scene"},
		{"i sit on my phone through every break at work while the others chat", "lonely scene"},
		{"i bet nobody even notices if i skip the reunion", "invisible"},
		{"honestly no one is going to care that i left", "invisible"},
		{"i post in the family chat and not one person responds", "hurt"},
		{"messaged the old team about drinks and heard nothing back", "hurt"},
		{"none of them even asked if i was ok after the op", "hurt"},
	} {
		k, ok := findLow(tc.text)
		if !ok || k.name != tc.kind {
			t.Errorf("%q: kind %q (found %v), want %q", tc.text, k.name, ok, tc.kind)
		}
	}
	for _, text := range []string{
		"my phone is dead, can you remind me later",
		"mondays are the worst lol",
		"my phone died in the middle of the film",
		"the evenings are getting lighter, love it",
		"nobody likes pineapple on pizza",
		"i did the whole puzzle by myself, so proud",
		"i told nobody i applied and i got in",
	} {
		if k, ok := findLow(text); ok && (k.name == "lonely scene" || k.name == "invisible" || k.name == "hurt") {
			t.Errorf("%q: read as %q", text, k.name)
		}
	}
}
