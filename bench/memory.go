package bench

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// heapMetric is the Go heap in bytes: live objects plus dead ones the
// collector has not swept yet. Its peak is what the heap had to hold.
const heapMetric = "/memory/classes/heap/objects:bytes"

// heapSampleEvery is the sampling period of the heap peak. A spike shorter
// than this can be missed; proving phases last far longer.
const heapSampleEvery = 10 * time.Millisecond

// heapPeak samples the Go heap in the background until stop is called.
type heapPeak struct {
	done chan struct{}
	once sync.Once
	wg   sync.WaitGroup
	mu   sync.Mutex
	peak uint64
}

// startHeapPeak collects garbage (so earlier cases do not count) and starts
// sampling.
func startHeapPeak() *heapPeak {
	runtime.GC()
	h := &heapPeak{done: make(chan struct{})}
	h.sample()
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		t := time.NewTicker(heapSampleEvery)
		defer t.Stop()
		for {
			select {
			case <-h.done:
				return
			case <-t.C:
				h.sample()
			}
		}
	}()
	return h
}

func (h *heapPeak) sample() {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	v := s[0].Value.Uint64()
	h.mu.Lock()
	h.peak = max(h.peak, v)
	h.mu.Unlock()
}

// stop ends sampling and returns the peak in bytes. Later calls return the
// same peak.
func (h *heapPeak) stop() uint64 {
	h.once.Do(func() {
		h.sample()
		close(h.done)
		h.wg.Wait()
	})
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.peak
}
