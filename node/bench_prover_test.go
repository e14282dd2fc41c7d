//go:build prover_checks

package node

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
)

// TestNodeBench measures one node (the built binary, embedded NATS, anvil
// with 1 s blocks, --confirmations 1) on the demo circuit: N requests
// opened on chain at once, for each worker count in
// OPENPROOF_NODE_BENCH_WORKERS (default "1,2"). It prints throughput,
// request→settled latency and the node's time per job besides the proof.
// Opt-in: OPENPROOF_NODE_BENCH=N (requests per run).
func TestNodeBench(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("OPENPROOF_NODE_BENCH"))
	if n <= 0 {
		t.Skip("set OPENPROOF_NODE_BENCH=N to run")
	}
	workers := []int{1, 2}
	if w := os.Getenv("OPENPROOF_NODE_BENCH_WORKERS"); w != "" {
		workers = nil
		for _, f := range strings.Split(w, ",") {
			v, err := strconv.Atoi(f)
			if err != nil {
				t.Fatal(err)
			}
			workers = append(workers, v)
		}
	}
	dir := t.TempDir()
	e := &e2e{t: t, dir: dir, keys: filepath.Join(dir, "keys"), model: testModel(t), procs: map[string]*exec.Cmd{}, apis: map[string]string{}}
	if k := os.Getenv("OPENPROOF_NODE_BENCH_KEYS"); k != "" {
		e.keys = k // a key store that already holds the demo circuit's keys skips the setup
	}
	var rc *rpc.Client
	e.anvilPort, e.ec, rc = startAnvil(t)
	e.bin = buildBinary(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "token"), []byte("bench\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.deploy(rc)
	ds, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	md, ac, _ := e.model.Digests(commit.InputDigest(nil))
	next := 0
	for _, w := range workers {
		e.natsPort = freePort(t)
		name := fmt.Sprintf("w%d", w)
		e.benchNode(name, w)
		opened := map[string]time.Time{}
		var keys []string
		start := time.Now()
		for range n {
			_, _, id := e.model.Digests(commit.InputDigest(e.model.Quantize(ds.Images[next])))
			next++
			k := e.open(md, ac, id)
			opened[k] = time.Now()
			keys = append(keys, k)
		}
		var lat, overhead, prove, pipe, wait []float64
		last := start
		for _, k := range keys {
			var j *JobView
			for deadline := time.Now().Add(10 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
				j, err = e.job(name, k)
				if err == nil && j.State == StateSettled {
					break
				}
				if (err == nil && Final(j.State)) || time.Now().After(deadline) {
					t.Fatalf("job %s: %+v %v", k, j, err)
				}
			}
			if j.Times.Settled.After(last) {
				last = j.Times.Settled
			}
			lat = append(lat, j.Times.Settled.Sub(opened[k]).Seconds())
			prove = append(prove, j.Times.ProveSeconds)
			pipe = append(pipe, j.Times.PipelineSeconds)
			overhead = append(overhead, j.Times.NodeSeconds)
			wait = append(wait, j.Times.Started.Sub(j.Times.Submitted).Seconds())
		}
		e.stopNode(name)
		span := last.Sub(start).Seconds()
		t.Logf("workers=%d requests=%d: %.1f proofs/min (%.1f s from the first open to the last settle); request→settled p50 %.2f s p95 %.2f s; "+
			"backend prove p50 %.2f s; rest of the prove call (inference, witness, self-check, bundle) p50 %.3f s; "+
			"node time per job outside the prove call (queue and state) p50 %.3f s p95 %.3f s = %.2f%% of the p50 proof; wait for a worker p50 %.2f s",
			w, n, float64(n)/span*60, span, pct(lat, 50), pct(lat, 95), pct(prove, 50), pct(pipe, 50), pct(overhead, 50), pct(overhead, 95),
			100*pct(overhead, 50)/pct(prove, 50), pct(wait, 50))
	}
}

// pct is the p-th percentile (nearest rank) of v.
func pct(v []float64, p int) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	i := (p*len(s)+99)/100 - 1
	return s[max(i, 0)]
}

// benchNode starts a node with w workers and its own embedded NATS.
func (e *e2e) benchNode(name string, w int) {
	e.mu.Lock()
	e.apis[name] = fmt.Sprintf("127.0.0.1:%d", freePort(e.t))
	e.mu.Unlock()
	cmd := e.startNodeArgs(name, true, 1, "--workers", fmt.Sprint(w), "--nats-dir", filepath.Join(e.dir, "nats-"+name))
	e.procs[name] = cmd
}

func (e *e2e) stopNode(name string) {
	if c := e.procs[name]; c != nil {
		_ = c.Process.Signal(os.Interrupt)
		_, _ = c.Process.Wait()
	}
	_ = context.Background()
}
