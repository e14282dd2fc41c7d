//go:build !unix

package mnisttest

// lock is a no-op where flock is unavailable: parallel test packages may
// then run npm concurrently; run `make data` first on such systems.
func lock(string) (func(), error) { return func() {}, nil }
