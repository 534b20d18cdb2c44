//go:build !amd64

package blas

// cpuPause does nothing off amd64: the spin loops only spin.
func cpuPause() {}
