package microkernel

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// Fast reports whether Add and SAdd run the assembly: the CPU has AVX2 and
// FMA (and the operating system saves the 256-bit registers).
var Fast = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// HasAVX512 reports whether Add512 and SAdd512 run the assembly: the CPU
// also has AVX-512F (and the operating system saves the 512-bit registers).
var HasAVX512 = Fast && cpu.X86.HasAVX512F

// The kernels in Go assembly (kernel_amd64.s, sgemm_amd64.s,
// avx512_amd64.s), on pointers to the first elements of A, B and C.

//go:noescape
func add6x8(k int, a *float64, strideA int, b *float64, strideB int, c *float64, ldc int, alpha float64)

//go:noescape
func add6x16avx512(k int, a *float64, strideA int, b *float64, strideB int, c *float64, ldc int, alpha float64)

//go:noescape
func sadd6x16(k int, a *float32, strideA int, b *float32, strideB int, c *float32, ldc int, alpha float32)

//go:noescape
func sadd6x32avx512(k int, a *float32, strideA int, b *float32, strideB int, c *float32, ldc int, alpha float32)

// Add computes C[6×8] ← α A B + C as AddGo does, with the assembly when
// Fast. The assembly runs for k ≥ 1 and strides of at least Rows, Cols and
// Cols (packed operands, or operands read in place); other calls run AddGo.
// The assembly has no bounds checks, so Add first checks in Go that the
// slices hold the last element of A, B and C it reads, and panics on a short
// slice as AddGo does.
func Add(k int, a []float64, strideA int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	if !Fast || k < 1 || strideA < Rows || strideB < Cols || ldc < Cols {
		AddGo(k, a, strideA, b, strideB, c, ldc, alpha)
		return
	}
	_, _, _ = a[(k-1)*strideA+Rows-1], b[(k-1)*strideB+Cols-1], c[(Rows-1)*ldc+Cols-1] // the bounds, checked in Go
	add6x8(k, &a[0], strideA, &b[0], strideB, &c[0], ldc, alpha)
}

// Add512 computes C[6×16] ← α A B + C as AddGoCols(Cols512, …) does, with
// the AVX-512 assembly when HasAVX512, under the same conditions as Add.
func Add512(k int, a []float64, strideA int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	if !HasAVX512 || k < 1 || strideA < Rows || strideB < Cols512 || ldc < Cols512 {
		AddGoCols(Cols512, k, a, strideA, b, strideB, c, ldc, alpha)
		return
	}
	_, _, _ = a[(k-1)*strideA+Rows-1], b[(k-1)*strideB+Cols512-1], c[(Rows-1)*ldc+Cols512-1]
	add6x16avx512(k, &a[0], strideA, &b[0], strideB, &c[0], ldc, alpha)
}

// SAdd computes the float32 C[6×16] ← α A B + C as SAddGo(SCols, …) does,
// with the AVX2 assembly when Fast, under the same conditions as Add.
func SAdd(k int, a []float32, strideA int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	if !Fast || k < 1 || strideA < Rows || strideB < SCols || ldc < SCols {
		SAddGo(SCols, k, a, strideA, b, strideB, c, ldc, alpha)
		return
	}
	_, _, _ = a[(k-1)*strideA+Rows-1], b[(k-1)*strideB+SCols-1], c[(Rows-1)*ldc+SCols-1]
	sadd6x16(k, &a[0], strideA, &b[0], strideB, &c[0], ldc, alpha)
}

// SAdd512 computes the float32 C[6×32] ← α A B + C as SAddGo(SCols512, …)
// does, with the AVX-512 assembly when HasAVX512.
func SAdd512(k int, a []float32, strideA int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	if !HasAVX512 || k < 1 || strideA < Rows || strideB < SCols512 || ldc < SCols512 {
		SAddGo(SCols512, k, a, strideA, b, strideB, c, ldc, alpha)
		return
	}
	_, _, _ = a[(k-1)*strideA+Rows-1], b[(k-1)*strideB+SCols512-1], c[(Rows-1)*ldc+SCols512-1]
	sadd6x32avx512(k, &a[0], strideA, &b[0], strideB, &c[0], ldc, alpha)
}

//go:noescape
func add6x8rows(k int, a *float64, lda int, b *float64, strideB int, c *float64, ldc int, alpha float64)

//go:noescape
func add6x16avx512rows(k int, a *float64, lda int, b *float64, strideB int, c *float64, ldc int, alpha float64)

//go:noescape
func sadd6x16rows(k int, a *float32, lda int, b *float32, strideB int, c *float32, ldc int, alpha float32)

//go:noescape
func sadd6x32avx512rows(k int, a *float32, lda int, b *float32, strideB int, c *float32, ldc int, alpha float32)

// AddRows is Add with A read by rows, A[i][p] = a[i*lda+p]: six rows of a
// row-major matrix, in place (AddGoRows is its definition). The assembly
// runs for k ≥ 1, lda ≥ k and the strides of B and C of at least Cols.
func AddRows(k int, a []float64, lda int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	if !Fast || k < 1 || lda < k || strideB < Cols || ldc < Cols {
		AddGoRows(Cols, k, a, lda, b, strideB, c, ldc, alpha)
		return
	}
	_, _, _ = a[(Rows-1)*lda+k-1], b[(k-1)*strideB+Cols-1], c[(Rows-1)*ldc+Cols-1]
	add6x8rows(k, &a[0], lda, &b[0], strideB, &c[0], ldc, alpha)
}

// Add512Rows is Add512 with A read by rows, as AddRows.
func Add512Rows(k int, a []float64, lda int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	if !HasAVX512 || k < 1 || lda < k || strideB < Cols512 || ldc < Cols512 {
		AddGoRows(Cols512, k, a, lda, b, strideB, c, ldc, alpha)
		return
	}
	_, _, _ = a[(Rows-1)*lda+k-1], b[(k-1)*strideB+Cols512-1], c[(Rows-1)*ldc+Cols512-1]
	add6x16avx512rows(k, &a[0], lda, &b[0], strideB, &c[0], ldc, alpha)
}

// SAddRows is SAdd with A read by rows, as AddRows.
func SAddRows(k int, a []float32, lda int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	if !Fast || k < 1 || lda < k || strideB < SCols || ldc < SCols {
		SAddGoRows(SCols, k, a, lda, b, strideB, c, ldc, alpha)
		return
	}
	_, _, _ = a[(Rows-1)*lda+k-1], b[(k-1)*strideB+SCols-1], c[(Rows-1)*ldc+SCols-1]
	sadd6x16rows(k, &a[0], lda, &b[0], strideB, &c[0], ldc, alpha)
}

// SAdd512Rows is SAdd512 with A read by rows, as AddRows.
func SAdd512Rows(k int, a []float32, lda int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	if !HasAVX512 || k < 1 || lda < k || strideB < SCols512 || ldc < SCols512 {
		SAddGoRows(SCols512, k, a, lda, b, strideB, c, ldc, alpha)
		return
	}
	_, _, _ = a[(Rows-1)*lda+k-1], b[(k-1)*strideB+SCols512-1], c[(Rows-1)*ldc+SCols512-1]
	sadd6x32avx512rows(k, &a[0], lda, &b[0], strideB, &c[0], ldc, alpha)
}

//go:noescape
func stranspose8(n int, src *float32, srcStride int, dst *float32, dstStride int)

//go:noescape
func dtranspose8(n int, src *float64, srcStride int, dst *float64, dstStride int)

// Transpose32 is TransposeGo in float32, eight values of p at a time in
// vector registers when Fast (and srcStride, dstStride ≥ 8), the rest in Go.
// It panics on a short slice, as TransposeGo does.
func Transpose32(n int, src []float32, srcStride int, dst []float32, dstStride int) {
	v := n / 8 * 8
	if !Fast || v == 0 || srcStride < 8 || dstStride < 8 {
		TransposeGo(n, src, srcStride, dst, dstStride)
		return
	}
	_, _ = src[7*srcStride+n-1], dst[(n-1)*dstStride+7] // the bounds, checked in Go
	stranspose8(v, &src[0], srcStride, &dst[0], dstStride)
	if v < n {
		TransposeGo(n-v, src[v:], srcStride, dst[v*dstStride:], dstStride)
	}
}

// Transpose64 is Transpose32 in float64, four values of p at a time.
func Transpose64(n int, src []float64, srcStride int, dst []float64, dstStride int) {
	v := n / 4 * 4
	if !Fast || v == 0 || srcStride < 8 || dstStride < 8 {
		TransposeGo(n, src, srcStride, dst, dstStride)
		return
	}
	_, _ = src[7*srcStride+n-1], dst[(n-1)*dstStride+7]
	dtranspose8(v, &src[0], srcStride, &dst[0], dstStride)
	if v < n {
		TransposeGo(n-v, src[v:], srcStride, dst[v*dstStride:], dstStride)
	}
}

//go:noescape
func srelu(n int, h, a *float32)

//go:noescape
func drelu(n int, h, a *float64)

//go:noescape
func sreluprime(n int, d, a *float32)

//go:noescape
func dreluprime(n int, d, a *float64)

// Relu32 is ReluGo in float32, eight values at a time when Fast.
func Relu32(h, a []float32) {
	v := len(a) / 8 * 8
	if Fast && v > 0 {
		_ = h[len(a)-1]
		srelu(v, &h[0], &a[0])
	}
	ReluGo(h[v:], a[v:])
}

// Relu64 is ReluGo in float64, four values at a time when Fast.
func Relu64(h, a []float64) {
	v := len(a) / 4 * 4
	if Fast && v > 0 {
		_ = h[len(a)-1]
		drelu(v, &h[0], &a[0])
	}
	ReluGo(h[v:], a[v:])
}

// ReluPrime32 is ReluPrimeGo in float32, eight values at a time when Fast.
func ReluPrime32(d, a []float32) {
	v := len(a) / 8 * 8
	if Fast && v > 0 {
		_ = d[len(a)-1]
		sreluprime(v, &d[0], &a[0])
	}
	ReluPrimeGo(d[v:], a[v:])
}

// ReluPrime64 is ReluPrimeGo in float64, four values at a time when Fast.
func ReluPrime64(d, a []float64) {
	v := len(a) / 4 * 4
	if Fast && v > 0 {
		_ = d[len(a)-1]
		dreluprime(v, &d[0], &a[0])
	}
	ReluPrimeGo(d[v:], a[v:])
}

// Pause executes one PAUSE instruction, the spin-wait hint (pause_amd64.s):
// the packed engine's team calls it in its spin loops. (It lives here, with
// the other assembly, because package blas uses cgo in its OpenBLAS build,
// and a package using cgo cannot have Go assembly.)
//
//go:noescape
func Pause()

//go:noescape
func dexp(n int, dst, x *float64) int

// Exp is ExpGo, four values at a time when Fast (with FMA, math.Exp's own
// path on this CPU, whose operations dexp repeats): the values for which
// math.Exp takes another path (NaN, ±Inf, overflow, a subnormal or zero
// result) are computed by math.Exp itself, in their group of four.
func Exp(dst, x []float64) { byFours(dst, x, vecExp) }

//go:noescape
func saddscaled(n int, dst *float32, alpha float32, x *float32)

//go:noescape
func daddscaled(n int, dst *float64, alpha float64, x *float64)

// addScaled32 is AddScaledGo in float32, eight values at a time when Fast.
func addScaled32(dst []float32, alpha float32, x []float32) {
	v := len(x) / 8 * 8
	if Fast && v > 0 {
		_ = dst[len(x)-1]
		saddscaled(v, &dst[0], alpha, &x[0])
	}
	AddScaledGo(dst[v:], alpha, x[v:])
}

// addScaled64 is AddScaledGo in float64, four values at a time when Fast.
func addScaled64(dst []float64, alpha float64, x []float64) {
	v := len(x) / 4 * 4
	if Fast && v > 0 {
		_ = dst[len(x)-1]
		daddscaled(v, &dst[0], alpha, &x[0])
	}
	AddScaledGo(dst[v:], alpha, x[v:])
}

//go:noescape
func dlog(n int, dst, x *float64) int

// Log is LogGo, four values at a time when Fast, with math.Log's own
// operations on amd64 (log_amd64.s repeats them): the values for which
// math.Log takes another path (0, negatives, subnormals, +Inf, NaN) are
// computed by math.Log itself, in their group of four.
func Log(dst, x []float64) { byFours(dst, x, vecLog) }

// vecFunc is the function Exp or Log computes: vecExp or vecLog.
type vecFunc bool

const vecExp, vecLog vecFunc = false, true

// asm runs the function's assembly (dexp, dlog) on x into dst. It stops at
// the first group of four with a value it leaves to the Go definition, and
// returns that group's start (n when it did all). The calls are direct, not
// through function values, so that dst and x stay where the caller has them
// (a function value would move a caller's array on the stack to the heap).
func (f vecFunc) asm(n int, dst, x *float64) int {
	if f == vecLog {
		return dlog(n, dst, x)
	}
	return dexp(n, dst, x)
}

// def runs the function's Go definition (ExpGo, LogGo).
func (f vecFunc) def(dst, x []float64) {
	if f == vecLog {
		LogGo(dst, x)
		return
	}
	ExpGo(dst, x)
}

// byFours computes f of x into dst, four values at a time with the
// assembly when Fast, and each group of four the assembly leaves with the
// Go definition.
func byFours(dst, x []float64, f vecFunc) {
	if !Fast || len(x) == 0 {
		f.def(dst, x)
		return
	}
	dst = dst[:len(x)]
	for len(x) > 0 {
		k := f.asm(len(x), &dst[0], &x[0])
		if k == len(x) {
			return
		}
		e := min(k+4, len(x))
		f.def(dst[k:e], x[k:e])
		dst, x = dst[e:], x[e:]
	}
}

//go:noescape
func prefetch(p unsafe.Pointer, n int)

// Prefetch asks the CPU to bring the values of x into its caches
// (PREFETCHT0 on each of their lines) and returns at once; it changes no
// value. A training step prefetches the targets of the next batch, rows
// scattered over a large training set, so that copying them then does not
// wait for the memory.
func Prefetch[T ~float32 | ~float64](x []T) {
	if len(x) > 0 {
		prefetch(unsafe.Pointer(&x[0]), len(x)*int(unsafe.Sizeof(x[0])))
	}
}
