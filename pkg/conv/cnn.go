package conv

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Stage is one convolution, its non-linearity g, and an optional
// max-pooling: the block LeNet and AlexNet repeat.
type Stage struct {
	Conv *Conv
	G    neuron.Activation
	Pool *MaxPool // nil: no pooling
}

// Out returns the volume the stage outputs.
func (s *Stage) Out() Shape {
	if s.Pool != nil {
		return s.Pool.Out()
	}
	return s.Conv.Out()
}

// Net is a small convolutional network: stages of convolution, g and
// pooling, then a dense network (pkg/mlp) on the flattened last volume,
// trained with softmax and cross-entropy. The dense part is trained by
// pkg/backprop's delta rule; the convolutions by the same rule written for
// shared weights (Conv.Backward).
type Net struct {
	Stages []*Stage
	Head   *mlp.Network
}

// NewNet builds a network on inputs of shape in: for each entry of filters a
// stage of that many k×k filters (stride 1, no padding), g, and a 2×2
// max-pooling; then a dense layer to `classes` outputs with softmax. The
// weights are drawn with He's initialisation from the seed.
func NewNet(in Shape, filters []int, k int, g neuron.Activation, classes int, seed uint64) (*Net, error) {
	if len(filters) == 0 {
		return nil, errors.New("conv: a network needs at least one convolution")
	}
	if err := g.Valid(); err != nil {
		return nil, fmt.Errorf("conv: %w", err)
	}
	if classes < 2 {
		return nil, fmt.Errorf("conv: a classifier needs at least 2 classes, got %d", classes)
	}
	net := &Net{}
	v := in
	for i, f := range filters {
		c, err := NewConv(v, f, k, 1, 0)
		if err != nil {
			return nil, fmt.Errorf("conv: stage %d: %w", i+1, err)
		}
		c.Init(seed + uint64(i))
		p, err := NewMaxPool(c.Out(), 2, 2)
		if err != nil {
			return nil, fmt.Errorf("conv: stage %d: %w", i+1, err)
		}
		net.Stages = append(net.Stages, &Stage{Conv: c, G: g, Pool: p})
		v = p.Out()
	}
	head, err := mlp.New([]int{v.Size(), classes}, g, neuron.Identity)
	if err != nil {
		return nil, err
	}
	if err := head.Initialize(mlp.He, 1, seed+uint64(len(filters))); err != nil {
		return nil, err
	}
	net.Head = head
	return net, nil
}

// Trace is the forward pass of a batch through a Net: for stage s, A[s] is
// the convolution's activity aˢ, H[s] = g(aˢ), and Pooled[s] the pooling's
// result (whose H is the next stage's input).
type Trace struct {
	X      *mat.Dense
	A, H   []*mat.Dense
	Pooled []*Pooled
	Head   *mlp.BatchTrace
	cols   []*mat.Dense // the im2col matrix X̂ of each stage's input, for the delta rule
}

// input returns what stage s reads: the batch for s = 0, else the previous
// stage's output.
func (t *Trace) input(s int) *mat.Dense {
	if s == 0 {
		return t.X
	}
	if t.Pooled[s-1] != nil {
		return t.Pooled[s-1].H
	}
	return t.H[s-1]
}

// Forward propagates a batch (rows of X are images as volumes). The batch
// is checked once, here; the stages then run unchecked.
func (net *Net) Forward(X *mat.Dense) (*Trace, error) {
	if err := net.Validate(); err != nil {
		return nil, err
	}
	n, err := checkBatch(X, net.Stages[0].Conv.In, "the input of the network")
	if err != nil {
		return nil, err
	}
	return net.forward(X, n, nil)
}

// forward is Forward on a batch already checked, its matrices from s.
func (net *Net) forward(X *mat.Dense, n int, s *scratch) (*Trace, error) {
	S := len(net.Stages)
	t := &Trace{X: X, A: make([]*mat.Dense, S), H: make([]*mat.Dense, S), Pooled: make([]*Pooled, S), cols: make([]*mat.Dense, S)}
	for i, st := range net.Stages {
		a, cols := st.Conv.forward(t.input(i), n, s) // aˢ = Wˢ ∗ hˢ⁻¹ + bˢ
		if err := finiteActivity(a, fmt.Sprintf("stage %d", i+1)); err != nil {
			return nil, err
		}
		h := s.matrix(n, st.Conv.Out().Size())
		apply(h, a, st.G.G) // hˢ = g(aˢ)
		t.A[i], t.H[i], t.cols[i] = a, h, cols
		if st.Pool != nil {
			t.Pooled[i] = st.Pool.forward(h, n, s)
		}
	}
	var err error
	if t.Head, err = net.Head.ForwardBatch(t.input(S)); err != nil {
		return nil, err
	}
	return t, nil
}

// windows returns the im2col matrix of stage s's input: the forward pass's
// (a Trace of Forward keeps it), or made again from the input.
func (net *Net) windows(t *Trace, s, n int, sc *scratch) *mat.Dense {
	if s < len(t.cols) && t.cols[s] != nil {
		return t.cols[s]
	}
	return net.Stages[s].Conv.windows(t.input(s), 0, n, sc)
}

// Validate checks that the stages fit together and the head fits the last
// volume.
func (net *Net) Validate() error {
	if net == nil || len(net.Stages) == 0 || net.Head == nil {
		return errors.New("conv: the network is nil or has no stages")
	}
	for s, st := range net.Stages {
		if st == nil || st.Conv == nil {
			return fmt.Errorf("conv: stage %d has no convolution", s+1)
		}
		if err := st.Conv.Validate(); err != nil {
			return fmt.Errorf("conv: stage %d: %w", s+1, err)
		}
		if err := st.G.Valid(); err != nil {
			return fmt.Errorf("conv: stage %d: %w", s+1, err)
		}
		if st.Pool != nil {
			if err := st.Pool.Validate(); err != nil {
				return fmt.Errorf("conv: stage %d: %w", s+1, err)
			}
			if st.Pool.In != st.Conv.Out() {
				return fmt.Errorf("conv: stage %d: the pooling reads %v but the convolution writes %v", s+1, st.Pool.In, st.Conv.Out())
			}
		}
		if s > 0 && net.Stages[s-1].Out() != st.Conv.In {
			return fmt.Errorf("conv: stage %d reads %v but stage %d writes %v", s+1, st.Conv.In, s, net.Stages[s-1].Out())
		}
	}
	if err := net.Head.Validate(); err != nil {
		return err
	}
	if last := net.Stages[len(net.Stages)-1].Out(); net.Head.Layers[0].In() != last.Size() {
		return fmt.Errorf("conv: the dense head takes %d inputs but the last stage writes %v = %d values", net.Head.Layers[0].In(), last, last.Size())
	}
	return nil
}

// apply sets dst = f(src) element by element (same shapes), the rows in
// parts on their own goroutines.
func apply(dst, src *mat.Dense, f func(float64) float64) {
	d, s := dst.RawMatrix(), src.RawMatrix()
	inParts(s.Rows, func(_, from, to int) {
		for i := from; i < to; i++ {
			drow, srow := d.Data[i*d.Stride:][:s.Cols], s.Data[i*s.Stride:][:s.Cols]
			for j, v := range srow {
				drow[j] = f(v)
			}
		}
	})
}

// mulDeriv sets d = d ⊙ g′(a) element by element (same shapes), the rows in
// parts on their own goroutines.
func mulDeriv(d, a *mat.Dense, g neuron.Activation) {
	dm, am := d.RawMatrix(), a.RawMatrix()
	inParts(am.Rows, func(_, from, to int) {
		for i := from; i < to; i++ {
			drow, arow := dm.Data[i*dm.Stride:][:am.Cols], am.Data[i*am.Stride:][:am.Cols]
			for j, v := range arow {
				drow[j] *= g.Deriv(v)
			}
		}
	})
}

// Gradient holds ∂C̄/∂(every parameter) of a Net for a batch: one Grad per
// stage and the head's ∂C̄/∂Wˡ, ∂C̄/∂bˡ as pkg/backprop gives them.
type Gradient struct {
	Stages []*Grad
	Head   *backprop.BatchTrace
}

// Backward is the delta rule through the whole network for the batch of
// trace t with one-hot targets Y: pkg/backprop gives the head's gradients
// and its δ¹; then, stage by stage going down,
//
//	∂C/∂hˢ = (Δ¹ of the head) W¹      (for the last stage; else from Conv.Backward)
//	∂C/∂hˢ before pooling: routed to the inputs that won (MaxPool.Backward)
//	δˢ = ∂C/∂hˢ ⊙ g′(aˢ)
//	∂C/∂Wˢ, ∂C/∂bˢ, ∂C/∂hˢ⁻¹ = Conv.Backward(hˢ⁻¹, δˢ)
//
// The gradients are those of the mean loss over the batch, as in
// backprop.BackwardBatch.
func (net *Net) Backward(t *Trace, Y *mat.Dense) (*Gradient, error) {
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if err := net.fits(t); err != nil {
		return nil, err
	}
	return net.backward(t, Y, nil)
}

// backward is Backward on a trace of forward, its matrices from s.
func (net *Net) backward(t *Trace, Y *mat.Dense, sc *scratch) (*Gradient, error) {
	head, err := backprop.BackwardBatch(net.Head, t.Head, Y, mlp.SoftmaxCrossEntropy)
	if err != nil {
		return nil, err
	}
	n, _ := t.X.Dims()
	S := len(net.Stages)
	g := &Gradient{Stages: make([]*Grad, S), Head: head}
	var dH mat.Dense
	dH.Mul(head.Delta[1], net.Head.Layers[0].W) // ∂C/∂h at the head's input: Δ¹ W¹
	d := &dH
	for s := S - 1; s >= 0; s-- {
		st := net.Stages[s]
		if st.Pool != nil {
			d = st.Pool.backward(t.Pooled[s], d, n, sc) // to the inputs that won the max
		}
		mulDeriv(d, t.A[s], st.G) // δˢ = ∂C/∂hˢ ⊙ g′(aˢ)
		g.Stages[s], d = st.Conv.backward(t.input(s), net.windows(t, s, n, sc), d, n, s > 0, sc)
	}
	return g, nil
}

// fits checks that t is a whole forward trace of this network.
func (net *Net) fits(t *Trace) error {
	S := len(net.Stages)
	if t == nil || t.Head == nil || t.X == nil || len(t.A) != S || len(t.H) != S || len(t.Pooled) != S {
		return errors.New("conv: the forward trace is missing or incomplete (use the trace Forward returned)")
	}
	n, _ := t.X.Dims()
	for s, st := range net.Stages {
		out := st.Conv.Out().Size()
		if t.A[s] == nil || t.H[s] == nil {
			return fmt.Errorf("conv: the trace has no activity for stage %d", s+1)
		}
		if r, c := t.A[s].Dims(); r != n || c != out {
			return fmt.Errorf("conv: the trace's stage %d is %d×%d but this network's is %d×%d: a trace of another network?", s+1, r, c, n, out)
		}
		if (st.Pool == nil) != (t.Pooled[s] == nil) || (st.Pool != nil && (t.Pooled[s].H == nil || len(t.Pooled[s].From) != n)) {
			return fmt.Errorf("conv: the trace's pooling of stage %d does not match the network", s+1)
		}
	}
	return nil
}

// Step moves every parameter against its gradient: w ← w − η ∂C̄/∂w. A
// step that leaves a parameter infinite or NaN is refused (η too large: the
// training diverges) and the network is left as it was.
func (net *Net) Step(g *Gradient, eta float64) error {
	if err := net.Validate(); err != nil {
		return err
	}
	if !(eta > 0) || math.IsInf(eta, 0) {
		return lang.Errorf("conv.eta", eta)
	}
	if err := net.gradientFits(g); err != nil {
		return err
	}
	if err := g.finite(net); err != nil {
		return err
	}
	before := net.params()
	net.step(g, eta)
	for k, p := range net.paramSlices() {
		if i, v, bad := guard.FirstNonFinite(p); bad {
			net.setParams(before)
			return lang.Errorf("conv.step.diverges", eta, net.paramName(k, ""), v, i)
		}
	}
	return nil
}

// finite reports the first value of g that is not finite (g must have
// passed gradientFits), read in place.
func (g *Gradient) finite(net *Net) error {
	bad := func(k, i int, v float64) error {
		return fmt.Errorf("conv: the gradient %s is %v at index %d: not finite (nothing changed)", net.paramName(k, "∂C/∂"), v, i)
	}
	for s, gs := range g.Stages {
		if r, c, v, found := guard.FirstNonFiniteMat(gs.W); found {
			_, cols := gs.W.Dims()
			return bad(2*s, r*cols+c, v)
		}
		if i, v, found := guard.FirstNonFinite(gs.B); found {
			return bad(2*s+1, i, v)
		}
	}
	k := 2 * len(g.Stages)
	for l := 1; l < len(g.Head.GradW); l++ {
		if r, c, v, found := guard.FirstNonFiniteMat(g.Head.GradW[l]); found {
			_, cols := g.Head.GradW[l].Dims()
			return bad(k+2*(l-1), r*cols+c, v)
		}
		if i, _, v, found := guard.FirstNonFiniteMat(g.Head.GradB[l]); found {
			return bad(k+2*(l-1)+1, i, v)
		}
	}
	return nil
}

// paramName names the k-th slice of params: "stage 2's W", "the head's b¹".
func (net *Net) paramName(k int, prefix string) string {
	what := [2]string{"W", "b"}[k%2]
	if s := k / 2; s < len(net.Stages) {
		return fmt.Sprintf("%s%s of stage %d", prefix, what, s+1)
	}
	return fmt.Sprintf("%s%s of the head's layer %d", prefix, what, k/2-len(net.Stages)+1)
}

// gradientFits checks that g has this network's shapes.
func (net *Net) gradientFits(g *Gradient) error {
	if g == nil || g.Head == nil || len(g.Stages) != len(net.Stages) || len(g.Head.GradW) != len(net.Head.Layers)+1 || len(g.Head.GradB) != len(net.Head.Layers)+1 {
		return errors.New("conv: the gradient is missing or not this network's (use the one Backward returned)")
	}
	for s, st := range net.Stages {
		gs := g.Stages[s]
		if gs == nil || gs.W == nil || len(gs.B) != len(st.Conv.B) {
			return fmt.Errorf("conv: the gradient of stage %d is missing or not this network's", s+1)
		}
		if r, c := gs.W.Dims(); r != len(st.Conv.B) || c != st.Conv.In.C*st.Conv.K*st.Conv.K {
			return fmt.Errorf("conv: ∂C/∂W of stage %d is %d×%d, the filters are %d×%d", s+1, r, c, len(st.Conv.B), st.Conv.In.C*st.Conv.K*st.Conv.K)
		}
	}
	for l, layer := range net.Head.Layers {
		gw, gb := g.Head.GradW[l+1], g.Head.GradB[l+1]
		if gw == nil || gb == nil {
			return fmt.Errorf("conv: the head's gradient of layer %d is missing", l+1)
		}
		r, c := layer.W.Dims()
		if gr, gc := gw.Dims(); gr != r || gc != c || gb.Len() != layer.B.Len() {
			return fmt.Errorf("conv: the head's ∂C/∂W of layer %d is %d×%d, its W is %d×%d", l+1, gr, gc, r, c)
		}
	}
	return nil
}

// paramSlices returns every parameter slice of the network itself, in
// order: each stage's W and b, then each head layer's W and b (writeNet's
// order, the checksum's).
func (net *Net) paramSlices() [][]float64 {
	var ps [][]float64
	for _, st := range net.Stages {
		ps = append(ps, st.Conv.W.RawMatrix().Data, st.Conv.B)
	}
	for _, l := range net.Head.Layers {
		ps = append(ps, l.W.RawMatrix().Data, l.B.RawVector().Data)
	}
	return ps
}

// params returns a copy of every parameter slice, in paramSlices' order.
func (net *Net) params() [][]float64 {
	ps := net.paramSlices()
	for k, p := range ps {
		ps[k] = append([]float64(nil), p...)
	}
	return ps
}

// setParams writes back what params returned.
func (net *Net) setParams(ps [][]float64) {
	for k, p := range net.paramSlices() {
		copy(p, ps[k])
	}
}

// step is Step on a gradient already checked.
func (net *Net) step(g *Gradient, eta float64) {
	for s, st := range net.Stages {
		st.Conv.W.Sub(st.Conv.W, scaled(eta, g.Stages[s].W))
		for f := range st.Conv.B {
			st.Conv.B[f] -= eta * g.Stages[s].B[f]
		}
	}
	for l, layer := range net.Head.Layers {
		layer.W.Sub(layer.W, scaled(eta, g.Head.GradW[l+1]))
		layer.B.AddScaledVec(layer.B, -eta, g.Head.GradB[l+1])
	}
}

func scaled(eta float64, m *mat.Dense) *mat.Dense {
	var s mat.Dense
	s.Scale(eta, m)
	return &s
}

// Epoch trains one pass over (X, Y) in minibatches of the given size, in an
// order shuffled from the seed, and returns the mean training loss.
func (net *Net) Epoch(X, Y *mat.Dense, batch int, eta float64, seed uint64, progress func(done, total int)) (float64, error) {
	if err := net.Validate(); err != nil {
		return 0, err
	}
	n, _, err := guard.Matrix(X, "the training inputs X")
	if err != nil {
		return 0, fmt.Errorf("conv: %w", err)
	}
	m, _, err := guard.Matrix(Y, "the training targets Y")
	if err != nil {
		return 0, fmt.Errorf("conv: %w", err)
	}
	if m != n {
		return 0, fmt.Errorf("conv: %d inputs but %d targets", n, m)
	}
	if batch <= 0 || !(eta > 0) || math.IsInf(eta, 0) {
		return 0, lang.Errorf("conv.batch.eta", batch, eta)
	}
	order := rand.New(rand.NewPCG(seed, 0x636e6e)).Perm(n)
	_, d := X.Dims()
	_, k := Y.Dims()
	if _, err := checkBatch(X, net.Stages[0].Conv.In, "the training inputs X"); err != nil {
		return 0, err
	}
	var s scratch // the matrices of a step, reused by the next
	total := 0.0
	for start := 0; start < n; start += batch {
		end := min(start+batch, n)
		s.reset()
		xb, yb := s.matrix(end-start, d), s.matrix(end-start, k)
		for i, e := range order[start:end] {
			xb.SetRow(i, X.RawRowView(e))
			yb.SetRow(i, Y.RawRowView(e))
		}
		t, err := net.forward(xb, end-start, &s)
		if err != nil {
			return 0, err
		}
		g, err := net.backward(t, yb, &s)
		if err != nil {
			return 0, err
		}
		if err := net.Step(g, eta); err != nil {
			return 0, lang.Errorf("conv.minibatch", start+1, err)
		}
		if !guard.Finite(g.Head.C) {
			return 0, lang.Errorf("conv.minibatch.diverges", start+1, g.Head.C)
		}
		total += g.Head.C * float64(end-start)
		if progress != nil {
			progress(end, n)
		}
	}
	return total / float64(n), nil
}

// Accuracy returns the fraction of rows of X whose argmax output is the
// label's (labels are class numbers), computed in batches of 500.
func (net *Net) Accuracy(X *mat.Dense, labels []int) (float64, error) {
	if err := net.Validate(); err != nil {
		return 0, err
	}
	n, err := checkBatch(X, net.Stages[0].Conv.In, "the inputs X")
	if err != nil {
		return 0, err
	}
	_, d := X.Dims()
	if n != len(labels) {
		return 0, fmt.Errorf("conv: %d inputs but %d labels", n, len(labels))
	}
	classes := net.Head.Layers[len(net.Head.Layers)-1].Out()
	for i, c := range labels {
		if c < 0 || c >= classes {
			return 0, fmt.Errorf("conv: label %d is %d, want a class in 0…%d", i, c, classes-1)
		}
	}
	var s scratch
	right := 0
	for start := 0; start < n; start += 500 {
		end := min(start+500, n)
		s.reset()
		t, err := net.forward(X.Slice(start, end, 0, d).(*mat.Dense), end-start, &s)
		if err != nil {
			return 0, err
		}
		O := t.Head.Output()
		for i := start; i < end; i++ {
			if mlp.Argmax(O.RawRowView(i-start)) == labels[i] {
				right++
			}
		}
	}
	return float64(right) / float64(n), nil
}
