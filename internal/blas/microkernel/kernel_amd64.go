package microkernel

import "golang.org/x/sys/cpu"

// Fast reports whether Add runs the assembly: the CPU has AVX2 and FMA (and
// the operating system saves the 256-bit registers).
var Fast = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// add6x8 is AddGo in Go assembly (kernel_amd64.s), on pointers to the first
// elements of A, B and C.
//
//go:noescape
func add6x8(k int, a *float64, strideA int, b *float64, strideB int, c *float64, ldc int, alpha float64)

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
