package compose

import (
	"strings"
	"testing"
)

// draftOf parses text as the agent would and writes the first variant.
func draftOf(text, name string, tie Tie) (string, Occasion) {
	o := DetectOccasion(text)
	return Write(Spec{Occasion: o, Name: name, Tie: tie, Details: Parse(text, name, o)}), o
}

// TestRiftShapesTheToneOnly checks that a falling-out told as background
// keeps a check-in quiet and is never said back.
func TestRiftShapesTheToneOnly(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"Mum", "write to my mum, we havent really talked since the row at my cousins wedding"},
		{"Theo", "reach out to my brother theo, we haven't spoken since the blow up over the inheritance"},
		{"Gus", "a check in for gus, not spoken since the fight at his stag do"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFamily)
		first, _, _ := strings.Cut(d, ".")
		low := strings.ToLower(d)
		for _, bad := range []string{"row", "blow up", "fight", "wedding", "inheritance", "stag"} {
			if strings.Contains(low, " "+bad) {
				t.Errorf("draft for %q says %q: %q", tt.text, bad, d)
			}
		}
		if strings.Contains(first, "!") {
			t.Errorf("draft for %q opens cheerfully: %q", tt.text, d)
		}
	}
	// A silence dated by something that is no row still keeps the time.
	if ds := Parse("we haven't spoken since the summer we worked at the cafe", "Ana", Reconnect); len(ds) == 0 || ds[0].Kind != Memory {
		t.Errorf("Parse kept %+v, want the summer at the cafe as a memory", ds)
	}
	if !Slight(Detail{Kind: Rift}) || Describe(Detail{Kind: Rift}) != "" {
		t.Errorf("a rift alone must leave room to ask for more, and tell a model nothing")
	}
}

// TestRecoveryIsGoodNews checks that an illness beaten is met with
// gladness, however the illness is named.
func TestRecoveryIsGoodNews(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"Ravi", "my mate ravi is officially in remission!!"},
		{"Nell", "my aunt nell rang the bell after her final radiotherapy today"},
		{"Bex", "bex got her scan results back and theyre clear"},
		{"Oskar", "text oskar, he's home from hospital after the op"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		low := strings.ToLower(d)
		if o == HardTime || o == Condolence || strings.Contains(low, "sorry") || strings.Contains(low, "holding up") {
			t.Errorf("draft for %q (%s) meets good news with sympathy: %q", tt.text, o, d)
		}
		if !occasionWords[Congrats].re.MatchString(d) {
			t.Errorf("draft for %q (%s) is not glad: %q", tt.text, o, d)
		}
	}
	for _, text := range []string{"my dad has been in and out of hospital all month", "she's not out of hospital yet"} {
		if recoveredNews(text) {
			t.Errorf("recoveredNews(%q) = true, want false", text)
		}
	}
}

// TestThanksForWhatTheyHaveBeenDoing checks that a kindness told in any
// tense becomes what the thanks is for.
func TestThanksForWhatTheyHaveBeenDoing(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Femi", "thank femi, he's been walking my dog every morning", "walking my dog"},
		{"Zara", "thank you note to zara, she has always picked up my prescriptions", "picking up my prescriptions"},
		{"Len", "thanks to len, he kept an eye on my flat", "keeping an eye on my flat"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFriend)
		if !strings.Contains(d, "for "+tt.want) || strings.Contains(d, "I heard") {
			t.Errorf("draft for %q = %q, want thanks for %q", tt.text, d, tt.want)
		}
	}
}

// TestAboutAnAskSaysTheAsk checks that a message "about" something the
// person wants asks for it plainly, and that a fondness told in the past
// tense is remembered, not reported.
func TestAboutAnAskSaysTheAsk(t *testing.T) {
	d, _ := draftOf("email my old supervisor dr kaur about a character reference", "Dr Kaur", TieWork)
	if !strings.Contains(d, "Would you be willing to give me a character reference?") || strings.Contains(d, "follow up") {
		t.Errorf("draft = %q, want the reference asked for plainly", d)
	}
	if ds := Parse("he adored sailing", "Rob", Reconnect); len(ds) != 1 || ds[0].Kind != Memory || ds[0].Text != "how much you adored sailing" {
		t.Errorf("Parse = %+v, want the fondness remembered", ds)
	}
}
