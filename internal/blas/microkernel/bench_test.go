package microkernel

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkAdd: the kernel alone on packed operands that stay in L1, the
// ceiling of one core for the packed engine.
func BenchmarkAdd(b *testing.B) {
	const k = 256
	rng := rand.New(rand.NewPCG(1, 1))
	a, bb, c := randSlice(rng, k*Rows), randSlice(rng, k*Cols), make([]float64, Rows*Cols)
	for i := 0; i < b.N; i++ {
		Add(k, a, Rows, bb, Cols, c, Cols, 1)
	}
	b.ReportMetric(2*Rows*Cols*k*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}
