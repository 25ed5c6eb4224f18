package telegram

import (
	"os"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestMain builds the agent's models before any test, as the program does
// at start-up (agent.Warm): otherwise the first message of whichever test
// runs first waits for the training, which under the race detector on a
// busy machine outlasts the waits of tests about delivery.
func TestMain(m *testing.M) {
	agent.Warm()
	os.Exit(m.Run())
}
