package agent

import (
	"errors"
	"testing"
)

func TestModelParseExtractionFieldByField(t *testing.T) {
	text := "could you help me write something kind to Noor from my running club? she just ran her first half marathon"
	tests := []struct {
		name, in string
		want     DraftDetails
		err      error
	}{
		{"all good", `{"recipient":"Noor","relationship":"from my running club","occasion":"win","tone":"warm","length":"","mentions":["her first half marathon"]}`,
			DraftDetails{Recipient: "Noor", Relationship: "from my running club", Occasion: OccasionWin, Tone: ToneWarm, Mentions: []string{"her first half marathon"}}, nil},
		{"tone in other words", `{"recipient":"Noor","tone":"heartfelt"}`, DraftDetails{Recipient: "Noor", Tone: ToneWarm}, nil},
		{"occasion in other words", `{"recipient":"Noor","occasion":"Congrats"}`, DraftDetails{Recipient: "Noor", Occasion: OccasionWin}, nil},
		{"unknown value dropped", `{"recipient":"Noor","occasion":"marathon","tone":"sarcastic","length":"tiny"}`, DraftDetails{Recipient: "Noor"}, nil},
		{"mentions as a string", `{"recipient":"Noor","mentions":"her first half marathon"}`, DraftDetails{Recipient: "Noor", Mentions: []string{"her first half marathon"}}, nil},
		{"mentions empty string", `{"recipient":"Noor","occasion":"win","mentions":""}`, DraftDetails{Recipient: "Noor", Occasion: OccasionWin}, nil},
		{"wrong type dropped", `{"recipient":"Noor","length":3,"mentions":{"a":1}}`, DraftDetails{Recipient: "Noor"}, nil},
		{"description is not a name", `{"recipient":"my friend from running club","occasion":"win"}`, DraftDetails{Occasion: OccasionWin}, nil},
		{"the description, capitalised", `{"recipient":"The Running Club","tone":"warm"}`, DraftDetails{Tone: ToneWarm}, nil},
		{"name not in the text", `{"recipient":"Nora","occasion":"win"}`, DraftDetails{Occasion: OccasionWin}, nil},
		{"invented mention dropped", `{"recipient":"Noor","mentions":["her new trainers","her first half marathon"]}`, DraftDetails{Recipient: "Noor", Mentions: []string{"her first half marathon"}}, nil},
		{"nothing left", `{"recipient":"my running friend","tone":"angry"}`, DraftDetails{}, errEmpty},
		{"not json", `recipient: Noor`, DraftDetails{}, errBadJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseExtraction(tt.in, text)
			if !errors.Is(err, tt.err) || !equalDetails(got, tt.want) {
				t.Errorf("parseExtraction(%s) = %+v, %v; want %+v, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}

func TestModelAckAndSummaryContent(t *testing.T) {
	q := Question{Text: "What small step could you take this week?"}
	answer := "text my aunt Rosa on Tuesday evening"
	acks := []struct {
		name, in string
		err      error
	}{
		{"good", "A text to Rosa on Tuesday evening is a gentle way to begin.", nil},
		{"ends in an emoji", "A Tuesday text to Rosa sounds just right 🌷", nil},
		{"wrong day", "A text to Rosa on Wednesday is a gentle way to begin.", errInventedFact},
		{"diagnosis", "Texting Rosa may ease your social anxiety.", errClinical},
		{"judging", "Rosa is lucky, though she sounds a bit toxic.", errJudging},
	}
	for _, tt := range acks {
		t.Run("ack "+tt.name, func(t *testing.T) {
			if got, err := checkAck(tt.in, q, answer); !errors.Is(err, tt.err) {
				t.Errorf("checkAck(%q) = %q, %v; want %v", tt.in, got, err, tt.err)
			}
		})
	}
	j := Journey{Title: "Small steps", Questions: []Question{{Text: "Who?"}, {Text: "What step?"}}}
	answers := []string{"my aunt Rosa and my old teacher Mr Bell", "text Rosa on Tuesday"}
	sums := []struct {
		name, in string
		err      error
	}{
		{"counts what was listed", "Here is your summary:\n\nYou named 2 people, Rosa and Mr Bell. This week, text Rosa on Tuesday.", nil},
		{"invented duration", "You have missed Rosa for 4 years. Text her on Tuesday.", errUngrounded},
		{"label", "You keep people at a distance, which can be a sign of low self-esteem. Text Rosa on Tuesday.", errClinical},
	}
	for _, tt := range sums {
		t.Run("summary "+tt.name, func(t *testing.T) {
			if got, err := checkSummary(tt.in, j, answers); !errors.Is(err, tt.err) {
				t.Errorf("checkSummary(%q) = %q, %v; want %v", tt.in, got, err, tt.err)
			}
		})
	}
}
