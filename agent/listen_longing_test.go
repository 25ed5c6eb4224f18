package agent

import "testing"

func TestLongingAbout(t *testing.T) {
	for _, c := range []struct {
		text        string
		about, told bool
	}{
		{"wish my mum lived closer", true, true},
		{"i wish we hung out like we used to", true, true},
		{"wish id called him back sooner", true, true},
		{"i wish my brother understood me", true, true},
		{"i wish we talked more, can you help me text her", true, false},
		{"wish my dad a happy birthday", false, false},
		{"wish her luck for tomorrow", false, false},
		{"wish it would stop raining", false, false},
		{"wish we had more money", false, false},
	} {
		t.Run(c.text, func(t *testing.T) {
			if got := longingAbout(c.text); got != c.about {
				t.Errorf("longingAbout = %v, want %v", got, c.about)
			}
			if got := longingTold(c.text); got != c.told {
				t.Errorf("longingTold = %v, want %v", got, c.told)
			}
		})
	}
}

func TestLongingIsNoDraftRequest(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"wish my sister lived in the same city", false},
		{"i wish we were closer, me and my dad", false},
		{"wish my sister a happy birthday", true},
		{"help me wish my grandad well for his operation", true},
	} {
		t.Run(c.text, func(t *testing.T) {
			if got := DraftRequest(c.text); got != c.want {
				t.Errorf("DraftRequest = %v, want %v", got, c.want)
			}
		})
	}
}

func TestHelloOnly(t *testing.T) {
	for _, c := range []struct {
		text      string
		ok, asked bool
	}{
		{"olá! como vai você? just saying hello", true, true},
		{"buenos dias, just stopping by", true, false},
		{"hej hej, wanted to say hi", true, false},
		{"coucou, comment ça va", true, true},
		{"hi", false, false},
		{"hi, just saying hi, my day was awful", false, false},
		{"just saying hi to my nan later", false, false},
	} {
		t.Run(c.text, func(t *testing.T) {
			ok, asked := helloOnly(c.text)
			if ok != c.ok || asked != c.asked {
				t.Errorf("helloOnly = %v, %v, want %v, %v", ok, asked, c.ok, c.asked)
			}
		})
	}
}

func TestStatement(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"That's a big step. How are you feeling?", "That's a big step."},
		{"Lovely news!", "Lovely news!"},
		{"Big change. Exciting too. Who will you miss?", "Big change. Exciting too."},
	} {
		if got := statement(c.line); got != c.want {
			t.Errorf("statement(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
