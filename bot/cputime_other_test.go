//go:build !linux

package bot_test

import "time"

// onCPU runs f and returns the time it took (the wall clock: the CPU time
// of one thread is measured on Linux only).
func onCPU(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
