package microkernel

import (
	"math/rand/v2"
	"testing"
)

// The benchmarks time each kernel alone on packed operands that stay in L1:
// the ceiling of one core for the packed engine, in GFLOP/s.
const benchK = 256

func benchmark64(b *testing.B, cols int, add func(int, []float64, int, []float64, int, []float64, int, float64)) {
	rng := rand.New(rand.NewPCG(1, 1))
	a, bb, c := randSlice(rng, benchK*Rows), randSlice(rng, benchK*cols), make([]float64, Rows*cols)
	for b.Loop() {
		add(benchK, a, Rows, bb, cols, c, cols, 1)
	}
	b.ReportMetric(2*Rows*float64(cols)*benchK*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

func benchmark32(b *testing.B, cols int, add func(int, []float32, int, []float32, int, []float32, int, float32)) {
	rng := rand.New(rand.NewPCG(1, 1))
	a, bb, c := randSlice32(rng, benchK*Rows), randSlice32(rng, benchK*cols), make([]float32, Rows*cols)
	for b.Loop() {
		add(benchK, a, Rows, bb, cols, c, cols, 1)
	}
	b.ReportMetric(2*Rows*float64(cols)*benchK*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkAdd is the float64 AVX2 kernel (6×8).
func BenchmarkAdd(b *testing.B) { benchmark64(b, Cols, Add) }

// BenchmarkAdd512 is the float64 AVX-512 kernel (6×16).
func BenchmarkAdd512(b *testing.B) {
	if !HasAVX512 {
		b.Skip("no AVX-512 on this CPU")
	}
	benchmark64(b, Cols512, Add512)
}

// BenchmarkSAdd is the float32 AVX2 kernel (6×16).
func BenchmarkSAdd(b *testing.B) { benchmark32(b, SCols, SAdd) }

// BenchmarkSAdd512 is the float32 AVX-512 kernel (6×32).
func BenchmarkSAdd512(b *testing.B) {
	if !HasAVX512 {
		b.Skip("no AVX-512 on this CPU")
	}
	benchmark32(b, SCols512, SAdd512)
}

// BenchmarkAddGo is the Go definition, for scale.
func BenchmarkAddGo(b *testing.B) { benchmark64(b, Cols, AddGo) }

// BenchmarkAdd512Rows is Add512 with A read by rows in place (a row stride of k).
func BenchmarkAdd512Rows(b *testing.B) {
	if !HasAVX512 {
		b.Skip("no AVX-512 on this CPU")
	}
	benchmark64(b, Cols512, func(k int, a []float64, _ int, bb []float64, strideB int, c []float64, ldc int, alpha float64) {
		Add512Rows(k, a, k, bb, strideB, c, ldc, alpha)
	})
}

// BenchmarkSAdd512Rows is SAdd512 with A read by rows in place.
func BenchmarkSAdd512Rows(b *testing.B) {
	if !HasAVX512 {
		b.Skip("no AVX-512 on this CPU")
	}
	benchmark32(b, SCols512, func(k int, a []float32, _ int, bb []float32, strideB int, c []float32, ldc int, alpha float32) {
		SAdd512Rows(k, a, k, bb, strideB, c, ldc, alpha)
	})
}
