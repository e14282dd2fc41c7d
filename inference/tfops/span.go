package tfops

// SpanBits bounds how far below the maximum a score or logit may lie:
// Softmax and Sampler.Sample take values spanning less than 2^SpanBits
// (circuits/tfgadgets.SpanBits is the circuits' range check of the same
// bound).
const SpanBits = 32
