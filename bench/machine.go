package bench

import (
	"bufio"
	"bytes"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// Machine describes where the numbers were taken. Empty or zero fields are
// unknown.
type Machine struct {
	CPU         string // model name from /proc/cpuinfo
	Cores       int    // logical CPUs (runtime.NumCPU)
	GOMAXPROCS  int
	MemoryBytes uint64 // MemTotal from /proc/meminfo
	GoVersion   string
	OS, Arch    string
	Gnark       string // module version of github.com/consensys/gnark in this binary
}

// Describe describes this machine and binary.
func Describe() Machine {
	m := Machine{
		Cores:      runtime.NumCPU(),
		GOMAXPROCS: runtime.GOMAXPROCS(0),
		GoVersion:  runtime.Version(),
		OS:         runtime.GOOS,
		Arch:       runtime.GOARCH,
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		m.CPU = cpuModel(b)
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		m.MemoryBytes = memTotal(b)
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/consensys/gnark" {
				m.Gnark = d.Version
			}
		}
	}
	return m
}

// cpuModel returns the first "model name" of /proc/cpuinfo content.
func cpuModel(cpuinfo []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(cpuinfo))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// memTotal returns MemTotal of /proc/meminfo content in bytes.
func memTotal(meminfo []byte) uint64 {
	sc := bufio.NewScanner(bytes.NewReader(meminfo))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 3 && f[0] == "MemTotal:" && f[2] == "kB" {
			if v, err := strconv.ParseUint(f[1], 10, 64); err == nil {
				return v * 1024
			}
		}
	}
	return 0
}

// loadAvg1 returns the 1-minute load average, or −1 when unknown.
func loadAvg1() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	return parseLoadAvg(b)
}

func parseLoadAvg(b []byte) float64 {
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return -1
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil || v < 0 {
		return -1
	}
	return v
}
