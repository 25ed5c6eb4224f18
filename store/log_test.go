package store

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/companion-dev/companion/internal/logbuf"
)

// syncBuffer is a buffer safe for a writer and a reader at once.
type syncBuffer = logbuf.Buffer

func TestLogsHoldNothingPersonal(t *testing.T) {
	ctx := context.Background()
	var buf syncBuffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir, Logger: log, EncryptionKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	p := person("telegram:24601", "pangolin")
	commit(t, s, "u1", p, reply(p.ID, "telegram", "reply-pangolin"))
	if err := s.SetSecret(ctx, "matrix.token", "syt_pangolin"); err != nil {
		t.Fatal(err)
	}
	out := pending(t, s, "telegram")
	if err := s.MarkSent(ctx, "telegram", out[0].Seq); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(&bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if err := s.ForgetPerson(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	s.gcOnce()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	logs := buf.String()
	for _, want := range []string{"store open", "person forgotten", "backup written", "store closed"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q", want)
		}
	}
	for _, secret := range append(sectionWords("pangolin"), "24601", "reply-pangolin", "syt_pangolin") {
		if strings.Contains(logs, secret) {
			t.Errorf("logs contain %q", secret)
		}
	}
}
