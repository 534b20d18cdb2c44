package exercises

// This file binds the teachers' reference solutions. A copy of the kit for
// students can drop the solutions/ folder together with this file (and with
// selfcheck_test.go); everything else still builds.

import (
	s00 "github.com/stepnet/stepnet/solutions/00-deep-learning-today"
	s01 "github.com/stepnet/stepnet/solutions/01-single-neuron"
	s02 "github.com/stepnet/stepnet/solutions/02-forward-propagation"
	s03 "github.com/stepnet/stepnet/solutions/03-regression-classification"
	s04 "github.com/stepnet/stepnet/solutions/04-learning-as-optimisation"
	s05 "github.com/stepnet/stepnet/solutions/05-learning-rate"
	s06 "github.com/stepnet/stepnet/solutions/06-batch-stochastic-minibatch"
	s07 "github.com/stepnet/stepnet/solutions/07-chain-rule"
	s08 "github.com/stepnet/stepnet/solutions/08-backpropagation"
	s09 "github.com/stepnet/stepnet/solutions/09-tricks"
	s10 "github.com/stepnet/stepnet/solutions/10-hidden-neurons"
	s11 "github.com/stepnet/stepnet/solutions/11-universal-approximation"
	s12 "github.com/stepnet/stepnet/solutions/12-deep-models"
	s13 "github.com/stepnet/stepnet/solutions/13-mnist"
	s14 "github.com/stepnet/stepnet/solutions/14-convolutional-networks"
)

// Solutions are the reference solutions in solutions/NN-slug.
var Solutions = Answers{
	DenseParams: s00.DenseParams,

	Sigmoid: s01.Sigmoid, SigmoidDeriv: s01.SigmoidDeriv,
	Tanh: s01.Tanh, TanhDeriv: s01.TanhDeriv,
	Gaussian: s01.Gaussian, GaussianDeriv: s01.GaussianDeriv,
	ReLU: s01.ReLU, ReLUDeriv: s01.ReLUDeriv,
	NeuronOutput: s01.NeuronOutput, Side: s01.Side,

	Layer: s02.Layer, Forward: s02.Forward,

	Softmax: s03.Softmax, CrossEntropy: s03.CrossEntropy, MSE: s03.MSE,
	OneHot: s03.OneHot, Argmax: s03.Argmax,

	GDStep: s04.GDStep, L2Minimum: s04.L2Minimum,
	LearningRateRegime: s05.LearningRateRegime, EtaMax: s05.EtaMax,
	MinibatchEpoch: s06.MinibatchEpoch,

	ChainLocal: s07.ChainLocal, ChainDzDx: s07.ChainDzDx, ChainDzDy: s07.ChainDzDy,

	OutputDelta: s08.OutputDelta, HiddenDelta: s08.HiddenDelta,
	WeightGradient: s08.WeightGradient, Backward: s08.Backward,
	HandDeltas: s08.HandDeltas, SoftmaxCEDelta: s08.SoftmaxCEDelta, FixBackward: s08.FixBackward,

	InitStd: s09.InitStd, Standardise: s09.Standardise, MomentumStep: s09.MomentumStep,

	Regions: s10.Regions,

	UniversalFit: s11.UniversalFit,

	UnitAccuracy: s12.UnitAccuracy,

	Confusion: s13.Confusion,

	Conv2D: s14.Conv2D, ConvWeightGradient: s14.ConvWeightGradient, ConvParams: s14.ConvParams,
}

func init() { Sets["solutions"] = Solutions }
