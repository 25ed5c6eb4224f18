package understand

import "testing"

// TestClassifyTyposAndEmoji checks that a message misspelt, shouted,
// stretched or dressed with emoji keeps the label of its plain spelling.
func TestClassifyTyposAndEmoji(t *testing.T) {
	c := Default()
	tests := []struct{ label, plain, variant string }{
		{Remind, "remind me to call my mum every sunday", "remnid me to cal my mum evry sunday"},
		{Draft, "can you help me write a message to my sister", "can u hlep me wirte a mesage to my sistr"},
		{Revise, "make it shorter please", "mak it shortr plz"},
		{Feeling, "i feel so lonely lately", "i feeel sooooo lonley lately 😔"},
		{Thanks, "thank you so much", "THANK YOU SO MUCH 🙏🙏"},
		{Greeting, "hello", "helloooo 👋"},
		{Goodbye, "good night", "goodnight!! 😴"},
		{Privacy, "delete all my data", "delet all my dataa"},
		{PlanStop, "stop the plan", "stop the plna"},
		{BotQuestion, "are you a bot", "r u a bot??"},
		{Ask, "how do i make friends as an adult", "how do i make freinds as an adult?"},
		{Settings, "change my timezone", "chnage my time zone"},
	}
	for _, tt := range tests {
		p, v := c.Classify(tt.plain), c.Classify(tt.variant)
		if p.Label != tt.label {
			t.Errorf("Classify(%q) = %s %.2f, want %s", tt.plain, p.Label, p.Confidence, tt.label)
		}
		if v.Label != tt.label {
			t.Errorf("Classify(%q) = %s %.2f, want %s like %q", tt.variant, v.Label, v.Confidence, tt.label, tt.plain)
		}
	}
}
