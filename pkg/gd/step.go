package gd

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Step applies one gradient-descent step to every layer l = 1…L of net:
//
//	Wˡ ← Wˡ − η (∂F/∂Wˡ + 2λ Wˡ)    (∂C/∂Wˡ, with the L2 term of C = F + λ‖w‖²)
//	bˡ ← bˡ − η ∂F/∂bˡ              (biases are not penalised)
//
// gradW[l] and gradB[l] are ∂F/∂Wˡ and ∂F/∂bˡ for l = 1…L; index 0 is unused,
// as pkg/backprop returns them. Nothing is changed when an error is returned:
// η ≤ 0, λ < 0, a missing or wrongly shaped gradient, a gradient that is
// not finite, or a step that would leave a weight that is not finite (η so
// large that η ∂C/∂w overflows: divergence, reported before it happens).
//
// Step is StepMomentum with μ = 0: the same lines compute both.
func Step(net *mlp.Network, gradW []*mat.Dense, gradB []*mat.VecDense, eta, lambda float64) error {
	return StepMomentum(net, nil, gradW, gradB, eta, lambda, 0)
}

// Velocity is the running step of gradient descent with momentum: for every
// layer l = 1…L a matrix vˡ of the shape of Wˡ and a vector of the shape of
// bˡ (index 0 unused, as for the gradients). NewVelocity starts it at 0.
type Velocity struct {
	W []*mat.Dense
	B []*mat.VecDense
}

// NewVelocity returns a zero velocity for net: the momentum of a network that
// has not moved yet.
func NewVelocity(net *mlp.Network) (*Velocity, error) {
	if net == nil {
		return nil, errors.New("gd: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return nil, err
	}
	v := &Velocity{W: make([]*mat.Dense, len(net.Layers)+1), B: make([]*mat.VecDense, len(net.Layers)+1)}
	for l, layer := range net.Layers {
		r, c := layer.W.Dims()
		v.W[l+1], v.B[l+1] = mat.NewDense(r, c, nil), mat.NewVecDense(r, nil)
	}
	return v, nil
}

// MaxMomentum bounds μ: 0 ≤ μ < 1. At μ = 1 nothing damps the motion (the
// weights of a quadratic cost circle the minimum for ever); above, it grows.
const MaxMomentum = 1

// StepMomentum applies one step of gradient descent with momentum μ (the
// "heavy ball" of Polyak, 1964; Nielsen's book, ch. 3) to every layer l:
//
//	vˡ ← μ vˡ − η ∂C/∂Wˡ      (∂C/∂Wˡ = ∂F/∂Wˡ + 2λ Wˡ; the same for bˡ, without λ)
//	Wˡ ← Wˡ + vˡ
//
// v remembers the steps taken: where successive gradients agree (along a long
// flat valley) the steps add up, about η/(1 − μ) times the gradient; where
// they alternate (across a narrow valley) they cancel. μ = 0 is Step, and a
// nil v is allowed only then. Nothing is changed when an error is returned,
// which happens for the errors of Step, μ outside [0, 1), and a v of the
// wrong shape or not finite.
func StepMomentum(net *mlp.Network, v *Velocity, gradW []*mat.Dense, gradB []*mat.VecDense, eta, lambda, mu float64) error {
	if err := checkRates(eta, lambda); err != nil {
		return err
	}
	if err := checkMomentum(mu); err != nil {
		return err
	}
	if err := checkGrads(net, gradW, gradB); err != nil {
		return err
	}
	if v == nil && mu != 0 {
		return lang.Errorf("gd.mu.velocity", mu)
	}
	if v != nil {
		if err := checkGrads(net, v.W, v.B); err != nil {
			return fmt.Errorf("gd: the velocity: %w", err)
		}
		if l, what, x, ok := firstNonFinite(v.W, v.B); !ok {
			return fmt.Errorf("gd: the velocity of layer %d (%s) is %v", l, strings.Replace(what, "∂C/∂", "v of ", 1), x)
		}
	}
	if l, what, x, ok := firstNonFinite(gradW, gradB); !ok {
		return lang.Errorf("gd.gradient.notfinite", l, what, x)
	}
	if err := update(net, v, gradW, gradB, eta, lambda, mu, false); err != nil {
		return err
	}
	return update(net, v, gradW, gradB, eta, lambda, mu, true)
}

func checkMomentum(mu float64) error {
	if !(mu >= 0 && mu < MaxMomentum) {
		return lang.Errorf("gd.mu", mu)
	}
	return nil
}

// update computes every new weight of StepMomentum. With apply false it only
// checks them and reports the first that would not be finite (η = 1e308 with
// a gradient of 2 would leave −Inf); with apply true it stores them. v nil
// means v = 0 (μ = 0).
func update(net *mlp.Network, v *Velocity, gradW []*mat.Dense, gradB []*mat.VecDense, eta, lambda, mu float64, apply bool) error {
	for l := 1; l <= len(net.Layers); l++ {
		layer := net.Layers[l-1]
		r, c := layer.W.Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				w := layer.W.At(i, j)
				dC := gradW[l].At(i, j) + 2*lambda*w // ∂C/∂wᵢⱼ = ∂F/∂wᵢⱼ + 2λwᵢⱼ
				step := -eta * dC                    // vᵢⱼ ← μvᵢⱼ − η ∂C/∂wᵢⱼ
				if v != nil {
					step += mu * v.W[l].At(i, j)
				}
				nw := w + step // wᵢⱼ ← wᵢⱼ + vᵢⱼ
				if !apply {
					if !isFinite(nw) || !isFinite(dC) || !isFinite(step) {
						return &DivergedError{Eta: eta, What: fmt.Sprintf("layer %d: w%s[%d,%d] would become %v = %g − η·%g%s", l, notation.Sup(l), i, j, nw, w, dC, momentumTerm(v, mu))}
					}
					continue
				}
				layer.W.Set(i, j, nw)
				if v != nil {
					v.W[l].Set(i, j, step)
				}
			}
			step := -eta * gradB[l].AtVec(i) // bᵢ: ∂C/∂bᵢ = ∂F/∂bᵢ
			if v != nil {
				step += mu * v.B[l].AtVec(i)
			}
			nb := layer.B.AtVec(i) + step
			if !apply {
				if !isFinite(nb) || !isFinite(step) {
					return &DivergedError{Eta: eta, What: fmt.Sprintf("layer %d: b%s[%d] would become %v", l, notation.Sup(l), i, nb)}
				}
				continue
			}
			layer.B.SetVec(i, nb)
			if v != nil {
				v.B[l].SetVec(i, step)
			}
		}
	}
	return nil
}

// momentumTerm is " + μ·v" in a divergence message when there is momentum.
func momentumTerm(v *Velocity, mu float64) string {
	if v == nil || mu == 0 {
		return ""
	}
	return fmt.Sprintf(" + %g·v", mu)
}

func checkRates(eta, lambda float64) error {
	if !(eta > 0) || math.IsInf(eta, 0) {
		return lang.Errorf("gd.eta", eta)
	}
	if !(lambda >= 0) || math.IsInf(lambda, 0) {
		return lang.Errorf("gd.lambda", lambda)
	}
	return nil
}

// checkGrads checks that gradW[l] has the shape of Wˡ and gradB[l] that of bˡ.
func checkGrads(net *mlp.Network, gradW []*mat.Dense, gradB []*mat.VecDense) error {
	if net == nil {
		return errors.New("gd: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return err
	}
	L := len(net.Layers)
	if len(gradW) != L+1 || len(gradB) != L+1 {
		return fmt.Errorf("gd: the network has %d layers: want gradients indexed 1…%d (length %d), got %d for W and %d for b", L, L, L+1, len(gradW), len(gradB))
	}
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		r, c := layer.W.Dims()
		if gradW[l] == nil || gradB[l] == nil || gradW[l].IsEmpty() || gradB[l].IsEmpty() {
			return fmt.Errorf("gd: layer %d: ∂C/∂W%s or ∂C/∂b%s is missing", l, notation.Sup(l), notation.Sup(l))
		}
		if gr, gc := gradW[l].Dims(); gr != r || gc != c {
			return fmt.Errorf("gd: layer %d: W%s is %s but ∂C/∂W%s is %s", l, notation.Sup(l), notation.Shape(r, c), notation.Sup(l), notation.Shape(gr, gc))
		}
		if n := gradB[l].Len(); n != r {
			return fmt.Errorf("gd: layer %d: b%s has %d values but ∂C/∂b%s has %d", l, notation.Sup(l), r, notation.Sup(l), n)
		}
	}
	return nil
}

// firstNonFinite finds a NaN or ±Inf in the gradients: its layer, its name and
// value; ok is true when there is none.
func firstNonFinite(gradW []*mat.Dense, gradB []*mat.VecDense) (l int, what string, v float64, ok bool) {
	for l := 1; l < len(gradW); l++ {
		r, c := gradW[l].Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				if v := gradW[l].At(i, j); !isFinite(v) {
					return l, fmt.Sprintf("∂C/∂w%s[%d,%d]", notation.Sup(l), i, j), v, false
				}
			}
			if v := gradB[l].AtVec(i); !isFinite(v) {
				return l, fmt.Sprintf("∂C/∂b%s[%d]", notation.Sup(l), i), v, false
			}
		}
	}
	return 0, "", 0, true
}

// nonFiniteWeight finds a NaN or ±Inf weight or bias; ok is true when there is none.
func nonFiniteWeight(net *mlp.Network) (l int, v float64, ok bool) {
	for i, layer := range net.Layers {
		r, c := layer.W.Dims()
		for a := 0; a < r; a++ {
			for b := 0; b < c; b++ {
				if v := layer.W.At(a, b); !isFinite(v) {
					return i + 1, v, false
				}
			}
			if v := layer.B.AtVec(a); !isFinite(v) {
				return i + 1, v, false
			}
		}
	}
	return 0, 0, true
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
