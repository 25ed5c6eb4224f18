package agent

import (
	"strings"
	"testing"
)

// TestAckNamesWhoBesideHeavierNews answers a death or a hurt told at a
// question asking who, and still names the person the answer gave; an
// acknowledgement that names them already, or a question not asking who,
// is left as it is.
func TestAckNamesWhoBesideHeavierNews(t *testing.T) {
	closer := Question{Text: "Who are one, two or three people you'd like to feel closer to?"}
	reached := Question{Text: "Who did you reach out to this week, and who reached out to you?"}
	tests := []struct {
		q              Question
		answer, ack    string
		want, wantNone string
	}{
		{closer, "my brother. we stopped talking after grandma's funeral", "I'm so sorry about your grandma.", "Your brother is a good person to start with.", ""},
		{reached, "my aunt rang on sunday and i let it go to voicemail", "That sounds hard.", "Your aunt is in the picture", ""},
		{closer, "my brother Femi", "Femi sounds like someone who matters to you.", "", "start with"},
		{Question{Text: "How honest are you about your own ups and downs?"}, "my brother knows everything", "That's honest.", "", "picture"},
	}
	for _, tt := range tests {
		got := withPeopleNamed(tt.q, tt.answer, nil, tt.ack)
		if tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("withPeopleNamed(%q, %q) = %q, want %q", tt.answer, tt.ack, got, tt.want)
		}
		if tt.wantNone != "" && strings.Contains(got, tt.wantNone) {
			t.Errorf("withPeopleNamed(%q, %q) = %q, want no %q", tt.answer, tt.ack, got, tt.wantNone)
		}
	}
}
