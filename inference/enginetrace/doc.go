// Package enginetrace defines openproof's engine trace: the activations of
// the LoRA-adapted modules of a large model, per module and token, as any
// inference engine can write them. The delta prover (circuits/delta) proves
// from it that each module's adapter output Δy is what a committed adapter
// computes on the module input x; it proves nothing about the base model.
//
// # Format "openproof.enginetrace", version 1
//
// A trace is a directory with two files:
//
//   - activations.safetensors: for each module <m> (its PEFT module name), the
//     tensor "<m>.x", dtype I8, shape [T, in], the module input quantized to
//     int8 at exponent x_exp, and "<m>.delta", dtype I32, shape [T, out], the
//     adapter output Δy at exponent delta_exp. No other tensors.
//   - manifest.json: {"format", "version", "scheme": "openproof-int8-pow2-v1",
//     "model_id", "adapter_id", "tokens": T, "tensors_file",
//     "tensors_sha256" (hex sha256 of the safetensors file), "modules": [{"name",
//     "in", "out", "rank", "x_exp", "w_exp", "delta_exp"}]}.
//
// # The integer Δy
//
// With the adapter quantized by quant.QuantizeLoRA for a layer of weight
// exponent w_exp (A, B int8 at exponents e_A, e_B, multiplier
// M = round(s·2^(w_exp−e_A−e_B+32)), s = lora_alpha/r), k = x_exp + w_exp −
// delta_exp ∈ [1, 31], and for each token x (int8):
//
//	h  = A·x             (exact)
//	δ  = B·h             (exact)
//	Δy = floor((δ·M + 2^(k+31)) / 2^(k+32))   (round half up; quant.Layer.Requantize with acc = 0)
//
// Δy must fit int32 (the writer refuses traces where it does not; there is no
// saturation). Δy·2^−delta_exp approximates s·B(A·x) in real units, and for an
// openproof model layer (delta_exp = the layer's output exponent) it is the
// adapter's contribution to the layer's output before the one rounding of the
// unmerged recipe.
//
// # Writing a trace from PyTorch
//
// A forward hook on each PEFT LoRA layer records its input, quantized to
// int8 at x_exp (≤ 10 lines; `model` is a peft.PeftModel, X_EXP the
// exponent):
//
//	xs = {}
//	def hook(name):
//	    def f(mod, inp, out):
//	        x = inp[0].detach().reshape(-1, inp[0].shape[-1])
//	        xs.setdefault(name, []).append(torch.clamp(torch.round(x * 2**X_EXP), -128, 127).to(torch.int8))
//	    return f
//	for n, m in model.named_modules():
//	    if hasattr(m, "lora_A"): m.register_forward_hook(hook(n.removeprefix("base_model.model.")))
//	model(**batch)  # then save {f"{n}.x": torch.cat(v)} with safetensors.torch.save_file
//
// Δy is the integer recipe, not the engine's float LoRA output. An engine
// that adds the proven Δy computes it exactly in int64 from the quantized
// A8, B8, M and k (splitting M into 16-bit halves keeps every product below
// 2^63, and floor division by 2^16 then 2^(k+16) equals one by 2^(k+32)):
//
//	d = (x8.long() @ A8.long().T) @ B8.long().T
//	dy = (d * (M >> 16) + ((d * (M & 0xffff) + 2**(k+31)) >> 16)) >> (k + 16)
//
// An engine that records only x writes no "<m>.delta" tensor at all (for
// every module, or the trace is refused); openproof fills Δy in from the
// adapter (Trace.FillDeltas, `openproof prove-delta --filled-trace DIR`) and
// the proof then binds that Δy.
package enginetrace
