package agent

import "testing"

func TestModelUnwrapDraft(t *testing.T) {
	const msg = "Hey Jonas! Your sourdough photos made me hungry. How is the new oven treating you?"
	tests := []struct{ name, in, want string }{
		{"plain", msg, msg},
		{"announce sentence", "Of course! " + msg, msg},
		{"announce line", "Absolutely, here's a friendlier take:\n\n" + msg, msg},
		{"announce then quotes", "Sure thing! Here is the revised message:\n“" + msg + "”", msg},
		{"subject line", "Subject: Bread and catching up\n\n" + msg, msg},
		{"subject line in bold", "**Subject line:** Jonas and the oven\n" + msg, msg},
		{"announce naming the recipient", "Here's a message for your brother Jonas you could send:\n" + msg, msg},
		{"announce naming the occasion", "Here is a warm note celebrating Jonas's good news:\n\n" + msg, msg},
		{"bold label", "__Warmer version:__\n" + msg, msg},
		{"sign-off", msg + "\n\nWarmly,", msg},
		{"sign-off with a name", msg + "\n\nTake care,\nRiya", msg},
		{"kisses", msg + "\nLove you lots xx", msg},
		{"signature placeholder", msg + "\n\nBest wishes,\n{sender}", msg},
		{"offer after", msg + "\n\nFeel free to tweak it so it sounds more like you!", msg},
		{"note after", msg + "\n\nNote: I kept it short because you asked for a brief one.", msg},
		{"offer on the same line", msg + " Happy to adjust the tone if needed.", msg},
		{"separator and offer", msg + "\n---\nWant me to make it shorter?", msg},
		{"greeting on its own line stays", "Hey Jonas,\n\nYour sourdough photos made me hungry. How is the new oven?", "Hey Jonas,\n\nYour sourdough photos made me hungry. How is the new oven?"},
		{"a line of message after the question stays", msg + "\nI still think about that bakery we found in the old town.", msg + "\nI still think about that bakery we found in the old town."},
		{"announce naming the recipient stays", "Jonas, quick one: " + msg, "Jonas, quick one: " + msg},
		{"occasion greeting stays", "Happy birthday, Jonas! How is the new oven?", "Happy birthday, Jonas! How is the new oven?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unwrapDraft(tt.in, DraftDetails{Recipient: "Jonas", Relationship: "brother", Occasion: OccasionWin}); got != tt.want {
				t.Errorf("unwrapDraft(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestModelUnwrapProse(t *testing.T) {
	const ans = "From the guide (“Small steps count”): a two-line message is enough to keep a friendship warm."
	tests := []struct{ name, in, want string }{
		{"plain", ans, ans},
		{"meta opener", "According to the information provided, here is an answer. " + ans, ans},
		{"great question", "Great question! " + ans, ans},
		{"summary label", "Here's a quick recap of your answers:\n\nYou want to call your aunt more often.", "You want to call your aunt more often."},
		{"trailing offer", ans + " I hope this helps!", ans},
		{"two trailing offers", ans + " Let me know if you want more ideas. Happy to help with a message too.", ans},
		{"honest opener stays", "The guide has nothing on gifts, but it covers small gestures. " + ans, "The guide has nothing on gifts, but it covers small gestures. " + ans},
		{"quoted", "“Your aunt clearly means a lot to you.”", "Your aunt clearly means a lot to you."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unwrapProse(tt.in); got != tt.want {
				t.Errorf("unwrapProse(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestUnwrapDraftNotesAndInlinePlaceholders(t *testing.T) {
	const msg = "Hi Sam! Our road trip to the coast popped into my head. How are you?"
	cases := []struct {
		name, in, want string
	}{
		{"note on the change after a quoted draft", `"` + msg + `"` + "\n\nI cut it down to the essentials but kept the trip in.", msg},
		{"note on the version", msg + "\n\nThis version keeps the tone light.", msg},
		{"hope it works", msg + "\n\nHope this works!", msg},
		{"hope it is what you wanted", msg + "\n\nHope that is what you had in mind.", msg},
		{"a message line after the question stays", msg + "\n\nI kept the photo from that day!", msg + "\n\nI kept the photo from that day!"},
		{"placeholder on the question's line stays for the checks", msg + " ❤️ [Your Name]", msg + " ❤️ [Your Name]"},
		{"placeholder on its own line is a signature", msg + "\n[Your Name]", msg},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := unwrapDraft(c.in, samDetails); got != c.want {
				t.Errorf("unwrapDraft(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestUnwrapAnnouncingLines(t *testing.T) {
	const msg = "Hi Sam! Our road trip to the coast popped into my head. How are you?"
	for _, head := range []string{
		"Here's a warm check-in message for Sam:",
		"Here is a warm check-in message for Sam:",
		"Here's another one:",
		"Here’s a shorter version:",
	} {
		if got := unwrapDraft(head+"\n\n"+msg, samDetails); got != msg {
			t.Errorf("unwrapDraft(%q + draft) = %q, want the draft alone", head, got)
		}
	}
	const answer = "From “When someone goes quiet”: give it space."
	if got := unwrapProse("Sure, here's what the guide says:\n\n" + answer); got != answer {
		t.Errorf("unwrapProse = %q, want the answer alone", got)
	}
}
