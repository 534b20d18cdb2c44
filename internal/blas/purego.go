//go:build !openblas || !cgo

package blas

// Backend names the matrix-multiply engine: here gonum's pure-Go code (the
// build had no openblas tag, or no cgo).
func Backend() string { return "gonum (pure Go)" }

// Accelerated reports whether a tuned BLAS replaced gonum's Dgemm.
func Accelerated() bool { return false }
