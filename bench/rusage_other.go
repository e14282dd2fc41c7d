//go:build !unix

package bench

// maxRSS is unknown on this platform.
func maxRSS() uint64 { return 0 }
