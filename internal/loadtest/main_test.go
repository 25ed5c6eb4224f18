package loadtest

import (
	"os"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestMain builds the agent's models before any test, as a companion that
// has been running a while has them: the in-process companion started by a
// test then finds them built, and the window of a run is spent on
// conversations rather than on the training that under the race detector
// on a busy machine takes much of it.
func TestMain(m *testing.M) {
	agent.Warm()
	os.Exit(m.Run())
}
