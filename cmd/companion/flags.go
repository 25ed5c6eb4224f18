package main

import (
	"errors"
	"flag"
	"fmt"
	"runtime/debug"
)

// commonFlags are the flags every subcommand that touches data takes.
type commonFlags struct {
	config  string
	dataDir string
}

// newFlagSet builds a subcommand's flag set with --help text.
func (m *Main) newFlagSet(name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: companion %s\n\n%s\n\nFlags:\n", synopsis, about)
		fs.PrintDefaults()
	}
	return fs
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "YAML configuration `file` (see config.example.yaml)")
	fs.StringVar(&c.dataDir, "data-dir", "", "`directory` for the companion's data (overrides COMPANION_DATA_DIR)")
}

// parse parses args; --help prints usage and returns errHelp, reported as
// success by the caller.
func parse(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return errHelp
	}
	if err != nil {
		return usageError{fmt.Sprintf("companion %s: %v", fs.Name(), err)}
	}
	return nil
}

// errHelp means --help was asked for and shown.
var errHelp = errors.New("help shown")

func helpOK(err error) error {
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

func buildVersion() string {
	v := version
	if info, ok := debug.ReadBuildInfo(); ok && v == "dev" {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += "+" + s.Value[:12]
			}
		}
	}
	return v
}
