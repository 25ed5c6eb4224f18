package agent

import "testing"

// The argument of a typed /settings names the setting and its value.
func TestSettingArg(t *testing.T) {
	tests := []struct{ text, arg, step, rest string }{
		{"/settings tone casual", "tone casual", "tone", "casual"},
		{"/settings tone: warm", "tone: warm", "tone", "warm"},
		{"/settings name Dee", "name Dee", "name", "call me Dee"},
		{"/settings call me Dr Okafor", "call me Dr Okafor", "name", "call me Dr Okafor"},
		{"/settings timezone to Europe/Oslo", "timezone to Europe/Oslo", "tz", "Europe/Oslo"},
		{"/settings tz", "tz", "tz", ""},
		{"/settings", "", "", ""},
		{"/settings please", "please", "", ""},
		{"change my tone to warm", "change my tone to warm", "", ""},
	}
	for _, tt := range tests {
		step, rest := settingArg(tt.text, tt.arg)
		if step != tt.step || rest != tt.rest {
			t.Errorf("settingArg(%q, %q) = %q, %q; want %q, %q", tt.text, tt.arg, step, rest, tt.step, tt.rest)
		}
	}
}
