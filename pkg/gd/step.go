package gd

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
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
func Step(net *mlp.Network, gradW []*mat.Dense, gradB []*mat.VecDense, eta, lambda float64) error {
	if err := checkRates(eta, lambda); err != nil {
		return err
	}
	if err := checkGrads(net, gradW, gradB); err != nil {
		return err
	}
	if l, what, v, ok := firstNonFinite(gradW, gradB); !ok {
		return fmt.Errorf("gd: layer %d: %s is %v: the gradient is not finite", l, what, v)
	}
	if err := checkUpdate(net, gradW, gradB, eta, lambda); err != nil {
		return err
	}
	for l := 1; l <= len(net.Layers); l++ {
		layer := net.Layers[l-1]
		r, c := layer.W.Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				w := layer.W.At(i, j)
				dC := gradW[l].At(i, j) + 2*lambda*w // ∂C/∂wᵢⱼ = ∂F/∂wᵢⱼ + 2λwᵢⱼ
				layer.W.Set(i, j, w-eta*dC)          // wᵢⱼ ← wᵢⱼ − η ∂C/∂wᵢⱼ
			}
			layer.B.SetVec(i, layer.B.AtVec(i)-eta*gradB[l].AtVec(i)) // bᵢ ← bᵢ − η ∂F/∂bᵢ
		}
	}
	return nil
}

// checkUpdate computes every new weight of Step without storing it and
// reports the first that would not be finite: η = 1e308 with a gradient of 2
// would leave −Inf.
func checkUpdate(net *mlp.Network, gradW []*mat.Dense, gradB []*mat.VecDense, eta, lambda float64) error {
	for l := 1; l <= len(net.Layers); l++ {
		layer := net.Layers[l-1]
		r, c := layer.W.Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				w := layer.W.At(i, j)
				dC := gradW[l].At(i, j) + 2*lambda*w
				if nw := w - eta*dC; !isFinite(nw) || !isFinite(dC) {
					return &DivergedError{Eta: eta, What: fmt.Sprintf("layer %d: w%s[%d,%d] would become %v = %g − η·%g", l, notation.Sup(l), i, j, nw, w, dC)}
				}
			}
			if nb := layer.B.AtVec(i) - eta*gradB[l].AtVec(i); !isFinite(nb) {
				return &DivergedError{Eta: eta, What: fmt.Sprintf("layer %d: b%s[%d] would become %v", l, notation.Sup(l), i, nb)}
			}
		}
	}
	return nil
}

func checkRates(eta, lambda float64) error {
	if !(eta > 0) || math.IsInf(eta, 0) {
		return fmt.Errorf("gd: the learning rate η must be positive and finite, got η = %v", eta)
	}
	if !(lambda >= 0) || math.IsInf(lambda, 0) {
		return fmt.Errorf("gd: the L2 weight λ must be ≥ 0 and finite, got λ = %v", lambda)
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
