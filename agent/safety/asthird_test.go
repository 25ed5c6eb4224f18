package safety

import "testing"

// An idea the rules know in the speaker's words is someone else's risk
// when it is told of them in the third person; a report that a near miss
// speaks for, or that would be safe in the first person too, stays safe.
func TestThirdPersonReadAsTheirs(t *testing.T) {
	cases := []struct {
		text string
		want Situation
	}{
		{"my grandad has stopped taking his insulin on purpose", Other},
		{"my girlfriend keeps a blade in her bag just in case", Other},
		{"she says she doesnt want to see 18", Other},
		{"he says when his wife dies hell go too", Other},
		{"my mum says nobody would come to her funeral", Other},
		{"he said he's standing on the bridge right now", Other},
		{"my brother gave away all his old clothes when he moved abroad", None},
		{"the ending where she jumps off the cliff in that show wrecked me", None},
		{"my friend's been struggling, how do i ask her if she's thinking about suicide", None},
		{"im scared of what my mum will do when she sees my grades", None},
		{"my friend doesnt see a future for herself in this company", None},
	}
	for _, c := range cases {
		if got := Detect(c.text).Situation; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestFirstOfThird(t *testing.T) {
	for in, want := range map[string]string{"wants": "want", "tries": "try", "wishes": "wish", "keps": "kep", "mises": "mis"} {
		if got, ok := firstOfThird(in); !ok || got != want {
			t.Errorf("firstOfThird(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"is", "pass", "bus", "was"} {
		if got, ok := firstOfThird(in); ok {
			t.Errorf("firstOfThird(%q) = %q, want no change", in, got)
		}
	}
}
