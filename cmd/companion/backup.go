package main

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/companion-dev/companion/adapters/matrix"
	"github.com/companion-dev/companion/config"
	"github.com/companion-dev/companion/store"
)

// cryptoFiles are the names under which SQLite may keep parts of the
// Matrix crypto database; restore refuses a data directory holding any.
var cryptoFiles = []string{
	matrix.CryptoDBFile,
	matrix.CryptoDBFile + "-wal",
	matrix.CryptoDBFile + "-shm",
	matrix.CryptoDBFile + "-journal",
}

// restorable are the file sections restore writes; any other name is refused,
// so a backup cannot place files anywhere else.
// The recovery key comes first: placing it is refused before the database
// moves when one is already there.
var restorable = []string{matrix.RecoveryKeyFile, matrix.OAuthSessionFile, matrix.CryptoDBFile, matrix.CryptoDBFile + "-wal"}

// keptFiles are the small files of the data directory a backup carries
// as they are: the recovery key and the OAuth session.
var keptFiles = []string{matrix.RecoveryKeyFile, matrix.OAuthSessionFile}

// keptWhat says what each of keptFiles holds, for messages.
var keptWhat = map[string]string{
	matrix.RecoveryKeyFile:  "a Matrix recovery key",
	matrix.OAuthSessionFile: "a Matrix OAuth session",
}

const backupAbout = "Write a backup of everything the companion keeps to FILE (\"-\" writes to standard output):\n" +
	"the store (people, conversations, reminders, settings, credentials) and, when Matrix\n" +
	"end-to-end encryption has been used, its crypto database (" + matrix.CryptoDBFile + ": the\n" +
	"device's keys and sessions) and the recovery key of its cross-signing identity\n" +
	"(" + matrix.RecoveryKeyFile + "), and the OAuth session of \"companion matrix login\"\n" +
	"(" + matrix.OAuthSessionFile + "). The crypto database is copied through SQLite, last writes\n" +
	"included; a build without the goolm tag has no SQLite and copies the file and its\n" +
	"write-ahead log byte for byte instead. Stop \"companion run\" first: a data directory in use\n" +
	"is refused. With encryption at rest, keep the key file with the backup: restoring needs it."

const restoreAbout = "Restore a backup made by \"companion backup\" (\"-\" reads standard input) into a new data\n" +
	"directory: the store, which must be empty, and the Matrix crypto database when the backup\n" +
	"holds one, with the recovery key and the OAuth session; a directory that already has\n" +
	matrix.CryptoDBFile + ", " + matrix.RecoveryKeyFile + " or " + matrix.OAuthSessionFile + " is refused. Backups made before\n" +
	"the crypto database was included restore as before. Stop \"companion run\" first, and use the\n" +
	"same encryption key file as when the backup was made."

func (m *Main) backup(ctx context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("backup", "backup [flags] FILE", backupAbout)
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
	st, err := openStoreAlone(cfg, m)
	if err != nil {
		return err
	}
	defer st.Close()
	opts := bundleOptions{dataDir: cfg.Data.Dir, viaSQLite: sqliteLinked()}
	path := fs.Arg(0)
	if path == "-" {
		if _, err := writeBackup(ctx, m.Stdout, st, opts); err != nil {
			return fmt.Errorf("backup: %w", err)
		}
		return nil
	}
	var files []string
	tmp, err := writeTemp(filepath.Dir(path), ".companion-backup-*", func(f *os.File) (err error) {
		files, err = writeBackup(ctx, f, st, opts)
		return err
	})
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp)
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(m.Stderr, "Backup written to %s%s\n", path, beside(files))
	return nil
}

func (m *Main) restore(_ context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("restore", "restore [flags] FILE", restoreAbout)
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
	st, err := openStoreAlone(cfg, m)
	if err != nil {
		return err
	}
	defer st.Close()
	files, err := readBackup(in, st, cfg.Data.Dir)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	fmt.Fprintf(m.Stderr, "Restored into %s%s\n", cfg.Data.Dir, beside(files))
	return nil
}

// beside names the files a backup carries beside the store, if any.
func beside(files []string) string {
	if len(files) == 0 {
		return ""
	}
	return " (the store and " + strings.Join(files, ", ") + ")"
}

// openStoreAlone opens the store for backup or restore. The store's
// directory lock is what keeps them from running beside "companion run",
// which would tear the copy; its message is Badger's, so say it plainly.
func openStoreAlone(cfg config.Config, m *Main) (*store.Store, error) {
	st, err := openStore(cfg, m.newLogger(cfg, 0))
	return st, inUse(cfg.Data.Dir, err)
}

// inUse says plainly when err is Badger's refusal of a data directory that
// another process holds; any other err comes back as it is.
func inUse(dir string, err error) error {
	if err != nil && strings.Contains(err.Error(), "directory lock") {
		return fmt.Errorf("the data directory %s is in use by another companion process: stop \"companion run\" and try again: %w", dir, err)
	}
	return err
}

// bundleOptions say where the data directory is and how to read the crypto
// database in it.
type bundleOptions struct {
	dataDir string
	// viaSQLite snapshots the crypto database with VACUUM INTO; without it
	// the file and its write-ahead log are copied as they are.
	viaSQLite bool
}

// sqliteLinked reports whether this build has the SQLite driver, which the
// Matrix adapter links in builds tagged goolm.
func sqliteLinked() bool { return slices.Contains(sql.Drivers(), "sqlite") }

// writeBackup writes a backup of st, and of the crypto database in the data
// directory if there is one, to w. It returns the names of the files it
// carried beside the store.
func writeBackup(ctx context.Context, w io.Writer, st *store.Store, opts bundleOptions) ([]string, error) {
	haveDB, err := exists(filepath.Join(opts.dataDir, matrix.CryptoDBFile))
	if err != nil {
		return nil, err
	}
	var files []snapFile
	for _, name := range keptFiles {
		path := filepath.Join(opts.dataDir, name)
		have, err := exists(path)
		if err != nil {
			return nil, err
		}
		if have {
			files = append(files, snapFile{name, path})
		}
	}
	if !haveDB && len(files) == 0 {
		return nil, st.Backup(w)
	}
	if haveDB {
		db, cleanup, err := cryptoSnapshot(ctx, opts)
		if err != nil {
			return nil, err
		}
		defer cleanup()
		files = append(files, db...)
	}
	bw := bufio.NewWriterSize(w, chunkSize)
	if _, err := bw.WriteString(bundleMagic); err != nil {
		return nil, err
	}
	var names []string
	for _, f := range files {
		if err := writeFileSection(bw, f.name, f.path); err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
		names = append(names, f.name)
	}
	sw := newSectionWriter(bw, sectionStore)
	if err := st.Backup(sw); err != nil {
		return nil, err
	}
	if err := sw.Close(); err != nil {
		return nil, err
	}
	if err := bw.WriteByte(0); err != nil {
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	return names, nil
}

// exists reports whether path names something.
func exists(path string) (bool, error) {
	_, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}

// snapFile is one file of the data directory to carry in a backup, read
// from path.
type snapFile struct{ name, path string }

// cryptoSnapshot returns the files that make up a consistent copy of the
// crypto database, and a function that removes any temporary copy.
func cryptoSnapshot(ctx context.Context, opts bundleOptions) ([]snapFile, func(), error) {
	db := filepath.Join(opts.dataDir, matrix.CryptoDBFile)
	if opts.viaSQLite {
		return vacuumInto(ctx, opts.dataDir, db)
	}
	// Without SQLite, a rollback journal left by a crash can only be undone
	// by opening the database; a copy beside it would not be consistent.
	if _, err := os.Lstat(db + "-journal"); err == nil {
		return nil, nil, fmt.Errorf("%s has an unfinished rollback journal that only a build with the goolm tag can recover: start the companion built that way once, stop it, then back up", matrix.CryptoDBFile)
	}
	// Nothing holds the database open while the store's lock is ours, so the
	// file and its write-ahead log together are the database as last
	// written: SQLite replays the log when the restored copy is opened.
	files := []snapFile{{matrix.CryptoDBFile, db}}
	wal := db + "-wal"
	if _, err := os.Lstat(wal); err == nil {
		files = append(files, snapFile{matrix.CryptoDBFile + "-wal", wal})
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, nil, err
	}
	return files, func() {}, nil
}

// vacuumInto copies the database at path through SQLite into a temporary
// directory inside dataDir (private like the data itself). Opening it replays
// a write-ahead log left by a crash, so the copy has every committed write.
func vacuumInto(ctx context.Context, dataDir, path string) ([]snapFile, func(), error) {
	dir, err := os.MkdirTemp(dataDir, ".backup-*")
	if err != nil {
		return nil, nil, err
	}
	cleanup := func() { _ = os.RemoveAll(dir) }
	out := filepath.Join(dir, matrix.CryptoDBFile)
	if err := vacuum(ctx, path, out); err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("read %s: %w", matrix.CryptoDBFile, err)
	}
	return []snapFile{{matrix.CryptoDBFile, out}}, cleanup, nil
}

func vacuum(ctx context.Context, path, out string) error {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", out); err != nil {
		return err
	}
	return db.Close()
}

// writeFileSection writes the file at path as the section name.
func writeFileSection(w io.Writer, name, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sw := newSectionWriter(w, name)
	if _, err := io.Copy(sw, f); err != nil {
		return err
	}
	return sw.Close()
}

// readBackup restores a backup from r: the store into st, and any files the
// backup carries into dataDir. It returns the names of those files. A data
// directory that already has a crypto database is refused before anything is
// read; file sections are checked in full before they replace anything.
func readBackup(r io.Reader, st *store.Store, dataDir string) ([]string, error) {
	for _, name := range cryptoFiles {
		_, err := os.Lstat(filepath.Join(dataDir, name))
		if err == nil {
			return nil, fmt.Errorf("%s already holds a Matrix crypto database (%s): restore into a new data directory: %w", dataDir, name, os.ErrExist)
		}
		if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	for _, name := range keptFiles {
		if ok, err := exists(filepath.Join(dataDir, name)); err != nil || ok {
			if err == nil {
				err = fmt.Errorf("%s already holds %s (%s): restore into a new data directory: %w", dataDir, keptWhat[name], name, os.ErrExist)
			}
			return nil, err
		}
	}
	br := bufio.NewReaderSize(r, chunkSize)
	magic, err := br.Peek(len(storeMagic))
	if err != nil {
		return nil, store.ErrBadBackup
	}
	switch string(magic) {
	case storeMagic:
		// A bare store stream, as written before backups carried files.
		return nil, st.Restore(br)
	case bundleMagic:
		if _, err := br.Discard(len(bundleMagic)); err != nil {
			return nil, err
		}
		return readBundle(br, st, dataDir)
	default:
		return nil, store.ErrBadBackup
	}
}

// readBundle reads the sections of a bundle after its magic. Files are
// written to temporary names first and moved into place once the whole
// bundle, the store included, has been read without fault.
func readBundle(br *bufio.Reader, st *store.Store, dataDir string) ([]string, error) {
	staged := map[string]string{}
	defer func() {
		for _, tmp := range staged {
			_ = os.Remove(tmp)
		}
	}()
	restored := false
	for {
		name, err := readSectionName(br)
		if err != nil {
			return nil, err
		}
		if name == "" {
			break
		}
		sr := newSectionReader(br)
		switch {
		case name == sectionStore && !restored:
			if err := st.Restore(sr); err != nil {
				if sr.err != nil && !errors.Is(sr.err, io.EOF) {
					return nil, fmt.Errorf("store: %w", sr.err)
				}
				return nil, err
			}
			if _, err := io.Copy(io.Discard, sr); err != nil {
				return nil, fmt.Errorf("store: %w", err)
			}
			restored = true
		case slices.Contains(restorable, name) && staged[name] == "":
			tmp, err := stage(dataDir, sr)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			staged[name] = tmp
		default:
			return nil, fmt.Errorf("%w: unexpected section %q (a backup from a newer version, or damaged)", store.ErrBadBackup, name)
		}
	}
	if !restored {
		return nil, fmt.Errorf("%w: the store is missing", store.ErrBadBackup)
	}
	if staged[matrix.CryptoDBFile] == "" && staged[matrix.CryptoDBFile+"-wal"] != "" {
		return nil, fmt.Errorf("%w: a write-ahead log without its database", store.ErrBadBackup)
	}
	return placeFiles(dataDir, staged)
}

// placeFiles moves the staged files to their names in dataDir, the database
// before its log, never over an existing file.
func placeFiles(dataDir string, staged map[string]string) ([]string, error) {
	var names []string
	for _, name := range restorable {
		tmp := staged[name]
		if tmp == "" {
			continue
		}
		target := filepath.Join(dataDir, name)
		if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
			return names, fmt.Errorf("%s: will not replace it: %w", target, os.ErrExist)
		}
		if err := os.Rename(tmp, target); err != nil {
			return names, err
		}
		delete(staged, name)
		names = append(names, name)
	}
	if len(names) > 0 {
		if err := syncDir(dataDir); err != nil {
			return names, err
		}
	}
	return names, nil
}

// stage copies one section to a new private file in dir and returns its
// name, once the section's checksum has matched.
func stage(dir string, sr *sectionReader) (string, error) {
	return writeTemp(dir, ".restore-*", func(f *os.File) error {
		_, err := io.Copy(f, sr)
		return err
	})
}

// writeTemp writes a new private (0600) file in dir through fill and flushes
// it to the disk. It returns the file's name, or removes it when anything
// failed.
func writeTemp(dir, pattern string, fill func(*os.File) error) (string, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	err = fill(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// syncDir makes the names in dir durable, after a rename into it.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
