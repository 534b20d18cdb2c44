package step

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// MaxDescentSteps bounds Descent: a walk is read step by step.
const MaxDescentSteps = 20

// Descent walks through a few steps of batch gradient descent on the rows
// of X and Y, as on the slide "Gradient Descent Optimization":
//
//	C(w) = F(w) + λ‖w‖²                 the cost before each step
//	Wˡ ← Wˡ − η ∂C/∂Wˡ                  for l = 1…L, with ∂C/∂Wˡ = ∂F/∂Wˡ + 2λWˡ
//	bˡ ← bˡ − η ∂C/∂bˡ                  (biases are not penalised)
//
// F is the mean loss over the rows (pkg/gd's convention) and the gradient
// comes from backpropagation (backprop.MeanGradient); each update is
// gd.Step. The steps run on a copy of net: the caller's network is not
// changed. The walk has steps·(1 + L) + 1 steps, the last one the cost
// after the final update. When the descent diverges (the cost rises above
// gd.BlowUp × max(C(w₀), 1), where gd.Train stops, or a step would make a
// weight infinite) the walk stops there with a last step that says so and
// Walk.Diverged set: η = 1e6 is a lesson, not 20 exploding steps without a
// word.
func Descent(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss, eta, lambda float64, steps int) (*Walk, error) {
	if net == nil {
		return nil, errors.New("step: the network is nil")
	}
	if steps < 1 || steps > MaxDescentSteps {
		return nil, fmt.Errorf("step: %d gradient-descent steps: want 1 to %d", steps, MaxDescentSteps)
	}
	if !(eta > 0) || math.IsInf(eta, 0) {
		return nil, fmt.Errorf("step: the learning rate η must be positive and finite, got η = %v", eta)
	}
	if !(lambda >= 0) || math.IsInf(lambda, 0) {
		return nil, fmt.Errorf("step: the L2 weight λ must be ≥ 0 and finite, got λ = %v", lambda)
	}
	if X == nil || Y == nil {
		return nil, errors.New("step: the data X or the targets Y are nil")
	}
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if err := checkWalkSize(net); err != nil {
		return nil, err
	}
	net = net.Clone()
	L := len(net.Layers)
	n, _ := X.Dims()
	w := &Walk{
		Title: lang.F("step.descent.title",
			sizesString(net.Sizes()), steps, plural(steps), Num(eta), n, plural(n)),
		Diagram: NetworkDiagram(net.Sizes()),
	}
	var first, limit float64
	for t := 1; t <= steps+1; t++ {
		cost, err := gd.Evaluate(net, X, Y, loss, lambda)
		if err != nil {
			if t == 1 {
				return nil, err
			}
			w.Steps = append(w.Steps, divergedStep(net, t, eta, first, math.Inf(1), err))
			w.Diverged = true
			return w, nil
		}
		if t == 1 {
			first = cost.Total
			limit = gd.BlowUp * math.Max(first, 1)
		}
		if cost.Total > limit {
			w.Steps = append(w.Steps, divergedStep(net, t, eta, first, cost.Total, nil))
			w.Diverged = true
			return w, nil
		}
		w.Steps = append(w.Steps, costStep(net, cost, lambda, t, steps, first))
		if t > steps {
			break
		}
		gradW, gradB, _, err := backprop.MeanGradient(net, X, Y, loss)
		if err != nil {
			return nil, err
		}
		old := net.Clone()
		if err := gd.Step(net, gradW, gradB, eta, lambda); err != nil {
			var d *gd.DivergedError
			if !errors.As(err, &d) {
				return nil, err
			}
			w.Steps = append(w.Steps, divergedStep(net, t+1, eta, first, math.Inf(1), err))
			w.Diverged = true
			return w, nil
		}
		for l := 1; l <= L; l++ {
			w.Steps = append(w.Steps, updateStep(old.Layers[l-1], net.Layers[l-1], gradW[l], gradB[l], l, t, eta, lambda))
		}
	}
	return w, nil
}

// divergedStep is the last step of a descent that blew up before step t.
func divergedStep(net *mlp.Network, t int, eta, first, now float64, cause error) Step {
	s := Step{
		Title: lang.F("step.descent.diverged", t-1),
		Focus: Focus{Column: len(net.Layers), Quantity: "C"},
	}
	if cause != nil {
		s.Equation = lang.T("step.descent.notfinite")
		s.Explain = lang.F("step.descent.diverged.cause", cause, Num(eta))
		return s
	}
	s.Equation = "C(w) = " + Num(now)
	s.Value = mat.NewDense(1, 1, []float64{now})
	s.Explain = lang.F("step.descent.diverged.cost",
		Num(first), Num(now), gd.BlowUp, Num(eta))
	return s
}

// costStep states C(w) before step t (after the last one when t > steps).
func costStep(net *mlp.Network, cost gd.Cost, lambda float64, t, steps int, first float64) Step {
	s := Step{
		Focus: Focus{Column: len(net.Layers), Quantity: "C"},
		Value: mat.NewDense(1, 1, []float64{cost.Total}),
	}
	if lambda > 0 {
		s.Equation = "C(w) = F(w) + λ‖w‖² = " + Num(cost.Total)
		s.Given = []string{"F(w) = " + Num(cost.Data), "λ‖w‖² = " + Num(cost.L2), "λ = " + Num(lambda)}
	} else {
		s.Equation = "C(w) = (1/N) Σᵢ L(xᵢ, yᵢ) = " + Num(cost.Total)
	}
	switch {
	case t == 1:
		s.Title = lang.T("step.descent.start")
		s.Explain = lang.T("step.descent.start.explain")
	case t > steps:
		s.Title = lang.F("step.descent.end", steps, plural(steps))
		s.Explain = lang.F("step.descent.end.down", Num(first), Num(cost.Total))
		if cost.Total > first {
			s.Explain = lang.F("step.descent.end.up", Num(first), Num(cost.Total))
		}
	default:
		s.Title = lang.F("step.descent.after", t-1)
		s.Explain = lang.T("step.descent.after.explain")
	}
	return s
}

// updateStep is Wˡ ← Wˡ − η ∂C/∂Wˡ at step t.
func updateStep(old, updated *mlp.Layer, gradW *mat.Dense, gradB *mat.VecDense, l, t int, eta, lambda float64) Step {
	W, b := notation.Sym("W", l), notation.Sym("b", l)
	dC := mat.DenseCopyOf(gradW)
	gradText := "∂C/∂" + W + " = " + Mat(dC)
	if lambda > 0 {
		dC.Add(dC, scaled(2*lambda, old.W)) // ∂C/∂W = ∂F/∂W + 2λW
		gradText = fmt.Sprintf("∂C/∂%s = ∂F/∂%s + 2λ%s = %s", W, W, W, Mat(dC))
	}
	return Step{
		Title:    lang.F("step.descent.update", t, l),
		Equation: fmt.Sprintf("%s ← %s − η ∂C/∂%s = %s", W, W, W, Mat(updated.W)),
		Given:    []string{W + " = " + Mat(old.W), gradText, "η = " + Num(eta)},
		Explain: lang.F("step.descent.update.explain",
			b, b, b, Mat(updated.B)),
		Focus: Focus{Column: l, Quantity: "W", Edges: layerEdges(l, old.In(), old.Out())},
		Value: mat.DenseCopyOf(updated.W),
	}
}

// scaled returns s·m.
func scaled(s float64, m mat.Matrix) *mat.Dense {
	var out mat.Dense
	out.Scale(s, m)
	return &out
}
