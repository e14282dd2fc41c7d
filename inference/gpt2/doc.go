// Package gpt2 is GPT-2's decoder exactly as Hugging Face's GPT2LMHeadModel
// lays it out, in float64: the configuration (config.json), the weights
// (GPT-2-layout safetensors), PEFT LoRA adapters on its Conv1D modules, and
// the float reference forward pass with a key/value cache that the int8
// runtime is measured against.
//
// # Architecture
//
// For tokens t_0 … t_{n−1} (n ≤ n_positions), with d = n_embd, H = n_head
// and head width d/H:
//
//	x_p   = wte[t_p] + wpe[p]
//	per block:
//	  a   = ln_1(x)                       LayerNorm, ε = layer_norm_epsilon
//	  qkv = a·c_attn.W + c_attn.b         Conv1D, W is [d, 3d]: q | k | v
//	  per head h: s_pq = q_p·k_q/√(d/H) for q ≤ p (causal), softmax over q, o_p = Σ_q s_pq v_q
//	  x   = x + o·attn.c_proj.W + b
//	  m   = ln_2(x)
//	  x   = x + gelu_new(m·c_fc.W + b)·mlp.c_proj.W + b     c_fc is [d, n_inner]
//	logits_p = ln_f(x_p)·wteᵀ             the LM head is tied to wte
//
// gelu_new is Hugging Face's tanh approximation
// 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))).
//
// # Files
//
// config.json needs n_layer, n_head, n_embd, n_positions and vocab_size;
// layer_norm_epsilon defaults to 1e-5, n_inner to 4·n_embd,
// activation_function to "gelu_new" (the only one accepted). Configs that
// change the attention arithmetic (scale_attn_weights false,
// scale_attn_by_inverse_layer_idx, reorder_and_upcast_attn) are refused.
//
// model.safetensors holds wte.weight, wpe.weight, h.N.{ln_1,attn.c_attn,
// attn.c_proj,ln_2,mlp.c_fc,mlp.c_proj}.{weight,bias}, ln_f.{weight,bias},
// all with or all without the "transformer." prefix that GPT2LMHeadModel
// adds; lm_head.weight, if present, must equal wte.weight (tied).
// attn.bias / attn.masked_bias buffers of old checkpoints are ignored.
//
// # Adapters
//
// A PEFT LoRA adapter may target any of c_attn, attn.c_proj, c_fc and
// mlp.c_proj. The Conv1D weight is stored [in, out] (PEFT's fan_in_fan_out);
// lora_A is [r, in] and lora_B [out, r] as for any LoRA module, and the
// module computes y = x·W + b + scaling·B·(A·x). The adapter is kept apart
// from the base weights (not merged) so the int8 runtime can apply it as
// inference/quant does.
package gpt2
