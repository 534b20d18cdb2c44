package backprop

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// fuzzBytes hands out the fuzzer's bytes as sizes and numbers; once they
// run out it gives zeros.
type fuzzBytes struct{ b []byte }

func (r *fuzzBytes) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// int returns a number in 1…n.
func (r *fuzzBytes) int(n int) int { return 1 + int(r.byte())%n }

// float returns mostly moderate numbers (−4 … 4 in steps of 1/32), and
// sometimes any float64 at all, or an extreme one: 0, −0, ±1e300, NaN, ±Inf,
// the smallest subnormal.
func (r *fuzzBytes) float() float64 {
	switch k := r.byte(); {
	case k < 200:
		return (float64(r.byte()) - 128) / 32
	case k < 240:
		var bits uint64
		for i := 0; i < 8; i++ {
			bits = bits<<8 | uint64(r.byte())
		}
		return math.Float64frombits(bits)
	default:
		special := []float64{0, math.Copysign(0, -1), 1e300, -1e300, math.NaN(), math.Inf(1), math.Inf(-1), 5e-324}
		return special[int(k)%len(special)]
	}
}

// FuzzForwardBackward decodes a network (1–4 layers of 1–5 neurons, any
// non-linearity), a loss (sometimes an unknown one), a batch and targets
// (sometimes of the wrong shape) from the fuzzer's bytes, and runs the
// forward and backward passes, one example at a time and as a batch, and a
// gradient check. Each must return an error or finite numbers; none may
// panic.
func FuzzForwardBackward(f *testing.F) {
	f.Add([]byte{1, 2, 1, 0, 0, 1, 0})
	f.Add([]byte{3, 2, 3, 4, 1, 0, 1, 2, 3, 1, 2, 0, 250, 241, 1, 1, 1, 100, 100, 100})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &fuzzBytes{b: data}
		L := r.int(4)
		sizes := make([]int, L+1)
		for l := range sizes {
			sizes[l] = r.int(5)
		}
		gs := make([]neuron.Activation, L)
		for l := range gs {
			gs[l] = neuron.Activations[int(r.byte())%len(neuron.Activations)]
		}
		loss := mlp.Loss(int(r.byte()) % 3) // 2 is not a loss
		n := r.int(4)
		k := sizes[L]
		if r.byte()%8 == 0 {
			k = r.int(5) // targets of a (probably) wrong size
		}
		ws := make([]*mat.Dense, L)
		bs := make([][]float64, L)
		for l := 1; l <= L; l++ {
			ws[l-1] = mat.NewDense(sizes[l], sizes[l-1], nil)
			ws[l-1].Apply(func(int, int, float64) float64 { return r.float() }, ws[l-1])
			bs[l-1] = make([]float64, sizes[l])
			for i := range bs[l-1] {
				bs[l-1][i] = r.float()
			}
		}
		X := mat.NewDense(n, sizes[0], nil)
		X.Apply(func(int, int, float64) float64 { return r.float() }, X)
		Y := mat.NewDense(n, k, nil)
		Y.Apply(func(int, int, float64) float64 { return r.float() }, Y)

		net, err := mlp.NewFromWeights(ws, bs, gs)
		if err != nil {
			return
		}
		// One example at a time: forward, then backward.
		for i := 0; i < n; i++ {
			x, y := mat.Row(nil, i, X), mat.Row(nil, i, Y)
			ft, err := net.Forward(x)
			if err != nil {
				continue
			}
			for l := range ft.H {
				mustBeFinite(t, "h", ft.H[l])
			}
			bt, err := Backward(net, ft, y, loss)
			if err != nil {
				continue
			}
			if !finite(bt.C) {
				t.Fatalf("C = %v without an error", bt.C)
			}
			mustBeFinite(t, "∂C/∂o", mat.NewVecDense(len(bt.DCDO), bt.DCDO))
			for l := 1; l <= L; l++ {
				mustBeFinite(t, "δ", bt.Delta[l])
				mustBeFinite(t, "∂C/∂W", bt.GradW[l])
				mustBeFinite(t, "∂C/∂b", bt.GradB[l])
			}
		}
		// The batch.
		gW, gB, c, err := MeanGradient(net, X, Y, loss)
		if err == nil {
			if !finite(c) {
				t.Fatalf("C̄ = %v without an error", c)
			}
			for l := 1; l <= L; l++ {
				mustBeFinite(t, "∂C̄/∂W", gW[l])
				mustBeFinite(t, "∂C̄/∂b", gB[l])
			}
		}
		// The gradient check, on small networks only (it is slow).
		if net.NumParams() <= 40 {
			res, err := Check(net, X, Y, loss, 1e-3)
			if err == nil && (!finite(res.MaxRelErr) || !finite(res.MaxAbsErr) || !finite(res.Analytic) || !finite(res.Numeric)) {
				t.Fatalf("gradient check without an error but not finite: %+v", res)
			}
		}
	})
}

func mustBeFinite(t *testing.T, name string, m mat.Matrix) {
	t.Helper()
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if v := m.At(i, j); !finite(v) {
				t.Fatalf("%s[%d,%d] = %v without an error", name, i, j, v)
			}
		}
	}
}
