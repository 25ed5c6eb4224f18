package store

// Procs is how many Go processors (GOMAXPROCS) a process using the store
// should run with, on a machine whose default is n.
//
// Badger reads and writes its files through memory maps. A page fault on a
// table not yet in memory, or a write to a log page the disk is still
// flushing, blocks the thread in the kernel while it holds a processor, out
// of the Go scheduler's sight; with one processor per core, every such wait
// takes a core away from all other turns. Four processors per core, and at
// least eight, keep turns running meanwhile: on a 2-core machine this cuts
// the slowest turns under load by about three quarters (see the README's
// performance notes). CPU-bound work runs as before.
func Procs(n int) int {
	return max(4*n, 8)
}
