package exercises

import (
	l00 "github.com/stepnet/stepnet/lessons/00-deep-learning-today/exercises"
	l01 "github.com/stepnet/stepnet/lessons/01-single-neuron/exercises"
	l02 "github.com/stepnet/stepnet/lessons/02-forward-propagation/exercises"
	l03 "github.com/stepnet/stepnet/lessons/03-regression-classification/exercises"
	l04 "github.com/stepnet/stepnet/lessons/04-learning-as-optimisation/exercises"
	l05 "github.com/stepnet/stepnet/lessons/05-learning-rate/exercises"
	l06 "github.com/stepnet/stepnet/lessons/06-batch-stochastic-minibatch/exercises"
	l07 "github.com/stepnet/stepnet/lessons/07-chain-rule/exercises"
	l08 "github.com/stepnet/stepnet/lessons/08-backpropagation/exercises"
	l09 "github.com/stepnet/stepnet/lessons/09-tricks/exercises"
	l10 "github.com/stepnet/stepnet/lessons/10-hidden-neurons/exercises"
	l11 "github.com/stepnet/stepnet/lessons/11-universal-approximation/exercises"
	l12 "github.com/stepnet/stepnet/lessons/12-deep-models/exercises"
	l13 "github.com/stepnet/stepnet/lessons/13-mnist/exercises"
	l14 "github.com/stepnet/stepnet/lessons/14-convolutional-networks/exercises"
)

// Stubs are the students' answers: the functions in lessons/NN-slug/exercises.
var Stubs = Answers{
	DenseParams: l00.DenseParams,

	Sigmoid: l01.Sigmoid, SigmoidDeriv: l01.SigmoidDeriv,
	Tanh: l01.Tanh, TanhDeriv: l01.TanhDeriv,
	Gaussian: l01.Gaussian, GaussianDeriv: l01.GaussianDeriv,
	ReLU: l01.ReLU, ReLUDeriv: l01.ReLUDeriv,
	NeuronOutput: l01.NeuronOutput, Side: l01.Side,

	Layer: l02.Layer, Forward: l02.Forward,

	Softmax: l03.Softmax, CrossEntropy: l03.CrossEntropy, MSE: l03.MSE,
	OneHot: l03.OneHot, Argmax: l03.Argmax,

	GDStep: l04.GDStep, L2Minimum: l04.L2Minimum,
	LearningRateRegime: l05.LearningRateRegime, EtaMax: l05.EtaMax,
	MinibatchEpoch: l06.MinibatchEpoch,

	ChainLocal: l07.ChainLocal, ChainDzDx: l07.ChainDzDx, ChainDzDy: l07.ChainDzDy,

	OutputDelta: l08.OutputDelta, HiddenDelta: l08.HiddenDelta,
	WeightGradient: l08.WeightGradient, Backward: l08.Backward,
	HandDeltas: l08.HandDeltas, SoftmaxCEDelta: l08.SoftmaxCEDelta, FixBackward: l08.FixBackward,

	InitStd: l09.InitStd, Standardise: l09.Standardise, MomentumStep: l09.MomentumStep,

	Regions: l10.Regions,

	UniversalFit: l11.UniversalFit,

	UnitAccuracy: l12.UnitAccuracy,

	Confusion: l13.Confusion,

	Conv2D: l14.Conv2D, ConvWeightGradient: l14.ConvWeightGradient, ConvParams: l14.ConvParams,
}

func init() { Sets["stubs"] = Stubs }
