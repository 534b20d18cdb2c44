// Package exercises runs every exercise's grader (pkg/check) on one set of
// answers: the students' stubs in lessons/NN-slug/exercises (Stubs) or the
// teachers' reference solutions in solutions/NN-slug (Solutions).
//
//	make exercises             # grade lessons/*/exercises: one line per exercise
//	make exercises-solutions   # grade solutions/*: every exercise must pass
//
// For the details of one exercise (every case, got, want, hint):
//
//	go run ./tests/exercises/grade -v -only Softmax
//	go test -tags exercises ./tests/exercises -run 'TestExercises/Softmax' -v
package exercises

import (
	"math/rand"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// Answers holds one implementation of every exercise, named as in the
// lessons' exercise packages. A nil field is graded as "nil function".
type Answers struct {
	// 00-deep-learning-today
	DenseParams func(sizes []int) int
	// 01-single-neuron
	Sigmoid, SigmoidDeriv, Tanh, TanhDeriv, Gaussian, GaussianDeriv, ReLU, ReLUDeriv func(a float64) float64
	NeuronOutput                                                                     func(w []float64, w0 float64, x []float64, g func(float64) float64) float64
	Side                                                                             func(w []float64, w0 float64, x []float64) int
	// 02-forward-propagation
	Layer   func(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64
	Forward func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64
	// 03-regression-classification
	Softmax      func(o []float64) []float64
	CrossEntropy func(P, Y *mat.Dense) float64
	MSE          func(O, Y *mat.Dense) float64
	OneHot       func(labels []int, k int) *mat.Dense
	Argmax       func(P *mat.Dense) []int
	// 04-learning-as-optimisation
	GDStep    func(w, dF []float64, eta, lambda float64) []float64
	L2Minimum func(H *mat.Dense, wStar []float64, lambda float64) []float64
	// 05-learning-rate
	LearningRateRegime func(eta, h float64) int
	EtaMax             func(H *mat.Dense) float64
	// 06-batch-stochastic-minibatch
	MinibatchEpoch func(w []float64, n, batchSize int, eta float64, rng *rand.Rand, grad func(w []float64, i int) []float64) []float64
	// 07-chain-rule
	ChainLocal           func(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) (dzda, dadx, dzdb, dbdx float64)
	ChainDzDx, ChainDzDy func(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) float64
	// 08-backpropagation
	OutputDelta    func(o, y, a []float64, gPrime func(float64) float64) []float64
	HiddenDelta    func(Wnext *mat.Dense, deltaNext, a []float64, gPrime func(float64) float64) []float64
	WeightGradient func(delta, hPrev []float64) *mat.Dense
	Backward       func(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64)
	HandDeltas     func() (delta2, delta1 []float64)
	SoftmaxCEDelta func(o, y []float64) []float64
	FixBackward    func(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64)
	// 09-tricks
	InitStd      func(n int, m float64) float64
	Standardise  func(X *mat.Dense) *mat.Dense
	MomentumStep func(w, v, dC []float64, eta, mu float64) (wNext, vNext []float64)
	// 10-hidden-neurons
	Regions func(k, d int) int
	// 11-universal-approximation
	UniversalFit func(f func(float64) float64, n int) (v, w, b []float64)
	// 12-deep-models
	UnitAccuracy func(h []float64, labels []int) float64
	// 13-mnist
	Confusion func(labels, pred []int, k int) *mat.Dense
	// 14-convolutional-networks
	Conv2D             func(x, w *mat.Dense, b float64, stride, pad int) *mat.Dense
	ConvWeightGradient func(x, delta *mat.Dense, k, stride, pad int) *mat.Dense
	ConvParams         func(inChannels, filters, k int) int
}

// Sets are the answer sets this build knows, by name: "stubs", and
// "solutions" when solutions.go is part of the build.
var Sets = map[string]Answers{}

// Grade runs every grader on a, in the order of the lessons.
func Grade(a Answers) check.Reports {
	return check.Reports{
		check.DenseParams(a.DenseParams),
		check.Sigmoid(a.Sigmoid),
		check.SigmoidDeriv(a.SigmoidDeriv),
		check.Tanh(a.Tanh),
		check.TanhDeriv(a.TanhDeriv),
		check.Gaussian(a.Gaussian),
		check.GaussianDeriv(a.GaussianDeriv),
		check.ReLU(a.ReLU),
		check.ReLUDeriv(a.ReLUDeriv),
		check.NeuronOutput(a.NeuronOutput),
		check.Side(a.Side),
		check.Layer(a.Layer),
		check.Forward(a.Forward),
		check.Softmax(a.Softmax),
		check.CrossEntropy(a.CrossEntropy),
		check.MSE(a.MSE),
		check.OneHot(a.OneHot),
		check.Argmax(a.Argmax),
		check.GDStep(a.GDStep),
		check.L2Minimum(a.L2Minimum),
		check.LearningRateRegime(a.LearningRateRegime),
		check.EtaMax(a.EtaMax),
		check.MinibatchEpoch(a.MinibatchEpoch),
		check.ChainLocal(a.ChainLocal),
		check.ChainDzDx(a.ChainDzDx),
		check.ChainDzDy(a.ChainDzDy),
		check.OutputDelta(a.OutputDelta),
		check.HiddenDelta(a.HiddenDelta),
		check.WeightGradient(a.WeightGradient),
		check.Backward(a.Backward),
		check.HandDeltas(a.HandDeltas),
		check.SoftmaxCEDelta(a.SoftmaxCEDelta),
		check.FixBackward(a.FixBackward),
		check.InitStd(a.InitStd),
		check.Standardise(a.Standardise),
		check.MomentumStep(a.MomentumStep),
		check.Regions(a.Regions),
		check.UniversalFit(a.UniversalFit),
		check.UnitAccuracy(a.UnitAccuracy),
		check.Confusion(a.Confusion),
		check.Conv2D(a.Conv2D),
		check.ConvWeightGradient(a.ConvWeightGradient),
		check.ConvParams(a.ConvParams),
	}
}
