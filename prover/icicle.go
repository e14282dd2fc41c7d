//go:build icicle

package prover

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/accelerated/icicle"
	icicle_bn254 "github.com/consensys/gnark/backend/accelerated/icicle/groth16/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	cs_bn254 "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	icicle_runtime "github.com/ingonyama-zk/icicle-gnark/v3/wrappers/golang/runtime"
)

// icicleKeyCacheSize bounds how many proving keys keep their device-side state
// (NTT constants, and with pinning the whole key) between proofs.
const icicleKeyCacheSize = 4

// icicleConfig is what the environment selects.
type icicleConfig struct {
	device   icicle.Backend // icicle.CUDA or icicle.CPU
	deviceID int
	pin      bool
}

// icicleConfigFromEnv parses the OPENPROOF_ICICLE_* variables through getenv.
func icicleConfigFromEnv(getenv func(string) string) (icicleConfig, error) {
	cfg := icicleConfig{device: icicle.CUDA, pin: true}
	switch v := strings.ToLower(strings.TrimSpace(getenv(EnvIcicleDevice))); v {
	case "", "cuda", "gpu":
	case "cpu":
		cfg.device = icicle.CPU
	default:
		return cfg, fmt.Errorf("%s=%q: want cuda or cpu", EnvIcicleDevice, v)
	}
	if v := strings.TrimSpace(getenv(EnvIcicleDeviceID)); v != "" {
		id, err := strconv.Atoi(v)
		if err != nil || id < 0 {
			return cfg, fmt.Errorf("%s=%q: want a device index >= 0", EnvIcicleDeviceID, v)
		}
		cfg.deviceID = id
	}
	if v := strings.TrimSpace(getenv(EnvIciclePin)); v != "" {
		pin, err := strconv.ParseBool(v)
		if err != nil {
			return cfg, fmt.Errorf("%s=%q: want true or false", EnvIciclePin, v)
		}
		cfg.pin = pin
	}
	return cfg, nil
}

// newIcicle returns the ICICLE backend configured from the environment. It loads the
// ICICLE device libraries and fails here, not at the first proof, when the selected
// device cannot be used.
func newIcicle() (Backend, error) {
	cfg, err := icicleConfigFromEnv(os.Getenv)
	if err != nil {
		return nil, fmt.Errorf("icicle backend: %w: %w", err, ErrBadInput)
	}
	return newIcicleWith(cfg)
}

func newIcicleWith(cfg icicleConfig) (*icicleBackend, error) {
	b := &icicleBackend{cfg: cfg}
	if err := b.init(); err != nil {
		return nil, err
	}
	return b, nil
}

// icicleBackend proves BN254 Groth16 with gnark's ICICLE integration. Proofs carry
// the Solidity verifier's hash-to-field, like CPU()'s. Close releases the device
// memory held for cached proving keys.
type icicleBackend struct {
	cfg icicleConfig

	loadOnce sync.Once
	loadErr  error

	// mu serializes proofs: gnark runs one proof per device at a time anyway, and a
	// key evicted from the cache must not be freed while a proof uses it.
	mu   sync.Mutex
	keys []icicleKey // least recently used first
}

// icicleKey pairs a caller's proving key with its device-side twin. delta tells two
// keys apart when a caller reuses one ProvingKey value for a new setup.
type icicleKey struct {
	host  *groth16_bn254.ProvingKey
	delta [64]byte
	dev   *icicle_bn254.ProvingKey
}

func (b *icicleBackend) Name() string {
	return "icicle-" + strings.ToLower(b.cfg.device.String())
}

func (b *icicleBackend) device() icicle_runtime.Device {
	return icicle_runtime.CreateDevice(b.cfg.device.String(), b.cfg.deviceID)
}

// init loads ICICLE's backend libraries once and checks that the configured device
// can be selected. gnark's BN254 prover does neither itself.
func (b *icicleBackend) init() error {
	b.loadOnce.Do(func() {
		// A failed load is not fatal on its own: the CPU device is compiled into the
		// core libraries and needs no backend directory.
		loaded := "loaded"
		if e := icicle_runtime.LoadBackendFromEnvOrDefault(); e != icicle_runtime.Success {
			loaded = e.AsString()
		}
		dev := b.device()
		if !icicle_runtime.IsDeviceAvailable(&dev) {
			b.loadErr = fmt.Errorf("%w: device %s is not available (backend libraries: %s from ICICLE_BACKEND_INSTALL_DIR=%q); "+
				"build the CUDA backend with `make icicle` on a machine with nvcc and source the env.sh it writes, or set %s=cpu: %w",
				ErrIcicleUnavailable, b.cfg.device, loaded, os.Getenv("ICICLE_BACKEND_INSTALL_DIR"), EnvIcicleDevice, ErrBadInput)
			return
		}
		// RunOnDevice ignores a failed SetDevice (e.g. an index past the last GPU)
		// and would silently run elsewhere: check where we actually land.
		got := make(chan string, 1)
		icicle_runtime.RunOnDevice(&dev, func(...any) {
			active, err := icicle_runtime.GetActiveDevice()
			if err != icicle_runtime.Success {
				got <- "none (" + err.AsString() + ")"
				return
			}
			got <- fmt.Sprintf("%s:%d", active.GetDeviceType(), active.Id)
		})
		if want, have := fmt.Sprintf("%s:%d", b.cfg.device, b.cfg.deviceID), <-got; have != want {
			b.loadErr = fmt.Errorf("%w: cannot select ICICLE device %s (active device: %s); check %s: %w",
				ErrIcicleUnavailable, want, have, EnvIcicleDeviceID, ErrBadInput)
		}
	})
	return b.loadErr
}

// Prove proves with the ICICLE device. ICICLE's work cannot be interrupted, so ctx
// is checked before and after it, as CPU() does.
//
// gnark's ICICLE prover panics inside its own device goroutines on device errors
// (out of memory, a driver fault); such a panic ends the process and cannot be
// turned into an error here. Inputs are therefore checked for consistency first.
func (b *icicleBackend) Prove(ctx context.Context, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, full witness.Witness, opts ...solver.Option) (groth16.Proof, error) {
	r1cs, hostPK, err := CheckProverInputs(ccs, pk, full)
	if err != nil {
		return nil, err
	}
	if err := checkPrivateWires(r1cs, hostPK); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := b.init(); err != nil {
		return nil, err
	}
	cfg, err := icicle.NewConfig(
		icicle.WithBackend(b.cfg.device),
		icicle.WithDeviceID(b.cfg.deviceID),
		icicle.WithPinKeysToGPU(b.cfg.pin),
		icicle.WithProverOptions(solidity.WithProverTargetSolidityVerifier(backend.GROTH16), backend.WithSolverOptions(opts...)),
	)
	if err != nil {
		return nil, fmt.Errorf("icicle config: %w", err)
	}

	b.mu.Lock()
	defer b.mu.Unlock()
	devPK := b.deviceKey(hostPK)
	proof, err := guard(func() (*groth16_bn254.Proof, error) {
		return icicle_bn254.Prove(r1cs, devPK, full, cfg)
	})
	if err != nil {
		return nil, fmt.Errorf("icicle groth16 prove: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return proof, nil
}

// checkPrivateWires adds to CheckProverInputs the one shape gnark's ICICLE prover
// relies on without checking: the key's points for the private wires.
func checkPrivateWires(r1cs *cs_bn254.R1CS, pk *groth16_bn254.ProvingKey) error {
	nbInternal, nbSecret, _ := r1cs.GetNbVariables()
	want := nbInternal + nbSecret
	for _, c := range r1cs.CommitmentInfo.(constraint.Groth16Commitments) {
		want -= len(c.PrivateCommitted) + 1 // committed wires and the commitment wire have their own keys
	}
	if got := len(pk.G1.K); got != want {
		return fmt.Errorf("proving key has %d private wire points, the constraint system %d: key and circuit do not match: %w",
			got, want, ErrBadInput)
	}
	return nil
}

// deviceKey returns the cached device-side key for pk, creating it (and evicting the
// least recently used one) as needed. The caller holds b.mu.
func (b *icicleBackend) deviceKey(pk *groth16_bn254.ProvingKey) *icicle_bn254.ProvingKey {
	delta := pk.G1.Delta.RawBytes()
	for i, k := range b.keys {
		if k.host != pk {
			continue
		}
		b.keys = append(b.keys[:i], b.keys[i+1:]...)
		if k.delta == delta {
			b.keys = append(b.keys, k)
			return k.dev
		}
		b.free(k.dev) // same value, new setup: its device state is stale
		break
	}
	if len(b.keys) >= icicleKeyCacheSize {
		b.free(b.keys[0].dev)
		b.keys = b.keys[1:]
	}
	// The copy shares the key's slices; gnark keeps its device state next to them.
	k := icicleKey{host: pk, delta: delta, dev: &icicle_bn254.ProvingKey{ProvingKey: *pk}}
	b.keys = append(b.keys, k)
	return k.dev
}

// free releases a key's device memory on the device it was allocated on.
func (b *icicleBackend) free(pk *icicle_bn254.ProvingKey) {
	dev := b.device()
	done := make(chan struct{})
	icicle_runtime.RunOnDevice(&dev, func(...any) {
		defer close(done)
		pk.FreeGPUResources()
	})
	<-done
}

// Close releases the device memory held for cached proving keys. The backend stays
// usable; the next proof sets its key up again.
func (b *icicleBackend) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, k := range b.keys {
		b.free(k.dev)
	}
	b.keys = nil
	return nil
}
