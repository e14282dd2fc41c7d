package chain

import (
	"context"
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

func TestBuildExactSize(t *testing.T) {
	for _, n := range []int{MinConstraints, 1000, 1 << 12, 1<<12 + 5} {
		in, err := Build(context.Background(), n)
		if err != nil {
			t.Fatalf("Build(%d): %v", n, err)
		}
		if got := in.CCS.GetNbConstraints(); got != n {
			t.Errorf("Build(%d): %d constraints", n, got)
		}
		if got := len(in.CCS.(interface{ GetCommitments() constraint.Commitments }).GetCommitments().CommitmentIndexes()); got != 1 {
			t.Errorf("Build(%d): %d commitments, want 1", n, got)
		}
		if err := in.CCS.IsSolved(in.Full); err != nil {
			t.Errorf("Build(%d): witness does not solve: %v", n, err)
		}
	}
}

func TestBuildRejects(t *testing.T) {
	for _, n := range []int{-1, 0, MinConstraints - 1, MaxConstraints + 1} {
		if _, err := Build(context.Background(), n); !errors.Is(err, ErrBadSize) {
			t.Errorf("Build(%d): error %v, want ErrBadSize", n, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, 1024); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Build: error %v", err)
	}
}

// The circuit must reject a wrong output and an out-of-range byte.
func TestCircuitRejects(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &Circuit{Bytes: make([]frontend.Variable, 4), Muls: 5})
	if err != nil {
		t.Fatal(err)
	}
	wrongOut := Assignment(3, 5, 4)
	wrongOut.Out = Output(4, 5)
	bigByte := Assignment(3, 5, 4)
	bigByte.Bytes[2] = 256
	tests := []struct {
		name string
		a    *Circuit
		ok   bool
	}{
		{"satisfying", Assignment(3, 5, 4), true},
		{"wrong output", wrongOut, false},
		{"byte out of range", bigByte, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, err := frontend.NewWitness(tc.a, ecc.BN254.ScalarField())
			if err != nil {
				t.Fatal(err)
			}
			if err := ccs.IsSolved(w); (err == nil) != tc.ok {
				t.Errorf("IsSolved = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

// A small instance proves and verifies with gnark's CPU prover, and not against
// another statement.
func TestProveSmall(t *testing.T) {
	in, err := Build(context.Background(), 1024)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(in.CCS)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(in.CCS, pk, in.Full)
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, in.Public); err != nil {
		t.Fatal(err)
	}
	other, err := PublicWitness(3, Output(3, in.Muls+1))
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, other); err == nil {
		t.Error("proof verified against another output")
	}
}
