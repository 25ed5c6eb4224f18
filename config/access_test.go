package config

import "testing"

func TestAllows(t *testing.T) {
	list := []string{"123456789", "-1001234", "@Alice_B", "@bob:example.org", "@*:friends.example.net"}
	tests := []struct {
		name string
		list []string
		ids  []string
		want bool
	}{
		{"empty list allows everyone", nil, []string{"999"}, true},
		{"empty list allows no ids too", nil, nil, true},
		{"telegram id", list, []string{"123456789"}, true},
		{"telegram id with prefix", list, []string{"telegram:123456789"}, true},
		{"other telegram id", list, []string{"12345678"}, false},
		{"group chat id", list, []string{"-1001234"}, true},
		{"username any case", list, []string{"555", "@alice_b"}, true},
		{"username without at", list, []string{"ALICE_B"}, true},
		{"other username", list, []string{"555", "@alice_c"}, false},
		{"username is not a matrix id", list, []string{"@alice_b:example.org"}, false},
		{"matrix id", list, []string{"@bob:example.org"}, true},
		{"matrix id with prefix", list, []string{"matrix:@bob:example.org"}, true},
		{"matrix server case", list, []string{"@bob:EXAMPLE.org"}, true},
		{"matrix localpart is exact", list, []string{"@Bob:example.org"}, false},
		{"matrix other server", list, []string{"@bob:example.com"}, false},
		{"matrix pattern", list, []string{"@carol:friends.example.net"}, true},
		{"matrix pattern needs the exact server", list, []string{"@eve:evil.friends.example.net"}, false},
		{"matrix pattern suffix trick", list, []string{"@eve:friends.example.net.evil.org"}, false},
		{"matrix pattern port differs", list, []string{"@eve:friends.example.net:8448"}, false},
		{"numeric id does not match username", []string{"@alice"}, []string{"12345"}, false},
		{"no ids", list, nil, false},
		{"blank id", list, []string{"  "}, false},
		{"star is not a wildcard for telegram", []string{"@*:example.org"}, []string{"@alice"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := (Access{AllowedUsers: tc.list}).Allows(tc.ids...); got != tc.want {
				t.Errorf("Allows(%q) with %q = %v, want %v", tc.ids, tc.list, got, tc.want)
			}
		})
	}
}

func TestAllowEntryProblem(t *testing.T) {
	tests := []struct {
		entry string
		ok    bool
	}{
		{"123456789", true},
		{"-1001234567", true},
		{"@alice", true},
		{"@Alice_99", true},
		{"@bob:example.org", true},
		{"@bob.smith=x/y+z:matrix.example.org:8448", true},
		{"@*:example.org", true},
		{"@u:[::1]:8448", true},
		{"@u:127.0.0.1", true},
		{"", false},
		{"alice", false},
		{"@ab", false},
		{"@9lives", false},
		{"@bob:", false},
		{"@:example.org", false},
		{"@bob:exa mple.org", false},
		{"@bob:example.org:port", false},
		{"12 34", false},
	}
	for _, tc := range tests {
		t.Run(tc.entry, func(t *testing.T) {
			msg := allowEntryProblem(tc.entry)
			if (msg == "") != tc.ok {
				t.Errorf("allowEntryProblem(%q) = %q, want ok=%v", tc.entry, msg, tc.ok)
			}
		})
	}
}
