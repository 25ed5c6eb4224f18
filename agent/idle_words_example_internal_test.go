package agent

import "testing"

// The how-to under the list names one of the person's own contacts, one
// with a repeating reminder first.
func TestExampleContact(t *testing.T) {
	tests := []struct {
		cs   []Contact
		want string
	}{
		{nil, ""},
		{[]Contact{{Name: ""}}, ""},
		{[]Contact{{Name: "Ines", Cadence: "once"}, {Name: "Tomasz", Cadence: "every Monday"}}, "Tomasz"},
		{[]Contact{{Name: "Ines"}, {Name: "Tomasz", Cadence: "every Monday", ContactPlans: ContactPlans{Paused: true}}}, "Ines"},
		{[]Contact{{Name: "Bea"}}, "Bea"},
	}
	for _, tt := range tests {
		if got := exampleContact(tt.cs); got != tt.want {
			t.Errorf("exampleContact(%+v) = %q, want %q", tt.cs, got, tt.want)
		}
	}
}
