package backprop

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// BatchTrace records the backward pass for a batch of N examples, rows
// being examples as in mlp.BatchTrace. Its gradients are those of the MEAN
// loss C̄ = (1/N) Σᵢ Cᵢ, indexed by the layer l = 1…L (index 0 unused).
type BatchTrace struct {
	Delta []*mat.Dense    // Delta[l] = Δˡ, N×nˡ: row i is δˡ of example i divided by N
	GradW []*mat.Dense    // GradW[l] = ∂C̄/∂Wˡ = (Δˡ)ᵀ Hˡ⁻¹, nˡ×nˡ⁻¹ like Wˡ
	GradB []*mat.VecDense // GradB[l] = ∂C̄/∂bˡ, the column sums of Δˡ
	DCDO  *mat.Dense      // N×nᴸ: row i is ∂Cᵢ/∂oᵢ of example i (not divided by N)
	C     float64         // the mean loss C̄ = (1/N) Σᵢ Cᵢ
}

// NewBatchTrace returns a BatchTrace with room for a batch of n examples
// through net, to be filled (again and again) by BackwardBatchInto.
func NewBatchTrace(net *mlp.Network, n int) (*BatchTrace, error) {
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if n <= 0 {
		return nil, fmt.Errorf("backprop: a batch needs at least one example, got n = %d", n)
	}
	width := 0 // the columns of DCDO and of every Δˡ
	for _, layer := range net.Layers {
		width += layer.Out()
	}
	width += net.Layers[len(net.Layers)-1].Out()
	if _, ok := mul(n, width, mlp.MaxBatchValues); !ok {
		return nil, fmt.Errorf("backprop: a batch of n = %d examples through %s needs %d×%d values of Δˡ, more than the %d allowed (mlp.MaxBatchValues): use smaller batches", n, net, n, width, mlp.MaxBatchValues)
	}
	L := len(net.Layers)
	bt := &BatchTrace{
		Delta: make([]*mat.Dense, L+1),
		GradW: make([]*mat.Dense, L+1),
		GradB: make([]*mat.VecDense, L+1),
		DCDO:  mat.NewDense(n, net.Layers[L-1].Out(), nil),
	}
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		bt.Delta[l] = mat.NewDense(n, layer.Out(), nil)
		bt.GradW[l] = mat.NewDense(layer.Out(), layer.In(), nil)
		bt.GradB[l] = mat.NewVecDense(layer.Out(), nil)
	}
	return bt, nil
}

// BackwardBatch is the delta rule for a batch whose rows are examples, from
// the forward trace bt of mlp.ForwardBatch and the targets Y (N×nᴸ). It
// returns the gradient of the mean loss (1/N) Σᵢ Cᵢ, which is the mean of
// the gradients Backward gives for each example:
//
//	Δᴸ = (1/N) ∂C/∂O ⊙ g′(Aᴸ)        ((P − Y)/N with softmax + cross-entropy)
//	Δˡ = Δˡ⁺¹ Wˡ⁺¹ ⊙ g′(Aˡ)          for l = L−1 … 1
//	∂C̄/∂Wˡ = (Δˡ)ᵀ Hˡ⁻¹              the sum over examples of δˡ (hˡ⁻¹)ᵀ, over N
//	∂C̄/∂bˡ = Σᵢ Δᵢˡ                  the sum of Δˡ's rows
//
// Row i of Δˡ is the δˡ of example i divided by N: the batch formulas are
// the single-example ones with the examples stacked as rows, so that
// (Wˡ⁺¹)ᵀ δˡ⁺¹ becomes Δˡ⁺¹ Wˡ⁺¹. The lines are BatchDeltaRule's.
func BackwardBatch(net *mlp.Network, bt *mlp.BatchTrace, Y *mat.Dense, loss mlp.Loss) (*BatchTrace, error) {
	if err := checkBatchTrace(net, bt); err != nil {
		return nil, err
	}
	n, _ := bt.H[0].Dims()
	dst, err := NewBatchTrace(net, n)
	if err != nil {
		return nil, err
	}
	if err := BackwardBatchInto(dst, net, bt, Y, loss); err != nil {
		return nil, err
	}
	return dst, nil
}

// BackwardBatchInto is BackwardBatch writing into dst, made by
// NewBatchTrace(net, N), so that a training loop can reuse its matrices.
// It checks its arguments, computes the mean loss and ∂Cᵢ/∂oᵢ for every
// example with the loss, runs BatchDeltaRule with gonum's GEMM, and checks
// that the results are finite.
func BackwardBatchInto(dst *BatchTrace, net *mlp.Network, bt *mlp.BatchTrace, Y *mat.Dense, loss mlp.Loss) error {
	if err := checkBatchTrace(net, bt); err != nil {
		return err
	}
	if err := checkTargets(net, bt, Y, loss); err != nil {
		return err
	}
	if err := checkDst(dst, net, bt); err != nil {
		return err
	}
	L := len(net.Layers)
	n, _ := bt.H[0].Dims()

	// The mean loss and ∂Cᵢ/∂oᵢ for every example i (row i).
	c, err := loss.Mean(bt.H[L], Y)
	if err != nil {
		return fmt.Errorf("backprop: %w", err)
	}
	dst.C = c
	_, k := Y.Dims()
	o, y := make([]float64, k), make([]float64, k)
	for i := 0; i < n; i++ {
		mat.Row(o, i, bt.H[L])
		mat.Row(y, i, Y)
		g, err := loss.Grad(o, y)
		if err != nil {
			return fmt.Errorf("backprop: example %d: %w", i, err)
		}
		dst.DCDO.SetRow(i, g)
	}

	BatchDeltaRule(Gemm64, passOf(net, bt, dst), 1, 0)
	return finiteBatch(L, dst)
}

// passOf returns the Pass of the batch: views of net's weights, of the
// forward trace ft and of dst, so that BatchDeltaRule writes into dst.
func passOf(net *mlp.Network, ft *mlp.BatchTrace, dst *BatchTrace) *Pass[float64] {
	L := len(net.Layers)
	p := &Pass[float64]{
		W: make([]Matrix[float64], L+1), GPrime: make([]func(d, a []float64), L+1),
		H: make([]Matrix[float64], L+1), A: make([]Matrix[float64], L+1), DCDO: View(dst.DCDO),
		Delta: make([]Matrix[float64], L+1), GW: make([]Matrix[float64], L+1), GB: make([][]float64, L+1),
	}
	p.H[0] = View(ft.H[0])
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		p.W[l], p.GPrime[l] = View(layer.W), GPrime(layer.G.Deriv)
		p.H[l], p.A[l] = View(ft.H[l]), View(ft.A[l])
		p.Delta[l], p.GW[l], p.GB[l] = View(dst.Delta[l]), View(dst.GradW[l]), dst.GradB[l].RawVector().Data
	}
	return p
}

// finiteBatch checks that every number the delta rule wrote is finite, in
// the order it wrote them, and names the first one that is not.
func finiteBatch(L int, dst *BatchTrace) error {
	if err := finiteRows(L, "∂C/∂o"+notation.Sup(L), dst.DCDO); err != nil {
		return err
	}
	for l := L; l >= 1; l-- {
		if err := finiteRows(l, notation.Sym("Δ", l), dst.Delta[l]); err != nil {
			return err
		}
	}
	for l := 1; l <= L; l++ {
		if err := finiteMat(l, "∂C/∂"+notation.Sym("W", l), dst.GradW[l]); err != nil {
			return err
		}
		if err := finiteVec(l, "∂C/∂"+notation.Sym("b", l), dst.GradB[l]); err != nil {
			return err
		}
	}
	return nil
}

// MeanGradient runs the forward and backward passes on the batch X (rows are
// examples) with targets Y and returns ∂C̄/∂Wˡ and ∂C̄/∂bˡ for l = 1…L
// (index 0 unused) and the mean loss C̄. Its signature is that of
// gd.Gradient.
func MeanGradient(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
	if X == nil || Y == nil {
		return nil, nil, 0, fmt.Errorf("backprop: the batch X or the targets Y are nil")
	}
	ft, err := net.ForwardBatch(X)
	if err != nil {
		return nil, nil, 0, err
	}
	bt, err := BackwardBatch(net, ft, Y, loss)
	if err != nil {
		return nil, nil, 0, err
	}
	return bt.GradW, bt.GradB, bt.C, nil
}

// checkBatchTrace checks that the forward batch trace belongs to net.
func checkBatchTrace(net *mlp.Network, bt *mlp.BatchTrace) error {
	if err := net.Validate(); err != nil {
		return err
	}
	L := len(net.Layers)
	if bt == nil {
		return lang.Errorf("backprop.batchtrace.nil")
	}
	if len(bt.H) != L+1 || len(bt.A) != L+1 {
		return fmt.Errorf("backprop: the forward batch trace has %d outputs H and %d activities A but the network has %d layers: want %d of each (H⁰ = X, A⁰ unused)", len(bt.H), len(bt.A), L, L+1)
	}
	if bt.H[0] == nil {
		return fmt.Errorf("backprop: the forward batch trace has no input H⁰ = X")
	}
	n, d := bt.H[0].Dims()
	if n == 0 {
		return fmt.Errorf("backprop: the batch is empty")
	}
	if n0 := net.Layers[0].In(); d != n0 {
		r, c := net.Layers[0].W.Dims()
		return fmt.Errorf("backprop: layer 1: W¹ is %s but the trace's H⁰ = X is %s", notation.Shape(r, c), notation.Shape(n, d))
	}
	for l := 1; l <= L; l++ {
		r, c := net.Layers[l-1].W.Dims()
		for _, q := range []struct {
			name string
			m    *mat.Dense
		}{{"A", bt.A[l]}, {"H", bt.H[l]}} {
			if q.m == nil {
				return fmt.Errorf("backprop: layer %d: the forward batch trace has no %s", l, notation.Sym(q.name, l))
			}
			if mr, mc := q.m.Dims(); mr != n || mc != r {
				return fmt.Errorf("backprop: layer %d: W%s is %s and the batch has %d examples, so %s should be %s, but the trace's is %s", l, notation.Sup(l), notation.Shape(r, c), n, notation.Sym(q.name, l), notation.Shape(n, r), notation.Shape(mr, mc))
			}
		}
	}
	return nil
}

// checkTargets checks Y against the outputs Hᴸ and the loss.
func checkTargets(net *mlp.Network, bt *mlp.BatchTrace, Y *mat.Dense, loss mlp.Loss) error {
	if err := checkLoss(net, loss); err != nil {
		return err
	}
	L := len(net.Layers)
	if Y == nil {
		return fmt.Errorf("backprop: the targets Y are nil")
	}
	n, k := bt.H[L].Dims()
	ny, ky := Y.Dims()
	if ny != n || ky != k {
		return lang.Errorf("backprop.targets.shape", L, notation.Sup(L), notation.Shape(n, k), notation.Shape(ny, ky))
	}
	for i := 0; i < ny; i++ {
		for j := 0; j < ky; j++ {
			if v := Y.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return lang.Errorf("backprop.targets.nonfinite", v, i, j)
			}
		}
		if err := checkSumsToOne(loss, mat.Row(nil, i, Y), lang.F("backprop.what.row", i)); err != nil {
			return err
		}
	}
	return nil
}

// checkDst checks that dst was made by NewBatchTrace for this network and
// batch size.
func checkDst(dst *BatchTrace, net *mlp.Network, bt *mlp.BatchTrace) error {
	if dst == nil {
		return fmt.Errorf("backprop: the destination BatchTrace is nil: make it with NewBatchTrace")
	}
	L := len(net.Layers)
	n, _ := bt.H[0].Dims()
	if len(dst.Delta) != L+1 || len(dst.GradW) != L+1 || len(dst.GradB) != L+1 || dst.DCDO == nil {
		return fmt.Errorf("backprop: the destination BatchTrace is not made for a %d-layer network: make it with NewBatchTrace", L)
	}
	if r, c := dst.DCDO.Dims(); r != n || c != net.Layers[L-1].Out() {
		return fmt.Errorf("backprop: the destination BatchTrace holds ∂C/∂O as %s but the batch needs %s: make it with NewBatchTrace(net, %d)", notation.Shape(r, c), notation.Shape(n, net.Layers[L-1].Out()), n)
	}
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		if dst.Delta[l] == nil || dst.GradW[l] == nil || dst.GradB[l] == nil {
			return fmt.Errorf("backprop: layer %d: the destination BatchTrace has no room for Δ%s: make it with NewBatchTrace", l, notation.Sup(l))
		}
		if r, c := dst.Delta[l].Dims(); r != n || c != layer.Out() {
			return fmt.Errorf("backprop: layer %d: the destination's Δ%s is %s but the batch needs %s", l, notation.Sup(l), notation.Shape(r, c), notation.Shape(n, layer.Out()))
		}
		if r, c := dst.GradW[l].Dims(); r != layer.Out() || c != layer.In() {
			return fmt.Errorf("backprop: layer %d: the destination's ∂C/∂W%s is %s but W%s is %s", l, notation.Sup(l), notation.Shape(r, c), notation.Sup(l), notation.Shape(layer.Out(), layer.In()))
		}
		if dst.GradB[l].Len() != layer.Out() || dst.GradB[l].RawVector().Inc != 1 {
			return fmt.Errorf("backprop: layer %d: the destination's ∂C/∂b%s has %d values but b%s has %d", l, notation.Sup(l), dst.GradB[l].Len(), notation.Sup(l), layer.Out())
		}
	}
	return nil
}

func finiteRows(l int, name string, m *mat.Dense) error {
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if x := m.At(i, j); math.IsNaN(x) || math.IsInf(x, 0) {
				return lang.Errorf("backprop.nonfinite.rows", l, name, i, x, j)
			}
		}
	}
	return nil
}

// mul returns a·b and whether it is at most limit, without overflow (a, b > 0).
func mul(a, b, limit int) (int, bool) {
	if a > limit/b {
		return 0, false
	}
	return a * b, true
}
