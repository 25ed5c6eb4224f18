package matrix

import (
	"os"
	"path/filepath"
)

// writePrivateFile writes data to name in dir, readable by the owner alone
// (0600). The file is complete and on disk before it takes the name, so a
// crash leaves either the old content or the new, never a torn mix: what it
// holds (a recovery key, tokens) may exist nowhere else.
func writePrivateFile(dir, name string, data []byte) error {
	f, err := os.CreateTemp(dir, ".matrix-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = f.Chmod(0o600)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, name))
	}
	if err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}
