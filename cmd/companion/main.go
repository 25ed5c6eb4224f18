// Command companion is a private, local-first companion that helps people
// build meaningful relationships: in the terminal, on Telegram and in Matrix.
//
// This package is wiring only: it parses flags and configuration, builds the
// store, the knowledge base, the agent and the adapters, runs until SIGINT or
// SIGTERM, and closes them in reverse order.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	_ "time/tzdata" // timezones work on machines without a zoneinfo database

	"github.com/companion-dev/companion/store"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	setProcs()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Env: os.LookupEnv, StdinIsTerminal: isTerminal(os.Stdin)}
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		var u usageError
		if errors.As(err, &u) {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "companion:", err)
		os.Exit(1)
	}
}

// setProcs runs the process with more Go processors than cores, as the
// store needs (see store.Procs), unless GOMAXPROCS chooses.
func setProcs() {
	if _, ok := os.LookupEnv("GOMAXPROCS"); !ok {
		runtime.GOMAXPROCS(store.Procs(runtime.GOMAXPROCS(0)))
	}
}

// Main is the program, with its outside world made explicit so tests can run
// it in-process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Env looks up environment variables (os.LookupEnv).
	Env func(string) (string, bool)
	// StdinIsTerminal makes `chat` interactive.
	StdinIsTerminal bool
}

// usageError is a mistake in the command line; main exits 2 on it.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = `companion — a private companion for the people in your life.

Usage:
  companion <command> [flags]

Commands:
  chat              talk in the terminal (no configuration needed)
  run               run the configured chat adapters (Telegram, Matrix)
  kb search QUERY   the guide sections that best answer a query
  kb list           every section of the guide
  matrix login      log the Matrix account in with OAuth (link and code)
  backup FILE       write a backup of all data to FILE ("-" for stdout)
  restore FILE      restore a backup into an empty data directory
  check             read every record and report what is damaged
  version           print the version

Run "companion <command> --help" for the flags of a command.
Configuration: --config FILE (YAML) and COMPANION_* environment variables;
see config.example.yaml.`

// Run runs one subcommand.
func (m *Main) Run(ctx context.Context, args []string) error {
	privateFiles()
	if len(args) == 0 {
		fmt.Fprintln(m.Stderr, usage)
		return usageError{"companion: no command given"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "chat":
		return m.chat(ctx, rest)
	case "run":
		return m.run(ctx, rest)
	case "kb":
		return m.kb(ctx, rest)
	case "matrix":
		return m.matrix(ctx, rest)
	case "backup":
		return m.backup(ctx, rest)
	case "restore":
		return m.restore(ctx, rest)
	case "check":
		return m.check(ctx, rest)
	case "version", "--version":
		fmt.Fprintln(m.Stdout, "companion", buildVersion())
		return nil
	case "help", "-h", "--help", "-help":
		fmt.Fprintln(m.Stdout, usage)
		return nil
	default:
		fmt.Fprintln(m.Stderr, usage)
		return usageError{fmt.Sprintf("companion: unknown command %q", cmd)}
	}
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
