package check

import (
	"math"
	"math/rand"
	"strings"
	"testing"
)

func TestGDStep(t *testing.T) {
	step := func(sign, l2factor float64, etaOnL2 bool) func(w, dF []float64, eta, lambda float64) []float64 {
		return func(w, dF []float64, eta, lambda float64) []float64 {
			for i := range w {
				l2 := l2factor * lambda * w[i]
				if etaOnL2 {
					w[i] -= sign * eta * (dF[i] + l2)
				} else {
					w[i] -= sign*eta*dF[i] + l2
				}
			}
			return w // in place: allowed
		}
	}
	mustPass(t, GDStep(step(1, 2, true)))
	mustFailWith(t, "up the gradient", GDStep(step(-1, 2, true)), "the step goes up the gradient: w − η ∂C/∂w, not +")
	mustFailWith(t, "no L2", GDStep(step(1, 0, true)), "the L2 term is missing")
	mustFailWith(t, "λw", GDStep(step(1, 1, true)), "is 2λw, not λw")
	mustFailWith(t, "η on F only", GDStep(step(1, 2, false)), "η multiplies the whole gradient")
}

func TestLearningRateRegime(t *testing.T) {
	classify := func(opt func(h float64) float64, tol float64, twoIn4 bool) func(eta, h float64) int {
		return func(eta, h float64) int {
			o := opt(h)
			switch {
			case math.Abs(eta-o) <= tol*o:
				return 2
			case eta < o:
				return 1
			case eta < 2*o || (!twoIn4 && eta == 2*o):
				return 3
			default:
				return 4
			}
		}
	}
	inv := func(h float64) float64 { return 1 / h }
	mustPass(t, LearningRateRegime(classify(inv, 1e-9, false)))
	mustPass(t, LearningRateRegime(func(eta, h float64) int { // the same via η·h
		switch x := eta * h; {
		case math.Abs(x-1) < 1e-9:
			return 2
		case x < 1:
			return 1
		case x <= 2+1e-9:
			return 3
		}
		return 4
	}))
	mustFailWith(t, "η_opt = h", LearningRateRegime(classify(func(h float64) float64 { return h }, 1e-9, false)), "η_opt = 1/h (the inverse of the curvature")
	mustFailWith(t, "2η_opt in 4", LearningRateRegime(classify(inv, 1e-9, true)), "regime 4 is η > 2η_opt")
	mustFailWith(t, "exact ==", LearningRateRegime(classify(inv, 0, false)), "within a tolerance")
}

// epoch is a student's minibatch epoch with switches for the mistakes.
func epoch(shuffle, dropLast, sum bool, sign float64) func(w []float64, n, B int, eta float64, rng *rand.Rand, grad func([]float64, int) []float64) []float64 {
	return func(w []float64, n, B int, eta float64, rng *rand.Rand, grad func([]float64, int) []float64) []float64 {
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		if shuffle {
			order = rng.Perm(n)
		}
		for k := 0; k*B < n; k++ {
			lo, hi := k*B, (k+1)*B
			if hi > n {
				if dropLast {
					break
				}
				hi = n
			}
			g := make([]float64, len(w))
			for _, i := range order[lo:hi] {
				for j, v := range grad(w, i) {
					g[j] += v
				}
			}
			for j := range w {
				if !sum {
					g[j] /= float64(hi - lo)
				}
				w[j] -= sign * eta * g[j]
			}
		}
		return w
	}
}

func TestMinibatchEpoch(t *testing.T) {
	mustPass(t, MinibatchEpoch(epoch(true, false, false, 1)))
	mustFailWith(t, "last batch dropped", MinibatchEpoch(epoch(true, true, false, 1)), "the last partial batch was dropped")
	mustFailWith(t, "no shuffle", MinibatchEpoch(epoch(false, false, false, 1)), "the examples were not shuffled")
	mustFailWith(t, "sum", MinibatchEpoch(epoch(true, false, true, 1)), "the mean (1/|batch|) Σ ∇Lᵢ, not the sum")
	mustFailWith(t, "up the gradient", MinibatchEpoch(epoch(true, false, false, -1)), "the step goes up the gradient")
	dropped := MinibatchEpoch(epoch(true, true, false, 1))
	if !containsText(dropped, "grad called") {
		t.Errorf("the report must count the calls of grad:\n%s", dropped.Text())
	}
	// A student's grad index outside 0…n−1 is a reported panic.
	r := MinibatchEpoch(func(w []float64, n, B int, eta float64, rng *rand.Rand, grad func([]float64, int) []float64) []float64 {
		grad(w, n)
		return w
	})
	if r.Passed() || !containsText(r, "grad called with example i =") {
		t.Errorf("an index out of range must be named:\n%s", r.Text())
	}
}

func containsText(r *Report, s string) bool {
	for _, c := range r.Cases {
		if strings.Contains(c.Got, s) || strings.Contains(c.Hint, s) {
			return true
		}
	}
	return false
}
