package train

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/backprop"
)

// GEMM is one matrix product of a training step, C ← α op(A) op(B) + β C
// with C M×N and an inner dimension K: 2·M·N·K floating-point operations.
type GEMM struct {
	What           string // "A¹ = H⁰ (W¹)ᵀ", …
	M, N, K        int
	TransA, TransB bool
	Beta           float64 // 0, or 1 for the weight update
}

// Flops returns 2·M·N·K.
func (g GEMM) Flops() float64 { return 2 * float64(g.M) * float64(g.N) * float64(g.K) }

// StepGEMMs lists the matrix products of one Trainer.Step on a batch of n
// examples for a network of sizes n⁰…nᴸ, in the order the step runs them:
// the forward products, the backward products Δˡ = Δˡ⁺¹ Wˡ⁺¹ for
// l = L−1 … 1 (layer 1's Δ¹ needs no Δ⁰ after it), and the weight updates.
// Everything else in a step (bias, g, g′, loss) is O(n·nˡ), not counted.
func StepGEMMs(sizes []int, n int) []GEMM {
	var gs []GEMM
	L := len(sizes) - 1
	for l := 1; l <= L; l++ {
		gs = append(gs, GEMM{What: fmt.Sprintf("A%s = H%s (W%s)ᵀ", notation.Sup(l), notation.Sup(l-1), notation.Sup(l)), M: n, N: sizes[l], K: sizes[l-1], TransB: true})
	}
	for l := L - 1; l >= 1; l-- {
		gs = append(gs, GEMM{What: fmt.Sprintf("Δ%s = Δ%s W%s", notation.Sup(l), notation.Sup(l+1), notation.Sup(l+1)), M: n, N: sizes[l], K: sizes[l+1]})
	}
	for l := 1; l <= L; l++ {
		gs = append(gs, GEMM{What: fmt.Sprintf("W%s −= η (Δ%s)ᵀ H%s", notation.Sup(l), notation.Sup(l), notation.Sup(l-1)), M: sizes[l], N: sizes[l-1], K: n, TransA: true, Beta: 1})
	}
	return gs
}

// StepFlops returns the floating-point operations of the matrix products of
// one step (the sum of StepGEMMs' Flops).
func StepFlops(sizes []int, n int) float64 {
	f := 0.0
	for _, g := range StepGEMMs(sizes, n) {
		f += g.Flops()
	}
	return f
}

// MeasureGEMMs times each product alone, on random matrices of its shapes
// and transposes, with the installed BLAS, for about minTime each, and
// returns the seconds that one step's products take back to back in this
// ideal setting: StepFlops / that time is the throughput a step could reach
// if it were nothing but its GEMMs. Each product is timed in 5 rounds and the
// fastest round counts, so that a neighbour's burst of work on a shared
// machine does not lower the ceiling.
func MeasureGEMMs(gs []GEMM, minTime time.Duration) float64 {
	return MeasureGEMMsIn(Float64, gs, minTime)
}

// MeasureGEMMsIn is MeasureGEMMs in the precision p: the products a Trainer
// of that Precision runs.
func MeasureGEMMsIn(p Precision, gs []GEMM, minTime time.Duration) float64 {
	if p == Float32 {
		return measureGEMMs(gemm32, gs, minTime)
	}
	return measureGEMMs(gemm64, gs, minTime)
}

func measureGEMMs[F backprop.Float](gemm backprop.GEMM[F], gs []GEMM, minTime time.Duration) float64 {
	rng := rand.New(rand.NewPCG(1, 1))
	random := func(r, c int) backprop.Matrix[F] {
		m := newMatrix[F](r, c)
		for i := range m.Data {
			m.Data[i] = F(rng.Float64())
		}
		return m
	}
	const rounds = 5
	total := 0.0
	for _, g := range gs {
		ar, ac, br, bc := g.M, g.K, g.K, g.N
		if g.TransA {
			ar, ac = g.K, g.M
		}
		if g.TransB {
			br, bc = g.N, g.K
		}
		A, B, C := random(ar, ac), random(br, bc), random(g.M, g.N)
		alpha := F(1)
		if g.Beta != 0 {
			alpha = -1e-6 // an update: small, as η·Δ is
		}
		beta := F(g.Beta)
		gemm(g.TransA, g.TransB, alpha, A, B, beta, C) // warm up
		best := math.Inf(1)
		for r := 0; r < rounds; r++ {
			reps := 0
			start := time.Now()
			for time.Since(start) < minTime/rounds || reps < 3 {
				gemm(g.TransA, g.TransB, alpha, A, B, beta, C)
				reps++
			}
			best = min(best, time.Since(start).Seconds()/float64(reps))
		}
		total += best
	}
	return total
}
