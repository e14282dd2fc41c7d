// openproof_cuda: see openproof_cuda.h.
#include "openproof_cuda.h"

#include <cuda_runtime.h>
#include <stdint.h>
#include <string.h>

namespace {

// Rows are stored with a pitch of ld bytes, a multiple of 16, zero padded, so
// that every row starts 4-byte aligned for __dp4a and the padding adds 0.
constexpr int kPitch = 16;
constexpr int kWarpsPerBlock = 8;
constexpr int kMaxCols = (1 << 17) - 1;
constexpr int kMaxBatch = 65535;  // gridDim.y

struct Matrix {
  int device;
  int rows, cols, ld;
  int8_t *w;   // rows x ld
  int8_t *x;   // cap x ld, zero padded
  int32_t *y;  // cap x rows
  int cap;     // batch capacity of x and y
};

int pitch(int cols) { return (cols + kPitch - 1) / kPitch * kPitch; }

// One warp per (row, batch element): the lanes stride over the row's 4-byte
// words with __dp4a (four signed int8 products added to an int32), then sum
// across the warp. Integer addition is exact in any order, and every partial
// sum is bounded by cols * 2^14 < 2^31, so the result equals the CPU's.
__global__ void gemv_i8(const int8_t *__restrict__ w, int rows, int ld,
                        const int8_t *__restrict__ x, int32_t *__restrict__ y) {
  const int row = blockIdx.x * kWarpsPerBlock + threadIdx.x / 32;
  const int lane = threadIdx.x % 32;
  const int b = blockIdx.y;
  if (row >= rows) return;  // row is the same for the whole warp
  const int *wr = reinterpret_cast<const int *>(w + (size_t)row * ld);
  const int *xb = reinterpret_cast<const int *>(x + (size_t)b * ld);
  const int words = ld / 4;
  int acc = 0;
  for (int i = lane; i < words; i += 32) acc = __dp4a(wr[i], xb[i], acc);
  for (int off = 16; off > 0; off /= 2) acc += __shfl_down_sync(0xffffffffu, acc, off);
  if (lane == 0) y[(size_t)b * rows + row] = acc;
}

int grow(Matrix *m, int batch) {
  if (batch <= m->cap) return 0;
  int cap = m->cap > 0 ? m->cap : 1;
  while (cap < batch) cap = cap * 2 > kMaxBatch ? kMaxBatch : cap * 2;
  int8_t *x = nullptr;
  int32_t *y = nullptr;
  cudaError_t e = cudaMalloc(&x, (size_t)cap * m->ld);
  if (e == cudaSuccess) e = cudaMemset(x, 0, (size_t)cap * m->ld);
  if (e == cudaSuccess) e = cudaMalloc(&y, (size_t)cap * m->rows * sizeof(int32_t));
  if (e != cudaSuccess) {
    cudaFree(x);
    cudaFree(y);
    return (int)e;
  }
  cudaFree(m->x);
  cudaFree(m->y);
  m->x = x;
  m->y = y;
  m->cap = cap;
  return 0;
}

}  // namespace

extern "C" int opc_abi_version(void) { return OPC_ABI_VERSION; }

extern "C" const char *opc_error_string(int code) {
  if (code == -1) return "invalid argument to openproof_cuda";
  return cudaGetErrorString((cudaError_t)code);
}

extern "C" int opc_device_name(int device, char *name, int len) {
  if (name == nullptr || len < 1) return -1;
  cudaDeviceProp p;
  cudaError_t e = cudaGetDeviceProperties(&p, device);
  if (e != cudaSuccess) return (int)e;
  strncpy(name, p.name, (size_t)len - 1);
  name[len - 1] = 0;
  return 0;
}

extern "C" int opc_upload(int device, const int8_t *w, int rows, int cols, void **out) {
  if (w == nullptr || out == nullptr || rows < 1 || cols < 1 || cols > kMaxCols) return -1;
  *out = nullptr;
  cudaError_t e = cudaSetDevice(device);
  if (e != cudaSuccess) return (int)e;
  Matrix *m = new Matrix{device, rows, cols, pitch(cols), nullptr, nullptr, nullptr, 0};
  e = cudaMalloc(&m->w, (size_t)rows * m->ld);
  if (e == cudaSuccess) e = cudaMemset(m->w, 0, (size_t)rows * m->ld);
  if (e == cudaSuccess) e = cudaMemcpy2D(m->w, m->ld, w, cols, cols, rows, cudaMemcpyHostToDevice);
  if (e != cudaSuccess) {
    opc_free(m);
    return (int)e;
  }
  *out = m;
  return 0;
}

extern "C" int opc_matmul(void *handle, const int8_t *x, int batch, int32_t *y) {
  Matrix *m = static_cast<Matrix *>(handle);
  if (m == nullptr || x == nullptr || y == nullptr || batch < 1 || batch > kMaxBatch) return -1;
  cudaError_t e = cudaSetDevice(m->device);
  if (e != cudaSuccess) return (int)e;
  int r = grow(m, batch);
  if (r != 0) return r;
  // Only the first cols bytes of each padded row are written: the padding stays 0.
  e = cudaMemcpy2D(m->x, m->ld, x, m->cols, m->cols, batch, cudaMemcpyHostToDevice);
  if (e != cudaSuccess) return (int)e;
  dim3 grid((m->rows + kWarpsPerBlock - 1) / kWarpsPerBlock, batch);
  gemv_i8<<<grid, kWarpsPerBlock * 32>>>(m->w, m->rows, m->ld, m->x, m->y);
  e = cudaGetLastError();
  if (e != cudaSuccess) return (int)e;
  // cudaMemcpy waits for the kernel on the default stream.
  e = cudaMemcpy(y, m->y, (size_t)batch * m->rows * sizeof(int32_t), cudaMemcpyDeviceToHost);
  return (int)e;
}

extern "C" void opc_free(void *handle) {
  Matrix *m = static_cast<Matrix *>(handle);
  if (m == nullptr) return;
  cudaSetDevice(m->device);
  cudaFree(m->w);
  cudaFree(m->x);
  cudaFree(m->y);
  delete m;
}
