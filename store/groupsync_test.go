package store

import (
	"errors"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestGroupSyncCoversEveryCaller checks the promise of wait: when it
// returns, a flush that began after the call has finished.
func TestGroupSyncCoversEveryCaller(t *testing.T) {
	var begun, finished atomic.Uint64
	g := newGroupSync(func() error {
		begun.Add(1)
		finished.Add(1)
		return nil
	})
	var wg sync.WaitGroup
	var violations atomic.Int32
	for i := 0; i < 200; i++ {
		wg.Go(func() {
			before := begun.Load()
			if err := g.wait(); err != nil {
				t.Error(err)
			}
			if finished.Load() < before+1 {
				violations.Add(1)
			}
		})
	}
	wg.Wait()
	if v := violations.Load(); v != 0 {
		t.Fatalf("%d callers returned before a flush that began after them", v)
	}
	if n := begun.Load(); n == 0 || n > 200 {
		t.Fatalf("%d flushes for 200 callers", n)
	}
}

// TestGroupSyncShares shows that callers arriving during a flush share the
// next one instead of flushing one by one.
func TestGroupSyncShares(t *testing.T) {
	started := make(chan struct{}, 10)
	release := make(chan struct{})
	var flushes atomic.Int32
	g := newGroupSync(func() error {
		flushes.Add(1)
		started <- struct{}{}
		<-release
		return nil
	})
	first := make(chan error, 1)
	go func() { first <- g.wait() }()
	<-started // flush 1 is running
	const n = 50
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Go(func() {
			if err := g.wait(); err != nil {
				t.Error(err)
			}
		})
	}
	// Once all of them wait behind flush 1, let it finish: one more flush
	// serves them all.
	deadline := time.Now().Add(10 * time.Second)
	for {
		g.mu.Lock()
		w := g.waiting
		g.mu.Unlock()
		if w == n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d callers waiting", w, n)
		}
		runtime.Gosched()
	}
	release <- struct{}{}
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	close(release)
	wg.Wait()
	if got := flushes.Load(); got != 2 {
		t.Fatalf("%d flushes for 1+%d callers, want 2", got, n)
	}
}

func TestGroupSyncReportsFlushError(t *testing.T) {
	boom := errors.New("disk full")
	g := newGroupSync(func() error { return boom })
	if err := g.wait(); !errors.Is(err, boom) {
		t.Fatalf("got %v, want %v", err, boom)
	}
}

func TestLogsToFlush(t *testing.T) {
	dir := []string{"000001.sst", "00007.mem", "00009.mem", "00008.mem", "000002.vlog", "000003.vlog", "KEYREGISTRY", "MANIFEST"}
	tests := []struct {
		name         string
		names        []string
		activeSynced bool
		want         []string
	}{
		{"active and previous of each kind", dir, false, []string{"000002.vlog", "000003.vlog", "00008.mem", "00009.mem"}},
		{"previous only when db.Sync flushed the active", dir, true, []string{"000002.vlog", "00008.mem"}},
		{"a single log", []string{"00001.mem", "000001.vlog"}, false, []string{"000001.vlog", "00001.mem"}},
		{"a single log already flushed", []string{"00001.mem", "000001.vlog"}, true, nil},
		{"no logs", []string{"MANIFEST"}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := logsToFlush(tt.names, tt.activeSynced); !slices.Equal(got, tt.want) {
				t.Errorf("logsToFlush = %q, want %q", got, tt.want)
			}
		})
	}
}
