package agent_test

import (
	"strings"
	"testing"
)

// TestWeatherNamed checks that a remark on the weather is answered for the
// weather it names (heat, snow, wind, rain, cold), by word or by emoji,
// and that a hot drink on a rainy day is no heatwave.
func TestWeatherNamed(t *testing.T) {
	h := newHarness(t)
	for i, tc := range []struct {
		text    string
		must    []string
		mustNot []string
	}{
		{"thirty two degrees in the office and the fan is broken", []string{"heat", "hot", "cool"}, []string{"snow", "rain"}},
		{"woke up to everything white outside ☃️", []string{"snow"}, []string{"heat"}},
		{"it's been snowing since lunch", []string{"snow"}, []string{"heat"}},
		{"gales all night, the fence is leaning", []string{"wild", "storm"}, []string{"heat", "snow"}},
		{"drizzle all day again, so grey", []string{"rain", "wet", "grey"}, []string{"heat", "snow"}},
		{"rainy afternoon, hot tea and a book", []string{"cosy", "perfect", "lovely"}, []string{"heat sounds"}},
	} {
		c := outsideCase{kind: "chat", text: tc.text, must: [][]string{tc.must}, mustNot: [][]string{tc.mustNot}}
		if bad := outsideProblemsFor(h, "weather"+strings.Repeat("x", i), c); len(bad) > 0 {
			t.Errorf("%q: %s", tc.text, strings.Join(bad, ", "))
		}
	}
	// A temperature of the body is no heatwave.
	h.send("fever", "hi", "")
	for _, r := range h.send("fever", "my little one has a temperature of 39 degrees", "") {
		if low := strings.ToLower(r.Text); strings.Contains(low, "heat sounds") || strings.Contains(low, "properly hot") {
			t.Errorf("a fever answered as hot weather: %q", r.Text)
		}
	}
}
