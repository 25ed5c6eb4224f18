package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func (m *Main) backup(_ context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("backup", "backup [flags] FILE",
		"Write a backup of everything the companion keeps to FILE (\"-\" writes to standard output).\n"+
			"With encryption at rest, keep the key file with the backup: restoring needs it.")
	c.register(fs)
	if err := parse(fs, args); err != nil {
		return helpOK(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"companion backup: give exactly one FILE"}
	}
	cfg, err := m.loadConfig(c)
	if err != nil {
		return err
	}
	st, err := openStore(cfg, m.newLogger(cfg, 0))
	if err != nil {
		return err
	}
	defer st.Close()
	path := fs.Arg(0)
	if path == "-" {
		return st.Backup(m.Stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".companion-backup-*")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := st.Backup(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("backup: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("backup: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(m.Stderr, "Backup written to %s\n", path)
	return nil
}

func (m *Main) restore(_ context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("restore", "restore [flags] FILE",
		"Restore a backup made by \"companion backup\" into an empty data directory\n"+
			"(\"-\" reads standard input). Use the same encryption key file as when it was made.")
	c.register(fs)
	if err := parse(fs, args); err != nil {
		return helpOK(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"companion restore: give exactly one FILE"}
	}
	cfg, err := m.loadConfig(c)
	if err != nil {
		return err
	}
	var in io.Reader = m.Stdin
	if path := fs.Arg(0); path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		defer f.Close()
		in = f
	}
	st, err := openStore(cfg, m.newLogger(cfg, 0))
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Restore(in); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	fmt.Fprintf(m.Stderr, "Restored into %s\n", cfg.Data.Dir)
	return nil
}
