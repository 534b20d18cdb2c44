package microkernel

import "golang.org/x/sys/cpu"

// Fast reports whether Add runs the assembly: the CPU has AVX2 and FMA (and
// the operating system saves the 256-bit registers).
var Fast = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// add6x8 is AddGo in Go assembly (kernel_amd64.s), on pointers to the first
// elements of the packed A, the packed B and C.
//
//go:noescape
func add6x8(k int, a, b, c *float64, ldc int, alpha float64)

// Add computes C[6×8] ← α A B + C as AddGo does. a must hold k·Rows, b
// k·Cols and c (Rows−1)·ldc + Cols values, and k must be at least 1.
func Add(k int, a, b, c []float64, ldc int, alpha float64) {
	_, _, _ = a[k*Rows-1], b[k*Cols-1], c[(Rows-1)*ldc+Cols-1] // the bounds, checked in Go
	if !Fast {
		AddGo(k, a, b, c, ldc, alpha)
		return
	}
	add6x8(k, &a[0], &b[0], &c[0], ldc, alpha)
}
