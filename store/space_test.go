//go:build linux

package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
)

// smallDisk mounts a tmpfs of size MB for the test, or skips it.
func smallDisk(t *testing.T, size int) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs to fill needs root (CI runs as root)")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%dm", size), "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v: %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v: %s", dir, err, out)
		}
	})
	return dir
}

// fillDisk writes a file in dir until the file system is full.
func fillDisk(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 1<<20)
	for {
		if _, err := f.Write(chunk); err != nil {
			break // ENOSPC: full
		}
	}
	if free, _ := freeBytes(dir); free > 1<<20 {
		t.Fatalf("the disk is not full: %d bytes free", free)
	}
	return path
}

// A full disk pauses the store instead of killing the process: turns fail
// with agent.ErrPaused and write nothing, and once space is back the store
// resumes with every earlier turn intact.
func TestFullDiskPausesAndResumes(t *testing.T) {
	ctx := context.Background()
	disk := smallDisk(t, 160)
	dir := filepath.Join(disk, "data")
	s := openT(t, Options{Dir: dir})
	if s.space.margin < 32<<20 {
		t.Fatalf("margin %d MB: smaller than one value log", s.space.margin>>20)
	}
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ag := agent.New(agent.Options{Store: s, Guide: kb})
	ids := make([]agent.PersonID, 10)
	for i := range ids {
		ids[i] = agent.PersonID(fmt.Sprintf("telegram:%d", 500+i))
		commit(t, s, fmt.Sprintf("before%d", i), person(ids[i], fmt.Sprintf("w%d", i)))
	}
	if err := s.Paused(); err != nil {
		t.Fatalf("paused with space to spare: %v", err)
	}

	filler := fillDisk(t, disk)
	err = s.CommitTurn(ctx, agent.Turn{UpdateID: "full", Person: &agent.Person{ID: ids[0]}})
	if !errors.Is(err, agent.ErrPaused) {
		t.Fatalf("CommitTurn on a full disk: err = %v, want agent.ErrPaused", err)
	}
	if err := handle(ctx, ag, ids[1], "full-2", "/reflect"); !errors.Is(err, agent.ErrPaused) {
		t.Errorf("Handle on a full disk: err = %v, want agent.ErrPaused", err)
	}
	if err := s.Paused(); !errors.Is(err, agent.ErrPaused) {
		t.Errorf("Paused = %v, want the reason", err)
	}
	if seen, err := s.Seen(ctx, "full"); err != nil || seen {
		t.Errorf("a paused turn was marked processed: %v, %v", seen, err)
	}
	// Reads go on.
	for i, id := range ids {
		if got := load(t, s, id); got.Profile.Name != fmt.Sprintf("name-w%d", i) {
			t.Errorf("while paused, %s reads back as %q", id, got.Profile.Name)
		}
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the store to resume", func() bool { return s.Paused() == nil })
	if err := handle(ctx, ag, ids[1], "full-2", "/reflect"); err != nil {
		t.Fatalf("Handle after space came back: %v", err)
	}
	commit(t, s, "after", person(ids[0], "later"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openT(t, Options{Dir: dir})
	for i, id := range ids {
		want := fmt.Sprintf("name-w%d", i)
		if i == 0 {
			want = "name-later"
		}
		if got := load(t, s, id); got.Profile.Name != want {
			t.Errorf("after reopening, %s = %q, want %q", id, got.Profile.Name, want)
		}
	}
}

func TestSpaceMarginFromOptions(t *testing.T) {
	bo := badgerOptions("x", Options{}, nil)
	got := spaceMargin(bo)
	if got < bo.ValueLogFileSize+bo.MemTableSize || got > 256<<20 {
		t.Errorf("margin %d MB for the store's Badger options", got>>20)
	}
	// The README gives the reserve as about 60 MB.
	if mb := got >> 20; mb < 55 || mb > 65 {
		t.Errorf("margin %d MB; the README says about 60", mb)
	}
}
