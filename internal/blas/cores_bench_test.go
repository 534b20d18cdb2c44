package blas

import (
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	"gonum.org/v1/gonum/blas"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// BenchmarkCoresAtOnce measures what the machine's cores give when they
// work at once, each on data no other core touches: the forward product
// and the update of half of layer 1 of MNIST's configuration B in float32
// (A = X Wᵀ, 32×784 by 784×64, then W ← W − η Aᵀ X), on one core while the
// others are idle ("alone"), beside the others waiting for work in a
// PAUSE loop as the team's helpers do ("beside-a-spin"), and on every core
// at once, each with its own X, W and A ("each"). ns/op is one pass of the
// two products, on the slowest core when they run at once.
// It reports the cores' round trip (CoreRoundTrip) next to it. On the
// lecture machines one core alone computes at the same speed whatever the
// round trip, but with the cores far apart two at once are slower, the
// slower of them by 1.2–1.7 times, though they share nothing (README,
// "With the cores far apart the machine computes less, too").
func BenchmarkCoresAtOnce(b *testing.B) {
	if !microkernel.Fast {
		b.Skip("no AVX2 and FMA: no packed kernel to measure")
	}
	for _, k := range []int{64, 256, 784} {
		for _, mode := range []string{"alone", "beside-a-spin", "each"} {
			b.Run(mode+"/k="+strconv.Itoa(k), func(b *testing.B) {
				cores := 1
				if mode == "each" {
					cores = runtime.GOMAXPROCS(0)
				}
				jobs := make([]*halfLayer, cores)
				for c := range jobs {
					jobs[c] = newHalfLayer(32, k, 64, c)
				}
				rt := CoreRoundTrip()
				var done atomic.Bool
				var wg sync.WaitGroup
				if mode == "beside-a-spin" { // the other cores wait in a PAUSE loop, as the team's helpers do between products
					for range runtime.GOMAXPROCS(0) - 1 {
						wg.Add(1)
						go func() {
							defer wg.Done()
							runtime.LockOSThread()
							defer runtime.UnlockOSThread()
							for !done.Load() {
								microkernel.Pause()
							}
						}()
					}
				}
				b.ResetTimer()
				var work sync.WaitGroup
				for _, j := range jobs {
					work.Add(1)
					go func() {
						defer work.Done()
						runtime.LockOSThread()
						defer runtime.UnlockOSThread()
						for range b.N {
							j.pass()
						}
					}()
				}
				work.Wait()
				b.StopTimer()
				done.Store(true)
				wg.Wait()
				b.ReportMetric(float64(rt.Nanoseconds()), "ns-round-trip")
			})
		}
	}
}

// halfLayer is one core's data: X n×k, W m×k, A n×m, and its own packs.
type halfLayer struct {
	X, W, A []float32
	n, k, m int
	bufs    *packBuffers[float32]
}

func newHalfLayer(n, k, m, seed int) *halfLayer {
	h := &halfLayer{X: make([]float32, n*k), W: make([]float32, m*k), A: make([]float32, n*m), n: n, k: k, m: m, bufs: newPackBuffers[float32]()}
	for i := range h.X {
		h.X[i] = float32((i*7+seed)%13) / 13
	}
	for i := range h.W {
		h.W[i] = float32((i*5+seed)%11)/11 - 0.5
	}
	return h
}

// pass computes A = X Wᵀ and W ← W − 10⁻⁶ Aᵀ X on the calling goroutine
// alone (not with the team: each core its own product).
func (h *halfLayer) pass() {
	alone(h.bufs, blas.NoTrans, blas.Trans, h.n, h.m, h.k, 1, h.X, h.k, h.W, h.k, 0, h.A, h.m)
	alone(h.bufs, blas.Trans, blas.NoTrans, h.m, h.k, h.n, -1e-6, h.A, h.m, h.X, h.k, 1, h.W, h.k)
}

// alone is the packed Sgemm with the fastest kernel, every tile on the
// calling goroutine.
func alone(bufs *packBuffers[float32], tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	_, k32 := packed{}.kernels()
	pr := newProduct(k32, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	pr.runAlone(bufs)
}
