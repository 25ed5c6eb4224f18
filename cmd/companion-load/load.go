package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/internal/loadtest"
)

// companion is the companion under load, in this process or a binary.
type companion interface {
	Start() error
	Stop(within time.Duration) error
}

func (c *loadConfig) run(ctx context.Context, stdout, stderr io.Writer) (err error) {
	var random *telegramtest.RandomFaults
	if f := c.faults; f.TooMany+f.ServerError+f.Slow > 0 {
		f.SlowMin, f.SlowMax, f.Seed = 200*time.Millisecond, 2*time.Second, c.opts.Seed
		random = &f
	}
	srv := telegramtest.NewServer(telegramtest.Options{Random: random})
	defer srv.Close()

	dir := c.dataDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "companion-load-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	logOut := io.Discard
	if c.logFile != "" {
		f, err := os.Create(c.logFile)
		if err != nil {
			return err
		}
		defer f.Close()
		logOut = f
	}
	env := loadtest.Env(srv, dir)
	for k, v := range c.env {
		env[k] = v
	}
	var comp companion
	where := "in this process"
	bin := &loadtest.Binary{Path: c.bin, Env: env, Log: logOut}
	if c.bin != "" {
		comp, where = bin, c.bin
	} else {
		comp = &loadtest.InProcess{Env: env, Logger: slog.New(slog.NewTextHandler(logOut, nil))}
	}
	if err := comp.Start(); err != nil {
		return err
	}
	stopped := false
	defer func() {
		if !stopped {
			_ = comp.Stop(10 * time.Second)
		}
	}()

	fmt.Fprintf(stdout, "companion-load: %d people, %s, think %s, companion %s, data in %s\n",
		c.opts.People, limitText(c.opts), c.opts.Think, where, dir)
	res, runErr := loadtest.Run(ctx, srv, c.opts)
	if res == nil {
		return runErr
	}
	var mem *loadtest.Memory
	if pid := bin.PID(); pid != 0 {
		if m, err := loadtest.ReadMemory(pid); err == nil {
			mem = &m
		}
	}
	stopErr := comp.Stop(30 * time.Second)
	stopped = true

	fmt.Fprintln(stdout)
	if err := res.WriteTable(stdout); err != nil {
		return err
	}
	if mem != nil {
		fmt.Fprintf(stdout, "companion memory at the end: %s\n", mem)
	}
	if n := srv.Injected(); random != nil {
		fmt.Fprintf(stdout, "faults injected: %d × 429, %d × 5xx, %d slow\n", n.TooMany, n.ServerError, n.Slow)
	}
	switch {
	case errors.Is(runErr, context.Canceled):
		fmt.Fprintln(stdout, "interrupted: the figures cover the run until then")
		return nil
	case runErr != nil:
		return runErr
	case stopErr != nil:
		return fmt.Errorf("stop the companion: %w", stopErr)
	case res.Unanswered > 0 || res.Missing() > 0:
		return fmt.Errorf("%d messages went unanswered", max(res.Unanswered, res.Missing()))
	}
	return nil
}

func limitText(o loadtest.Options) string {
	switch {
	case o.Messages > 0 && o.Duration > 0:
		return fmt.Sprintf("%s or %d messages", o.Duration, o.Messages)
	case o.Messages > 0:
		return fmt.Sprintf("%d messages", o.Messages)
	}
	return o.Duration.String()
}
