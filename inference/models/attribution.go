package models

// MNISTAttributionFile is the path inside the embedded files of the embedded
// adapter's attribution artifacts (provenance's attribution.json) over the
// Datanet of its training digits; attribution/mnistdemo parses and
// recomputes them.
const MNISTAttributionFile = "mnist/attribution.json"

// MNISTAttributionJSON returns the bytes of MNISTAttributionFile.
func MNISTAttributionJSON() ([]byte, error) { return embedded.ReadFile(MNISTAttributionFile) }
