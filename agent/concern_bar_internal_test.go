package agent

import "testing"

// TestConcernBarInReflection holds a reflection's answers to a higher bar
// than a message outside any flow: its questions invite words of worry.
func TestConcernBarInReflection(t *testing.T) {
	if got := concernBar(flowReflect); got <= concernBar("") {
		t.Errorf("bar in a reflection %.2f, want above %.2f outside", got, concernBar(""))
	}
	if got := concernBar(flowDraft); got != concernBar("") {
		t.Errorf("bar while drafting %.2f, want the usual %.2f", got, concernBar(""))
	}
}
