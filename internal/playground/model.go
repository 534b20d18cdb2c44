package playground

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/step"
)

// Model is the playground's state: the data, the network being trained and
// the learning curves so far.
type Model struct {
	Config      Config
	Net         *mlp.Network
	Loss        mlp.Loss
	Train, Test *data.Set
	// Epoch is the number of epochs trained. TrainCost[e] and TestCost[e]
	// are C(w) = F(w) + λ‖w‖² on each set after epoch e (e = 0: before
	// training).
	Epoch               int
	TrainCost, TestCost []float64
	// Box is the part of the plane shown: x₁ from Box[0] to Box[1], x₂ from
	// Box[2] to Box[3] (the training points with a margin).
	Box [4]float64
	// Diverged is set when training stopped because the cost blew up.
	Diverged error

	grid     *mlp.BatchTrace // the last Render's forward pass over the grid
	gridSide int
}

// New builds the data sets and the initialised network of c.
func New(c Config) (*Model, error) {
	m := &Model{Config: c}
	var err error
	if m.Train, err = makeSet(c, c.Seed); err != nil {
		return nil, err
	}
	if m.Test, err = makeSet(c, c.Seed+1); err != nil {
		return nil, err
	}
	g, err := neuron.ByName(c.Activation)
	if err != nil {
		return nil, err
	}
	output := neuron.Identity // the softmax is the output non-linearity
	m.Loss = mlp.SoftmaxCrossEntropy
	if c.Loss == "squared" {
		output, m.Loss = neuron.Sigmoid, mlp.SquaredError
	}
	sizes := append([]int{2}, c.Hidden...)
	sizes = append(sizes, m.Train.Classes)
	if m.Net, err = mlp.New(sizes, g, output); err != nil {
		return nil, err
	}
	init, err := mlp.InitByName(c.Init)
	if err != nil {
		return nil, err
	}
	if err := m.Net.Initialize(init, 1, c.Seed); err != nil {
		return nil, err
	}
	if c.Batch < 1 || c.Batch > m.Train.Len() {
		return nil, fmt.Errorf("the batch size must be from 1 to %d, got %d", m.Train.Len(), c.Batch)
	}
	m.Box = box(m.Train.X)
	tr, te, err := m.costs()
	if err != nil {
		return nil, err
	}
	m.TrainCost, m.TestCost = []float64{tr}, []float64{te}
	return m, nil
}

// makeSet draws c.Points points of c's toy set from seed.
func makeSet(c Config, seed uint64) (*data.Set, error) {
	switch c.Data {
	case "circles":
		return data.Circles(c.Points, 0.5, c.Noise, seed)
	case "xor":
		return data.XOR(c.Points, c.Noise, seed)
	case "moons":
		return data.Moons(c.Points, c.Noise, seed)
	case "gaussians":
		return data.TwoGaussians(c.Points, [2]float64{-1, -1}, [2]float64{1, 1}, 0.5+c.Noise, seed)
	case "spirals":
		return data.Spirals(c.Points, 2, 1, c.Noise, seed)
	}
	return nil, fmt.Errorf("unknown data set %q", c.Data)
}

// box is the square around the points of X with a 15% margin.
func box(X *mat.Dense) [4]float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	r, _ := X.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < 2; j++ {
			lo, hi = math.Min(lo, X.At(i, j)), math.Max(hi, X.At(i, j))
		}
	}
	m := 0.15 * (hi - lo)
	return [4]float64{lo - m, hi + m, lo - m, hi + m}
}

func (m *Model) costs() (train, test float64, err error) {
	a, err := gd.Evaluate(m.Net, m.Train.X, m.Train.Y, m.Loss, m.Config.L2)
	if err != nil {
		return 0, 0, err
	}
	b, err := gd.Evaluate(m.Net, m.Test.X, m.Test.Y, m.Loss, m.Config.L2)
	if err != nil {
		return 0, 0, err
	}
	return a.Total, b.Total, nil
}

// EpochSeed is the seed of epoch e's shuffle: the weights after e epochs
// depend on the configuration and e only, not on how the epochs were
// grouped into frames of the animation.
func EpochSeed(seed uint64, e int) uint64 { return seed ^ (uint64(e) * 0x9e3779b97f4a7c15) }

// Step trains one epoch of minibatch gradient descent with gd.Train (the
// batches drawn from EpochSeed) and appends both costs to the curves. After
// a divergence it does nothing and returns the same error.
func (m *Model) Step() error {
	if m.Diverged != nil {
		return m.Diverged
	}
	cfg := gd.Config{Method: gd.Minibatch, Eta: m.Config.Eta, Lambda: m.Config.L2, BatchSize: m.Config.Batch,
		Epochs: 1, Seed: EpochSeed(m.Config.Seed, m.Epoch+1), Loss: m.Loss}
	h, err := gd.Train(m.Net, m.Train.X, m.Train.Y, cfg)
	if err != nil {
		var d *gd.DivergedError
		if errors.As(err, &d) {
			m.Diverged = err
		}
		return err
	}
	m.Epoch++
	tr := h.Final().Total // C(w) on the training set after the epoch, measured by gd.Train
	te, err := gd.Evaluate(m.Net, m.Test.X, m.Test.Y, m.Loss, m.Config.L2)
	if err != nil {
		m.Diverged = err
		return err
	}
	m.TrainCost, m.TestCost = append(m.TrainCost, tr), append(m.TestCost, te.Total)
	return nil
}

// Point returns the plane's point at (u, v) ∈ [0, 1]² of the box, u from
// left to right, v from top to bottom, as a picture is drawn.
func (m *Model) Point(u, v float64) (x1, x2 float64) {
	return m.Box[0] + u*(m.Box[1]-m.Box[0]), m.Box[3] - v*(m.Box[3]-m.Box[2])
}

// Render runs the network forward over a side×side grid of the box (row 0
// at the top), once, for Regions and Unit to read.
func (m *Model) Render(side int) error {
	if side < 2 || side > 400 {
		return fmt.Errorf("grid side %d: want 2…400", side)
	}
	X := mat.NewDense(side*side, 2, nil)
	for r := 0; r < side; r++ {
		for c := 0; c < side; c++ {
			x1, x2 := m.Point((float64(c)+0.5)/float64(side), (float64(r)+0.5)/float64(side))
			X.Set(r*side+c, 0, x1)
			X.Set(r*side+c, 1, x2)
		}
	}
	t, err := m.Net.ForwardBatch(X)
	if err != nil {
		return err
	}
	m.grid, m.gridSide = t, side
	return nil
}

// Classes are the colours of the classes (Okabe and Ito's colour-blind-safe
// palette: blue, orange, green, purple), as CSS and as RGB.
var Classes = [][3]uint8{{0, 114, 178}, {230, 159, 0}, {0, 158, 115}, {204, 121, 167}}

// Regions returns the decision regions of the last Render as RGBA pixels,
// row by row: the colour of the predicted class, paler where the network is
// less sure (the softmax's largest probability, or the largest sigmoid
// output, near 1/K or below).
func (m *Model) Regions() []byte {
	if m.grid == nil {
		return nil
	}
	O := m.grid.Output()
	n, k := O.Dims()
	px := make([]byte, 4*n)
	o := make([]float64, k)
	for i := 0; i < n; i++ {
		mat.Row(o, i, O)
		p := o
		if m.Loss == mlp.SoftmaxCrossEntropy {
			p = mlp.Softmax(o)
		}
		best := mlp.Argmax(p)
		sure := (p[best] - 1/float64(k)) / (1 - 1/float64(k))
		sure = math.Max(0, math.Min(1, sure))
		paint(px[4*i:], Classes[best%len(Classes)], 0.15+0.55*sure)
	}
	return px
}

// Units lists the layers and widths whose maps Unit draws: the hidden
// layers l = 1…L−1.
func (m *Model) Units() []int {
	s := m.Net.Sizes()
	return s[1 : len(s)-1]
}

// Unit returns the output hᵢˡ of hidden neuron i of layer l over the last
// Render's grid as RGBA pixels: blue where it is high, orange where it is
// low, white in the middle of g's range (0 for tanh, ½ for sigmoid and
// Gaussian; ReLU's range is 0 to the map's largest value).
func (m *Model) Unit(l, i int) ([]byte, error) {
	if m.grid == nil {
		return nil, errors.New("no grid: call Render first")
	}
	if l < 1 || l >= len(m.grid.H)-1 {
		return nil, fmt.Errorf("layer %d is not a hidden layer (1…%d)", l, len(m.grid.H)-2)
	}
	H := m.grid.H[l]
	n, w := H.Dims()
	if i < 0 || i >= w {
		return nil, fmt.Errorf("layer %d has no neuron %d (0…%d)", l, i, w-1)
	}
	lo, hi := -1.0, 1.0
	switch m.Config.Activation {
	case "sigmoid", "gaussian":
		lo, hi = 0, 1
	case "relu":
		lo, hi = 0, 1e-12
		for r := 0; r < n; r++ {
			hi = math.Max(hi, H.At(r, i))
		}
	}
	mid := (lo + hi) / 2
	px := make([]byte, 4*n)
	for r := 0; r < n; r++ {
		t := (H.At(r, i) - mid) / (hi - mid) // −1…1
		t = math.Max(-1, math.Min(1, t))
		if t >= 0 {
			paint(px[4*r:], Classes[0], t)
		} else {
			paint(px[4*r:], Classes[1], -t)
		}
	}
	return px, nil
}

// paint writes the colour c mixed with white (a = 0: white, 1: c).
func paint(px []byte, c [3]uint8, a float64) {
	for j := 0; j < 3; j++ {
		px[j] = uint8(math.Round(255 + a*(float64(c[j])-255)))
	}
	px[3] = 255
}

// Inspection is what the page shows for one point x of the plane: the
// forward and backward step-throughs of the current network on (x, y), the
// exact δˡ, and the gradient check on that one example.
type Inspection struct {
	X       []float64   `json:"x"`
	Class   int         `json:"class"`   // the target's class; y is its one-hot vector
	Y       []float64   `json:"y"`       // the target
	Forward string      `json:"forward"` // step.Forward's widget (HTML)
	Back    string      `json:"backward"`
	Deltas  [][]float64 `json:"deltas"` // Deltas[l-1] = δˡ, l = 1…L, as backprop computes them
	Check   string      `json:"check"`  // backprop.Check's result on the one example
	CheckOK bool        `json:"checkOK"`
}

// Inspect walks the current network's forward and backward passes on the
// point x with target class `class` (its one-hot vector), equation by
// equation, and runs the gradient check on it. id prefixes the widgets'
// element ids.
func (m *Model) Inspect(x []float64, class int, id string) (*Inspection, error) {
	k := m.Train.Classes
	if class < 0 || class >= k {
		return nil, fmt.Errorf("class %d: want 0…%d", class, k-1)
	}
	y := make([]float64, k)
	y[class] = 1
	fw, err := step.Forward(m.Net, x)
	if err != nil {
		return nil, err
	}
	bw, err := step.Backprop(m.Net, x, y, m.Loss)
	if err != nil {
		return nil, err
	}
	tr, err := backprop.Gradient(m.Net, x, y, m.Loss)
	if err != nil {
		return nil, err
	}
	in := &Inspection{X: x, Class: class, Y: y, Forward: fw.HTMLWithID(id + "-fwd"), Back: bw.HTMLWithID(id + "-bwd")}
	for l := 1; l < len(tr.Delta); l++ {
		in.Deltas = append(in.Deltas, append([]float64(nil), tr.Delta[l].RawVector().Data...))
	}
	r, err := backprop.Check(m.Net, mat.NewDense(1, 2, x), mat.NewDense(1, k, y), m.Loss, 1e-3)
	if err != nil {
		return nil, err
	}
	in.Check, in.CheckOK = r.String(), checkAgrees(r)
	return in, nil
}

// checkAgrees reports whether the gradient check passes: every parameter's
// two gradients agree to 1e-6 relative, or to 1e-12 absolute. A trained
// network's gradients on one point can be as small as 1e-8, where the
// central differences' rounding noise (about 1e-13 here) is already a
// relative error of a few 1e-6: the page would show a failed check for
// gradients that agree to thirteen decimals.
func checkAgrees(r backprop.CheckResult) bool {
	return r.MaxRelErr < 1e-6 || r.MaxAbsErr < 1e-12
}

// Nearest returns the class of the training point nearest to x (the
// default target of a clicked point).
func (m *Model) Nearest(x []float64) int {
	best, d := 0, math.Inf(1)
	for i := 0; i < m.Train.Len(); i++ {
		dx, dy := m.Train.X.At(i, 0)-x[0], m.Train.X.At(i, 1)-x[1]
		if e := dx*dx + dy*dy; e < d {
			best, d = m.Train.Labels[i], e
		}
	}
	return best
}
