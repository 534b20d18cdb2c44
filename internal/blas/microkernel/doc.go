// Package microkernel is the innermost loop of stepnet's fast matrix
// product: C ← α A B + C for one block of C of Rows×Cols = 6×8, from A
// packed as k columns of 6 and B packed as k rows of 8.
//
// Everything else a GEMM does (transposes, strides, edges, β, threads)
// happens around it, in internal/blas, which copies ("packs") the operands
// into the layout below. What is left is 48 running sums, each
// Σₚ A[i][p] B[p][j], kept in twelve 256-bit registers while p runs: per p,
// two loads of a row of B, six broadcasts of a column of A and twelve fused
// multiply-adds (4 sums each), the whole work of the product.
//
// On amd64 CPUs with AVX2 and FMA, Add runs the Go assembly of
// kernel_amd64.s; AddGo is the same computation written in Go, the
// definition the assembly is tested against bit for bit. Fast reports
// whether Add is the assembly. The package has no cgo: a Go assembly file
// cannot live in a package that uses cgo, which internal/blas does when it
// is built with OpenBLAS.
package microkernel
