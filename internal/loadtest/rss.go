package loadtest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Memory is a process's resident memory as Linux reports it in
// /proc/<pid>/status, in bytes.
type Memory struct {
	// RSS is VmRSS: all resident memory, the sum of the three below.
	RSS int64
	// Anon is RssAnon: heap, stacks and other private memory.
	Anon int64
	// File is RssFile: resident pages of mapped files (Badger maps its
	// tables and value log).
	File int64
	// Shmem is RssShmem.
	Shmem int64
}

func (m Memory) String() string {
	return fmt.Sprintf("%.1f MB (anon %.1f MB, file %.1f MB)", mb(m.RSS), mb(m.Anon), mb(m.File))
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }

// ReadMemory reads the resident memory of process pid (Linux only).
func ReadMemory(pid int) (Memory, error) {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return Memory{}, fmt.Errorf("read memory of %d: %w", pid, err)
	}
	return parseStatus(raw)
}

// parseStatus reads the Vm/Rss lines of a /proc/<pid>/status file.
func parseStatus(raw []byte) (Memory, error) {
	var m Memory
	fields := map[string]*int64{"VmRSS": &m.RSS, "RssAnon": &m.Anon, "RssFile": &m.File, "RssShmem": &m.Shmem}
	seen := false
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		key, rest, ok := strings.Cut(sc.Text(), ":")
		dst := fields[key]
		if !ok || dst == nil {
			continue
		}
		num, unit, _ := strings.Cut(strings.TrimSpace(rest), " ")
		n, err := strconv.ParseInt(num, 10, 64)
		if err != nil || unit != "kB" {
			return Memory{}, fmt.Errorf("%s: cannot read %q", key, strings.TrimSpace(rest))
		}
		*dst = n << 10
		seen = seen || key == "VmRSS"
	}
	if !seen {
		return Memory{}, fmt.Errorf("no VmRSS line")
	}
	return m, nil
}
