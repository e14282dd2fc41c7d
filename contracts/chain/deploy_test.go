package chain_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/errs"
)

// TestDeployVerifierDevKeys: the committed (development-key) verifiers are
// refused unless allowed; other bytecode is deployed as given.
func TestDeployVerifierDevKeys(t *testing.T) {
	demo, err := chain.DemoVerifierBytecode()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range [][]byte{demo, common.FromHex(bindings.MnistDemoAttributedVerifierMetaData.Bin)} {
		_, err := chain.DeployVerifier(code, chain.VerifierOptions{})
		if !errors.Is(err, chain.ErrDevKeys) || !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("dev-key verifier without AllowDevKeys: got %v, want ErrDevKeys (bad input)", err)
		}
		call, err := chain.DeployVerifier(code, chain.VerifierOptions{AllowDevKeys: true})
		if err != nil || call.To != nil || !bytes.Equal(call.Data, code) {
			t.Errorf("dev-key verifier with AllowDevKeys: %v, %+v", err, call)
		}
	}
	other := append(append([]byte(nil), demo...), 0) // not a committed verifier
	if call, err := chain.DeployVerifier(other, chain.VerifierOptions{}); err != nil || !bytes.Equal(call.Data, other) {
		t.Errorf("other bytecode: %v", err)
	}
	if _, err := chain.DeployVerifier(nil, chain.VerifierOptions{AllowDevKeys: true}); !errors.Is(err, chain.ErrBadInput) {
		t.Errorf("empty bytecode: got %v, want ErrBadInput", err)
	}
}
