package main

import (
	"os"
	"runtime/debug"
)

// Memory: claimcheck keeps the claims of every input, not the inputs, so
// what it holds grows with the input; the garbage it makes on the way
// would let Go's collector, left to itself, grow the heap to twice that.
// A soft memory limit in proportion to the input keeps the peak near
// what is needed. GOMEMLIMIT, when set, is the user's to choose.

const (
	memoryPerInputByte = 3        // the limit, per byte of input
	minMemoryLimit     = 64 << 20 // the least limit: small runs need no tuning
)

// boundMemory sets a soft memory limit for reading files: memoryPerInputByte
// times their size (each at most maxBytes), and at least minMemoryLimit. It
// returns the limit set, or 0 when GOMEMLIMIT sets it.
func boundMemory(files []string, maxBytes int64) int64 {
	if _, ok := os.LookupEnv("GOMEMLIMIT"); ok {
		return 0
	}
	var total int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
			total += min(info.Size(), maxBytes)
		}
	}
	limit := max(memoryPerInputByte*total, minMemoryLimit)
	debug.SetMemoryLimit(limit)
	return limit
}
