package prover

import "errors"

// ErrIcicleUnavailable is wrapped by NewBackend("icicle") errors when ICICLE cannot
// be used: the binary was built without the icicle tag, or the selected device (by
// default the first CUDA GPU) is not there. The error text says how to get it.
var ErrIcicleUnavailable = errors.New("ICICLE backend unavailable")

// Environment variables read by NewBackend("icicle") in builds with the icicle tag.
// ICICLE itself reads ICICLE_BACKEND_INSTALL_DIR (where the CUDA backend libraries
// are); the env.sh written by scripts/icicle/build.sh sets it.
const (
	// EnvIcicleDevice selects the ICICLE device type: "cuda" (default) or "cpu".
	// The CPU device is a slow correctness path used by the tests.
	EnvIcicleDevice = "OPENPROOF_ICICLE_DEVICE"
	// EnvIcicleDeviceID selects the device index (default 0).
	EnvIcicleDeviceID = "OPENPROOF_ICICLE_DEVICE_ID"
	// EnvIciclePin, "true" by default, keeps proving keys resident in device memory
	// between proofs (gnark's PinToGPU) for the backend's lifetime: a long-running
	// prover uploads a key once. Up to four keys stay pinned (least recently used
	// evicted) until the backend's Close; "false" uploads each key for every proof.
	EnvIciclePin = "OPENPROOF_ICICLE_PIN"
)
