package main

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"time"

	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/openproof/openproof/bench/gpu/chain"
	"github.com/openproof/openproof/prover"
)

// proveConfig is what one measurement run does.
type proveConfig struct {
	sizes []int // log2 of the constraint counts
	reps  int   // CPU proofs, and accelerated proofs after the first
	cpu   prover.Backend
	accel prover.Backend
	// done is called with each size's row as soon as it is measured, so a run cut
	// short keeps what it measured.
	done     func(Row) error
	progress func(format string, args ...any)
}

// measure runs cfg: for each size a chain circuit of exactly 2^k constraints
// (one commitment, like the inference circuit), a development setup, then the
// accelerated backend's first proof and cfg.reps more, then cfg.reps CPU proofs.
// Every proof is verified with prover.Verify and must have the Solidity layout;
// the first that does not stops the run with an error.
func measure(ctx context.Context, cfg proveConfig) ([]Row, error) {
	if cfg.reps < 1 {
		return nil, fmt.Errorf("reps %d: want at least 1", cfg.reps)
	}
	var rows []Row
	for _, k := range cfg.sizes {
		row, err := measureSize(ctx, cfg, k)
		if err != nil {
			return rows, fmt.Errorf("2^%d constraints: %w", k, err)
		}
		rows = append(rows, row)
		if cfg.done != nil {
			if err := cfg.done(row); err != nil {
				return rows, err
			}
		}
		runtime.GC() // the next size should not pay for this one's garbage
	}
	return rows, nil
}

func measureSize(ctx context.Context, cfg proveConfig, k int) (Row, error) {
	row := Row{Log2: k, Constraints: 1 << k, CPUBackend: cfg.cpu.Name(), CPUThreads: runtime.GOMAXPROCS(0),
		CPUReps: cfg.reps, AccelBackend: cfg.accel.Name(), AccelReps: cfg.reps}
	cfg.progress("2^%d: compiling", k)
	start := time.Now()
	in, err := chain.Build(ctx, 1<<k)
	if err != nil {
		return row, err
	}
	row.Compile = time.Since(start)
	cfg.progress("2^%d: compiled in %s; setup", k, human(row.Compile))
	start = time.Now()
	pk, vk, err := prover.DevSetup(ctx, in.CCS)
	if err != nil {
		return row, err
	}
	row.Setup = time.Since(start)
	cfg.progress("2^%d: setup %s", k, human(row.Setup))

	prove := func(b prover.Backend) (time.Duration, error) {
		start := time.Now()
		proof, err := b.Prove(ctx, in.CCS, pk, in.Full)
		d := time.Since(start)
		if err != nil {
			return 0, fmt.Errorf("%s prove: %w", b.Name(), err)
		}
		if err := prover.Verify(vk, proof, in.Public); err != nil {
			return 0, fmt.Errorf("%s proof does not verify: %w", b.Name(), err)
		}
		p, ok := proof.(*groth16_bn254.Proof)
		if !ok || len(p.MarshalSolidity()) != 256+64*len(p.Commitments)+64 || len(p.Commitments) != 1 {
			return 0, fmt.Errorf("%s proof is not a one-commitment BN254 proof in Solidity layout", b.Name())
		}
		row.Verified++
		return d, nil
	}
	reps := func(b prover.Backend, n int) (time.Duration, error) {
		ds := make([]time.Duration, 0, n)
		for i := 0; i < n; i++ {
			d, err := prove(b)
			if err != nil {
				return 0, err
			}
			cfg.progress("2^%d: %s proof %d/%d: %s", k, b.Name(), i+1, n, human(d))
			ds = append(ds, d)
		}
		return median(ds), nil
	}

	if row.AccelFirst, err = prove(cfg.accel); err != nil {
		return row, err
	}
	cfg.progress("2^%d: %s first proof: %s", k, cfg.accel.Name(), human(row.AccelFirst))
	if row.AccelProve, err = reps(cfg.accel, cfg.reps); err != nil {
		return row, err
	}
	if row.CPUProve, err = reps(cfg.cpu, cfg.reps); err != nil {
		return row, err
	}
	// Drop the accelerator's copy of this size's key before the next size.
	if c, ok := cfg.accel.(interface{ Close() error }); ok {
		if err := c.Close(); err != nil {
			return row, fmt.Errorf("%s close: %w", cfg.accel.Name(), err)
		}
	}
	cfg.progress("2^%d: %s %s, %s %s: %.1f×", k, cfg.cpu.Name(), human(row.CPUProve), cfg.accel.Name(), human(row.AccelProve), row.Speedup())
	return row, nil
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
