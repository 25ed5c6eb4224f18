package store

import (
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// logFile is one of Badger's logs in a directory.
type logFile struct {
	name string // base name
	fid  int
	size int64
}

// badgerLogs lists the value logs and write-ahead logs in dir, oldest first.
func badgerLogs(dir string) (vlogs, wals []logFile, err error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if ext != ".vlog" && ext != ".mem" {
			continue
		}
		fid, err := strconv.Atoi(strings.TrimSuffix(e.Name(), ext))
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			return nil, nil, err
		}
		f := logFile{name: e.Name(), fid: fid, size: info.Size()}
		if ext == ".vlog" {
			vlogs = append(vlogs, f)
		} else {
			wals = append(wals, f)
		}
	}
	byFid := func(a, b logFile) int { return a.fid - b.fid }
	slices.SortFunc(vlogs, byFid)
	slices.SortFunc(wals, byFid)
	return vlogs, wals, nil
}

// logDamage is what checkLogs found.
type logDamage struct {
	// records counts, per value log, entries damaged in place: each fails
	// the reads of the one record it holds.
	records map[string]int
}

// checkLogs reads Badger's logs in dir before Badger opens them. When it
// opens, Badger replays the write-ahead logs and the newest value log up to
// the first entry that fails its checksum and cuts off the rest, to drop a
// write a crash left unfinished. Damage in the middle of such a log would
// then silently lose every write after it, so:
//
//   - a write-ahead log with a damaged entry followed by readable ones, or
//     any log cut short other than by a crash, is a *FileDamage: Open
//     refuses;
//   - a value log with damaged entries keeps them, and only the records they
//     hold fail (with agent.ErrDamaged). When it is the newest, an empty
//     value log is added after it, so that Badger replays that one instead
//     and cuts nothing.
//
// A log that a crash left open keeps the size Badger gave it at creation,
// twice its nominal size; only such a log may end in an unfinished write.
func checkLogs(dir string, bo badger.Options, log *slog.Logger) (logDamage, error) {
	d := logDamage{records: map[string]int{}}
	vlogs, wals, err := badgerLogs(dir)
	if err != nil {
		return d, fmt.Errorf("check logs: %w", err)
	}
	for _, w := range wals {
		scan, err := scanLogFile(dir, w)
		if err != nil {
			return d, err
		}
		switch {
		case len(scan.damaged) > 0:
			return d, &FileDamage{File: filepath.Join(dir, w.name), Problem: fmt.Sprintf(
				"the write-ahead log has %d entries that fail their checksum, with newer writes after them", len(scan.damaged))}
		case scan.torn && w.size != 2*bo.MemTableSize:
			return d, &FileDamage{File: filepath.Join(dir, w.name), Problem: "the write-ahead log is cut short"}
		}
	}
	for i, v := range vlogs {
		newest := i == len(vlogs)-1
		scan, err := scanLogFile(dir, v)
		if err != nil {
			return d, err
		}
		if scan.torn && !(newest && v.size == 2*bo.ValueLogFileSize) {
			return d, &FileDamage{File: filepath.Join(dir, v.name), Problem: fmt.Sprintf(
				"the value log is cut short or overwritten after byte %d of %d", scan.end, v.size)}
		}
		if n := len(scan.damaged); n > 0 {
			d.records[v.name] = n
			log.Warn("value log holds damaged records; the people they belong to get an error until restored",
				"file", filepath.Join(dir, v.name), "records", n)
			if newest {
				if err := fenceLog(dir, v.fid+1); err != nil {
					return d, err
				}
			}
		}
	}
	return d, nil
}

func scanLogFile(dir string, f logFile) (logScan, error) {
	data, err := os.ReadFile(filepath.Join(dir, f.name))
	if err != nil {
		return logScan{}, fmt.Errorf("check logs: %w", err)
	}
	if len(data) < logHeaderSize {
		return logScan{}, &FileDamage{File: filepath.Join(dir, f.name), Problem: "the log is shorter than its header"}
	}
	return scanLog(data), nil
}

// fenceLog writes an empty value log with the given file id: a header with
// no data key (nothing is ever written to it) and a random base IV.
func fenceLog(dir string, fid int) error {
	header := make([]byte, logHeaderSize)
	rand.Read(header[8:])
	path := filepath.Join(dir, fmt.Sprintf("%06d.vlog", fid))
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, fileMode)
	if err != nil {
		return fmt.Errorf("check logs: %w", err)
	}
	if _, err := f.Write(header); err != nil {
		f.Close()
		return fmt.Errorf("check logs: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("check logs: %w", err)
	}
	return f.Close()
}

// damageWords are what Badger's errors say when it finds a file damaged.
var damageWords = []string{"checksum", "corrupt", "bad magic", "truncat", "unexpected eof", "invalid", "mismatch"}

// openDamage turns an error of badger.Open about a damaged file into a
// *FileDamage naming it, or returns nil when err is something else.
func openDamage(dir string, err error) *FileDamage {
	msg := strings.ToLower(err.Error())
	if !slices.ContainsFunc(damageWords, func(w string) bool { return strings.Contains(msg, w) }) {
		return nil
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(msg, strings.ToLower(e.Name())) {
			return &FileDamage{File: filepath.Join(dir, e.Name()), Problem: err.Error()}
		}
	}
	if strings.Contains(msg, "manifest") {
		return &FileDamage{File: filepath.Join(dir, "MANIFEST"), Problem: err.Error()}
	}
	return &FileDamage{File: dir, Problem: err.Error()}
}
