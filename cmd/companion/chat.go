package main

import (
	"context"
	"fmt"
	"log/slog"
	"os/user"
	"sync"

	"github.com/companion-dev/companion/adapters/console"
	"github.com/companion-dev/companion/agent"
)

func (m *Main) chat(ctx context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("chat", "chat [flags]",
		"Talk with the companion in the terminal. Interactive on a terminal; with input from a\n"+
			"pipe or file it reads one message per line, prints the replies and exits at the end.\n"+
			"Conversations are kept in the data directory and resume where they stopped.")
	c.register(fs)
	verbose := fs.Bool("verbose", false, "log at the configured level instead of warnings only")
	if err := parse(fs, args); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("companion chat: unexpected argument %q", fs.Arg(0))}
	}
	cfg, err := m.loadConfig(c)
	if err != nil {
		return err
	}
	// The terminal's one person runs the companion; a script piped in may
	// send many lines at once, and none of them may be dropped. The model is
	// theirs too, so its calls are not rationed either.
	cfg.Limits.MessagesPerMinute = 0
	cfg.Limits.ModelCallsPerHour = 0
	minLevel := slog.LevelWarn
	if *verbose {
		minLevel = slog.LevelDebug - 4
	}
	log := m.newLogger(cfg, minLevel)
	a, err := m.open(cfg, log)
	if err != nil {
		return err
	}
	defer a.Close()
	if cfg.LLM.Provider != "" && cfg.LLM.Provider != "none" {
		// The check must not hold up the conversation; it only logs.
		go a.probeModel(ctx)
	}

	name := ""
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	// Nudges come due while the terminal chat is open, too; the chat shows
	// them as it polls its outbox.
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wg.Go(func() { a.scheduler(nil).Run(ctx) })

	ch := console.New(console.Options{
		Person:      agent.PersonID("console:" + name),
		Interactive: m.StdinIsTerminal,
		Logger:      log.With("component", "console"),
	}, a.agent, a.store)
	return ch.Run(ctx, m.Stdin, m.Stdout)
}
