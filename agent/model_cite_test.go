package agent

import (
	"errors"
	"testing"
)

var citeSections = []Section{
	{ID: "a", Title: "Myth: friends should just know", Body: "Nobody reads minds. Saying what you need out loud is kind to both of you, and most friends are glad to hear it."},
	{ID: "b", Title: "When you're the one who always reaches out", Body: "Notice the pattern without keeping score. Ask once, plainly, whether they have room for more contact; then let their answer guide how much you give."},
}

func TestModelCiteTitles(t *testing.T) {
	const want = "From the guide (“When you're the one who always reaches out”): ask once."
	tests := []struct {
		name, in, want string
		cited          bool
	}{
		{"exact", want, want, true},
		{"straight quotes", `From the guide ("When you're the one who always reaches out"): ask once.`, want, true},
		{"single quotes", "From the guide ('When you're the one who always reaches out'): ask once.", want, true},
		{"other case", "From the guide (“When You're The One Who Always Reaches Out”): ask once.", want, true},
		{"expanded contraction", "From the guide (“When you are the one who always reaches out”): ask once.", want, true},
		{"curly apostrophe", "From the guide (“When you’re the one who always reaches out”): ask once.", want, true},
		{"without the", "From the guide (“When you're one who always reaches out”): ask once.", want, true},
		{"brackets only", "From the guide (When you're the one who always reaches out): ask once.", "From the guide “When you're the one who always reaches out”: ask once.", true},
		{"prefix dropped", "As “Friends should just know” says, nobody reads minds.", "As “Myth: friends should just know” says, nobody reads minds.", true},
		{"punctuation dropped", "“Myth - friends should just know!” puts it well.", "“Myth: friends should just know” puts it well.", true},
		{"too little of a title", "The guide says “reaches out” is fine.", "The guide says “reaches out” is fine.", false},
		{"another title", "From the guide (“Keeping score”): do not.", "From the guide (“Keeping score”): do not.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cited := citeTitles(tt.in, citeSections)
			if got != tt.want || cited != tt.cited {
				t.Errorf("citeTitles(%q) = %q, %v; want %q, %v", tt.in, got, cited, tt.want, tt.cited)
			}
		})
	}
}

func TestModelCheckAnswerContent(t *testing.T) {
	q := "my friend never texts first, should I stop trying?"
	tests := []struct {
		name, in, want string
		err            error
	}{
		{"grounded", "That can sting. From the guide (\"When you are the one who always reaches out\"): notice the pattern without keeping score, and ask once, plainly, whether they have room for more contact.",
			"That can sting. From the guide (“When you're the one who always reaches out”): notice the pattern without keeping score, and ask once, plainly, whether they have room for more contact.", nil},
		{"meta opener and offer cleaned", "Based on the guide sections provided, here is my answer. From the guide (“Myth: friends should just know”): nobody reads minds, so saying what you need out loud is kind to both of you. Let me know if you have other questions!",
			"From the guide (“Myth: friends should just know”): nobody reads minds, so saying what you need out loud is kind to both of you.", nil},
		{"honestly not covered", "The guide doesn't cover how to word a text to a friend who never writes first. It does suggest you notice the pattern without keeping score and ask once, plainly, about more contact.",
			"The guide doesn't cover how to word a text to a friend who never writes first. It does suggest you notice the pattern without keeping score and ask once, plainly, about more contact.", nil},
		{"no citation", "Notice the pattern without keeping score and ask once, plainly.", "", errNoCitation},
		{"heading", "## Reaching out\nFrom the guide (“When you're the one who always reaches out”): ask once, plainly.", "", errMarkup},
		{"bullets", "From the guide (“When you're the one who always reaches out”):\n- notice the pattern\n- ask once.", "", errMarkup},
		{"invented app", "From the guide (“When you're the one who always reaches out”): ask once, plainly, or try Bumble BFF to meet new people.", "", errInvented},
		{"diagnosis", "This could be avoidant attachment. From the guide (“When you're the one who always reaches out”): ask once, plainly.", "", errClinical},
		{"judges the friend", "From the guide (“When you're the one who always reaches out”): ask once, plainly; a friend who never writes first is being selfish.", "", errJudging},
		{"advice of its own", "From the guide (“When you're the one who always reaches out”): send a handwritten card, plan a surprise picnic and bake cookies together so the bond deepens naturally over summer.", "", errUngrounded},
		{"another language", "Selon le guide (“When you're the one who always reaches out”), il faut remarquer le schéma sans compter les points, et demander une fois.", "", errLanguage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := checkAnswer(tt.in, q, citeSections)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Errorf("checkAnswer(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}
