//go:build cuda

package cuda

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>

// The kernel library's ABI (kernel/openproof_cuda.h), resolved with dlopen so
// that building this package needs neither nvcc nor the CUDA toolkit.
typedef struct {
	void *lib;
	int (*abi_version)(void);
	const char *(*error_string)(int);
	int (*device_name)(int, char *, int);
	int (*upload)(int, const int8_t *, int, int, void **);
	int (*matmul)(void *, const int8_t *, int, int32_t *);
	void (*free_)(void *);
} opc_api;

static const char *opc_open(const char *path, opc_api *api) {
	api->lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (api->lib == NULL) {
		return dlerror();
	}
#define OPC_SYM(field, name) \
	*(void **)(&api->field) = dlsym(api->lib, name); \
	if (api->field == NULL) { return "missing symbol " name; }
	OPC_SYM(abi_version, "opc_abi_version")
	OPC_SYM(error_string, "opc_error_string")
	OPC_SYM(device_name, "opc_device_name")
	OPC_SYM(upload, "opc_upload")
	OPC_SYM(matmul, "opc_matmul")
	OPC_SYM(free_, "opc_free")
#undef OPC_SYM
	return NULL;
}

static int opc_call_abi_version(opc_api *a) { return a->abi_version(); }
static const char *opc_call_error_string(opc_api *a, int c) { return a->error_string(c); }
static int opc_call_device_name(opc_api *a, int d, char *n, int l) { return a->device_name(d, n, l); }
static int opc_call_upload(opc_api *a, int d, const int8_t *w, int r, int c, void **out) { return a->upload(d, w, r, c, out); }
static int opc_call_matmul(opc_api *a, void *h, const int8_t *x, int b, int32_t *y) { return a->matmul(h, x, b, y); }
static void opc_call_free(opc_api *a, void *h) { a->free_(h); }
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// abiVersion is OPC_ABI_VERSION of the kernel library this binding speaks.
const abiVersion = 1

// Open loads the kernel library and checks that the device exists.
func Open(o Options) (*Device, error) {
	if o.Device < 0 {
		return nil, fmt.Errorf("%w: device index %d", ErrBadInput, o.Device)
	}
	lib := o.Library
	if lib == "" {
		lib = DefaultLibrary
	}
	// The API table lives in C memory: cgo forbids Go pointers to it being kept
	// by C, and it must outlive every matrix. Libraries are never unloaded.
	api := (*C.opc_api)(C.calloc(1, C.size_t(unsafe.Sizeof(C.opc_api{}))))
	if api == nil {
		return nil, fmt.Errorf("cuda: out of memory")
	}
	cpath := C.CString(lib)
	defer C.free(unsafe.Pointer(cpath))
	if msg := C.opc_open(cpath, api); msg != nil {
		err := fmt.Errorf("%w: load %s: %s (build it with `bash bench/gpu.sh build`, set %s)", ErrUnavailable, lib, C.GoString(msg), EnvLibrary)
		if api.lib != nil {
			C.dlclose(api.lib)
		}
		C.free(unsafe.Pointer(api))
		return nil, err
	}
	if v := int(C.opc_call_abi_version(api)); v != abiVersion {
		C.dlclose(api.lib)
		C.free(unsafe.Pointer(api))
		return nil, fmt.Errorf("%w: %s has ABI version %d, this binary speaks %d: rebuild the library from this commit's kernel", ErrUnavailable, lib, v, abiVersion)
	}
	k := &cudaKernels{api: api, device: o.Device}
	var buf [256]C.char
	if code := C.opc_call_device_name(api, C.int(o.Device), &buf[0], C.int(len(buf))); code != 0 {
		err := fmt.Errorf("%w: CUDA device %d: %s", ErrUnavailable, o.Device, k.errString(code))
		C.dlclose(api.lib)
		C.free(unsafe.Pointer(api))
		return nil, err
	}
	k.devName = fmt.Sprintf("%s (device %d)", C.GoString(&buf[0]), o.Device)
	return &Device{k: k}, nil
}

type cudaKernels struct {
	api     *C.opc_api
	device  int
	devName string
}

func (k *cudaKernels) name() string { return k.devName }

func (k *cudaKernels) errString(code C.int) string {
	return fmt.Sprintf("%s (code %d)", C.GoString(C.opc_call_error_string(k.api, code)), int(code))
}

func (k *cudaKernels) upload(w []int8, rows, cols int) (matrix, error) {
	if rows < 1 || cols < 1 || cols > maxCols || len(w) != rows*cols {
		return nil, fmt.Errorf("%w: %d×%d matrix with %d values", ErrBadInput, rows, cols, len(w))
	}
	var h unsafe.Pointer
	code := C.opc_call_upload(k.api, C.int(k.device), (*C.int8_t)(unsafe.Pointer(&w[0])), C.int(rows), C.int(cols), &h)
	if code != 0 {
		return nil, fmt.Errorf("cuda: upload %d×%d: %s", rows, cols, k.errString(code))
	}
	return &cudaMatrix{k: k, h: h, rows: rows, cols: cols}, nil
}

type cudaMatrix struct {
	k          *cudaKernels
	h          unsafe.Pointer
	rows, cols int
}

func (m *cudaMatrix) mul(xs []int8, batch int, out []int32) error {
	if batch < 1 || batch > MaxBatch || len(xs) != batch*m.cols || len(out) != batch*m.rows {
		return fmt.Errorf("%w: %d inputs (%d values) into %d outputs for a %d×%d matrix", ErrBadInput, batch, len(xs), len(out), m.rows, m.cols)
	}
	if m.h == nil {
		return fmt.Errorf("cuda: matrix used after free")
	}
	code := C.opc_call_matmul(m.k.api, m.h, (*C.int8_t)(unsafe.Pointer(&xs[0])), C.int(batch), (*C.int32_t)(unsafe.Pointer(&out[0])))
	if code != 0 {
		return fmt.Errorf("cuda: %d×%d product with %d inputs: %s", m.rows, m.cols, batch, m.k.errString(code))
	}
	return nil
}

func (m *cudaMatrix) free() {
	if m.h != nil {
		C.opc_call_free(m.k.api, m.h)
		m.h = nil
	}
}
