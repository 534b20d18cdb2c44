package backprop

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Tiny is the floor of the denominator of the relative error in Check:
// |a − n| / max(|a| + |n|, Tiny). Below it the two gradients are both
// essentially zero and their difference is rounding noise of the central
// difference (about 1e-16·C/ε).
const Tiny = 1e-8

// CheckResult is the outcome of a gradient check: the largest relative
// error between backpropagation (analytic) and central differences
// (numeric), and where it occurs.
type CheckResult struct {
	MaxRelErr float64 // max over all parameters of |a − n| / max(|a| + |n|, Tiny)
	MaxAbsErr float64 // max over all parameters of |a − n|
	Layer     int     // l, the layer of the worst parameter (1…L)
	Param     string  // "W" or "b"
	I, J      int     // its place: Wˡ.At(I, J), or bˡ[I] with J = 0
	Analytic  float64 // ∂C̄/∂(parameter) by backpropagation
	Numeric   float64 // (C̄(w + ε) − C̄(w − ε)) / 2ε
	Params    int     // how many parameters were compared
}

// String says where the worst disagreement is: "largest relative error
// 1.2e-10 at W²[0,1]: analytic 0.25, numeric 0.25 (9 parameters)", in the
// current language of pkg/lang.
func (r CheckResult) String() string {
	where := paramName(r.Layer, r.Param, r.I, r.J)
	return lang.F("backprop.check.result", r.MaxRelErr, where, r.Analytic, r.Numeric, r.Params)
}

// Check compares the gradient of the mean loss C̄ = (1/N) Σᵢ Cᵢ over the
// rows of X and Y computed by backpropagation (BackwardBatch) with central
// differences
//
//	D(ε) = (C̄(w + ε) − C̄(w − ε)) / 2ε ≈ ∂C̄/∂w
//
// for every weight and bias, and returns the largest relative error and
// where it occurs. D(ε) is off by about kε² (Taylor), and by rounding noise
// of about 1e-16·C̄/ε: a smaller ε is not always better. Check therefore
// refines D by Richardson extrapolation, (4D(ε) − D(2ε))/3, whose error
// goes as ε⁴; ε = 1e-3 then gives about ten correct digits. (Near a ReLU
// kink, an activity within about 2ε of 0, no finite difference is right.)
//
// The caller's network is not changed: the differences are taken on a copy,
// each weight put back after its evaluations.
func Check(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss, eps float64) (CheckResult, error) {
	return check(net, X, Y, loss, eps, true)
}

// CheckCentral is Check with the plain central difference D(ε), as the
// lecture's check is usually written, without Richardson's refinement: its
// error falls as ε² until rounding takes over (lesson 08 draws both).
func CheckCentral(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss, eps float64) (CheckResult, error) {
	return check(net, X, Y, loss, eps, false)
}

func check(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss, eps float64, richardson bool) (CheckResult, error) {
	if !(eps > 0) || math.IsInf(eps, 0) {
		return CheckResult{}, lang.Errorf("backprop.check.eps", eps)
	}
	gradW, gradB, _, err := MeanGradient(net, X, Y, loss)
	if err != nil {
		return CheckResult{}, err
	}
	work := net.Clone()
	res := CheckResult{}
	compare := func(l int, param string, i, j int, analytic float64, set func(float64), w float64) error {
		numeric, err := centralDifference(func(v float64) (float64, error) {
			set(v)
			return meanLoss(work, X, Y, loss)
		}, w, eps, richardson)
		set(w) // put the weight back
		if err != nil {
			return fmt.Errorf("backprop: gradient check: layer %d, %s ± ε: %w", l, paramName(l, param, i, j), err)
		}
		if math.IsNaN(numeric) || math.IsInf(numeric, 0) {
			return fmt.Errorf("backprop: gradient check: layer %d: the numerical ∂C/∂%s is %v", l, paramName(l, param, i, j), numeric)
		}
		abs := math.Abs(analytic - numeric)
		if math.IsInf(abs, 0) {
			return fmt.Errorf("backprop: gradient check: layer %d: ∂C/∂%s is %v by backpropagation and %v numerically: too large to compare", l, paramName(l, param, i, j), analytic, numeric)
		}
		rel := abs / math.Max(math.Abs(analytic)+math.Abs(numeric), Tiny)
		res.Params++
		res.MaxAbsErr = math.Max(res.MaxAbsErr, abs)
		if res.Params == 1 || rel > res.MaxRelErr {
			res.MaxRelErr, res.Layer, res.Param, res.I, res.J = rel, l, param, i, j
			res.Analytic, res.Numeric = analytic, numeric
		}
		return nil
	}
	for l := 1; l <= len(work.Layers); l++ {
		layer := work.Layers[l-1]
		r, c := layer.W.Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				set := func(v float64) { layer.W.Set(i, j, v) }
				if err := compare(l, "W", i, j, gradW[l].At(i, j), set, layer.W.At(i, j)); err != nil {
					return CheckResult{}, err
				}
			}
			set := func(v float64) { layer.B.SetVec(i, v) }
			if err := compare(l, "b", i, 0, gradB[l].AtVec(i), set, layer.B.AtVec(i)); err != nil {
				return CheckResult{}, err
			}
		}
	}
	return res, nil
}

// meanLoss is C̄ = (1/N) Σᵢ C(oᵢ, yᵢ) at the network's current weights.
func meanLoss(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) (float64, error) {
	O, err := net.Predict(X)
	if err != nil {
		return 0, err
	}
	return loss.Mean(O, Y)
}

// paramName writes W²[0,1] or b²[0].
func paramName(l int, param string, i, j int) string {
	if param == "b" {
		return fmt.Sprintf("%s[%d]", notation.Sym(param, l), i)
	}
	return fmt.Sprintf("%s[%d,%d]", notation.Sym(param, l), i, j)
}

// centralDifference returns the derivative of C at w from central
// differences D(h) = (C(w + h) − C(w − h)) / 2h, refined by Richardson
// extrapolation if asked: D(ε) = C′(w) + kε² + O(ε⁴), so (4D(ε) − D(2ε))/3
// cancels the ε² term and is accurate to O(ε⁴).
func centralDifference(C func(float64) (float64, error), w, eps float64, richardson bool) (float64, error) {
	D := func(h float64) (float64, error) {
		plus, err := C(w + h)
		if err != nil {
			return 0, err
		}
		minus, err := C(w - h)
		if err != nil {
			return 0, err
		}
		return (plus - minus) / (2 * h), nil
	}
	d1, err := D(eps)
	if err != nil || !richardson {
		return d1, err
	}
	d2, err := D(2 * eps)
	if err != nil {
		return 0, err
	}
	return (4*d1 - d2) / 3, nil
}
