// Package microkernel is the innermost loop of stepnet's fast matrix
// product: C ← α A B + C for one block of C of Rows = 6 rows, from A packed
// as k columns of 6 and B packed as k rows of the block's width.
//
// Everything else a GEMM does (transposes, strides, edges, β, threads)
// happens around it, in internal/blas, which copies ("packs") the operands
// into the layout below. What is left is the running sums Σₚ A[i][p] B[p][j]
// of the block, kept in twelve vector registers while p runs: per p, two
// loads of a row of B, six broadcasts of a column of A and twelve fused
// multiply-adds, the whole work of the product. There are four kernels, one
// per precision and instruction set, all with the same loop:
//
//	kernel   type     instructions   block   registers
//	Add      float64  AVX2 + FMA     6×8     12 × 256 bits (4 sums each)
//	Add512   float64  AVX-512F       6×16    12 × 512 bits (8 sums each)
//	SAdd     float32  AVX2 + FMA     6×16    12 × 256 bits (8 sums each)
//	SAdd512  float32  AVX-512F       6×32    12 × 512 bits (16 sums each)
//
// Each has a twin that reads A by rows in place, A[i][p] = a[i*lda+p]
// (AddRows, Add512Rows, SAddRows, SAdd512Rows: six rows of a row-major
// matrix, reached with the addressing modes base + lda·{1, 2, 4} and the
// registers 3·lda and 5·lda), so that internal/blas never packs the operand
// it broadcasts from.
//
// A register of 512 bits does twice the sums of one of 256 bits in one
// instruction, and float32 twice those of float64: on a CPU with two
// 512-bit FMA units, SAdd512 does four times Add's work per cycle.
//
// On amd64 CPUs with AVX2 and FMA (Fast), Add and SAdd run the Go assembly
// of kernel_amd64.s and sgemm_amd64.s; with AVX-512F too (HasAVX512), Add512
// and SAdd512 run avx512_amd64.s (golang.org/x/sys/cpu tells, at run time).
// AddGo, AddGoCols and SAddGo are the same computations written in Go, the
// definitions the assembly is tested against bit for bit, and what runs
// elsewhere.
//
// Each element of C is α·(its sum over p in order, each step a fused
// multiply-add) added to C with one more fused multiply-add, whatever the
// block's width: Add and Add512 give the same bits for the same element.
// Go has no float32 fused multiply-add, so the package defines one, FMA32,
// and its doc comment shows why float32(math.FMA(…)) is not it.
//
// The package has no cgo: a Go assembly file cannot live in a package that
// uses cgo, which internal/blas does when it is built with OpenBLAS.
package microkernel
