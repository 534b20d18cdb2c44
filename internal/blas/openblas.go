//go:build openblas && cgo

package blas

/*
#cgo LDFLAGS: -lopenblas
// The prototypes we need from cblas.h, written out so that the build does not
// depend on where Debian puts the header.
enum CBLAS_ORDER {CblasRowMajor = 101, CblasColMajor = 102};
enum CBLAS_TRANSPOSE {CblasNoTrans = 111, CblasTrans = 112};
void cblas_sgemm(enum CBLAS_ORDER, enum CBLAS_TRANSPOSE, enum CBLAS_TRANSPOSE,
	int m, int n, int k, float alpha, const float *a, int lda,
	const float *b, int ldb, float beta, float *c, int ldc);
void cblas_dgemm(enum CBLAS_ORDER, enum CBLAS_TRANSPOSE, enum CBLAS_TRANSPOSE,
	int m, int n, int k, double alpha, const double *a, int lda,
	const double *b, int ldb, double beta, double *c, int ldc);
char *openblas_get_corename(void);
int openblas_get_num_threads(void);
void openblas_set_num_threads(int);
*/
import "C"

import (
	"fmt"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// openBLAS is gonum's implementation with Dgemm replaced by OpenBLAS's.
type openBLAS struct {
	gonum.Implementation
}

// init registers OpenBLAS as the build's fastest engine; a program installs
// it with Use or UseFastest.
func init() {
	engines = append(engines, engine{name: "openblas", impl: openBLAS{}, impl32: openBLAS{}, describe: describeOpenBLAS})
	setThreads = func(n int) { C.openblas_set_num_threads(C.int(n)) }
}

// describeOpenBLAS names OpenBLAS with the core type it runs kernels for and
// its number of threads.
func describeOpenBLAS() string {
	threads := "1 thread"
	if n := int(C.openblas_get_num_threads()); n != 1 {
		threads = fmt.Sprintf("%d threads", n)
	}
	return fmt.Sprintf("OpenBLAS (cgo, core %s, %s)", C.GoString(C.openblas_get_corename()), threads)
}

// Dgemm computes C ← α op(A) op(B) + β C for row-major matrices, as gonum's
// Dgemm does, with cblas_dgemm. Calls with an empty dimension or bad
// arguments go to gonum's Dgemm, which returns or panics with its message.
func (impl openBLAS) Dgemm(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if !gemmOK(tA, tB, m, n, k, a, lda, b, ldb, c, ldc) {
		impl.Implementation.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	C.cblas_dgemm(C.CblasRowMajor, cTrans(tA), cTrans(tB), C.int(m), C.int(n), C.int(k),
		C.double(alpha), (*C.double)(&a[0]), C.int(lda), (*C.double)(&b[0]), C.int(ldb),
		C.double(beta), (*C.double)(&c[0]), C.int(ldc))
}

// Sgemm is Dgemm in float32, with cblas_sgemm.
func (impl openBLAS) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if !gemmOK(tA, tB, m, n, k, a, lda, b, ldb, c, ldc) {
		impl.Implementation.Sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	C.cblas_sgemm(C.CblasRowMajor, cTrans(tA), cTrans(tB), C.int(m), C.int(n), C.int(k),
		C.float(alpha), (*C.float)(&a[0]), C.int(lda), (*C.float)(&b[0]), C.int(ldb),
		C.float(beta), (*C.float)(&c[0]), C.int(ldc))
}

func cTrans(t blas.Transpose) C.enum_CBLAS_TRANSPOSE {
	if t == blas.NoTrans {
		return C.CblasNoTrans
	}
	return C.CblasTrans // Trans and ConjTrans are the same for real matrices
}
