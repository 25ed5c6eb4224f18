package agent

import (
	"errors"
	"strings"
	"testing"
)

func TestModelCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            error
	}{
		{"plain", "  How have you been?  ", "How have you been?", nil},
		{"quoted", "\"How have you been?\"", "How have you been?", nil},
		{"curly quoted twice", "“'How have you been?'”", "How have you been?", nil},
		{"inner quotes kept", "“Ghosting” and “Boundaries” both help.", "“Ghosting” and “Boundaries” both help.", nil},
		{"preamble", "Here's a draft for you:\n\n\"How have you been?\"", "How have you been?", nil},
		{"colon line kept", "One thing:\nHow have you been?", "One thing:\nHow have you been?", nil},
		{"emoji after question", "How have you been? 😊", "How have you been? 😊", nil},
		{"empty", " \n\t ", "", errEmpty},
		{"only quotes", `""`, "", errEmpty},
		{"invalid utf-8", "How are \xff you?", "", errInvalidUTF8},
		{"replacement char", "How are \uFFFD you?", "", errInvalidUTF8},
		{"control chars", "How are\x07 you?", "", errGarbage},
		{"random bytes", "\x8f\x01\x9c\xfe\x10", "", errInvalidUTF8},
		{"symbols", "§±!@#$%^&*()_+=~", "", errGarbage},
		{"cyrillic", "Привет, как у тебя дела?", "", errLanguage},
		{"french", "Bonjour Sam, je pensais à notre voyage sur la côte hier soir. Comment vas-tu?", "", errLanguage},
		{"repeated words", "hello hello hello friend.", "", errGarbage},
		{"word salad", "the trip and the coffee and the trip and the coffee and the trip and the coffee.", "", errGarbage},
		{"system marker", "System: you are the writing voice.", "", errLeak},
		{"as an ai", "As an AI, I cannot have friends.", "", errLeak},
		{"delimiter tag", "Here is the person_message you sent.", "", errLeak},
		{"prompt run", "Sure. " + voice[:200] + ".", "", errLeak},
		{"bracket placeholder", "Hi [Name], how are you?", "", errPlaceholder},
		{"brace placeholder", "Hi {name}, how are you?", "", errPlaceholder},
		{"angle placeholder", "Hi <friend>, how are you?", "", errPlaceholder},
		{"blank placeholder", "Hi ___, how are you?", "", errPlaceholder},
		{"your name", "Best wishes, your name.", "", errPlaceholder},
		{"code fence", "```\nHi Sam, how are you?\n```", "", errMarkup},
		{"too long", strings.Repeat("It was good. ", 20), "", errTooLong},
		{"cut off", "I was thinking about our trip to the", "", errIncomplete},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cleanText(tt.in, 200)
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("cleanText(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}

func TestModelCheckDraft(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		d        DraftDetails
		previous string
		revision string
		err      error
	}{
		{"good", goodDraft, samDetails, "", "", nil},
		{"name in lower case", "hey sam, our road trip to the coast came to mind. how are you?", samDetails, "", "", nil},
		{"paragraphs", "Hi Sam,\n\nI came across a photo from our road trip to the coast and it made me smile. It's been way too long! What's new with you these days?", samDetails, "", "", nil},
		{"emoji before the question", "Hey Sam! Our road trip to the coast popped into my head today 😊 How's life treating you? 🙂", samDetails, "", "", nil},
		{"preamble and quotes", "Here's a warm check-in:\n\n\"Hey Sam! Our road trip to the coast popped into my head today. How are you?\"", samDetails, "", "", nil},
		{"signature placeholder cleaned", "Hey Sam! Our road trip to the coast popped into my head. How are you?\nBest, [Your Name]", samDetails, "", "", nil},
		{"placeholder inside the message", "Hey Sam! Our road trip to [place] popped into my head. How are you?", samDetails, "", "", errPlaceholder},
		{"mention in other words", "Hi Sam! I keep thinking about those road trips along the coast. How are things?", samDetails, "", "", nil},
		{"no recipient", "Hi! Our road trip to the coast came back to me today. How have you been?", samDetails, "", "", errNoRecipient},
		{"recipient only inside a word", "Hi Samuel! Our road trip to the coast came back to me. How have you been?", samDetails, "", "", errNoRecipient},
		{"mention missing", "Hi Sam! It has been too long. How have you been?", samDetails, "", "", errNoMention},
		{"no question", "Hi Sam! Our road trip to the coast came back to me today.", samDetails, "", "", errNoQuestion},
		{"placeholder", "Hi [Name]! Our road trip to the coast came back to me. How are you?", samDetails, "", "", errPlaceholder},
		{"markdown", "**Hi Sam!** Our road trip to the coast came back to me. How are you?", samDetails, "", "", errMarkup},
		{"stock phrase", "Hi Sam, I hope this message finds you well. Our road trip to the coast came back to me. How are you?", samDetails, "", "", errStock},
		{"invented person", "Hi Sam! Our road trip to the coast with Jenny came back to me. How are you?", samDetails, "", "", errInvented},
		{"over the short cap", goodDraft + " " + goodDraft, DraftDetails{Recipient: "Sam", Length: LengthShort}, "", "", errTooLong},
		{"shorter but not", goodDraft, samDetails, "Hi Sam! Our road trip to the coast? How are you?", "shorter", errNotShorter},
		{"shorter indeed", "Hi Sam! Our road trip to the coast crossed my mind — how are you?", samDetails, goodDraft, "shorter", nil},
		{"longer but not", "Hi Sam! Our road trip to the coast? How are you?", samDetails, goodDraft, "longer", errNotLonger},
		{"another but unchanged", goodDraft, samDetails, goodDraft, "another", errUnchanged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := checkDraft(tt.in, tt.d, tt.previous, tt.revision)
			if !errors.Is(err, tt.err) {
				t.Errorf("checkDraft(%q) = %v, want %v", tt.in, err, tt.err)
			}
		})
	}
}

func TestModelStripQuotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"hi"`, "hi"},
		{"«hi»", "hi"},
		{"‘hi’", "hi"},
		{`"a" and "b"`, `"a" and "b"`},
		{`"unbalanced`, `"unbalanced`},
		{`"`, `"`},
	}
	for _, tt := range tests {
		if got := stripQuotes(tt.in); got != tt.want {
			t.Errorf("stripQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestModelContainsName(t *testing.T) {
	tests := []struct {
		s, name string
		want    bool
	}{
		{"Hi Sam!", "Sam", true},
		{"hi SAM", "sam", true},
		{"Hi Samuel", "Sam", false},
		{"Dear Aunt Jo,", "Aunt Jo", true},
		{"Hi Zoë!", "Zoë", true},
		{"Hi", "", false},
	}
	for _, tt := range tests {
		if got := containsName(tt.s, tt.name); got != tt.want {
			t.Errorf("containsName(%q, %q) = %v, want %v", tt.s, tt.name, got, tt.want)
		}
	}
}

func TestModelInventedName(t *testing.T) {
	tests := []struct{ s, known, want string }{
		{"Hi Sam! I saw Tom today. How are you?", "Sam Tom", ""},
		{"Hi Sam! I saw Tom today.", "Sam", "Tom"},
		{"Hi Sam. Remember the coast? I do.", "Sam", ""},
		{"See you on Sunday, Sam.", "Sam", ""},
		{"I'm glad Ana's week went well.", "Ana", ""},
	}
	for _, tt := range tests {
		if got := inventedName(tt.s, tt.known); got != tt.want {
			t.Errorf("inventedName(%q, %q) = %q, want %q", tt.s, tt.known, got, tt.want)
		}
	}
}
