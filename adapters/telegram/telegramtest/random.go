package telegramtest

import (
	"math/rand/v2"
	"slices"
	"time"
)

// RandomFaults make a share of the calls fail or slow down at random, as a
// busy Telegram does, on top of the faults queued with FailNext. Shares are
// between 0 and 1; each call draws once, so their sum should stay below 1.
//
// A refused call (429 or 5xx) is refused before it has any effect: the
// message is not recorded, so a client that retries it does not create a
// duplicate. A slow call is answered normally after its delay.
type RandomFaults struct {
	// Methods are the Bot API methods the faults apply to;
	// DefaultFaultMethods when empty.
	Methods []string
	// TooMany is the share of calls answered 429 Too Many Requests, with
	// RetryAfter as parameters.retry_after (seconds; 1 when 0).
	TooMany    float64
	RetryAfter int
	// ServerError is the share of calls answered 500, 502 or 503.
	ServerError float64
	// Slow is the share of calls answered only after a delay drawn
	// uniformly between SlowMin and SlowMax.
	Slow             float64
	SlowMin, SlowMax time.Duration
	// Seed makes the draws repeatable; 0 seeds from the clock.
	Seed uint64
}

// DefaultFaultMethods are the methods RandomFaults apply to when Methods is
// empty: the ones a bot calls all the time. getMe and setMyCommands are left
// alone, so that a bot always gets going.
var DefaultFaultMethods = []string{"getUpdates", "sendMessage", "editMessageText",
	"answerCallbackQuery", "sendChatAction"}

// FaultCounts says how many random faults a Server injected, by kind.
type FaultCounts struct {
	TooMany, ServerError, Slow int
}

// randomFaults is the server's random fault state; the server's mutex
// guards it.
type randomFaults struct {
	cfg     RandomFaults
	rng     *rand.Rand
	counts  FaultCounts
	methods []string
}

func newRandomFaults(cfg *RandomFaults) *randomFaults {
	if cfg == nil {
		return nil
	}
	seed := cfg.Seed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	r := &randomFaults{cfg: *cfg, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	r.methods = cfg.Methods
	if len(r.methods) == 0 {
		r.methods = DefaultFaultMethods
	}
	if r.cfg.RetryAfter <= 0 {
		r.cfg.RetryAfter = 1
	}
	if r.cfg.SlowMax < r.cfg.SlowMin {
		r.cfg.SlowMax = r.cfg.SlowMin
	}
	return r
}

// draw decides what happens to one call of method: nil for nothing.
func (r *randomFaults) draw(method string) *Fault {
	if r == nil || !slices.Contains(r.methods, method) {
		return nil
	}
	p := r.rng.Float64()
	switch {
	case p < r.cfg.TooMany:
		r.counts.TooMany++
		return &Fault{Status: 429, RetryAfter: r.cfg.RetryAfter}
	case p < r.cfg.TooMany+r.cfg.ServerError:
		r.counts.ServerError++
		f := []Fault{{Status: 500, Description: "Internal Server Error"}, {Status: 502, Description: "Bad Gateway"},
			{Status: 503, Description: "Service Unavailable"}}[r.rng.IntN(3)]
		return &f
	case p < r.cfg.TooMany+r.cfg.ServerError+r.cfg.Slow:
		r.counts.Slow++
		d := r.cfg.SlowMin
		if span := r.cfg.SlowMax - r.cfg.SlowMin; span > 0 {
			d += time.Duration(r.rng.Int64N(int64(span)))
		}
		return &Fault{Delay: d}
	}
	return nil
}

// Injected returns how many random faults the server has injected so far.
func (s *Server) Injected() FaultCounts {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.random == nil {
		return FaultCounts{}
	}
	return s.random.counts
}
