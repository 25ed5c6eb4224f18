package modelcache

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// toy is a model small enough to check by eye: some labels and weights.
type toy struct {
	labels []string
	w      []float32
}

func encodeToy(m toy) []byte {
	var e Encoder
	e.Strings(m.labels)
	e.Float32s(m.w)
	return e.Bytes()
}

func decodeToy(b []byte) (toy, error) {
	d := NewDecoder(b)
	m := toy{labels: d.Strings(), w: d.Float32s()}
	return m, d.Done()
}

var sample = toy{labels: []string{"calm", "worried"}, w: []float32{0.25, -1.5e-7, 3, 1.0 / 3}}

// counter builds sample and counts how often it was asked to.
type counter struct{ n atomic.Int32 }

func (c *counter) build() toy { c.n.Add(1); return sample }

// logged is a logger whose lines a test can read.
func logged() (*slog.Logger, *syncBuffer) {
	var b syncBuffer
	return slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{Level: slog.LevelDebug})), &b
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func keep(c *Cache, k *Key, cnt *counter) toy { return Keep(c, k, cnt.build, encodeToy, decodeToy) }

func modelFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range files {
		files[i] = filepath.Base(files[i])
	}
	return files
}

// A second start reads what the first wrote, and trains nothing.
func TestKeepReadsWhatAnEarlierStartWrote(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "models")
	var cnt counter
	first := keep(New(dir, nil), NewKey("feel").Add("corpus v1"), &cnt)
	second := keep(New(dir, nil), NewKey("feel").Add("corpus v1"), &cnt)
	if cnt.n.Load() != 1 {
		t.Fatalf("built %d times; want once, then read", cnt.n.Load())
	}
	if !slices.Equal(first.labels, second.labels) || !slices.Equal(first.w, second.w) {
		t.Fatalf("read back %+v; want %+v", second, first)
	}
	files := modelFiles(t, dir)
	if len(files) != 1 || !strings.HasPrefix(files[0], "feel-") || !strings.HasSuffix(files[0], ".model") {
		t.Fatalf("files %v; want one feel-….model", files)
	}
	fi, err := os.Stat(filepath.Join(dir, files[0]))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("model file mode %v; want 0600", fi.Mode().Perm())
	}
	di, _ := os.Stat(dir)
	if di.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v; want 0700", di.Mode().Perm())
	}
}

// No folder keeps nothing, and builds every time.
func TestKeepWithoutFolderBuilds(t *testing.T) {
	var cnt counter
	for _, c := range []*Cache{nil, New("", nil)} {
		if got := keep(c, NewKey("feel"), &cnt); !slices.Equal(got.w, sample.w) {
			t.Fatalf("got %+v", got)
		}
	}
	if cnt.n.Load() != 2 {
		t.Fatalf("built %d times; want 2", cnt.n.Load())
	}
}

// A corpus that changed makes the kept file out of date: the model is
// trained again, the new file written and the old one removed. Other
// models' files are left alone.
func TestKeepTrainsAgainWhenTheCorpusChanged(t *testing.T) {
	dir := t.TempDir()
	var cnt counter
	keep(New(dir, nil), NewKey("feel").Add("corpus v1"), &cnt)
	keep(New(dir, nil), NewKey("feelings").Add("corpus v1"), &cnt)
	old := modelFiles(t, dir)
	log, out := logged()
	keep(New(dir, log), NewKey("feel").Add("corpus v2"), &cnt)
	if cnt.n.Load() != 3 {
		t.Fatalf("built %d times; want 3 (a changed corpus is trained again)", cnt.n.Load())
	}
	now := modelFiles(t, dir)
	if len(now) != 2 || slices.Equal(now, old) {
		t.Fatalf("files before %v, after %v; want the old feel file replaced and feelings kept", old, now)
	}
	if !strings.Contains(out.String(), "out of date") {
		t.Errorf("log does not say the kept model was out of date:\n%s", out)
	}
	keep(New(dir, nil), NewKey("feel").Add("corpus v2"), &cnt)
	if cnt.n.Load() != 3 {
		t.Fatal("the rewritten file was not read back")
	}
}

// A file cut short, or with a byte changed anywhere, is never read as a
// model: the model is trained again, logged once, and the file mended.
func TestKeepIgnoresDamagedFiles(t *testing.T) {
	damage := map[string]func([]byte) []byte{
		"cut short":      func(b []byte) []byte { return b[:len(b)-5] },
		"cut in header":  func(b []byte) []byte { return b[:10] },
		"empty":          func([]byte) []byte { return nil },
		"weight changed": func(b []byte) []byte { b[headerLen+20] ^= 0x40; return b },
		"length changed": func(b []byte) []byte { b[headerLen-1] ^= 1; return b },
		"checksum off":   func(b []byte) []byte { b[len(b)-1] ^= 1; return b },
		"grown":          func(b []byte) []byte { return append(b, 0) },
		"not a model": func([]byte) []byte {
			return []byte("hello, this is some other file entirely, long enough to pass a length check")
		},
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			var cnt counter
			keep(New(dir, nil), NewKey("feel"), &cnt)
			path := filepath.Join(dir, modelFiles(t, dir)[0])
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f(b), 0o600); err != nil {
				t.Fatal(err)
			}
			log, out := logged()
			got := keep(New(dir, log), NewKey("feel"), &cnt)
			if cnt.n.Load() != 2 || !slices.Equal(got.w, sample.w) {
				t.Fatalf("built %d times, got %+v; want trained again", cnt.n.Load(), got)
			}
			if n := strings.Count(out.String(), "does not read back"); n != 1 {
				t.Errorf("logged %d times that the file does not read back; want once:\n%s", n, out)
			}
			if strings.Contains(out.String(), "level=ERROR") || strings.Contains(out.String(), "level=WARN") {
				t.Errorf("a damaged cache file is no error:\n%s", out)
			}
			keep(New(dir, nil), NewKey("feel"), &cnt)
			if cnt.n.Load() != 2 {
				t.Error("the mended file was not read back")
			}
		})
	}
}

// Bytes that pass the checksum but do not decode (a decoder changed
// without the format version) are not a model either, a panic included.
func TestKeepIgnoresBytesThatDoNotDecode(t *testing.T) {
	dir := t.TempDir()
	var cnt counter
	keep(New(dir, nil), NewKey("feel"), &cnt)
	bad := []func([]byte) (toy, error){
		func([]byte) (toy, error) { return toy{}, errors.New("not this shape") },
		func([]byte) (toy, error) { panic("index out of range") },
	}
	for _, decode := range bad {
		got := Keep(New(dir, nil), NewKey("feel"), cnt.build, encodeToy, decode)
		if !slices.Equal(got.w, sample.w) {
			t.Fatalf("got %+v", got)
		}
	}
	if cnt.n.Load() != 3 {
		t.Fatalf("built %d times; want 3", cnt.n.Load())
	}
}

// A folder that cannot be written costs the cache, nothing else: the model
// is built and returned at every start, and it is said once, at info.
func TestKeepInAFolderThatCannotBeWritten(t *testing.T) {
	base := t.TempDir()
	file := filepath.Join(base, "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	readOnly := filepath.Join(base, "read-only")
	if err := os.Mkdir(readOnly, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(readOnly, 0o700) })
	dirs := map[string]string{
		"under a file": filepath.Join(file, "models"),
		"parent gone":  filepath.Join(base, "removed", "models"),
	}
	if probe, err := os.CreateTemp(readOnly, "probe"); err == nil {
		// Permissions do not bind this user (root): the file case stands for it.
		probe.Close()
		os.Remove(probe.Name())
	} else {
		dirs["read-only folder"] = readOnly
	}
	for name, dir := range dirs {
		t.Run(name, func(t *testing.T) {
			log, out := logged()
			c := New(dir, log)
			var cnt counter
			for _, model := range []string{"feel", "occasion", "feel"} {
				if got := keep(c, NewKey(model), &cnt); !slices.Equal(got.w, sample.w) {
					t.Fatalf("got %+v", got)
				}
			}
			if cnt.n.Load() != 3 {
				t.Fatalf("built %d times; want every time", cnt.n.Load())
			}
			if n := strings.Count(out.String(), "cannot be kept"); n != 1 || !strings.Contains(out.String(), "level=INFO") {
				t.Errorf("logged %d times at info that models cannot be kept; want once:\n%s", n, out)
			}
		})
	}
}

// A program that cannot read its own file keeps nothing, and says so once.
func TestKeepWithoutTheProgramHash(t *testing.T) {
	dir := t.TempDir()
	log, out := logged()
	c := New(dir, log)
	c.program = func() ([]byte, error) { return nil, os.ErrPermission }
	var cnt counter
	keep(c, NewKey("feel"), &cnt)
	keep(c, NewKey("feel"), &cnt)
	if cnt.n.Load() != 2 || len(modelFiles(t, dir)) != 0 {
		t.Fatalf("built %d times, files %v; want built each time and nothing kept", cnt.n.Load(), modelFiles(t, dir))
	}
	if n := strings.Count(out.String(), "not kept"); n != 1 {
		t.Errorf("logged %d times; want once:\n%s", n, out)
	}
}

// Another program (a new build) never reads a model kept by this one.
func TestKeepKeysTheProgram(t *testing.T) {
	dir := t.TempDir()
	var cnt counter
	for _, program := range []string{"build one", "build two", "build one"} {
		c := New(dir, nil)
		c.program = func() ([]byte, error) { return []byte(program), nil }
		keep(c, NewKey("feel"), &cnt)
	}
	if cnt.n.Load() != 3 {
		t.Fatalf("built %d times; want each program to train its own", cnt.n.Load())
	}
}

// Parts are added with their lengths: moving a boundary is another key.
func TestKeyPartsKeepTheirBoundaries(t *testing.T) {
	a := NewKey("feel").Add("ab", "c").sum(nil)
	b := NewKey("feel").Add("a", "bc").sum(nil)
	c := NewKey("feel").Add("ab", "c").sum(nil)
	if a == b || a != c {
		t.Fatal("keys do not follow their parts")
	}
	if NewKey("feel").sum(nil) == NewKey("feels").sum(nil) {
		t.Fatal("the model's name is not part of its key")
	}
}

// Goroutines that each start with a cache of their own on the same folder
// (as processes starting at once do) all get the model, and leave one sound
// file and no temporary ones.
func TestKeepConcurrentStarts(t *testing.T) {
	dir := t.TempDir()
	var cnt counter
	var wg sync.WaitGroup
	got := make([]toy, 8)
	for i := range got {
		wg.Go(func() { got[i] = keep(New(dir, nil), NewKey("feel"), &cnt) })
	}
	wg.Wait()
	for _, m := range got {
		if !slices.Equal(m.w, sample.w) || !slices.Equal(m.labels, sample.labels) {
			t.Fatalf("got %+v", m)
		}
	}
	files := modelFiles(t, dir)
	if len(files) != 1 || !strings.HasSuffix(files[0], ".model") {
		t.Fatalf("files %v; want one model file", files)
	}
	before := cnt.n.Load()
	keep(New(dir, nil), NewKey("feel"), &cnt)
	if cnt.n.Load() != before {
		t.Fatal("the file left by concurrent starts does not read back")
	}
}

// Processes starting at once on the same folder, each training and
// writing, leave a file every one of them, and the next start, reads.
func TestKeepConcurrentProcesses(t *testing.T) {
	if dir := os.Getenv("MODELCACHE_CHILD_DIR"); dir != "" {
		var cnt counter
		m := keep(New(dir, nil), NewKey("feel").Add("processes"), &cnt)
		fmt.Printf("built=%d w=%v\n", cnt.n.Load(), m.w)
		return
	}
	dir := t.TempDir()
	var wg sync.WaitGroup
	outs := make([]string, 4)
	for i := range outs {
		wg.Go(func() {
			cmd := exec.Command(os.Args[0], "-test.run=^TestKeepConcurrentProcesses$", "-test.count=1")
			cmd.Env = append(os.Environ(), "MODELCACHE_CHILD_DIR="+dir)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("child: %v\n%s", err, out)
			}
			outs[i] = string(out)
		})
	}
	wg.Wait()
	want := fmt.Sprintf("w=%v", sample.w)
	for _, out := range outs {
		if !strings.Contains(out, want) {
			t.Fatalf("a child did not get the model:\n%s", out)
		}
	}
	if files := modelFiles(t, dir); len(files) != 1 {
		t.Fatalf("files %v; want one model file", files)
	}
	var cnt counter
	keep(New(dir, nil), NewKey("feel").Add("processes"), &cnt)
	if cnt.n.Load() != 0 {
		t.Fatal("the file the processes left does not read back")
	}
}
