package agent

import "testing"

// TestReadNews reads news in wordings written apart from the tune lines:
// what kind it is, whether it is the person's own, and who it is about.
func TestReadNews(t *testing.T) {
	tests := []struct {
		text  string
		kind  newsKind
		self  bool
		about string
	}{
		{"she just beat cancer", newsRecovery, false, "her"},
		{"my uncle's scans came back clear!!", newsRecovery, false, "your uncle"},
		{"grandma pulled through the night", newsRecovery, false, "Grandma"},
		{"my stepdad's surgery went really well", newsRecovery, false, "your stepdad"},
		{"he survived the operation", newsRecovery, false, "him"},
		{"i'm finally cancer free", newsRecovery, true, ""},
		{"my nephew passed his theory test", newsWin, false, "your nephew"},
		{"i passed!! first time", newsWin, true, ""},
		{"my cousin Ola got into oxford", newsWin, false, "Ola"},
		{"my brother became a dad last night", newsBaby, false, "your brother"},
		{"my colleague's mum passed away on sunday", newsDeath, false, "your colleague's mum"},
		{"my auntie has been admitted to hospital", newsIll, false, "your auntie"},
		{"my flatmate broke his ankle playing football", newsIll, false, "your flatmate"},
		{"my best friend got laid off", newsSetback, false, "your best friend"},
		{"didnt get the flat in the end", newsSetback, true, ""},
		{"my roomie is moving out", newsChange, false, "your roomie"},
		{"my closest friend is relocating to berlin", newsChange, false, "your closest friend"},
		{"me and sasha split up", newsChange, true, ""},
		{"the printer has died again", newsNone, false, ""},
		{"i barely survived monday lol", newsNone, false, ""},
		{"my phone broke again", newsNone, false, ""},
		{"she admitted she was wrong", newsNone, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			n := readNews(tt.text)
			if tt.kind == newsNone && n.kind == newsNone {
				return
			}
			if n.kind != tt.kind || n.self != tt.self || n.about != tt.about {
				t.Errorf("readNews(%q) = kind %d self %v about %q, want kind %d self %v about %q",
					tt.text, n.kind, n.self, n.about, tt.kind, tt.self, tt.about)
			}
		})
	}
}

// TestReadToldOthers reads someone else's accidents, illnesses and wins
// told in words of their own, and leaves alone what only sounds like one.
func TestReadToldOthers(t *testing.T) {
	tests := []struct {
		text  string
		kind  newsKind
		about string
	}{
		{"my neighbour's kitten got run over last week", newsIll, "your neighbour's kitten"},
		{"aisha came off her horse yesterday", newsIll, "Aisha"},
		{"my flatmate caught the flu", newsIll, "your flatmate"},
		{"my gran's cancer has come back", newsIll, "your gran"},
		{"my stepdad is really poorly", newsIll, "your stepdad"},
		{"my brother's girlfriend said yes!!", newsWin, "your brother's girlfriend"},
		{"my cousin just qualified as a vet", newsWin, "your cousin"},
		{"my granny passed on tuesday", newsDeath, "your granny"},
		{"my nephew passed with a distinction", newsWin, "your nephew"},
		{"he has a kind heart", newsNone, ""},
		{"she's got a long way to go with it", newsNone, ""},
		{"my code has a bug in it", newsNone, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			n := readTold(tt.text)
			if n.kind != tt.kind || tt.kind != newsNone && n.about != tt.about {
				t.Errorf("readTold(%q) = kind %d about %q, want kind %d about %q", tt.text, n.kind, n.about, tt.kind, tt.about)
			}
		})
	}
}

// TestSadNewsIsNoGripe checks that someone's illness or accident said
// with a sigh is their news, not a complaint, while a gripe stays one.
func TestSadNewsIsNoGripe(t *testing.T) {
	for _, text := range []string{"my flatmate's poorly again ugh", "ugh my dad's in hospital again", "my mate got the flu again smh"} {
		if gripe(text) || !newsOfOthers(text) {
			t.Errorf("%q: gripe %v, news of others %v; want their news", text, gripe(text), newsOfOthers(text))
		}
	}
	for _, text := range []string{"the bus was late again ugh", "the wifi is down again smh"} {
		if !gripe(text) {
			t.Errorf("%q: not a gripe", text)
		}
	}
}
