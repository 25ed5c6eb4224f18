package compose

import (
	"strings"
	"testing"
)

// TestSharedDayIsAMemory checks that a day marking something done
// together is remembered with them, without what happened to them after,
// and that a day marking a loss is never read as a memory.
func TestSharedDayIsAMemory(t *testing.T) {
	d, _ := draftOf("message for ines, today's the anniversary of the day we set off on our interrail trip, until she moved to lyon", "Ines", TieFriend)
	if !strings.Contains(d, "we set off on our interrail trip") || strings.Contains(d, "Lyon") || strings.Contains(d, "moved") {
		t.Errorf("shared day not remembered as it should be: %q", d)
	}
	for _, c := range []string{"it's the anniversary of when we lost grandad", "the anniversary of the day we buried our cat"} {
		if _, ok := anniversaryMemory(c, "Ines"); ok {
			t.Errorf("%q read as a memory", c)
		}
	}
}
