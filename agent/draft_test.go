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
		{"write to Ana, I forgot her birthday", DraftDetails{Recipient: "Ana", Occasion: OccasionApology}},
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
			got := ExtractDraftDetails(tt.in)
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

// draftFlaw returns what a draft must never contain, if it does: a
// placeholder, a stock phrase, doubled spaces or stray punctuation.
func draftFlaw(s string) string {
	if strings.TrimSpace(s) != s {
		return "surrounding space"
	}
	low := strings.ToLower(s)
	for _, bad := range []string{"[", "]", "{", "}", "<", ">", "todo", "xxx", "finds you well", "just checking in",
		"  ", ". .", "..", " ,", " .", " !", " ?", "??", "!.", ",.", "\n\n"} {
		if strings.Contains(low, bad) {
			return bad
		}
	}
	return ""
}

var winWords = regexp.MustCompile(`congratulat|well done|proud|wonderful news`)

var blame = regexp.MustCompile(`sorry|apolog|my fault|on me\b|forgive`)

var gendered = regexp.MustCompile(`(?i)\b(?:he|she|him|her|his|hers|himself|herself)\b`)

func TestComposeDraftGrid(t *testing.T) {
	occasions := []string{"", OccasionSilence, OccasionHardTime, OccasionWin, OccasionBirthday, OccasionThinking,
		OccasionFollowUp, OccasionThanks, OccasionApology, OccasionMend}
	tones := []string{"", ToneWarm, ToneCasual, TonePlayful, ToneSimple, ToneFormal}
	lengths := []string{LengthShort, LengthMedium, LengthLong, ""}
	mentionSets := []struct {
		mentions []string
		keys     []string
	}{
		{nil, nil},
		{[]string{"the road trip to the coast"}, []string{"road trip to the coast"}},
		{[]string{"her new job"}, []string{"your new job"}},
		{[]string{"we used to walk by the river"}, []string{"walk by the river"}},
		{[]string{"she loves hiking", "I saw a fox"}, []string{"you love hiking", "saw a fox"}},
		{[]string{"mention the concert"}, []string{"concert"}},
	}
	n := 0
	for _, occ := range occasions {
		for _, tone := range tones {
			for _, length := range lengths {
				for _, ms := range mentionSets {
					for _, warmth := range []int{-1, 2} {
						for _, since := range []string{"", "since college"} {
							d := DraftDetails{Recipient: "Sam", Occasion: occ, Tone: tone, Length: length,
								Mentions: ms.mentions, Warmth: warmth, Since: since}
							var seen []string
							for v := range 5 {
								got := ComposeDraft(d, v)
								n++
								name := fmt.Sprintf("%+v v%d", d, v)
								limit := caps[length]
								if tone == ToneSimple && length == "" {
									limit = caps[LengthShort]
								}
								assertDraftQuality(t, name, got, d, ms.keys, limit)
								if v < 4 && slices.Contains(seen, got) {
									t.Errorf("%s: variant repeats an earlier one: %q", name, got)
								}
								if v > 0 && got == seen[len(seen)-1] {
									t.Errorf("%s: same as the previous variant", name)
								}
								seen = append(seen, got)
							}
						}
					}
				}
			}
		}
	}
	if n < 5000 {
		t.Fatalf("grid too small: %d drafts", n)
	}
}

// caps are the length caps the drafting rules promise.
var caps = map[string]int{LengthShort: 160, LengthMedium: 400, "": 400, LengthLong: 700}

func assertDraftQuality(t *testing.T, name, got string, d DraftDetails, keys []string, limit int) {
	t.Helper()
	if !strings.Contains(got, d.Recipient) {
		t.Errorf("%s: no recipient name in %q", name, got)
	}
	if !strings.HasSuffix(got, "?") {
		t.Errorf("%s: does not end with a question: %q", name, got)
	}
	if m := draftFlaw(got); m != "" {
		t.Errorf("%s: contains %q: %q", name, m, got)
	}
	if len(got) > limit {
		t.Errorf("%s: %d bytes, cap %d: %q", name, len(got), limit, got)
	}
	if !utf8.ValidString(got) {
		t.Errorf("%s: invalid UTF-8", name)
	}
	if limit == caps[LengthMedium] && len(d.Mentions) <= 1 && countSentences(got)-1 > draftMediumSentences {
		t.Errorf("%s: %d sentences in a medium draft: %q", name, countSentences(got)-1, got)
	}
	if m := gendered.FindString(got); m != "" {
		t.Errorf("%s: gendered pronoun %q in %q", name, m, got)
	}
	low := strings.ToLower(got)
	for _, k := range keys {
		if !strings.Contains(low, strings.ToLower(k)) {
			t.Errorf("%s: mention %q missing from %q", name, k, got)
		}
	}
	for _, w := range strongWords {
		inMentions := slices.ContainsFunc(d.Mentions, func(m string) bool { return strings.Contains(strings.ToLower(m), w) })
		if strings.Count(low, w) > 1 && !inMentions {
			t.Errorf("%s: %q said twice in %q", name, w, got)
		}
	}
	if d.Occasion == OccasionSilence && d.Since != "" && limit > 160 && !strings.Contains(got, d.Since) {
		t.Errorf("%s: since %q missing from %q", name, d.Since, got)
	}
	switch d.Occasion {
	case OccasionBirthday:
		if !strings.Contains(low, "birthday") {
			t.Errorf("%s: birthday draft without birthday: %q", name, got)
		}
	case OccasionWin:
		if !winWords.MatchString(low) {
			t.Errorf("%s: win draft without congratulations: %q", name, got)
		}
	case OccasionHardTime:
		if strings.Contains(low, "congratulat") {
			t.Errorf("%s: hard-time draft congratulates: %q", name, got)
		}
	case OccasionApology:
		if !strings.Contains(low, "sorry") && !strings.Contains(low, "apolog") {
			t.Errorf("%s: apology without sorry: %q", name, got)
		}
	case OccasionThanks:
		if strings.Contains(low, "miss you") {
			t.Errorf("%s: thank-you draft misses them: %q", name, got)
		}
	case OccasionMend:
		// A falling-out is not a confession: the person did not say it
		// was their fault.
		if blame.MatchString(low) {
			t.Errorf("%s: falling-out draft takes the blame: %q", name, got)
		}
	}
	if d.Occasion == OccasionApology || d.Occasion == OccasionMend {
		// Comfort for someone in a hard time rings false after a quarrel.
		for _, line := range warmHardLines {
			if !slices.Contains(warmMendLines, line) && strings.Contains(got, line) {
				t.Errorf("%s: hard-time line in a %s draft: %q", name, d.Occasion, got)
			}
		}
		if strings.Contains(got, "I'm here for you") {
			t.Errorf("%s: hard-time line in a %s draft: %q", name, d.Occasion, got)
		}
	}
}

func TestComposeDraftExamples(t *testing.T) {
	d := DraftDetails{Recipient: "Sam", Relationship: "college friend", Occasion: OccasionSilence, Since: "about a year",
		Tone: ToneWarm, Mentions: []string{"the road trip to the coast"}}
	got := ComposeDraft(d, 0)
	for _, want := range []string{"Hi Sam!", "our road trip to the coast", "about a year"} {
		if !strings.Contains(got, want) {
			t.Errorf("ComposeDraft = %q, want it to contain %q", got, want)
		}
	}
	short := ComposeDraft(ApplyRevision(d, Revision{Kind: "shorter"}), 0)
	if len(short) > 160 || !strings.Contains(short, "road trip to the coast") || short == got {
		t.Errorf("shorter = %q (from %q)", short, got)
	}
	win := ComposeDraft(DraftDetails{Recipient: "Ana", Occasion: OccasionWin, Mentions: []string{"her new job"}}, 0)
	if !strings.Contains(win, "your new job") || !strings.Contains(strings.ToLower(win), "congratulations") {
		t.Errorf("win draft = %q", win)
	}
	hard := ComposeDraft(DraftDetails{Recipient: "Tom", Occasion: OccasionHardTime}, 0)
	if !strings.Contains(hard, "No need to reply") {
		t.Errorf("hard-time draft = %q", hard)
	}
	noName := ComposeDraft(DraftDetails{}, 0)
	if !strings.HasPrefix(noName, "Hi!") || !strings.HasSuffix(noName, "?") {
		t.Errorf("draft without a name = %q", noName)
	}
	email := ComposeDraft(DraftDetails{Recipient: "Ms Lee", Tone: ToneFormal, Medium: "email"}, 0)
	if !strings.HasPrefix(email, "Dear Ms Lee,\n") || strings.Contains(email, "I'm") {
		t.Errorf("formal email = %q", email)
	}
}

func TestComposeDraftMentions(t *testing.T) {
	tests := []struct {
		occasion, mention string
		want, not         string
	}{
		{OccasionThanks, "helping me move", "thank you for helping me move", ""},
		{OccasionThanks, "thanks for your help last week", "thank you for your help last week", ""},
		{OccasionThanks, "her new puppy", "your new puppy", "for your new puppy"},
		{OccasionThinking, "lol", "", "lol"},
		{OccasionThinking, "we should get coffee soon", "We should get coffee soon.", "how we should"},
		{OccasionFollowUp, "the interview", "how the interview went", ""},
		{OccasionFollowUp, "his first day at the new job", "your first day at the new job", ""},
		{OccasionApology, "missing your birthday", "apology for missing your birthday", ""},
		{OccasionApology, "the trip", "our trip", "apology for our trip"},
		{OccasionWin, "she passed her driving test", "you passed your driving test", ""},
		{OccasionHardTime, "his dad's surgery", "about your dad's surgery", ""},
		{OccasionThinking, "I saw that film she recommended", "I saw that film you recommended", ""},
		{OccasionThinking, "remember the camping trip", "our camping trip", "remember"},
	}
	for _, tt := range tests {
		t.Run(tt.occasion+" "+tt.mention, func(t *testing.T) {
			got := ComposeDraft(DraftDetails{Recipient: "Sam", Occasion: tt.occasion, Mentions: []string{tt.mention}}, 0)
			if !strings.Contains(got, tt.want) {
				t.Errorf("draft %q lacks %q", got, tt.want)
			}
			if tt.not != "" && strings.Contains(got, tt.not) {
				t.Errorf("draft %q contains %q", got, tt.not)
			}
		})
	}
}

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
		{Revision{Kind: "formal"}, func(b, a string) bool { return strings.HasPrefix(a, "Hello Sam,\n") }},
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
		if !strings.HasSuffix(got, "?") {
			t.Fatalf("draft %q does not end with a question", got)
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
