package approx

import "gonum.org/v1/gonum/mat"

// descend takes opt.Steps full-batch gradient steps to lower the training
// cost
//
//	C = (1/P) Σₚ eₚ²,   eₚ = F(xₚ) − yₚ.
//
// The gradient of this one-hidden-layer net, written out by hand (it is the
// delta rule of the lecture with a linear output):
//
//	aₚᵢ = wᵢᵀxₚ + bᵢ                      (activity of unit i)
//	δₚᵢ = eₚ vᵢ φ′(aₚᵢ)                    (delta of unit i)
//	∂C/∂c   = (2/P) Σₚ eₚ
//	∂C/∂vᵢ  = (2/P) Σₚ eₚ φ(aₚᵢ)
//	∂C/∂bᵢ  = (2/P) Σₚ δₚᵢ
//	∂C/∂wᵢⱼ = (2/P) Σₚ δₚᵢ xₚⱼ
//
// Each step moves the units, wᵢ ← wᵢ − η ∂C/∂wᵢ and bᵢ ← bᵢ − η ∂C/∂bᵢ,
// then sets v and c to their least-squares values for the moved units
// (solveOutput). Since v and c were already the best for the old units,
// ∂C/∂v and ∂C/∂c are 0 there: this is gradient descent on all the
// parameters in which the output layer is solved exactly at every step
// (called "variable projection"); it converges far faster than plain steps
// on v and c.
//
// η adapts (the "bold driver"): a step that lowers C is kept and η grows by
// 10 %; a step that raises C is undone and η is halved. So C never goes up,
// whatever the first η. It returns the number of steps kept and the cost.
func descend(F *Net, xs [][]float64, ys []float64, opt Options) (int, float64) {
	eta := opt.Eta
	cost := mse(F, xs, ys)
	g := F.copy() // holds ∂C/∂θ in the same shape as F
	kept := 0
	for s := 0; s < opt.Steps; s++ {
		gradient(F, xs, ys, g)
		accepted := false
		for try := 0; try < 40 && !accepted; try++ {
			trial := F.copy()
			trial.moveUnits(-eta, g)
			err := solveOutput(trial, xs, ys, opt)
			if c := mse(trial, xs, ys); err == nil && finite(c) && c <= cost {
				*F, cost, accepted = *trial, c, true
				eta *= 1.1
			} else {
				eta /= 2
			}
		}
		if !accepted {
			break // no step of any size lowers C: a minimum, to rounding
		}
		kept++
	}
	return kept, cost
}

// gradient writes ∂C/∂θ at F into g (which has F's shape): ∂C/∂wᵢⱼ into
// g.W, ∂C/∂bᵢ into g.B, ∂C/∂vᵢ into g.V and ∂C/∂c into g.C.
func gradient(F *Net, xs [][]float64, ys []float64, g *Net) {
	n, m := F.W.Dims()
	g.W.Zero()
	for i := range g.B {
		g.B[i], g.V[i] = 0, 0
	}
	g.C = 0
	a := make([]float64, n)
	h := make([]float64, n)
	gw := g.W.RawMatrix()
	scale := 2 / float64(len(xs))
	for p, x := range xs {
		F.hidden(x, a, h)
		o := F.C
		for i := 0; i < n; i++ {
			o += F.V[i] * h[i]
		}
		e := o - ys[p]
		g.C += scale * e
		for i := 0; i < n; i++ {
			g.V[i] += scale * e * h[i]
			delta := e * F.V[i] * F.Phi.Deriv(a[i])
			g.B[i] += scale * delta
			for j := 0; j < m; j++ {
				gw.Data[i*gw.Stride+j] += scale * delta * x[j]
			}
		}
	}
}

// moveUnits sets wᵢ ← wᵢ + s·gᵂᵢ and bᵢ ← bᵢ + s·gᴮᵢ for every unit.
func (F *Net) moveUnits(s float64, g *Net) {
	var step mat.Dense
	step.Scale(s, g.W)
	F.W.Add(F.W, &step)
	for i := range F.B {
		F.B[i] += s * g.B[i]
	}
}
