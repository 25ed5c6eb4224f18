package safety

import "testing"

// TestWhoIsAtRisk checks the situation a message is read as when its
// words could point at the speaker or at someone else, farewells that
// share words with near misses, and the language the first Swedish and
// Russian lexicons answer in.
func TestWhoIsAtRisk(t *testing.T) {
	tests := []struct {
		text string
		sit  Situation
		lang string
	}{
		{"im scared my dad is going to kill himself", Other, "en"},
		{"every time i try to leave he says hell kill himself and then me", Abuse, "en"},
		{"he said hed kill me if i told anyone", Abuse, "en"},
		{"kardesim bu gece kendini oldurecegini soyledi", Other, "tr"},
		{"theres a girl in my year with fresh cuts all up her arm", Other, "en"},
		// Near misses must not hide a farewell that shares their words.
		{"today is my last day", Self, "en"},
		{"sending love to you all, i wont be here tomorrow", Self, "en"},
		{"so sorry about everything. goodbye forever", Self, "en"},
		{"so sorry to hear your uncle had a heart attack", None, ""},
		{"leaving do on friday, goodbye to this place forever", None, ""},
		{"jag vill inte leva längre", Self, "sv"},
		{"min syster säger att hon vill dö", Other, "sv"},
		{"jag dör av skratt", None, ""},
		{"я не хочу больше жить", Self, "ru"},
		{"муж бьёт меня каждый день", Abuse, "ru"},
		{"я умираю от смеха", None, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := Detect(tt.text)
			if got.Situation != tt.sit || got.Lang != tt.lang {
				t.Errorf("Detect(%q) = %v %q, want %v %q", tt.text, got.Situation, got.Lang, tt.sit, tt.lang)
			}
		})
	}
}
