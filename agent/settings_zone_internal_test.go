package agent

import (
	"strings"
	"testing"
)

// A timezone named by its short name or its offset is read as the zone
// most people who say it live in; ordinary words that are also short
// names are not.
func TestZoneNamed(t *testing.T) {
	tests := []struct{ text, want string }{
		{"EST", "America/New_York"},
		{"est", "America/New_York"},
		{"pacific time", "America/Los_Angeles"},
		{"central time zone", "America/Chicago"},
		{"CET", "Europe/Berlin"},
		{"im on aest", "Australia/Sydney"},
		{"gmt+2", "Etc/GMT-2"},
		{"UTC -5", "Etc/GMT+5"},
		{"utc+05:30", "Asia/Kolkata"},
		{"utc+5:45", "Asia/Kathmandu"},
		{"gmt+0", "UTC"},
		{"the art of texting", ""},
		{"my cat is sick", ""},
		{"west london", ""},
		{"utc+25", ""},
		{"utc+3:17", ""},
	}
	for _, tt := range tests {
		got, ok := zoneNamed(tt.text)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("zoneNamed(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A timezone told in so many words is set from any message outside a
// flow, shown the way people write it, and "i'm on" takes only a zone.
func TestZoneToldInWords(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct{ text, zone, says string }{
		{"my timezone is gmt+2", "Etc/GMT-2", "UTC+2"},
		{"our time zone is CET btw", "Europe/Berlin", "Europe/Berlin"},
		{"i'm on eastern time", "America/New_York", "America/New_York"},
		{"set my time zone to Lisbon please", "Europe/Lisbon", "Europe/Lisbon"},
		{"im on the bus lol", "", ""},
		{"i'm on it", "", ""},
	}
	for _, tt := range tests {
		trs := talk(t, a, "", tt.text)
		if got := trs[0].p.Profile.Timezone; got != tt.zone {
			t.Errorf("%q set the timezone to %q, want %q", tt.text, got, tt.zone)
		}
		if tt.says != "" && !strings.Contains(lastText(trs[0]), "I'll use "+tt.says) {
			t.Errorf("%q: reply %q, want it to name %q", tt.text, lastText(trs[0]), tt.says)
		}
	}
}

// At the timezone question a short name is an answer like a city.
func TestZoneAbbreviationAtTheQuestion(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	trs := talk(t, a, "", "remind me to call my aunt Rosa every saturday", "PST")
	if got := trs[1].p.Profile.Timezone; got != "America/Los_Angeles" {
		t.Errorf("PST at the timezone question set %q:\n%s", got, lastText(trs[1]))
	}
}
