package mlp

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
)

// Loss is the criterion C compared between the output o = hᴸ and the target y.
type Loss int

const (
	// SquaredError is C = ‖o − y‖² = Σⱼ (oⱼ − yⱼ)² for one example, and the
	// mean squared error (1/N) Σᵢ Σⱼ (yᵢⱼ − oᵢⱼ)² over N examples.
	// Its gradient is ∂C/∂oⱼ = 2(oⱼ − yⱼ).
	SquaredError Loss = iota
	// SoftmaxCrossEntropy turns o into probabilities p = softmax(o) and is
	// C = −Σⱼ yⱼ log pⱼ for one example (averaged over N examples).
	// Its gradient with respect to o is the simple pⱼ − yⱼ.
	SoftmaxCrossEntropy
)

// String names the loss.
func (loss Loss) String() string {
	switch loss {
	case SquaredError:
		return "squared error"
	case SoftmaxCrossEntropy:
		return "softmax + cross-entropy"
	}
	return fmt.Sprintf("Loss(%d)", int(loss))
}

// Label is the loss's name for a reader, in the language lang.Current sets:
// String's name in English ("squared error", "softmax + cross-entropy"),
// the glossary's words in French. Print and draw Label; String stays a name
// LossByName reads back, in every language.
func (loss Loss) Label() string {
	switch loss {
	case SquaredError:
		return lang.T("mlp.loss.squared")
	case SoftmaxCrossEntropy:
		return lang.T("mlp.loss.softmax")
	}
	return loss.String()
}

// LossByName returns the loss called "mse" (or "squared") or "crossentropy"
// (or "ce", "softmax").
func LossByName(name string) (Loss, error) {
	switch name {
	case "mse", "squared", "quadratic", "squared-error", "squared error":
		return SquaredError, nil
	case "crossentropy", "cross-entropy", "ce", "softmax", "softmax + cross-entropy":
		return SoftmaxCrossEntropy, nil
	}
	return 0, lang.Errorf("mlp.loss.unknown", name)
}

func (loss Loss) valid() error {
	if loss != SquaredError && loss != SoftmaxCrossEntropy {
		return fmt.Errorf("mlp: unknown loss %d", int(loss))
	}
	return nil
}

// Value returns C for one example's output o and target y.
func (loss Loss) Value(o, y []float64) (float64, error) {
	if err := loss.checkPair(o, y); err != nil {
		return 0, err
	}
	if loss == SquaredError {
		return squaredError(o, y, nil)
	}
	m := o[Argmax(o)]
	s := 0.0
	for _, v := range o {
		s += math.Exp(v - m)
	}
	return crossEntropy(o, y, m, math.Log(s))
}

// ValueGrad returns C for one example, as Value, and writes ∂C/∂o into grad
// (len(o) values) without allocating: 2(o − y) for the squared error, as
// Grad; for softmax + cross-entropy pⱼ − yⱼ with pⱼ = exp(oⱼ − log Σₖ exp(oₖ))
// (LogSumExp), from the same max and sum as C: Grad's numbers up to
// rounding (Grad divides by the sum instead). It is ValueGradRows for one
// row.
func (loss Loss) ValueGrad(o, y, grad []float64) (float64, error) {
	if len(grad) != len(o) {
		return 0, fmt.Errorf("mlp: %v: the gradient has room for %d values but the output o has %d", loss, len(grad), len(o))
	}
	if len(o) == 0 {
		return 0, errors.New("mlp: the output o is empty")
	}
	return loss.ValueGradRows(o, y, grad, len(o))
}

// ValueGradRows is ValueGrad for n examples at once, a training step's
// batch: o, y and grad hold n rows of k values each, one after the other
// (o = Hᴸ, y = Y and grad = ∂C/∂O, n×k and contiguous). It writes each
// example's ∂C/∂oᵢ into its row of grad and returns Σᵢ C(oᵢ, yᵢ), added in
// row order: the bits of ValueGrad row by row. Softmax + cross-entropy
// computes the exponentials of the whole batch in two runs of vector
// instructions (microkernel.Exp: math.Exp's bits), instead of 2k calls of
// math.Exp per example. An error names the example (the row): the first
// whose o or y is not finite, else the first whose C overflows. It
// allocates nothing.
func (loss Loss) ValueGradRows(o, y, grad []float64, k int) (float64, error) {
	if err := loss.valid(); err != nil {
		return 0, err
	}
	if k < 1 || len(o) == 0 || len(o)%k != 0 {
		return 0, fmt.Errorf("mlp: %v: %d outputs are not rows of k = %d values", loss, len(o), k)
	}
	if len(y) != len(o) || len(grad) != len(o) {
		return 0, fmt.Errorf("mlp: %v: %d outputs o, %d targets y and room for %d gradients: want the same number", loss, len(o), len(y), len(grad))
	}
	n := len(o) / k
	row := func(x []float64, i int) []float64 { return x[i*k : (i+1)*k] }
	_, _, badO := guard.FirstNonFinite(o)
	_, _, badY := guard.FirstNonFinite(y)
	for i := 0; i < n && (badO || badY); i++ { // name the first example that is not finite
		if err := loss.checkPair(row(o, i), row(y, i)); err != nil {
			return 0, ofExample(err, i, n)
		}
	}
	sum := 0.0
	if loss == SquaredError {
		for i := 0; i < n; i++ {
			c, err := squaredError(row(o, i), row(y, i), row(grad, i))
			if err != nil {
				return 0, ofExample(err, i, n)
			}
			sum += c
		}
		return sum, nil
	}
	// Up to rowsPerRun examples at a time, so that their maxima and
	// logarithms fit in arrays on the stack.
	var m, logS [rowsPerRun]float64
	for i0 := 0; i0 < n; i0 += rowsPerRun {
		i1 := min(i0+rowsPerRun, n)
		gs := grad[i0*k : i1*k]
		for i := i0; i < i1; i++ { // oⱼ − m, m = max(o), for every example…
			oi, gi := row(o, i), row(grad, i)
			m[i-i0] = oi[Argmax(oi)]
			for j, v := range oi {
				gi[j] = v - m[i-i0]
			}
		}
		microkernel.Exp(gs, gs) // … exp(oⱼ − m) for all of them at once…
		for i := i0; i < i1; i++ {
			s := 0.0
			for _, e := range row(grad, i) {
				s += e
			}
			logS[i-i0] = s
		}
		microkernel.Log(logS[:i1-i0], logS[:i1-i0]) // … and log Σₖ exp(oₖ − m)
		for i := i0; i < i1; i++ {
			oi, gi := row(o, i), row(grad, i)
			c, err := crossEntropy(oi, row(y, i), m[i-i0], logS[i-i0])
			if err != nil {
				return 0, ofExample(err, i, n)
			}
			sum += c
			lse := m[i-i0] + logS[i-i0] // LogSumExp(oᵢ): the same m and s
			for j, v := range oi {
				gi[j] = v - lse
			}
		}
		microkernel.Exp(gs, gs) // pⱼ = exp(oⱼ − LogSumExp(o))
	}
	for j := range grad {
		grad[j] -= y[j]
	}
	return sum, nil
}

// rowsPerRun is the most examples ValueGradRows computes the exponentials
// and logarithms of in one run of vector instructions.
const rowsPerRun = 64

// squaredError returns C = ‖o − y‖² and, if grad is not nil, writes
// 2(o − y) into it.
func squaredError(o, y, grad []float64) (float64, error) {
	c := 0.0
	for j := range o {
		d := o[j] - y[j]
		c += d * d
	}
	if !guard.Finite(c) {
		return 0, lang.Errorf("mlp.loss.overflow.squared", SquaredError.Label(), c, maxAbs(o))
	}
	for j := range grad {
		grad[j] = 2 * (o[j] - y[j]) // finite: |o − y| ≤ ‖o − y‖
	}
	return c, nil
}

// crossEntropy returns C = −Σⱼ yⱼ log pⱼ, from m = max(o) and
// log s = log Σₖ exp(oₖ − m): log pⱼ = (oⱼ − m) − log s, never log(0), and no
// cancellation between two huge numbers (o − LogSumExp(o) gives 0 instead
// of log 2 for o = (1e16, 1e16)).
func crossEntropy(o, y []float64, m, logS float64) (float64, error) {
	c := 0.0
	for j := range o {
		if y[j] != 0 {
			c -= y[j] * ((o[j] - m) - logS)
		}
	}
	if !guard.Finite(c) {
		return 0, lang.Errorf("mlp.loss.overflow.softmax", SoftmaxCrossEntropy.Label(), c, minOf(o), m)
	}
	return c, nil
}

// checkPair checks the loss, the lengths and the finiteness of o and y.
func (loss Loss) checkPair(o, y []float64) error {
	if err := loss.valid(); err != nil {
		return err
	}
	if len(o) != len(y) {
		return lang.Errorf("mlp.loss.lengths", loss.Label(), len(o), len(y))
	}
	if len(o) == 0 {
		return errors.New("mlp: the output o is empty")
	}
	if j, v, bad := guard.FirstNonFinite(o); bad {
		return lang.Errorf("mlp.loss.nonfinite.o", loss.Label(), j, v)
	}
	if j, v, bad := guard.FirstNonFinite(y); bad {
		return lang.Errorf("mlp.loss.nonfinite.y", loss.Label(), j, v)
	}
	return nil
}

func maxAbs(v []float64) float64 {
	m := 0.0
	for _, x := range v {
		m = math.Max(m, math.Abs(x))
	}
	return m
}

func minOf(v []float64) float64 {
	m := math.Inf(1)
	for _, x := range v {
		m = math.Min(m, x)
	}
	return m
}

// Grad returns ∂C/∂o for one example: 2(o − y) for the squared error,
// softmax(o) − y for softmax + cross-entropy.
func (loss Loss) Grad(o, y []float64) ([]float64, error) {
	if err := loss.checkPair(o, y); err != nil {
		return nil, err
	}
	g := make([]float64, len(o))
	if loss == SquaredError {
		for j := range o {
			g[j] = 2 * (o[j] - y[j])
			if !guard.Finite(g[j]) {
				return nil, fmt.Errorf("mlp: %v: ∂C/∂o%d = 2(o%d − y%d) overflows: o = %g, y = %g", loss, j, j, j, o[j], y[j])
			}
		}
		return g, nil
	}
	p := Softmax(o)
	for j := range o {
		g[j] = p[j] - y[j]
	}
	return g, nil
}

// Mean returns the mean loss (1/N) Σᵢ C(oᵢ, yᵢ) over the rows of O and Y. For
// SquaredError it is the lecture's MSE (1/N) Σᵢ Σⱼ (yᵢⱼ − oᵢⱼ)², for
// SoftmaxCrossEntropy the cross-entropy −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ.
func (loss Loss) Mean(O, Y mat.Matrix) (float64, error) {
	n, k, err := guard.Dims(O, "O")
	if err != nil {
		return 0, fmt.Errorf("mlp: %v: %w", loss, err)
	}
	ny, ky, err := guard.Dims(Y, "Y")
	if err != nil {
		return 0, fmt.Errorf("mlp: %v: %w", loss, err)
	}
	if n != ny || k != ky {
		return 0, lang.Errorf("mlp.loss.shapes", loss.Label(), notation.Shape(n, k), notation.Shape(ny, ky))
	}
	if n == 0 || k == 0 {
		return 0, lang.Errorf("mlp.loss.empty", notation.Shape(n, k))
	}
	o, y := make([]float64, k), make([]float64, k)
	sum := 0.0
	for i := 0; i < n; i++ {
		mat.Row(o, i, O)
		mat.Row(y, i, Y)
		c, err := loss.Value(o, y)
		if err != nil {
			return 0, lang.Errorf("mlp.loss.example.row", i, err)
		}
		sum += c
	}
	return sum / float64(n), nil
}

// MSE returns the mean squared error (1/N) Σᵢ Σⱼ (yᵢⱼ − oᵢⱼ)².
func MSE(O, Y mat.Matrix) (float64, error) { return SquaredError.Mean(O, Y) }

// LogSumExp returns log Σₖ exp(oₖ), computed as m + log Σₖ exp(oₖ − m) with
// m = max(o) so that no exp overflows.
func LogSumExp(o []float64) float64 {
	if len(o) == 0 {
		return math.Inf(-1)
	}
	m := o[Argmax(o)]
	if math.IsInf(m, 0) {
		return m
	}
	s := 0.0
	for _, v := range o {
		s += math.Exp(v - m)
	}
	return m + math.Log(s)
}

// Softmax returns pⱼ = exp(oⱼ) / Σₖ exp(oₖ). It subtracts max(o) first:
// exp(1000) is +Inf, but exp(1000 − 1000) = 1, and the ratio is the same.
// Infinite outputs are limits: the +Inf entries share the probability 1
// (o = (+Inf, +Inf) gives (½, ½)), and o all −Inf gives the uniform 1/k.
// A NaN in o gives NaN everywhere: check o first (Loss.Value does).
func Softmax(o []float64) []float64 {
	p := make([]float64, len(o))
	if len(o) == 0 {
		return p
	}
	m := o[Argmax(o)]
	if math.IsInf(m, 0) {
		n := 0
		for _, v := range o {
			if v == m {
				n++
			}
		}
		for j, v := range o {
			if v == m {
				p[j] = 1 / float64(n)
			} else if math.IsNaN(v) {
				p[j] = math.NaN()
			}
		}
		return p
	}
	sum := 0.0
	for j, v := range o {
		p[j] = math.Exp(v - m)
		sum += p[j]
	}
	for j := range p {
		p[j] /= sum
	}
	return p
}

// SoftmaxRows applies Softmax to each row of O. A nil or empty O gives an
// empty (0×0, nil) result.
func SoftmaxRows(O mat.Matrix) *mat.Dense {
	n, k, err := guard.NonEmpty(O, "O")
	if err != nil {
		return &mat.Dense{}
	}
	P := mat.NewDense(n, k, nil)
	row := make([]float64, k)
	for i := 0; i < n; i++ {
		mat.Row(row, i, O)
		P.SetRow(i, Softmax(row))
	}
	return P
}

// CrossEntropy returns −Σⱼ yⱼ log pⱼ for probabilities p (for example
// p = Softmax(o)). Each pⱼ must be in [0, 1] and every number finite. A zero
// probability where yⱼ > 0 is an error (C would be +Inf): use
// SoftmaxCrossEntropy.Value on the outputs o to avoid it.
func CrossEntropy(p, y []float64) (float64, error) {
	if len(p) != len(y) {
		return 0, fmt.Errorf("mlp: cross-entropy: p has %d values but y has %d", len(p), len(y))
	}
	if len(p) == 0 {
		return 0, errors.New("mlp: cross-entropy: p and y are empty")
	}
	for j := range p {
		if !(p[j] >= 0 && p[j] <= 1) {
			return 0, fmt.Errorf("mlp: cross-entropy: p%d = %v is not a probability (want 0 ≤ pⱼ ≤ 1)", j, p[j])
		}
		if !guard.Finite(y[j]) {
			return 0, fmt.Errorf("mlp: cross-entropy: y%d is %v", j, y[j])
		}
	}
	c := 0.0
	for j := range p {
		if y[j] != 0 {
			c -= y[j] * math.Log(p[j])
		}
	}
	if !guard.Finite(c) {
		return 0, fmt.Errorf("mlp: cross-entropy is %v: a class with yⱼ ≠ 0 has probability pⱼ = 0 (log 0 = −∞); use SoftmaxCrossEntropy.Value on the outputs o", c)
	}
	return c, nil
}

// OneHot returns the N×k matrix whose row i is the one-hot encoding of
// labels[i]: 1 in column labels[i], 0 elsewhere.
func OneHot(labels []int, k int) (*mat.Dense, error) {
	if len(labels) == 0 {
		return nil, lang.Errorf("mlp.onehot.none")
	}
	if k <= 0 {
		return nil, lang.Errorf("mlp.onehot.classes", k)
	}
	if _, ok := guard.Product(len(labels), k, guard.MaxValues); !ok {
		return nil, fmt.Errorf("mlp: one-hot: %d labels × %d classes is more than the %d values a matrix may hold (2 GiB)", len(labels), k, guard.MaxValues)
	}
	Y := mat.NewDense(len(labels), k, nil)
	for i, c := range labels {
		if c < 0 || c >= k {
			return nil, lang.Errorf("mlp.onehot.label", c, i, k-1)
		}
		Y.Set(i, c, 1)
	}
	return Y, nil
}

// Argmax returns the index of the largest value, the decision
// c = argmaxⱼ pⱼ (the first one on ties, −1 for an empty slice).
func Argmax(p []float64) int {
	best := -1
	for j, v := range p {
		if best < 0 || v > p[best] {
			best = j
		}
	}
	return best
}

// ArgmaxRows returns the decision argmaxⱼ of each row of O.
// A nil or empty O gives nil.
func ArgmaxRows(O mat.Matrix) []int {
	n, k, err := guard.NonEmpty(O, "O")
	if err != nil {
		return nil
	}
	c := make([]int, n)
	row := make([]float64, k)
	for i := range c {
		mat.Row(row, i, O)
		c[i] = Argmax(row)
	}
	return c
}

// Accuracy returns the fraction of predictions equal to labels.
func Accuracy(pred, labels []int) (float64, error) {
	if len(pred) != len(labels) || len(pred) == 0 {
		return 0, lang.Errorf("mlp.accuracy.lengths", len(pred), len(labels))
	}
	ok := 0
	for i := range pred {
		if pred[i] == labels[i] {
			ok++
		}
	}
	return float64(ok) / float64(len(pred)), nil
}

// ofExample names example i of a batch of n in err, unless the batch is
// one example (ValueGrad's), whose error needs no number.
func ofExample(err error, i, n int) error {
	if n == 1 {
		return err
	}
	return lang.Errorf("mlp.loss.example", i, n, err)
}
