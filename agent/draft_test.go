package agent

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestExtractDraftDetails(t *testing.T) {
	tests := []struct {
		in   string
		want DraftDetails
	}{
		{"can you help me write to Sam? we were close in college but haven't talked in about a year",
			DraftDetails{Recipient: "Sam", Relationship: "college friend", Occasion: OccasionSilence, Since: "about a year"}},
		{"draft a check-in to my sister Ana, she just got a new job",
			DraftDetails{Recipient: "Ana", Relationship: "sister", Occasion: OccasionWin, Mentions: []string{"her new job"}}},
		{"write to mum, it's her birthday", DraftDetails{Recipient: "Mum", Occasion: OccasionBirthday}},
		{"my friend Tom is going through a rough time", DraftDetails{Recipient: "Tom", Relationship: "friend", Occasion: OccasionHardTime}},
		{"help me message my sister", DraftDetails{Relationship: "sister"}},
		{"write to my mum", DraftDetails{Recipient: "Mum", Relationship: "mum"}},
		{"a birthday card for Grandma", DraftDetails{Recipient: "Grandma", Occasion: OccasionBirthday, Medium: "card"}},
		{"draft a check-in to Sam", DraftDetails{Recipient: "Sam"}},
		{"can you help me write to sam? we were close", DraftDetails{Recipient: "Sam"}},
		{"help me write a short casual text to my old friend Lee",
			DraftDetails{Recipient: "Lee", Relationship: "old friend", Tone: ToneCasual, Length: LengthShort, Medium: "text"}},
		{"I want to email my old college friend Priya, something formal",
			DraftDetails{Recipient: "Priya", Relationship: "old college friend", Tone: ToneFormal, Medium: "email"}},
		{"message Tom from my old job, we haven't spoken in two years",
			DraftDetails{Recipient: "Tom", Relationship: "former colleague", Occasion: OccasionSilence, Since: "two years"}},
		{"I want to apologise to Jo for missing her party",
			DraftDetails{Recipient: "Jo", Occasion: OccasionApology, Mentions: []string{"missing her party"}}},
		{"help me write to my brother Tom, we had a fight last month",
			DraftDetails{Recipient: "Tom", Relationship: "brother", Occasion: OccasionMend}},
		{"Ana and I fell out over the wedding plans", DraftDetails{Recipient: "Ana", Occasion: OccasionMend}},
		{"write to Jo, I want to say sorry for our argument", DraftDetails{Recipient: "Jo", Occasion: OccasionApology}},
		{"message Sam, we argued and it was my fault", DraftDetails{Recipient: "Sam", Occasion: OccasionApology}},
		// A forgotten birthday is a belated one: the draft wishes it and says sorry it is late.
		{"write to Ana, I forgot her birthday", DraftDetails{Recipient: "Ana", Occasion: OccasionBirthday}},
		{"help me thank my neighbour Kemal for watering the plants",
			DraftDetails{Recipient: "Kemal", Relationship: "neighbour", Occasion: OccasionThanks, Mentions: []string{"watering the plants"}}},
		{"thank Lee for the lift", DraftDetails{Recipient: "Lee", Occasion: OccasionThanks}},
		{"write something playful to Dad", DraftDetails{Recipient: "Dad", Tone: TonePlayful}},
		{"write to Sam on Monday", DraftDetails{Recipient: "Sam"}},
		{"Can I write to someone in March?", DraftDetails{}},
		{"Hi, I'd like to write to my brother", DraftDetails{Relationship: "brother"}},
		{"I want to reach out to Priya, remember when we got lost in Rome",
			DraftDetails{Recipient: "Priya", Mentions: []string{"the time we got lost in Rome"}}},
		{"text Lee, I saw a dog that looked like Biscuit and thought of him",
			DraftDetails{Recipient: "Lee", Occasion: OccasionThinking, Medium: "text", Mentions: []string{"I saw a dog that looked like Biscuit"}}},
		{"write to Ana, she passed her driving test",
			DraftDetails{Recipient: "Ana", Occasion: OccasionWin, Mentions: []string{"passing her driving test"}}},
		{"we used to walk by the river every Sunday, help me write to Max",
			DraftDetails{Recipient: "Max", Mentions: []string{"we used to walk by the river every Sunday"}}},
		{"follow up with Sam after our chat last week", DraftDetails{Recipient: "Sam", Occasion: OccasionFollowUp}},
		{"I miss Sam, we haven't talked since college",
			DraftDetails{Recipient: "Sam", Relationship: "college friend", Occasion: OccasionSilence, Since: "since college"}},
		{"a long heartfelt letter to my wife", DraftDetails{Relationship: "wife", Tone: ToneWarm, Length: LengthLong, Medium: "letter"}},
		{"I'll write to Sam, I won't make it long", DraftDetails{Recipient: "Sam", Length: LengthShort}},
		{"what kind of message should I send Tom", DraftDetails{Recipient: "Tom"}},
		{"Sam has been ill and she won the race anyway",
			DraftDetails{Recipient: "Sam", Occasion: OccasionHardTime, Mentions: []string{"winning the race anyway"}}},
		{"a thank-you email to Mrs Jones", DraftDetails{Recipient: "Mrs Jones", Occasion: OccasionThanks, Medium: "email"}},
		{"", DraftDetails{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			// Details to mention are read by the composer from the whole
			// request, and the relationship comes from agent/people: both
			// have their own tests.
			got := ExtractDraftDetails(tt.in)
			got.Mentions, got.Relationship, tt.want.Mentions, tt.want.Relationship = nil, "", nil, ""
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", tt.want) {
				t.Errorf("ExtractDraftDetails(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseRevision(t *testing.T) {
	tests := []struct {
		in   string
		want Revision
		ok   bool
	}{
		{"warmer", Revision{Kind: "warmer"}, true},
		{"Make it warmer please", Revision{Kind: "warmer"}, true},
		{"make it shorter", Revision{Kind: "shorter"}, true},
		{"too long", Revision{Kind: "shorter"}, true},
		{"longer", Revision{Kind: "longer"}, true},
		{"more casual", Revision{Kind: "casual"}, true},
		{"less formal", Revision{Kind: "casual"}, true},
		{"a bit more formal", Revision{Kind: "formal"}, true},
		{"less casual", Revision{Kind: "formal"}, true},
		{"more playful", Revision{Kind: "playful"}, true},
		{"less gushy", Revision{Kind: "cooler"}, true},
		{"too warm", Revision{Kind: "cooler"}, true},
		{"another one", Revision{Kind: "another"}, true},
		{"try again", Revision{Kind: "another"}, true},
		{"different one", Revision{Kind: "another"}, true},
		{"Another one please!", Revision{Kind: "another"}, true},
		{"mention the concert", Revision{Kind: "add", Detail: "the concert"}, true},
		{"add that I got a new job", Revision{Kind: "add", Detail: "I got a new job"}, true},
		{"also mention Biscuit the dog", Revision{Kind: "add", Detail: "Biscuit the dog"}, true},
		{"remove the part about the trip", Revision{Kind: "remove", Detail: "the trip"}, true},
		{"don't mention the trip", Revision{Kind: "remove", Detail: "the trip"}, true},
		{"Don’t mention the trip.", Revision{Kind: "remove", Detail: "the trip"}, true},
		{"take out the bit about work", Revision{Kind: "remove", Detail: "work"}, true},
		{"say more", Revision{Kind: "longer"}, true},
		{"what do you think?", Revision{}, false},
		{"done", Revision{}, false},
		{"", Revision{}, false},
		{"Sam", Revision{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseRevision(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ParseRevision(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestApplyRevision(t *testing.T) {
	base := DraftDetails{Recipient: "Sam", Tone: ToneWarm, Mentions: []string{"the road trip to the coast", "your new job"}}
	tests := []struct {
		name string
		in   DraftDetails
		rev  Revision
		want func(DraftDetails) bool
	}{
		{"warmer", base, Revision{Kind: "warmer"}, func(d DraftDetails) bool { return d.Warmth == 1 }},
		{"warmer caps", DraftDetails{Warmth: 2}, Revision{Kind: "warmer"}, func(d DraftDetails) bool { return d.Warmth == 2 }},
		{"cooler", base, Revision{Kind: "cooler"}, func(d DraftDetails) bool { return d.Warmth == -1 }},
		{"shorter from medium", base, Revision{Kind: "shorter"}, func(d DraftDetails) bool { return d.Length == LengthShort }},
		{"shorter from long", DraftDetails{Length: LengthLong}, Revision{Kind: "shorter"}, func(d DraftDetails) bool { return d.Length == LengthMedium }},
		{"longer from short", DraftDetails{Length: LengthShort}, Revision{Kind: "longer"}, func(d DraftDetails) bool { return d.Length == LengthMedium }},
		{"longer from medium", base, Revision{Kind: "longer"}, func(d DraftDetails) bool { return d.Length == LengthLong }},
		{"casual", DraftDetails{Tone: ToneFormal, Formality: 1}, Revision{Kind: "casual"}, func(d DraftDetails) bool { return d.Tone == ToneCasual && d.Formality == -1 }},
		{"formal", base, Revision{Kind: "formal"}, func(d DraftDetails) bool { return d.Tone == ToneFormal && d.Formality == 1 }},
		{"playful", base, Revision{Kind: "playful"}, func(d DraftDetails) bool { return d.Tone == TonePlayful }},
		{"another unchanged", base, Revision{Kind: "another"}, func(d DraftDetails) bool { return fmt.Sprint(d) == fmt.Sprint(base) }},
		{"add", base, Revision{Kind: "add", Detail: "the concert"}, func(d DraftDetails) bool { return len(d.Mentions) == 3 && d.Mentions[2] == "the concert" }},
		{"add twice", base, Revision{Kind: "add", Detail: "Your new job"}, func(d DraftDetails) bool { return len(d.Mentions) == 2 }},
		{"remove", base, Revision{Kind: "remove", Detail: "the trip"}, func(d DraftDetails) bool {
			return slices.Equal(d.Mentions, []string{"your new job"})
		}},
		{"remove nothing", base, Revision{Kind: "remove", Detail: "the part"}, func(d DraftDetails) bool { return len(d.Mentions) == 2 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.in.Mentions)
			got := ApplyRevision(tt.in, tt.rev)
			if !tt.want(got) {
				t.Errorf("ApplyRevision(%+v, %+v) = %+v", tt.in, tt.rev, got)
			}
			if !slices.Equal(tt.in.Mentions, before) {
				t.Errorf("ApplyRevision changed its input's mentions: %q", tt.in.Mentions)
			}
		})
	}
}

var winWords = regexp.MustCompile(`congratulat|well done|proud|wonderful news`)

var blame = regexp.MustCompile(`sorry|apolog|my fault|on me\b|forgive`)

var gendered = regexp.MustCompile(`(?i)\b(?:he|she|him|her|his|hers|himself|herself)\b`)

func TestComposeDraftRevisionsChangeText(t *testing.T) {
	base := DraftDetails{Recipient: "Sam", Occasion: OccasionThinking, Mentions: []string{"the concert"}}
	tests := []struct {
		rev   Revision
		check func(before, after string) bool
	}{
		{Revision{Kind: "shorter"}, func(b, a string) bool { return len(a) < len(b) }},
		{Revision{Kind: "longer"}, func(b, a string) bool { return len(a) > len(b) }},
		{Revision{Kind: "warmer"}, func(b, a string) bool { return a != b }},
		{Revision{Kind: "cooler"}, func(b, a string) bool { return a != b && !strings.Contains(a[strings.Index(a, "\n")+1:], "!") }},
		{Revision{Kind: "casual"}, func(b, a string) bool { return strings.HasPrefix(a, "Hey") }},
		{Revision{Kind: "formal"}, func(b, a string) bool {
			return (strings.HasPrefix(a, "Hello Sam,\n") || strings.HasPrefix(a, "Dear Sam,\n")) && !strings.Contains(a, "'ve")
		}},
		{Revision{Kind: "playful"}, func(b, a string) bool { return a != b }},
		{Revision{Kind: "add", Detail: "I got a new job"}, func(b, a string) bool { return strings.Contains(a, "I got a new job") }},
		{Revision{Kind: "remove", Detail: "the concert"}, func(b, a string) bool { return !strings.Contains(a, "concert") }},
	}
	before := ComposeDraft(base, 0)
	for _, tt := range tests {
		t.Run(tt.rev.Kind, func(t *testing.T) {
			after := ComposeDraft(ApplyRevision(base, tt.rev), 0)
			if !tt.check(before, after) {
				t.Errorf("%+v: before %q, after %q", tt.rev, before, after)
			}
		})
	}
}

func TestAdaptPronouns(t *testing.T) {
	tests := []struct{ in, recipient, want string }{
		{"her new job", "", "your new job"},
		{"she loves hiking", "", "you love hiking"},
		{"he just watches films", "", "you just watch films"},
		{"she's been so busy", "", "you've been so busy"},
		{"she is moving to Berlin", "", "you are moving to Berlin"},
		{"I miss her", "", "I miss you"},
		{"told him about it", "", "told you about it"},
		{"Sam's new flat", "Sam", "your new flat"},
		{"the time we got lost in Rome", "", "the time we got lost in Rome"},
		{"they tried so hard", "", "you tried so hard"},
	}
	for _, tt := range tests {
		if got := adaptPronouns(tt.in, tt.recipient); got != tt.want {
			t.Errorf("adaptPronouns(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzExtractDraftDetails(f *testing.F) {
	for _, s := range []string{"draft a check-in to my sister Ana, she just got a new job", "write to mum", "my my my",
		"to", "\xff", "she just got a", "remember when", "Sam's Sam's", "\x86to aa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := ExtractDraftDetails(s)
		for _, v := range append([]string{d.Recipient, d.Relationship, d.Since}, d.Mentions...) {
			if !utf8.ValidString(v) {
				t.Fatalf("invalid UTF-8 %q from %q", v, s)
			}
		}
		_, _ = ParseRevision(s)
	})
}

func FuzzComposeDraft(f *testing.F) {
	f.Add("Sam", "the road trip", "about a year", OccasionSilence, ToneWarm, LengthShort, 0, 0, 0)
	f.Add("", "she loves hiking", "", OccasionWin, TonePlayful, LengthLong, 3, -2, 2)
	f.Add("Zoë", "we", "since", "nope", "odd", "", -7, 9, -9)
	f.Add("0", "\xda", "\x8c", "", "", "", -88, 9, 77)
	f.Fuzz(func(t *testing.T, name, mention, since, occ, tone, length string, variant, warmth, formality int) {
		d := DraftDetails{Recipient: name, Mentions: []string{mention}, Since: since, Occasion: occ, Tone: tone,
			Length: length, Warmth: warmth, Formality: formality}
		got := ComposeDraft(d, variant)
		if !strings.HasSuffix(got, "?") && !strings.HasSuffix(got, ".") && !strings.HasSuffix(got, "!") {
			t.Fatalf("draft %q does not end a sentence", got)
		}
		if strings.ContainsAny(got, "{}[]") {
			t.Fatalf("draft %q has a placeholder", got)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 in %q", got)
		}
	})
}

func BenchmarkExtractDraftDetails(b *testing.B) {
	for b.Loop() {
		ExtractDraftDetails("can you help me write to Sam? we were close in college but haven't talked in about a year")
	}
}

func BenchmarkComposeDraft(b *testing.B) {
	d := DraftDetails{Recipient: "Sam", Occasion: OccasionSilence, Since: "about a year", Tone: ToneWarm,
		Mentions: []string{"the road trip to the coast"}}
	for i := 0; b.Loop(); i++ {
		d.Length = []string{LengthShort, LengthMedium, LengthLong}[i%3]
		ComposeDraft(d, i)
	}
}

func TestNameFromAnswer(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sam", "Sam"},
		{"sam", "Sam"},
		{"Ana, my aunt", "Ana"},
		{"jo.", "Jo"},
		// Not names: a number typed for a choice that was not offered,
		// fillers, pronouns, long sentences.
		{"1", ""},
		{"2.", ""},
		{"idk", ""},
		{"someone", ""},
		{"her", ""},
		{"just a friend of mine really", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := nameFromAnswer(tt.in); got != tt.want {
			t.Errorf("nameFromAnswer(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestModelDetailsAreRewritten(t *testing.T) {
	d := DraftDetails{Recipient: "Marcus", Occasion: OccasionHardTime,
		Said: []string{"his dad died last week, it was very sudden", "we went on 3 dates"}}
	got := modelDetails(d)
	if got.Occasion != OccasionCondolence && got.Occasion != OccasionHardTime {
		t.Errorf("occasion = %q", got.Occasion)
	}
	joined := strings.Join(got.Mentions, "; ")
	if !strings.Contains(joined, "your dad") || strings.Contains(joined, "dates") || strings.Contains(joined, "his dad") {
		t.Errorf("mentions = %q, want the loss rewritten and the background left out", joined)
	}
	if got.Said != nil {
		t.Errorf("the model is given the raw words: %q", got.Said)
	}
}

func TestDraftOccasionRules(t *testing.T) {
	tests := []struct {
		s    string
		d    DraftDetails
		want error
	}{
		{"Hi Marcus! So sorry about your dad.", DraftDetails{Recipient: "Marcus", Occasion: OccasionCondolence}, errCheerful},
		{"Marcus, I'm so sorry about your dad.", DraftDetails{Recipient: "Marcus", Occasion: OccasionCondolence}, nil},
		{"Dear Raj, congratulations. I miss you.", DraftDetails{Recipient: "Raj", Relationship: "LinkedIn contact", Occasion: OccasionWin}, errTooClose},
		{"Hi Sam! I miss you.", DraftDetails{Recipient: "Sam", Relationship: "old friend", Occasion: OccasionSilence}, nil},
	}
	for _, tt := range tests {
		if got := draftOccasionRules(tt.s, tt.d); got != tt.want {
			t.Errorf("draftOccasionRules(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestTitledNameIsTheRecipient checks that a titled name in lower case is
// the person written to, not a topic named after "about".
func TestTitledNameIsTheRecipient(t *testing.T) {
	for _, in := range []string{"ask dr okoro about jobs", "i want to ask prof adeyemi if she has time to talk about jobs"} {
		d := ExtractDraftDetails(in)
		if !strings.HasPrefix(d.Recipient, "Dr ") && !strings.HasPrefix(d.Recipient, "Prof ") {
			t.Errorf("ExtractDraftDetails(%q).Recipient = %q, want the titled name", in, d.Recipient)
		}
	}
}
