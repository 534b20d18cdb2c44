package check

import (
	"math"
	"testing"

	"github.com/stepnet/stepnet/pkg/mlp"
)

func TestRegions(t *testing.T) {
	binom := func(n, r int) int {
		c := 1
		for i := 0; i < r; i++ {
			c = c * (n - i) / (i + 1)
		}
		return c
	}
	mustPass(t, Regions(func(k, d int) int { // the sum, capped at k
		s := 0
		for i := 0; i <= d && i <= k; i++ {
			s += binom(k, i)
		}
		return s
	}))
	var rec func(k, d int) int // the recurrence R(k, d) = R(k−1, d) + R(k−1, d−1)
	rec = func(k, d int) int {
		if k == 0 || d == 0 {
			return 1
		}
		return rec(k-1, d) + rec(k-1, d-1)
	}
	mustPass(t, Regions(rec))
	mustFailWith(t, "2^k", Regions(func(k, d int) int { return 1 << uint(k) }), "only when d ≥ k")
	mustFailWith(t, "local", Regions(func(k, d int) int { return k }), "local code")
	mustFailWith(t, "plane", Regions(func(k, d int) int { return 1 + k + k*(k-1)/2 }), "in the plane")
	mustFailWith(t, "one short", Regions(func(k, d int) int {
		s := 0
		for i := 0; i < d && i <= k; i++ {
			s += binom(k, i)
		}
		return s
	}), "one term short")
}

func TestUnitAccuracy(t *testing.T) {
	mustPass(t, UnitAccuracy(func(h []float64, labels []int) float64 {
		a, _, _, _ := mlp.UnitAccuracy(h, labels)
		return a
	}))
	// By brute force: every threshold, both ways.
	brute := func(h []float64, labels []int) float64 {
		best := 0
		for _, theta := range append([]float64{math.Inf(-1)}, h...) {
			right := 0
			for i, v := range h {
				if (v > theta) == (labels[i] == 1) {
					right++
				}
			}
			if right > best {
				best = right
			}
			if len(h)-right > best {
				best = len(h) - right
			}
		}
		return float64(best) / float64(len(h))
	}
	mustPass(t, UnitAccuracy(brute))
	mustFailWith(t, "θ = 0", UnitAccuracy(func(h []float64, labels []int) float64 {
		right := 0
		for i, v := range h {
			if (v > 0) == (labels[i] == 1) {
				right++
			}
		}
		if 2*right < len(h) {
			right = len(h) - right
		}
		return float64(right) / float64(len(h))
	}), "not θ = 0")
	mustFailWith(t, "one way", UnitAccuracy(func(h []float64, labels []int) float64 {
		best := 0
		for _, theta := range append([]float64{math.Inf(-1)}, h...) {
			right := 0
			for i, v := range h {
				if (v > theta) == (labels[i] == 1) {
					right++
				}
			}
			if right > best {
				best = right
			}
		}
		return float64(best) / float64(len(h))
	}), "reverse rule")
}
