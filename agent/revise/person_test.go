package revise

import "testing"

func TestSentence(t *testing.T) {
	tests := []struct {
		detail, recipient string
		formal            bool
		want              string
	}{
		{"I will visit her in december", "", false, "I'll visit you in December."},
		{"I will visit her in december", "", true, "I will visit you in December."},
		{"i'm sorry i missed her party", "", false, "I'm sorry I missed your party."},
		{"she is welcome to stay with us", "", false, "You're welcome to stay with us."},
		{"she is welcome to stay with us", "", true, "You are welcome to stay with us."},
		{"she's welcome to stay with us", "", false, "You're welcome to stay with us."},
		{"we should go out for dinner once shes settled in", "", false, "We should go out for dinner once you're settled in."},
		{"hes always welcome at ours", "", false, "You're always welcome at ours."},
		{"he always looks after everyone", "", false, "You always look after everyone."},
		{"his sister says hi", "", false, "Your sister says hi."},
		{"I saw Tom and he says hi", "", false, "I saw Tom and he says hi."},
		{"ill call her on sunday", "", false, "I'll call you on Sunday."},
		{"Hannah was a great help", "Hannah", false, "You were a great help."},
		{"I loved Hannah's speech", "Hannah", false, "I loved your speech."},
		{"we should meet in may", "", false, "We should meet in May."},
		{"I may be late", "", false, "I may be late."},
		{"the concert", "", false, "I keep thinking about the concert."},
		{"her new flat", "", false, "I heard about your new flat."},
		{"my new job", "", false, "I wanted to tell you about my new job."},
		{"thank you for the flowers", "", false, "Thank you for the flowers."},
		{"I'm proud of her!", "", false, "I'm proud of you!"},
		{"do you want to get coffee?", "", false, "Do you want to get coffee?"},
		{"u r the best", "", false, "You're the best."},
		{"I'll mail Farah some postcards", "Farah", false, "I'll mail you some postcards."},
		{"I'll bring Farah lemons", "Farah", false, "I'll bring you lemons."},
		{"I will post him the vouchers", "", false, "I'll post you the vouchers."},
		{"", "", false, ""},
	}
	for _, tt := range tests {
		if got := Sentence(tt.detail, tt.recipient, tt.formal); got != tt.want {
			t.Errorf("Sentence(%q, %q, %v) = %q, want %q", tt.detail, tt.recipient, tt.formal, got, tt.want)
		}
	}
}

// TestSentenceWritesPlaces writes a place typed in lower case with its
// capitals, and leaves a word that only looks like one.
func TestSentenceWritesPlaces(t *testing.T) {
	for in, want := range map[string]string{
		"i'm flying to lisbon in june":        "I'm flying to Lisbon in June.",
		"we should meet in new york":          "We should meet in New York.",
		"i'm getting better at reading":       "I'm getting better at reading.",
		"the dog loves walks in nice weather": "The dog loves walks in nice weather.",
	} {
		if got := Sentence(in, "", false); got != want {
			t.Errorf("Sentence(%q) = %q, want %q", in, got, want)
		}
	}
}
