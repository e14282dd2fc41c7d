package bundle

import (
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/strictjson"
)

// ReadStrict reads the JSON file at path (at most MaxSize bytes) into v as
// DecodeStrict does. Every error wraps ErrBadInput: the path is the
// caller's input.
func ReadStrict(path string, v any) error {
	data, err := readLimited(path)
	if err != nil {
		return err
	}
	return DecodeStrict(path, data, v)
}

// DecodeStrict decodes one JSON value into v, refusing unknown fields,
// duplicate keys, null numbers (inference/strictjson) and anything after the
// value; name (a file name) prefixes errors, which wrap ErrBadInput.
func DecodeStrict(name string, data []byte, v any) error {
	dec := strictjson.NewDecoder(data)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %v: %w", name, err, ErrBadInput)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%s: data after the JSON value: %w", name, ErrBadInput)
	}
	return nil
}

// readLimited reads a file of at most MaxSize bytes.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", err, ErrBadInput)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", path, err, ErrBadInput)
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%s: larger than %d bytes: %w", path, MaxSize, ErrBadInput)
	}
	return b, nil
}

// DecodeProof decodes EncodeProof's text. Text that is not 0x-prefixed hex
// is a malformed bundle (ErrBadInput); bytes that are not a proof (points
// off the curve, a wrong length) are a proof that does not verify
// (errs.ErrNotVerified).
func DecodeProof(s string) (groth16.Proof, error) {
	raw, err := decodeHex(s)
	if err != nil {
		return nil, fmt.Errorf("proof: %v: %w", err, ErrBadInput)
	}
	p, err := ProofFromSolidity(raw)
	if err != nil {
		return nil, fmt.Errorf("proof: %v: %w", err, errs.ErrNotVerified)
	}
	return p, nil
}
