package knowledge

import "testing"

// The expected stems are those of the reference Snowball English stemmer,
// except where the extra "ship" rule applies.
func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"replying", "repli"}, {"replied", "repli"}, {"replies", "repli"}, {"reply", "repli"},
		{"boundaries", "boundari"}, {"boundary", "boundari"},
		{"friends", "friend"}, {"friend's", "friend"},
		{"friendship", "friend"}, {"friendships", "friend"},
		{"relationship", "relat"}, {"relationships", "relat"}, {"relation", "relat"},
		{"worship", "worship"},
		{"connection", "connect"}, {"connections", "connect"}, {"connecting", "connect"}, {"connected", "connect"},
		{"lonely", "lone"}, {"loneliness", "loneli"},
		{"introverted", "introvert"}, {"introverts", "introvert"},
		{"conversation", "convers"}, {"conversations", "convers"},
		{"generously", "generous"}, {"generate", "generat"},
		{"communication", "communic"}, {"community", "communiti"}, {"communities", "communiti"},
		{"ignored", "ignor"}, {"ignoring", "ignor"},
		{"happily", "happili"}, {"happiness", "happi"},
		{"caresses", "caress"}, {"ties", "tie"}, {"cries", "cri"},
		{"gaps", "gap"}, {"gas", "gas"}, {"this", "this"}, {"kiwis", "kiwi"},
		{"hopping", "hop"}, {"hoping", "hope"}, {"falling", "fall"}, {"filing", "file"},
		{"agreed", "agre"}, {"feed", "feed"}, {"troubled", "troubl"}, {"sized", "size"},
		{"digital", "digit"}, {"ghosting", "ghost"}, {"ghosted", "ghost"},
		{"argued", "argu"}, {"arguing", "argu"}, {"arguments", "argument"},
		{"listening", "listen"}, {"meaningful", "meaning"}, {"authentically", "authent"},
		{"skies", "sky"}, {"dying", "die"}, {"news", "news"},
		{"proceed", "proceed"}, {"succeeded", "succeed"}, {"exceedingly", "exceed"},
		{"sayings", "say"}, {"volleyball", "volleybal"}, {"fluently", "fluentli"},
		{"analogies", "analog"}, {"effective", "effect"}, {"rational", "ration"},
		{"outing", "outing"}, {"messages", "messag"}, {"messaging", "messag"},
		{"quietly", "quiet"}, {"awkwardness", "awkward"}, {"disagreement", "disagr"},
		{"vulnerability", "vulner"},
		{"yes", "yes"}, {"by", "by"}, {"a", "a"},
		{"café", "café"}, {"友達", "友達"}, {"covid19", "covid19"},
	}
	for _, tt := range tests {
		if got := stem(tt.in); got != tt.want {
			t.Errorf("stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Words that should meet in the index must share a stem.
func TestStemGroupsMeet(t *testing.T) {
	groups := [][]string{
		{"reply", "replying", "replied", "replies"},
		{"friend", "friends", "friendship", "friendships"},
		{"boundary", "boundaries"},
		{"connect", "connected", "connection", "connecting", "connections"},
		{"listen", "listened", "listening", "listens"},
	}
	for _, g := range groups {
		want := stem(g[0])
		for _, w := range g[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, want %q like stem(%q)", w, got, want, g[0])
			}
		}
	}
}
