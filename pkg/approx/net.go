package approx

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Net is the approximant of Cybenko's theorem, one hidden layer of N units
// and a linear output:
//
//	F(x) = Σᵢ₌₁ᴺ vᵢ φ(wᵢᵀx + bᵢ) + c
//
// Row i of W is wᵢᵀ (W is N×m for an input x of m values: m = 1 on [0, 1],
// m = 2 on the unit square). The output bias c is not in the theorem; it is
// kept because it costs nothing and saves a unit: with the sigmoid, a unit
// with wᵢ = 0 and bᵢ = 0 adds the constant vᵢσ(0) = vᵢ/2, so any F with c
// can be rewritten without it using one more unit. Set C = 0 for the
// theorem's exact form.
type Net struct {
	W   *mat.Dense        // N×m, row i is wᵢᵀ
	B   []float64         // bᵢ, N values
	V   []float64         // vᵢ, N values
	C   float64           // output bias c (0 in the theorem's form)
	Phi neuron.Activation // φ, the hidden units' non-linearity
}

// New returns F(x) = Σᵢ vᵢ φ(wᵢᵀx + bᵢ) + c with row i of W as wᵢᵀ.
// W, b and v are copied.
func New(W *mat.Dense, b, v []float64, c float64, phi neuron.Activation) (*Net, error) {
	if W == nil {
		return nil, errors.New("approx: W is nil")
	}
	if n, m := W.Dims(); n == 0 || m == 0 {
		return nil, fmt.Errorf("approx: W is empty (%d×%d)", n, m)
	} else if n > MaxUnits {
		return nil, fmt.Errorf("approx: W has N = %d units, more than the %d allowed (approx.MaxUnits)", n, MaxUnits)
	} else if m > MaxUnits {
		return nil, fmt.Errorf("approx: W has %d inputs, more than the %d allowed", m, MaxUnits)
	}
	F := &Net{W: mat.DenseCopyOf(W), B: append([]float64(nil), b...), V: append([]float64(nil), v...), C: c, Phi: phi}
	if err := F.Validate(); err != nil {
		return nil, err
	}
	return F, nil
}

// New1D returns F(x) = Σᵢ vᵢ φ(wᵢx + bᵢ) + c for a 1-D input x.
func New1D(w, b, v []float64, c float64, phi neuron.Activation) (*Net, error) {
	if len(w) == 0 {
		return nil, errors.New("approx: no hidden unit: w is empty")
	}
	return New(mat.NewDense(len(w), 1, append([]float64(nil), w...)), b, v, c, phi)
}

// Validate checks that W, b and v have one row or value per unit, that φ
// is set and that every number is finite.
func (F *Net) Validate() error {
	if F == nil || F.W == nil {
		return errors.New("approx: F has no weights W")
	}
	n, m := F.W.Dims()
	if n == 0 || m == 0 {
		return fmt.Errorf("approx: W is empty (%d×%d)", n, m)
	}
	if len(F.B) != n {
		return fmt.Errorf("approx: W is %d×%d (N = %d units) but b has %d values", n, m, n, len(F.B))
	}
	if len(F.V) != n {
		return fmt.Errorf("approx: W is %d×%d (N = %d units) but v has %d values", n, m, n, len(F.V))
	}
	if err := F.Phi.Valid(); err != nil {
		return fmt.Errorf("approx: φ: %w", err)
	}
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			if !finite(F.W.At(i, j)) {
				return fmt.Errorf("approx: unit %d: weight %d of w%s is %v: not finite", i+1, j+1, sub(i+1), F.W.At(i, j))
			}
		}
		if !finite(F.B[i]) || !finite(F.V[i]) {
			return fmt.Errorf("approx: unit %d: b%s = %v, v%s = %v: not finite", i+1, sub(i+1), F.B[i], sub(i+1), F.V[i])
		}
	}
	if !finite(F.C) {
		return fmt.Errorf("approx: output bias c = %v is not finite", F.C)
	}
	return nil
}

// Units returns N, the number of hidden units (the output bias c is not a unit).
// It is 0 for a Net without W.
func (F *Net) Units() int {
	if F == nil || F.W == nil {
		return 0
	}
	n, _ := F.W.Dims()
	return n
}

// Inputs returns m, the size of the input x (0 for a Net without W).
func (F *Net) Inputs() int {
	if F == nil || F.W == nil {
		return 0
	}
	_, m := F.W.Dims()
	return m
}

// Eval returns F(x). x must have Inputs() values.
func (F *Net) Eval(x []float64) (float64, error) {
	if F == nil || F.W == nil {
		return 0, errors.New("approx: F has no weights W")
	}
	n, m := F.W.Dims()
	if len(x) != m {
		return 0, fmt.Errorf("approx: W is %d×%d (inputs of size %d) but x has %d values", n, m, m, len(x))
	}
	if len(F.B) != n || len(F.V) != n || F.Phi.G == nil {
		return 0, F.Validate()
	}
	for j, xj := range x {
		if !finite(xj) {
			return 0, fmt.Errorf("approx: input x%s = %v is not finite", sub(j+1), xj)
		}
	}
	y := F.eval(x)
	if !finite(y) {
		return 0, fmt.Errorf("approx: F(%v) = %v: a weight or φ overflowed", x, y)
	}
	return y, nil
}

// Eval1 returns F(x) for a 1-D F.
func (F *Net) Eval1(x float64) (float64, error) { return F.Eval([]float64{x}) }

// Eval2 returns F(x₁, x₂) for a 2-D F.
func (F *Net) Eval2(x1, x2 float64) (float64, error) { return F.Eval([]float64{x1, x2}) }

// Sample1 returns F at each x of xs, for a 1-D F (e.g. to plot it).
func (F *Net) Sample1(xs []float64) ([]float64, error) {
	if err := F.Validate(); err != nil {
		return nil, err
	}
	ys := make([]float64, len(xs))
	for k, x := range xs {
		y, err := F.Eval1(x)
		if err != nil {
			return nil, err
		}
		ys[k] = y
	}
	return ys, nil
}

// eval computes Σᵢ vᵢ φ(wᵢᵀx + bᵢ) + c without checks.
func (F *Net) eval(x []float64) float64 {
	n, m := F.W.Dims()
	raw := F.W.RawMatrix()
	s := F.C
	for i := 0; i < n; i++ {
		a := F.B[i]
		row := raw.Data[i*raw.Stride : i*raw.Stride+m]
		for j, wij := range row {
			a += wij * x[j]
		}
		s += F.V[i] * F.Phi.G(a)
	}
	return s
}

// Part returns the units i, i+1, …, j−1 of F (counted from 0) as a Net of
// their own, without the output bias c: Part(i, i+1) is the single term
// vᵢφ(wᵢᵀx + bᵢ), and for a sum of bumps Part(2k, 2k+2) is bump k.
func (F *Net) Part(i, j int) (*Net, error) {
	if err := F.Validate(); err != nil {
		return nil, err
	}
	n, m := F.W.Dims()
	if i < 0 || j > n || i >= j {
		return nil, fmt.Errorf("approx: units %d…%d: F has units 0…%d", i, j-1, n-1)
	}
	W := mat.DenseCopyOf(F.W.Slice(i, j, 0, m))
	return &Net{W: W, B: append([]float64(nil), F.B[i:j]...), V: append([]float64(nil), F.V[i:j]...), Phi: F.Phi}, nil
}

// Network returns F as an mlp.Network with one hidden layer and a linear
// output, so the rest of the kit can step through it or train it:
//
//	W¹ = W (N×m), b¹ = b, g = φ;   W² = vᵀ (1×N), b² = c, g = identity.
func (F *Net) Network() (*mlp.Network, error) {
	if err := F.Validate(); err != nil {
		return nil, err
	}
	n, _ := F.W.Dims()
	W2 := mat.NewDense(1, n, append([]float64(nil), F.V...))
	return mlp.NewFromWeights(
		[]*mat.Dense{F.W, W2},
		[][]float64{F.B, {F.C}},
		[]neuron.Activation{F.Phi, neuron.Identity},
	)
}

// FromNetwork reads F back from a network with one hidden layer, one linear
// output (g = identity) and any number of inputs: the inverse of Network.
func FromNetwork(net *mlp.Network) (*Net, error) {
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if len(net.Layers) != 2 {
		return nil, fmt.Errorf("approx: F has one hidden layer, the network has %d layers (sizes %v)", len(net.Layers), net.Sizes())
	}
	hid, out := net.Layers[0], net.Layers[1]
	if out.Out() != 1 {
		return nil, fmt.Errorf("approx: F has one output, the network's output layer has %d", out.Out())
	}
	if out.G.Name != neuron.Identity.Name {
		return nil, fmt.Errorf("approx: F has a linear output, the network's output g is %s", out.G.Name)
	}
	v := mat.Row(nil, 0, out.W)
	b := make([]float64, hid.Out())
	for i := range b {
		b[i] = hid.B.AtVec(i)
	}
	return New(hid.W, b, v, out.B.AtVec(0), hid.G)
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

var subscripts = []rune("₀₁₂₃₄₅₆₇₈₉")

// sub returns n in subscript digits: sub(12) = "₁₂".
func sub(n int) string {
	s := fmt.Sprint(n)
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r >= '0' && r <= '9' {
			out = append(out, subscripts[r-'0'])
		} else {
			out = append(out, r)
		}
	}
	return string(out)
}
