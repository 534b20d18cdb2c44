package check

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// backwardDiagnosis names the kind of difference of a whole backward pass:
// the gradients computed with g where g′ is needed, or, in the first layer
// that disagrees (from the output down), a gradient equal to another
// product of the trace (δᵏ (hᵐ)ᵀ for the wrong k or m: hˡ instead of hˡ⁻¹,
// the wrong layer's δ), a sign, a factor, a transpose, one entry wrong.
func backwardDiagnosis(net *mlp.Network, x, y []float64, num, withG grads) func(got any) string {
	return func(got any) string {
		gg, ok := got.(grads)
		if !ok {
			return ""
		}
		if same(gg, withG, 1e-6) {
			return lang.T("check.bpdiag.1")
		}
		L := len(num.dW)
		if len(gg.dW) != L || len(gg.db) != L {
			return ""
		}
		fwd, err := net.Forward(x)
		if err != nil {
			return ""
		}
		ref, err := backprop.Backward(net, fwd, y, mlp.SquaredError)
		if err != nil {
			return ""
		}
		for l := L; l >= 1; l-- {
			if compare(gg.dW[l-1], num.dW[l-1], 1e-6) != "" {
				var others []quantity
				for k := 1; k <= L; k++ {
					for m := 0; m <= L; m++ {
						if k == l && m == l-1 {
							continue
						}
						if ref.Delta[k].Len() != ref.Delta[l].Len() || fwd.H[m].Len() != fwd.H[l-1].Len() {
							continue
						}
						name := fmt.Sprintf("δ%s (h%s)ᵀ", sup(k), sup(m))
						switch {
						case k == l && m == l:
							name += lang.F("check.bpdiag.2", sup(l), sup(l-1))
						case k == l:
							name += lang.F("check.bpdiag.3", sup(m), sup(l-1))
						default:
							name += lang.F("check.bpdiag.4", sup(k), sup(l))
						}
						P := mat.NewDense(ref.Delta[k].Len(), fwd.H[m].Len(), nil)
						P.Outer(1, ref.Delta[k], fwd.H[m])
						others = append(others, quantity{name, P})
					}
				}
				if d := diagnose(gg.dW[l-1], num.dW[l-1], 1e-6, others, 0); d != "" {
					return lang.F("check.bpdiag.5", sup(l), l, d)
				}
				return ""
			}
			if compare(gg.db[l-1], num.db[l-1], 1e-6) != "" {
				if d := diagnose(gg.db[l-1], num.db[l-1], 1e-6, nil, 0); d != "" {
					return lang.F("check.bpdiag.6", sup(l), l, d)
				}
				return ""
			}
		}
		return ""
	}
}
