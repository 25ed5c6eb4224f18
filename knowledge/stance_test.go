package knowledge

import "testing"

func TestFrameOf(t *testing.T) {
	tests := []struct {
		q    string
		want frame
	}{
		{"should i leave the family group chat", framePlain},
		{"is it fine to turn my phone off after ten", framePlain},
		{"would it be odd to ring my old teacher", frameDoubt},
		{"i keep sending voice notes, am i being too much", frameDoubt},
		{"is skipping her party really that petty", frameDoubt},
		{"can i say no to the trip without being rude", framePlain},
		{"would it be awful to leave the family chat", frameDoubt},
		{"is it heartless to stop replying to him", frameDoubt},
		{"my brother says muting the family chat is rude, is that fair", frameDoubt},
		{"a friend reckons asking for space is childish, right?", frameDoubt},
		{"my aunt says leaving the group isn't rude, is that true", framePlain},
		{"should i report the man who is rude to everyone", framePlain},
		{"he replied a week late, is that not weird", framePlain},
	}
	for _, tt := range tests {
		if got := frameOf(tt.q); got != tt.want {
			t.Errorf("frameOf(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

func TestStanceFor(t *testing.T) {
	tests := []struct {
		stance string
		q, ex  frame
		want   string
	}{
		{"Yes, once.", framePlain, framePlain, "Yes, once."},
		{"Yes.", frameDoubt, framePlain, "No."},
		{"No.", framePlain, frameDoubt, "Yes."},
		{"Yes, once, after a while.", frameDoubt, framePlain, ""},
	}
	for _, tt := range tests {
		if got := stanceFor(tt.stance, tt.q, tt.ex); got != tt.want {
			t.Errorf("stanceFor(%q, %d, %d) = %q, want %q", tt.stance, tt.q, tt.ex, got, tt.want)
		}
	}
}

// TestStanceTurnsWithTheQuestion checks on the built-in guide that a
// question put in doubt does not get the yes its plain wording has, and that
// a stance is found for a yes-or-no question worded unlike any listed one.
func TestStanceTurnsWithTheQuestion(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	stanceOf := func(q, id string) string {
		for _, h := range kb.Search(q, 5) {
			if h.ID == id {
				return h.Stance
			}
		}
		t.Fatalf("%q: %s not in the first five", q, id)
		return ""
	}
	const bounds = "boundaries/setting-your-own-boundaries"
	if got := stanceOf("is it rude to leave a group chat that wears me out", bounds); got == "" || got[:2] == "Ye" {
		t.Errorf("doubting a thing the guide says yes to got stance %q, want a no", got)
	}
	if got := stanceOf("is it alright to leave a group chat that wears me out", bounds); got == "" || got[:2] == "No" {
		t.Errorf("asking plainly got stance %q, want a yes", got)
	}
}
