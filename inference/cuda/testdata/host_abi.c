/*
 * A host-memory implementation of the kernel library's ABI
 * (kernel/openproof_cuda.h) for the cuda-tagged tests on machines without a
 * GPU: it lets them exercise the dlopen binding. The products wrap in int32 as
 * the device's would.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../kernel/openproof_cuda.h"

typedef struct {
	int rows, cols;
	int8_t *w;
} matrix;

int opc_abi_version(void) { return OPC_ABI_VERSION; }

const char *opc_error_string(int code) {
	switch (code) {
	case -1: return "invalid argument to openproof_cuda";
	case 2: return "out of memory";
	case 101: return "invalid device ordinal";
	}
	return "unknown error";
}

int opc_device_name(int device, char *name, int len) {
	if (name == NULL || len < 1) return -1;
	if (device != 0) return 101;
	strncpy(name, "host reference", (size_t)len - 1);
	name[len - 1] = 0;
	return 0;
}

int opc_upload(int device, const int8_t *w, int rows, int cols, void **out) {
	if (w == NULL || out == NULL || rows < 1 || cols < 1 || cols > (1 << 17) - 1) return -1;
	if (device != 0) return 101;
	matrix *m = malloc(sizeof *m);
	if (m == NULL) return 2;
	m->w = malloc((size_t)rows * cols);
	if (m->w == NULL) {
		free(m);
		return 2;
	}
	memcpy(m->w, w, (size_t)rows * cols);
	m->rows = rows;
	m->cols = cols;
	*out = m;
	return 0;
}

int opc_matmul(void *handle, const int8_t *x, int batch, int32_t *y) {
	matrix *m = handle;
	if (m == NULL || x == NULL || y == NULL || batch < 1 || batch > 65535) return -1;
	for (int b = 0; b < batch; b++) {
		for (int r = 0; r < m->rows; r++) {
			uint32_t acc = 0; /* wraps, as int32 on the device would */
			for (int c = 0; c < m->cols; c++) {
				acc += (uint32_t)((int32_t)m->w[(size_t)r * m->cols + c] * (int32_t)x[(size_t)b * m->cols + c]);
			}
			y[(size_t)b * m->rows + r] = (int32_t)acc;
		}
	}
	return 0;
}

void opc_free(void *handle) {
	matrix *m = handle;
	if (m == NULL) return;
	free(m->w);
	free(m);
}
