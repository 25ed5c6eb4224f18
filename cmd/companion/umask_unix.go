//go:build unix

package main

import "syscall"

// privateFiles makes every file and folder the process creates from now on
// its owner's alone (0600, 0700), whatever umask it was started with: the
// data directory holds what people shared, and Badger creates its files
// 0666 less the umask.
func privateFiles() { syscall.Umask(0o077) }
