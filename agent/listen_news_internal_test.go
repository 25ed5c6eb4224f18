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
