/*
 * openproof_cuda: int8 x int8 -> int32 matrix products on an NVIDIA GPU for
 * openproof's fixed-point runtime (package inference/cuda loads this library
 * with dlopen). Built by bench/gpu.sh:
 *
 *   nvcc -O3 -std=c++17 -arch=native -shared -Xcompiler -fPIC \
 *        -o libopenproof_cuda.so openproof_cuda.cu
 *
 * Every function returns 0 or a CUDA error code (opc_error_string names it).
 * Each call selects its device first: the CUDA runtime keeps the current
 * device per host thread, and the Go caller may run on any thread.
 */
#ifndef OPENPROOF_CUDA_H
#define OPENPROOF_CUDA_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* OPC_ABI_VERSION changes whenever a signature or a semantic below changes. */
#define OPC_ABI_VERSION 1

int opc_abi_version(void);

/* opc_error_string describes an error code returned by the functions below. */
const char *opc_error_string(int code);

/* opc_device_name writes the name of CUDA device `device` (NUL-terminated,
 * truncated to len bytes) after checking that it exists. */
int opc_device_name(int device, char *name, int len);

/* opc_upload copies the row-major int8 matrix w (rows x cols) to device
 * `device` and returns a handle in *out. 1 <= cols < 2^17, so that every
 * partial sum of a row product fits int32 exactly (|w|, |x| <= 128). */
int opc_upload(int device, const int8_t *w, int rows, int cols, void **out);

/* opc_matmul computes y[b][r] = sum_c w[r][c] * x[b][c] for the b < batch
 * vectors x (row-major, batch x cols, host memory) into y (batch x rows, host
 * memory). 1 <= batch <= 65535. A handle is used by one caller at a time. */
int opc_matmul(void *handle, const int8_t *x, int batch, int32_t *y);

/* opc_free releases a handle from opc_upload. NULL is ignored. */
void opc_free(void *handle);

#ifdef __cplusplus
}
#endif

#endif /* OPENPROOF_CUDA_H */
