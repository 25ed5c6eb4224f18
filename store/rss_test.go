//go:build !race

package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestMemoryAfterTenThousandTurns runs 10,000 turns against a store on disk
// and checks that the process stays small.
// It runs in a process of its own, so that what the package's other tests
// left behind is not counted.
func TestMemoryAfterTenThousandTurns(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 turns")
	}
	if os.Getenv(rssChildEnv) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestMemoryAfterTenThousandTurns$", "-test.v")
		cmd.Env = append(os.Environ(), rssChildEnv+"=1")
		out, err := cmd.CombinedOutput()
		t.Logf("in a process of its own:\n%s", out)
		if err != nil {
			t.Fatalf("the measuring process failed: %v", err)
		}
		if !strings.Contains(string(out), "--- PASS: TestMemoryAfterTenThousandTurns") {
			t.Fatal("the measuring process did not run the test")
		}
		return
	}
	s := openT(t, Options{Dir: t.TempDir()})
	ids := seedPeople(t, s)
	for i := 0; i < 10000; i++ {
		benchTurn(t, s, ids[i%len(ids)], fmt.Sprintf("r%d", i))
		if i%200 == 199 {
			for _, o := range pending(t, s, "telegram") {
				if err := s.MarkSent(t.Context(), o.Channel, o.Seq); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if n := len(pending(t, s, "telegram")); n != 2*(10000%200) {
		t.Errorf("outbox holds %d entries, want %d", n, 2*(10000%200))
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	st := procStatus(t)
	t.Logf("after 10000 turns over %d people: VmRSS %d kB (RssAnon %d kB, RssFile %d kB), Go heap in use %d kB",
		len(ids), st["VmRSS"], st["RssAnon"], st["RssFile"], ms.HeapInuse>>10)
	// File-backed pages are Badger's memory-mapped files, which the kernel
	// can drop; the process's own memory is the anonymous part.
	const limit = 100 << 10
	if st["RssAnon"] > limit {
		t.Errorf("RssAnon = %d kB, want under %d kB", st["RssAnon"], limit)
	}
}

// rssChildEnv marks the process that measures.
const rssChildEnv = "COMPANION_RSS_MEASURE"

// procStatus returns the kB figures of /proc/self/status.
func procStatus(t *testing.T) map[string]int {
	t.Helper()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status here")
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, rest, ok := strings.Cut(sc.Text(), ":")
		if !ok || !strings.HasSuffix(rest, " kB") {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(rest, " kB"))); err == nil {
			out[name] = n
		}
	}
	if out["VmRSS"] == 0 {
		t.Fatal("no VmRSS in /proc/self/status")
	}
	return out
}
