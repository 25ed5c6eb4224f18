package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// TestTelegramFullDisk runs `companion run` with its data on a small file
// system, fills that file system, and checks that the companion stays up,
// says in /readyz why it paused, takes the messages that arrive meanwhile
// without losing them, and answers them once space is back.
func TestTelegramFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root (CI runs as root)")
	}
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v: %s", err, out)
	}
	// Registered first, so it runs after the companion has stopped.
	t.Cleanup(func() {
		if out, err := exec.Command("umount", disk).CombinedOutput(); err != nil {
			t.Errorf("umount: %v: %s", err, out)
		}
	})
	srv := telegramtest.New(t, telegramtest.Options{})
	env := telegramEnv(srv, filepath.Join(disk, "data"))
	addr := freeAddr(t)
	env["COMPANION_HTTP_ADDR"] = addr
	startRun(t, env)
	readyz := "http://" + addr + "/readyz"
	ana := telegramtest.User{ID: 611, FirstName: "Ana"}

	srv.SendText(ana, "/start")
	nthMessage(t, srv, ana.ID, 1)
	if code, body := getUntil(t, readyz, 200); code != 200 {
		t.Fatalf("/readyz before the disk filled: %d %q", code, body)
	}

	filler := filepath.Join(disk, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 1<<20)
	for {
		if _, err := f.Write(chunk); err != nil {
			break // the file system is full
		}
	}
	f.Close()
	code, body := getUntil(t, readyz, 503, "paused")
	if code != 503 || !strings.Contains(body, "MB free") {
		t.Fatalf("/readyz on a full disk: %d %q; want 503 saying why", code, body)
	}

	// Messages that arrive while the disk is full wait; none is lost.
	srv.SendText(ana, "/help")
	srv.SendText(ana, "how often should I message an old friend?")
	if msgs, err := srv.WaitMessages(ana.ID, 2, 3*time.Second); err == nil {
		t.Fatalf("answered on a full disk: %q", visible(msgs))
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	if code, body := getUntil(t, readyz, 200); code != 200 {
		t.Fatalf("/readyz after space came back: %d %q", code, body)
	}
	expect(t, nthMessage(t, srv, ana.ID, 2), "/draft")
	nthMessage(t, srv, ana.ID, 3)
	if got := len(srv.Messages(ana.ID)); got != 3 {
		t.Errorf("%d messages after the pause, want 3: %q", got, visible(srv.Messages(ana.ID)))
	}
}
