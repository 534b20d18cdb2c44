package must

// The wrappers, one per result type of the kit's calls that cells make.

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/approx"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/step"
	"github.com/stepnet/stepnet/pkg/train"
)

// Float returns a number: n.Output(x), a loss, an accuracy, F.Eval1(x); a non-nil err stops the cell.
func Float(a float64, err error) float64 {
	Fail(err)
	return a
}

// Float2 returns two numbers: line.SlopeIntercept(), a trainer's Evaluate (cost, accuracy); a non-nil err stops the cell.
func Float2(a float64, b float64, err error) (float64, float64) {
	Fail(err)
	return a, b
}

// Floats returns a vector: a loss gradient ∂C/∂o, approx.Grid(n), F.Sample1(xs); a non-nil err stops the cell.
func Floats(a []float64, err error) []float64 {
	Fail(err)
	return a
}

// Batches returns the example indices of each minibatch: gd.Partition; a non-nil err stops the cell.
func Batches(a [][]int, err error) [][]int {
	Fail(err)
	return a
}

// Dense returns a matrix: net.Predict(X), mlp.OneHot(labels, k), gd.FromRows(rows); a non-nil err stops the cell.
func Dense(a *mat.Dense, err error) *mat.Dense {
	Fail(err)
	return a
}

// Line returns a neuron's boundary line wᵀx + w₀ = 0: n.Boundary(); a non-nil err stops the cell.
func Line(a neuron.Line, err error) neuron.Line {
	Fail(err)
	return a
}

// Net returns a network: mlp.New, mlp.NewFromWeights, F.Network(); a non-nil err stops the cell.
func Net(a *mlp.Network, err error) *mlp.Network {
	Fail(err)
	return a
}

// Trace returns a forward pass hˡ, aˡ of one example: net.Forward(x); a non-nil err stops the cell.
func Trace(a *mlp.Trace, err error) *mlp.Trace {
	Fail(err)
	return a
}

// BatchTrace returns a forward pass of a batch: net.ForwardBatch(X); a non-nil err stops the cell.
func BatchTrace(a *mlp.BatchTrace, err error) *mlp.BatchTrace {
	Fail(err)
	return a
}

// BackpropTrace returns a backward pass δˡ, ∂C/∂Wˡ: backprop.Gradient, backprop.Backward; a non-nil err stops the cell.
func BackpropTrace(a *backprop.Trace, err error) *backprop.Trace {
	Fail(err)
	return a
}

// CheckResult returns a gradient check: backprop.Check; a non-nil err stops the cell.
func CheckResult(a backprop.CheckResult, err error) backprop.CheckResult {
	Fail(err)
	return a
}

// Graph returns the chain-rule graph: backprop.ChainRule; a non-nil err stops the cell.
func Graph(a *backprop.Graph, err error) *backprop.Graph {
	Fail(err)
	return a
}

// GraphNode returns a node of the chain-rule graph: gr.Node(name); a non-nil err stops the cell.
func GraphNode(a backprop.GraphNode, err error) backprop.GraphNode {
	Fail(err)
	return a
}

// Paths returns the paths of the chain-rule graph: gr.Paths(from); a non-nil err stops the cell.
func Paths(a []backprop.Path, err error) []backprop.Path {
	Fail(err)
	return a
}

// Gradient returns ∂C/∂Wˡ, ∂C/∂bˡ and the cost: gd.BackpropGradient; a non-nil err stops the cell.
func Gradient(a []*mat.Dense, b []*mat.VecDense, c float64, err error) ([]*mat.Dense, []*mat.VecDense, float64) {
	Fail(err)
	return a, b, c
}

// History returns a training run's costs per epoch: gd.Train; a non-nil err stops the cell.
func History(a *gd.History, err error) *gd.History {
	Fail(err)
	return a
}

// Cost returns a cost with its data and L2 terms: gd.Evaluate; a non-nil err stops the cell.
func Cost(a gd.Cost, err error) gd.Cost {
	Fail(err)
	return a
}

// LinearNetwork returns LeCun's linear network: gd.LeCunExample, gd.NewLinearNetwork; a non-nil err stops the cell.
func LinearNetwork(a *gd.LinearNetwork, err error) *gd.LinearNetwork {
	Fail(err)
	return a
}

// Quadratic returns a quadratic cost: gd.NewQuadratic, gd.Quadratic1D; a non-nil err stops the cell.
func Quadratic(a *gd.Quadratic, err error) *gd.Quadratic {
	Fail(err)
	return a
}

// Trajectory returns a run of gradient descent on a quadratic or linear problem: q.Run, p.Run; a non-nil err stops the cell.
func Trajectory(a *gd.Trajectory, err error) *gd.Trajectory {
	Fail(err)
	return a
}

// Set returns a data set: data.Moons, data.TwoGaussians, data.Spirals, …; a non-nil err stops the cell.
func Set(a *data.Set, err error) *data.Set {
	Fail(err)
	return a
}

// MNIST returns the training and test digits: data.LoadMNIST, data.LoadMNISTFirst; a non-nil err stops the cell.
func MNIST(a *data.MNIST, b *data.MNIST, err error) (*data.MNIST, *data.MNIST) {
	Fail(err)
	return a, b
}

// Fit returns a universal-approximation fit: approx.Fit1D, approx.Fit2D; a non-nil err stops the cell.
func Fit(a *approx.Fit, err error) *approx.Fit {
	Fail(err)
	return a
}

// Fits returns fits for several N: approx.FitSeries, approx.FitSeries2D; a non-nil err stops the cell.
func Fits(a []*approx.Fit, err error) []*approx.Fit {
	Fail(err)
	return a
}

// ApproxNet returns a one-hidden-layer approximator F: approx.Step, approx.Bump, approx.Bumps, approx.New1D; a non-nil err stops the cell.
func ApproxNet(a *approx.Net, err error) *approx.Net {
	Fail(err)
	return a
}

// Construction returns the constructive bumps: approx.Constructive; a non-nil err stops the cell.
func Construction(a *approx.Construction, err error) *approx.Construction {
	Fail(err)
	return a
}

// Measure returns how far F is from f: approx.Measure1D, approx.Measure2D; a non-nil err stops the cell.
func Measure(a approx.Measure, err error) approx.Measure {
	Fail(err)
	return a
}

// Walk returns a step-through: step.Forward, step.Demo, step.Descent; a non-nil err stops the cell.
func Walk(a *step.Walk, err error) *step.Walk {
	Fail(err)
	return a
}

// Example returns a network with its example x and target y: step.DemoNetwork; a non-nil err stops the cell.
func Example(a *mlp.Network, b []float64, c []float64, err error) (*mlp.Network, []float64, []float64) {
	Fail(err)
	return a, b, c
}

// Trainer returns a fast minibatch trainer: train.New; a non-nil err stops the cell.
func Trainer(a *train.Trainer, err error) *train.Trainer {
	Fail(err)
	return a
}

// Epoch returns one epoch of a trainer: t.Epoch(nil); a non-nil err stops the cell.
func Epoch(a train.EpochResult, err error) train.EpochResult {
	Fail(err)
	return a
}

// Model returns a trained MNIST model (cached on disk): train.MNIST; a non-nil err stops the cell.
func Model(a *train.Model, err error) *train.Model {
	Fail(err)
	return a
}

// Scaling returns an input normalisation: data.FitScaling(X); a non-nil err stops the cell.
func Scaling(a data.Scaling, err error) data.Scaling {
	Fail(err)
	return a
}

// Strings returns a list of strings: net.Codes(X, l, θ); a non-nil err stops the cell.
func Strings(a []string, err error) []string {
	Fail(err)
	return a
}

// Int64 returns a count: mlp.MaxRegions(k, d); a non-nil err stops the cell.
func Int64(a int64, err error) int64 {
	Fail(err)
	return a
}

// CodeTable returns the examples of each class per code: mlp.CodeTable(codes, labels, k); a non-nil err stops the cell.
func CodeTable(a []mlp.CodeCount, err error) []mlp.CodeCount {
	Fail(err)
	return a
}

// UnitAccuracies returns what every unit of every hidden layer alone gets right: mlp.UnitAccuracies(net, X, labels); a non-nil err stops the cell.
func UnitAccuracies(a [][]float64, err error) [][]float64 {
	Fail(err)
	return a
}
