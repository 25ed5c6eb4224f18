package agent

import "testing"

// TestWeatherDiscomfort checks which remarks on the weather have only the
// body's discomfort in them.
func TestWeatherDiscomfort(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"so sweaty and clammy in this heatwave", true},
		{"windy and raw out, feeling rough", true},
		{"frost on the car again, knackered and grumpy", true},
		{"feel awful today", false},
		{"its snowing and i feel so lonely and awful", false},
		{"raining and my brother blanked me, i feel terrible", false},
	} {
		if got := weatherDiscomfort(tc.text); got != tc.want {
			t.Errorf("weatherDiscomfort(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
