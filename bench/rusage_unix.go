//go:build unix

package bench

import (
	"runtime"
	"syscall"
)

// maxRSS is the process's resident-set high-water mark in bytes (getrusage
// ru_maxrss), 0 if unknown. It never decreases within a process.
func maxRSS() uint64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil || ru.Maxrss < 0 {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return uint64(ru.Maxrss) // bytes there
	}
	return uint64(ru.Maxrss) * 1024 // KiB on Linux and the BSDs
}
