package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runMain runs the program in-process with the given stdin and environment.
func runMain(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errOut,
		Env: func(k string) (string, bool) {
			v, ok := env[k]
			return v, ok
		},
	}
	err = m.Run(context.Background(), args)
	return out.String(), errOut.String(), err
}

func TestChatFromPipe(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"COMPANION_DATA_DIR": dir}
	out, _, err := runMain(t, env, "/draft\nSam, my old college friend\n1\n1\nthe road trip to the coast\n", "chat")
	if err != nil {
		t.Fatalf("chat: %v", err)
	}
	for _, want := range []string{"Let's write to Sam", "What feel do you want?", "┃ ", "road trip to the coast"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The conversation continues in a second run, at the same step.
	out, _, err = runMain(t, env, "done\n", "chat")
	if err != nil {
		t.Fatalf("second chat: %v", err)
	}
	if !strings.Contains(out, "Here it is to copy") || !strings.Contains(out, "Sam") {
		t.Errorf("second run did not finish the draft:\n%s", out)
	}
}

// TestChatModelBudgetExempt: the terminal's person is not held to the
// hourly model budget, so every guide question reaches the model.
func TestChatModelBudgetExempt(t *testing.T) {
	model, seen := fakeModelServer(t)
	env := map[string]string{"COMPANION_DATA_DIR": t.TempDir(), "COMPANION_LLM_PROVIDER": "ollama",
		"COMPANION_LLM_URL": model.URL, "COMPANION_LLM_MODEL": "tiny", "COMPANION_LIMIT_MODEL_CALLS_PER_HOUR": "1"}
	out, _, err := runMain(t, env, "why do people ghost?\nhow do I reach out after a long time?\nwhat if they never reply?\n", "chat")
	if err != nil {
		t.Fatalf("chat: %v", err)
	}
	hooks := 0
	for _, r := range seen() {
		if msgs, _ := r.body["messages"].([]any); len(msgs) == 2 && strings.Contains(fmt.Sprint(msgs[1]), "person_message") {
			hooks++
		}
	}
	if hooks != 3 || strings.Contains(out, "leaned on the language model") {
		t.Errorf("%d of 3 questions reached the model; output:\n%s", hooks, out)
	}
}

func TestRunWithoutAdapters(t *testing.T) {
	_, _, err := runMain(t, map[string]string{"COMPANION_DATA_DIR": t.TempDir()}, "", "run")
	if !errors.Is(err, errNoAdapters) {
		t.Fatalf("run without adapters: got %v, want errNoAdapters", err)
	}
	if !strings.Contains(err.Error(), "COMPANION_TELEGRAM_TOKEN") || !strings.Contains(err.Error(), "COMPANION_MATRIX_HOMESERVER") {
		t.Errorf("the error does not say how to configure an adapter: %v", err)
	}
}

func TestHelpEverywhere(t *testing.T) {
	for _, cmd := range []string{"chat", "run", "kb", "backup", "restore", "check"} {
		t.Run(cmd, func(t *testing.T) {
			_, stderr, err := runMain(t, nil, "", cmd, "--help")
			if err != nil {
				t.Fatalf("%s --help: %v", cmd, err)
			}
			if !strings.Contains(stderr, "Usage: companion "+cmd) || !strings.Contains(stderr, "-data-dir") {
				t.Errorf("%s --help output:\n%s", cmd, stderr)
			}
		})
	}
	out, _, err := runMain(t, nil, "", "--help")
	if err != nil || !strings.Contains(out, "kb search QUERY") {
		t.Errorf("top-level help: %v\n%s", err, out)
	}
}

func TestUnknownCommand(t *testing.T) {
	_, _, err := runMain(t, nil, "", "frobnicate")
	var u usageError
	if !errors.As(err, &u) || !strings.Contains(err.Error(), "frobnicate") {
		t.Fatalf("got %v, want a usage error naming the command", err)
	}
}

func TestKBSearch(t *testing.T) {
	out, _, err := runMain(t, nil, "", "kb", "search", "my friend stopped replying")
	if err != nil {
		t.Fatalf("kb search: %v", err)
	}
	if !strings.HasPrefix(out, "1. ghosting") {
		t.Errorf("kb search did not put the ghosting section first:\n%s", out)
	}
	out, _, err = runMain(t, nil, "", "kb", "list")
	if err != nil || strings.Count(out, "\n") < 20 {
		t.Errorf("kb list: %v\n%s", err, out)
	}
}

func TestBackupRestore(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	file := filepath.Join(t.TempDir(), "backup.bin")
	if _, _, err := runMain(t, map[string]string{"COMPANION_DATA_DIR": src}, "/settings\n1\nQuinn\n", "chat"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runMain(t, nil, "", "backup", "--data-dir", src, file); err != nil {
		t.Fatalf("backup: %v", err)
	}
	if st, err := os.Stat(file); err != nil || st.Size() == 0 {
		t.Fatalf("backup file: %v", err)
	}
	if _, _, err := runMain(t, nil, "", "restore", "--data-dir", dst, file); err != nil {
		t.Fatalf("restore: %v", err)
	}
	out, _, err := runMain(t, map[string]string{"COMPANION_DATA_DIR": dst}, "/settings\n", "chat")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Quinn") {
		t.Errorf("restored data lacks the name set before the backup:\n%s", out)
	}
}

func TestBadConfigNamesTheKey(t *testing.T) {
	_, _, err := runMain(t, map[string]string{"COMPANION_DATA_DIR": t.TempDir(), "COMPANION_LLM_PROVIDER": "magic"}, "", "chat")
	if err == nil || !strings.Contains(err.Error(), "COMPANION_LLM_PROVIDER") {
		t.Fatalf("got %v, want an error naming COMPANION_LLM_PROVIDER", err)
	}
}
