package approx

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// descend takes opt.Steps full-batch gradient steps to lower the training
// cost
//
//	C = (1/P) Σₚ eₚ²,   eₚ = F(xₚ) − yₚ.
//
// F is a network of the lecture with one hidden layer (W, b, φ) and a
// linear output layer (the row vᵀ, the bias c), and C is its mean squared
// error: the gradient is the delta rule of pkg/backprop, called as it is
// (gradient):
//
//	δₚ = 2eₚ                      (the output error; g′ = 1 for the linear output)
//	δₚᵢ = δₚ vᵢ φ′(aₚᵢ)            (the delta of unit i, aₚᵢ = wᵢᵀxₚ + bᵢ)
//	∂C/∂c = (1/P) Σₚ δₚ,   ∂C/∂vᵢ = (1/P) Σₚ δₚ φ(aₚᵢ)
//	∂C/∂bᵢ = (1/P) Σₚ δₚᵢ,  ∂C/∂wᵢⱼ = (1/P) Σₚ δₚᵢ xₚⱼ
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
		if gradient(F, xs, ys, g) != nil {
			break // C is not finite near F: no step to take
		}
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
// g.W, ∂C/∂bᵢ into g.B, ∂C/∂vᵢ into g.V and ∂C/∂c into g.C. It runs
// backprop.MeanGradient on F seen as a two-layer mlp.Network (the same
// numbers, not copies), and returns its error for a gradient that is not
// finite.
func gradient(F *Net, xs [][]float64, ys []float64, g *Net) error {
	n, m := F.W.Dims()
	net := &mlp.Network{Layers: []*mlp.Layer{
		{W: F.W, B: mat.NewVecDense(n, F.B), G: F.Phi},                                          // a = Wx + b, h = φ(a)
		{W: mat.NewDense(1, n, F.V), B: mat.NewVecDense(1, []float64{F.C}), G: neuron.Identity}, // F(x) = vᵀh + c
	}}
	X, Y := mat.NewDense(len(xs), m, nil), mat.NewDense(len(xs), 1, ys)
	for p, x := range xs {
		X.SetRow(p, x)
	}
	gradW, gradB, _, err := backprop.MeanGradient(net, X, Y, mlp.SquaredError)
	if err != nil {
		return err
	}
	g.W.Copy(gradW[1])
	copy(g.B, gradB[1].RawVector().Data)
	copy(g.V, gradW[2].RawRowView(0))
	g.C = gradB[2].AtVec(0)
	return nil
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
