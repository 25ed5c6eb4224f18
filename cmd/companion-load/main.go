// Command companion-load plays many simulated people against a companion
// through a fake Telegram Bot API on loopback, and prints throughput and
// reply latency. The companion runs in this process, or as a given
// `companion` binary.
//
//	go run ./cmd/companion-load -people 200 -duration 60s
//	go run ./cmd/companion-load -bin bin/companion -people 50 -messages 2000
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "companion-load:", err)
		os.Exit(1)
	}
}

// errUsage marks a mistake on the command line, already explained.
var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	return cfg.run(ctx, stdout, stderr)
}
