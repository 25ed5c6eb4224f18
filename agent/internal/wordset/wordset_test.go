package wordset

import "testing"

func TestOf(t *testing.T) {
	m := Of("mum  dad\nnan mum")
	if len(m) != 3 || !m["mum"] || !m["dad"] || !m["nan"] || m[""] {
		t.Errorf("Of = %v, want mum, dad and nan", m)
	}
}
