package blas

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// BenchmarkDgemm compares, on the products of a training step, gonum's own
// Dgemm ("gonum-goroutines", a goroutine per 64×64 block) with every engine
// of the build: this package's allocation-free pure Go ("gonum"), the packed
// engine around the assembly kernel ("asm", where the CPU has AVX2 and FMA)
// and, with the tag, OpenBLAS.
func BenchmarkDgemm(b *testing.B) {
	shapes := []struct {
		tA, tB  blas.Transpose
		m, n, k int
	}{{blas.NoTrans, blas.Trans, 32, 128, 784}, {blas.Trans, blas.NoTrans, 128, 784, 32}, {blas.Trans, blas.NoTrans, 30, 784, 10}, {blas.NoTrans, blas.Trans, 10, 30, 784}}
	impls := map[string]blas.Float64{"gonum-goroutines": gonum.Implementation{}}
	for _, e := range engines {
		impls[e.name] = e.impl
	}
	for _, s := range shapes {
		for name, impl := range impls {
			b.Run(fmt.Sprintf("%s/%dx%dx%d", name, s.m, s.k, s.n), func(b *testing.B) {
				ar, ac := s.m, s.k
				if s.tA == blas.Trans {
					ar, ac = s.k, s.m
				}
				br, bc := s.k, s.n
				if s.tB == blas.Trans {
					br, bc = s.n, s.k
				}
				A, B, C := make([]float64, ar*ac), make([]float64, br*bc), make([]float64, s.m*s.n)
				for i := range A {
					A[i] = 0.5 // not 0: gonum skips zeros
				}
				for i := range B {
					B[i] = 0.25
				}
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					impl.Dgemm(s.tA, s.tB, s.m, s.n, s.k, 1, A, ac, B, bc, 1, C, s.n)
				}
				b.ReportMetric(2*float64(s.m*s.n*s.k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}

// BenchmarkSgemm is BenchmarkDgemm in float32, for every engine of the build.
func BenchmarkSgemm(b *testing.B) {
	shapes := []struct {
		tA, tB  blas.Transpose
		m, n, k int
	}{{blas.NoTrans, blas.Trans, 32, 128, 784}, {blas.Trans, blas.NoTrans, 128, 784, 32}, {blas.NoTrans, blas.Trans, 480, 480, 480}}
	for _, s := range shapes {
		for _, e := range engines {
			b.Run(fmt.Sprintf("%s/%dx%dx%d", e.name, s.m, s.k, s.n), func(b *testing.B) {
				ar, ac := s.m, s.k
				if s.tA == blas.Trans {
					ar, ac = s.k, s.m
				}
				br, bc := s.k, s.n
				if s.tB == blas.Trans {
					br, bc = s.n, s.k
				}
				A, B, C := make([]float32, ar*ac), make([]float32, br*bc), make([]float32, s.m*s.n)
				for i := range A {
					A[i] = 0.5
				}
				for i := range B {
					B[i] = 0.25
				}
				b.ReportAllocs()
				for b.Loop() {
					e.impl32.Sgemm(s.tA, s.tB, s.m, s.n, s.k, 1, A, ac, B, bc, 1, C, s.n)
				}
				b.ReportMetric(2*float64(s.m*s.n*s.k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}
