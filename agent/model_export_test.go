package agent

import (
	"testing"

	"github.com/tmc/langchaingo/llms"
)

// ModelServer lends the fake model server of the model tests to the tests
// outside the package.
type ModelServer struct{ s *chatServer }

// NewModelServer starts a server that answers every chat request with
// reply, delivered as mode says (see chatServer).
func NewModelServer(t testing.TB, mode, reply string) *ModelServer {
	return &ModelServer{s: newChatServer(t, mode, reply)}
}

// Ollama returns a langchaingo Ollama client for the server.
func (m *ModelServer) Ollama(t testing.TB) llms.Model { return provider(t, "ollama", m.s.URL) }

// Requests returns how many chat requests the server received, and how
// many of them asked for a stream.
func (m *ModelServer) Requests() (n, streamed int) {
	for _, r := range m.s.requests() {
		n++
		if r.Stream {
			streamed++
		}
	}
	return n, streamed
}
