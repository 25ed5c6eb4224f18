package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/companion-dev/companion/store"
)

// errDamageFound is what check returns when it found damage; main exits 1.
var errDamageFound = errors.New("damage found")

const checkAbout = "Read every record in the data directory and report what is damaged: files, by path,\n" +
	"and people, by id (never what they said). Exits 0 when everything reads back, 1 when\n" +
	"something is damaged. Stop \"companion run\" first: a data directory in use is refused."

func (m *Main) check(ctx context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("check", "check [flags]", checkAbout)
	c.register(fs)
	if err := parse(fs, args); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("companion check: unexpected argument %q", fs.Arg(0))}
	}
	cfg, err := m.loadConfig(c)
	if err != nil {
		return err
	}
	opts, err := storeOptions(cfg, m.newLogger(cfg, 4))
	if err != nil {
		return err
	}
	r, err := store.Check(ctx, opts)
	if err != nil {
		return inUse(cfg.Data.Dir, err)
	}
	for _, f := range r.Files {
		fmt.Fprintf(m.Stdout, "damaged file: %s: %s\n", f.File, f.Problem)
	}
	for _, p := range r.People {
		who := string(p.ID)
		if who == "" {
			who = "unknown (record hash " + p.Hash + ")"
		}
		fmt.Fprintf(m.Stdout, "damaged record: person %s: %s\n", who, strings.Join(p.Sections, ", "))
	}
	for _, o := range r.Other {
		fmt.Fprintf(m.Stdout, "damaged record: %s\n", o)
	}
	if !r.Damaged() {
		fmt.Fprintf(m.Stdout, "%d records read back, nothing damaged\n", r.Records)
		return nil
	}
	fmt.Fprintf(m.Stdout, "%d records read; %d damaged files, %d people with damaged records, %d other damaged records.\n",
		r.Records, len(r.Files), len(r.People), len(r.Other))
	fmt.Fprintf(m.Stdout, "To recover, restore your latest backup into a new data directory: companion restore --data-dir NEW_DIR BACKUP_FILE\n")
	return errDamageFound
}
