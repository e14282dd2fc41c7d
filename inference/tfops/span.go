package tfops

// SpanBits bounds how far below the maximum a score or logit may lie:
// Softmax and Sampler.Sample take values spanning less than 2^SpanBits
// (circuits/tfgadgets.SpanBits, the circuits' range check, is this bound).
const SpanBits = 32
