// Package console is the terminal chat: the companion's embedded default. On a
// terminal it is interactive; with input from a pipe or a file it reads one
// message per line, prints the replies, and stops at the end of the input.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent"
)

// Channel is the channel name of terminal messages.
const Channel = "console"

// Turner runs one turn of the conversation; *agent.Agent implements it.
type Turner interface {
	Handle(ctx context.Context, m agent.Message) error
}

// Outbox holds the replies waiting to be shown; *store.Store implements it.
type Outbox interface {
	Pending(ctx context.Context, channel string, limit int) ([]agent.Outgoing, error)
	MarkSent(ctx context.Context, channel string, seq uint64) error
}

var _ Turner = (*agent.Agent)(nil)

// Options configures the terminal chat.
type Options struct {
	// Person identifies who is typing; default "console:local".
	Person agent.PersonID
	// Name is how to greet them; may be empty.
	Name string
	// Interactive shows a prompt and a greeting (a terminal); otherwise input
	// is read line by line and only replies are printed.
	Interactive bool
	Logger      *slog.Logger
	// FlushEvery is how often replies written elsewhere (reminders,
	// nudges) are looked for while waiting for input; 2 s when zero.
	FlushEvery time.Duration
}

// Chat is a terminal conversation.
type Chat struct {
	opts   Options
	turner Turner
	outbox Outbox
	log    *slog.Logger
}

// New returns a Chat. It does no I/O.
func New(opts Options, turner Turner, outbox Outbox) *Chat {
	if opts.Person == "" {
		opts.Person = "console:local"
	}
	if opts.FlushEvery <= 0 {
		opts.FlushEvery = 2 * time.Second
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Chat{opts: opts, turner: turner, outbox: outbox, log: log}
}

// Run talks with the person until the input ends or ctx is cancelled. Replies
// left undelivered by an earlier run are shown first, so nothing is lost.
func (c *Chat) Run(ctx context.Context, in io.Reader, out io.Writer) error {
	if err := c.flush(ctx, out); err != nil {
		if ctx.Err() != nil {
			return nil // stopped while showing what was left
		}
		return err
	}
	if c.opts.Interactive {
		fmt.Fprintln(out, "Type a message and press Enter — /help shows what I can do, Ctrl-D leaves.")
	}
	lines := make(chan string)
	readErr := make(chan error, 1)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		readErr <- sc.Err()
	}()
	poll := time.NewTicker(c.opts.FlushEvery)
	defer poll.Stop()
	prompt := true
	for {
		if c.opts.Interactive && prompt {
			fmt.Fprint(out, "\n> ")
		}
		prompt = true
		select {
		case <-ctx.Done():
			return nil
		case <-poll.C:
			n, err := c.flushCount(ctx, out, c.opts.Interactive)
			if err != nil {
				if ctx.Err() != nil {
					return nil // stopped while the poll was due
				}
				return err
			}
			prompt = n > 0
		case line, ok := <-lines:
			if !ok {
				if c.opts.Interactive {
					fmt.Fprintln(out)
				}
				select {
				case err := <-readErr:
					if err != nil && !errors.Is(err, bufio.ErrTooLong) {
						return fmt.Errorf("read input: %w", err)
					}
				default:
				}
				return nil
			}
			if strings.TrimSpace(line) == "" && c.opts.Interactive {
				continue
			}
			if err := c.turn(ctx, line, out); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
		}
	}
}

// turn hands one line to the agent and prints what it says.
func (c *Chat) turn(ctx context.Context, line string, out io.Writer) error {
	m := agent.Message{Channel: Channel, ChatID: "local", Person: c.opts.Person, Name: c.opts.Name, Text: line}
	if err := c.turner.Handle(ctx, m); err != nil && !errors.Is(err, agent.ErrDuplicate) {
		return fmt.Errorf("turn: %w", err)
	}
	return c.flush(ctx, out)
}

// flush prints every pending reply, marking each sent after it was written.
func (c *Chat) flush(ctx context.Context, out io.Writer) error {
	_, err := c.flushCount(ctx, out, false)
	return err
}

// flushCount is flush, reporting how many replies it printed; newline
// first starts them on a line of their own (the prompt is showing).
func (c *Chat) flushCount(ctx context.Context, out io.Writer, newline bool) (int, error) {
	n := 0
	for {
		pending, err := c.outbox.Pending(ctx, Channel, 32)
		if err != nil {
			return n, fmt.Errorf("read outbox: %w", err)
		}
		if len(pending) == 0 {
			return n, nil
		}
		if newline && n == 0 {
			io.WriteString(out, "\n")
		}
		for _, o := range pending {
			if _, err := io.WriteString(out, Render(o.Reply)); err != nil {
				return n, fmt.Errorf("write reply: %w", err)
			}
			if err := c.outbox.MarkSent(ctx, Channel, o.Seq); err != nil {
				return n, fmt.Errorf("mark sent: %w", err)
			}
			n++
		}
	}
}
