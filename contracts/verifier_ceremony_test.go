package contracts_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/internal/fixtures"
)

// TestExportVerifierCeremonyHeader: WithCeremony puts the transcript hash,
// the note and the contributors into the header comment and changes
// nothing else; malformed values are refused.
func TestExportVerifierCeremonyHeader(t *testing.T) {
	f, _ := fixtures.Get("tiny")
	vk, _, err := f.Load(".")
	if err != nil {
		t.Fatal(err)
	}
	var plain, signed bytes.Buffer
	if err := contracts.ExportVerifier(vk, &plain); err != nil {
		t.Fatal(err)
	}
	good := contracts.Ceremony{
		TranscriptHash: strings.Repeat("ab", 32),
		Contributors:   []string{"0x90f68Ca7f7ca33231826a3Ef4E24fFdcEd1A1bC2", "0x2e1d26a4092a385a671F1dF04A1Dd34AA0CF1415"},
		Note:           "TEST ceremony: all contributors local",
	}
	if err := contracts.ExportVerifier(vk, &signed, contracts.WithCeremony(good)); err != nil {
		t.Fatal(err)
	}
	header, body, ok := strings.Cut(signed.String(), "pragma solidity")
	if !ok {
		t.Fatal("no pragma")
	}
	for _, want := range append([]string{"// Transcript hash (SHA-256): " + good.TranscriptHash, "// " + good.Note}, good.Contributors...) {
		if !strings.Contains(header, want) {
			t.Errorf("header lacks %q:\n%s", want, header)
		}
	}
	plainHeader, plainBody, _ := strings.Cut(plain.String(), "pragma solidity")
	if body != plainBody || strings.Contains(plainHeader, "ceremony") {
		t.Error("WithCeremony changed more than the header comment")
	}
	for name, c := range map[string]contracts.Ceremony{
		"short hash":      {TranscriptHash: "abcd", Contributors: good.Contributors},
		"upper-case hash": {TranscriptHash: strings.Repeat("AB", 32), Contributors: good.Contributors},
		"no contributors": {TranscriptHash: good.TranscriptHash},
		"bad address":     {TranscriptHash: good.TranscriptHash, Contributors: []string{"0x1234"}},
		"note on two lines": {TranscriptHash: good.TranscriptHash, Contributors: good.Contributors,
			Note: "x\npragma solidity ^0.4.0;"},
	} {
		if err := contracts.ExportVerifier(vk, &signed, contracts.WithCeremony(c)); !errors.Is(err, contracts.ErrBadInput) {
			t.Errorf("%s: got %v, want ErrBadInput", name, err)
		}
	}
}
