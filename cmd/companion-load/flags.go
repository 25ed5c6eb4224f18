package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/internal/loadtest"
)

const about = `Play many simulated people against a companion through a fake Telegram Bot
API on loopback, and print throughput (turns and replies per second) and the
latency from each message to the companion's reply reaching the fake server.

Each person says /start, asks the guide a question, drafts a check-in with a
few answers and one revision, and looks at the 7-day plan, pausing to think
between messages; then starts over until the run ends.

The companion keeps to Telegram's limits: about 30 messages a second in all
and one a second to each chat. 200 people thinking 10s offer about 20 turns
a second, below that ceiling; shorter pauses show where it saturates. Below
about 3s a person also passes the companion's own limit of 20 messages a
minute (lift it with -env COMPANION_LIMIT_MESSAGES_PER_MINUTE=0).

By default the companion runs in this process (no language model). With
-bin it runs that binary as "companion run" instead; -env adds configuration,
such as a local model. Everything stays on loopback.`

// loadConfig is the parsed command line.
type loadConfig struct {
	opts    loadtest.Options
	bin     string
	dataDir string
	logFile string
	env     map[string]string
	faults  telegramtest.RandomFaults
}

func parseFlags(args []string, stderr io.Writer) (*loadConfig, error) {
	c := &loadConfig{env: map[string]string{}}
	fs := flag.NewFlagSet("companion-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: companion-load [flags]\n\n%s\n\nFlags:\n", about)
		fs.PrintDefaults()
	}
	fs.IntVar(&c.opts.People, "people", 200, "how many people talk at the same time")
	fs.DurationVar(&c.opts.Duration, "duration", 60*time.Second, "how long people keep sending (0: until -messages are sent)")
	fs.IntVar(&c.opts.Messages, "messages", 0, "stop after this many messages in all (0: no cap)")
	fs.DurationVar(&c.opts.Think, "think", 10*time.Second, "mean pause between a reply and the next message (each from half to one and a half times it)")
	fs.DurationVar(&c.opts.Ramp, "ramp", 0, "spread the people's first messages over this long (default: -think)")
	fs.DurationVar(&c.opts.Drain, "drain", 30*time.Second, "how long to wait for replies still owed once sending stops")
	var seed uint64
	fs.Uint64Var(&seed, "seed", 0, "seed for the people's choices (0: from the clock)")
	fs.StringVar(&c.bin, "bin", "", "run this companion `binary` instead of the companion in this process")
	fs.StringVar(&c.dataDir, "data-dir", "", "`directory` for the companion's data (default: a temporary one, removed afterwards)")
	fs.StringVar(&c.logFile, "log", "", "write the companion's log to this `file` (default: discard it)")
	fs.Func("env", "add `KEY=VALUE` to the companion's configuration (repeatable), e.g. COMPANION_LIMIT_MESSAGES_PER_MINUTE=0; model settings work with -bin only", c.addEnv)
	fs.Float64Var(&c.faults.TooMany, "fail-429", 0, "share of Bot API calls the fake server answers 429 (0 to 1)")
	fs.Float64Var(&c.faults.ServerError, "fail-5xx", 0, "share of Bot API calls the fake server answers 5xx (0 to 1)")
	fs.Float64Var(&c.faults.Slow, "slow", 0, "share of Bot API calls the fake server answers after 0.2-2s (0 to 1)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil, err
		}
		return nil, errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "companion-load: unexpected argument %q\n", fs.Arg(0))
		return nil, errUsage
	}
	c.opts.Seed = seed
	if err := c.check(); err != nil {
		fmt.Fprintln(stderr, "companion-load:", err)
		return nil, errUsage
	}
	return c, nil
}

// ownKeys are set by companion-load itself and may not be given with -env.
var ownKeys = map[string]bool{"COMPANION_DATA_DIR": true, "COMPANION_TELEGRAM_TOKEN": true,
	"COMPANION_TELEGRAM_API_URL": true}

// addEnv takes one -env KEY=VALUE. Addresses must be on loopback: a load
// run never leaves the machine.
func (c *loadConfig) addEnv(kv string) error {
	k, v, ok := strings.Cut(kv, "=")
	if !ok || !strings.HasPrefix(k, "COMPANION_") {
		return fmt.Errorf("want COMPANION_KEY=VALUE, got %q", kv)
	}
	if ownKeys[k] {
		return fmt.Errorf("%s is set by companion-load (use -data-dir for the data)", k)
	}
	if strings.HasSuffix(k, "_URL") || strings.HasSuffix(k, "_HOMESERVER") {
		if !loopbackURL(v) {
			return fmt.Errorf("%s: %q is not a loopback address (127.0.0.1, ::1 or localhost)", k, v)
		}
	}
	c.env[k] = v
	return nil
}

func loopbackURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	h := u.Hostname()
	if h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

func (c *loadConfig) check() error {
	switch {
	case c.opts.People <= 0:
		return fmt.Errorf("-people must be at least 1")
	case c.opts.Duration <= 0 && c.opts.Messages <= 0:
		return fmt.Errorf("give -duration or -messages")
	case c.opts.Think < 0:
		return fmt.Errorf("-think cannot be negative")
	}
	f := c.faults
	for _, s := range []float64{f.TooMany, f.ServerError, f.Slow} {
		if s < 0 || s > 1 {
			return fmt.Errorf("fault shares are between 0 and 1")
		}
	}
	if f.TooMany+f.ServerError+f.Slow > 1 {
		return fmt.Errorf("fault shares add up to more than 1")
	}
	return nil
}
