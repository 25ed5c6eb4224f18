package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// chatOnce runs the built binary's terminal chat on dir with one message
// piped in, logging at debug, and returns its output and log.
func chatOnce(t *testing.T, bin, dir string, env ...string) (string, string) {
	t.Helper()
	cmd := exec.Command(bin, "chat", "--verbose", "--data-dir", dir)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "COMPANION_LOG_LEVEL=debug"}, env...)
	cmd.Stdin = strings.NewReader("we used to talk every week and now it's been months\n")
	var out, log strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &log
	if err := cmd.Run(); err != nil {
		t.Fatalf("chat: %v\nlog:\n%s", err, tail(log.String()))
	}
	return out.String(), log.String()
}

// The first start trains the message models and keeps them in the data
// folder's models/ (private files); a start pointed at them reads every one
// instead of training, and answers the same.
func TestModelsKeptBetweenStarts(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	first, log := chatOnce(t, bin, dir)
	if strings.Contains(log, "read from the cache") {
		t.Fatalf("a first start read kept models:\n%s", tail(log))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "models", "*.model"))
	if len(files) != 4 {
		t.Fatalf("kept %v; want the intent, concern, feelings and occasion models", files)
	}
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, mode %v; want 0600", f, err, fi.Mode().Perm())
		}
	}
	// A new data folder, so that the conversation starts afresh, with the
	// models of the first.
	second, log := chatOnce(t, bin, t.TempDir(), "COMPANION_MODEL_CACHE="+filepath.Join(dir, "models"))
	if n := strings.Count(log, "model read from the cache"); n != 4 || strings.Contains(log, "training it") {
		t.Errorf("the second start read %d models from the cache; want all 4, none trained:\n%s", n, tail(log))
	}
	if first != second {
		t.Errorf("answers differ with kept models:\n--- trained\n%s\n--- kept\n%s", first, second)
	}
}
