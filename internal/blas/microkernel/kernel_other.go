//go:build !amd64

package microkernel

// Fast and HasAVX512 are false off amd64: there is no assembly, and every
// kernel is its Go definition.
const (
	Fast      = false
	HasAVX512 = false
)

// Add computes C[6×8] ← α A B + C as AddGo does.
func Add(k int, a []float64, strideA int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	AddGo(k, a, strideA, b, strideB, c, ldc, alpha)
}

// Add512 computes C[6×16] ← α A B + C as AddGoCols(Cols512, …) does.
func Add512(k int, a []float64, strideA int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	AddGoCols(Cols512, k, a, strideA, b, strideB, c, ldc, alpha)
}

// SAdd computes the float32 C[6×16] ← α A B + C as SAddGo(SCols, …) does.
func SAdd(k int, a []float32, strideA int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	SAddGo(SCols, k, a, strideA, b, strideB, c, ldc, alpha)
}

// SAdd512 computes the float32 C[6×32] ← α A B + C as SAddGo(SCols512, …) does.
func SAdd512(k int, a []float32, strideA int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	SAddGo(SCols512, k, a, strideA, b, strideB, c, ldc, alpha)
}

// AddRows is Add with A read by rows, A[i][p] = a[i*lda+p]: AddGoRows.
func AddRows(k int, a []float64, lda int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	AddGoRows(Cols, k, a, lda, b, strideB, c, ldc, alpha)
}

// Add512Rows is Add512 with A read by rows: AddGoRows.
func Add512Rows(k int, a []float64, lda int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	AddGoRows(Cols512, k, a, lda, b, strideB, c, ldc, alpha)
}

// SAddRows is SAdd with A read by rows: SAddGoRows.
func SAddRows(k int, a []float32, lda int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	SAddGoRows(SCols, k, a, lda, b, strideB, c, ldc, alpha)
}

// SAdd512Rows is SAdd512 with A read by rows: SAddGoRows.
func SAdd512Rows(k int, a []float32, lda int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	SAddGoRows(SCols512, k, a, lda, b, strideB, c, ldc, alpha)
}

// Transpose32 is TransposeGo in float32.
func Transpose32(n int, src []float32, srcStride int, dst []float32, dstStride int) {
	TransposeGo(n, src, srcStride, dst, dstStride)
}

// Transpose64 is TransposeGo in float64.
func Transpose64(n int, src []float64, srcStride int, dst []float64, dstStride int) {
	TransposeGo(n, src, srcStride, dst, dstStride)
}

// Relu32 is ReluGo in float32.
func Relu32(h, a []float32) { ReluGo(h, a) }

// Relu64 is ReluGo in float64.
func Relu64(h, a []float64) { ReluGo(h, a) }

// ReluPrime32 is ReluPrimeGo in float32.
func ReluPrime32(d, a []float32) { ReluPrimeGo(d, a) }

// ReluPrime64 is ReluPrimeGo in float64.
func ReluPrime64(d, a []float64) { ReluPrimeGo(d, a) }

// Pause does nothing off amd64: the team's spin loops only spin.
func Pause() {}

// Exp is ExpGo.
func Exp(dst, x []float64) { ExpGo(dst, x) }

func addScaled32(dst []float32, alpha float32, x []float32) { AddScaledGo(dst, alpha, x) }

func addScaled64(dst []float64, alpha float64, x []float64) { AddScaledGo(dst, alpha, x) }

// Log is LogGo.
func Log(dst, x []float64) { LogGo(dst, x) }

// Prefetch does nothing off amd64.
func Prefetch[T ~float32 | ~float64](x []T) {}
