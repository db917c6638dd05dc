package bot_test

import (
	"runtime"
	"syscall"
	"time"
)

// rusageThread asks getrusage for the calling thread alone (Linux's
// RUSAGE_THREAD, which package syscall does not name).
const rusageThread = 1

// onCPU runs f on one locked thread and returns the CPU time it used
// there: unlike the wall clock, it leaves out the time other programs
// had the CPU.
func onCPU(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var before, after syscall.Rusage
	syscall.Getrusage(rusageThread, &before)
	f()
	syscall.Getrusage(rusageThread, &after)
	used := func(r syscall.Rusage) int64 { return r.Utime.Nano() + r.Stime.Nano() }
	return time.Duration(used(after) - used(before))
}
