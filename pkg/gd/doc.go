// Package gd is learning as optimisation: gradient descent on the cost of a
// network, its learning rate, and its batch, stochastic and minibatch forms.
//
// # The cost and the update rule
//
// The lecture trains a network by minimising
//
//	C(w) = F(w) + R(w) = Σ_(x,y)∈T L_w(x, y) + ‖w‖²
//
// with gradient descent: start from random weights, then repeat
//
//	w_{t+1} = w_t − ε ∂C/∂w |w_t
//
// This package writes the learning rate ε as η (LeCun's notation) and uses
//
//	C(w) = (1/N) Σᵢ L(xᵢ, yᵢ) + λ ‖w‖²
//
// two changes from the slide, both usual. The data term is a MEAN instead of
// a sum, so that η does not have to shrink when the data set grows (a sum
// over N examples is N times the mean: η for the sum is η/N for the mean).
// The L2 term has an explicit weight λ ≥ 0 (the slide's is λ = 1; λ = 0 turns
// it off), and it covers the weights Wˡ but not the biases bˡ, as
// mlp.Network.L2 computes it. Its gradient is 2λw, so one step is
//
//	Wˡ ← Wˡ − η (∂F/∂Wˡ + 2λ Wˡ),    bˡ ← bˡ − η ∂F/∂bˡ
//
// which is Step. Evaluate returns C(w) with its two terms apart (Cost).
//
// # Batch, stochastic, minibatch
//
// The slide "Stochastic, Batch and mini batches" names three ways to take
// the gradient, all in Train (Config.Method):
//
//   - Batch: every step uses all N examples, ∇C(w). One step per epoch,
//     the exact direction, N gradient evaluations per step.
//   - Stochastic: every step uses one example, ∇Lᵢ(w), the examples in a new
//     random order each epoch. N cheap, noisy steps per epoch.
//   - Minibatch: every step uses a few examples (Config.BatchSize), again in
//     a new random order each epoch: the gradient of their mean loss. With
//     N = 10 and a batch size of 3 an epoch has batches of 3, 3, 3 and 1: the
//     last, partial batch is kept, so every example is used once per epoch
//     (Partition).
//
// Every shuffle comes from Config.Seed. The History reports the cost on the
// whole training set before training and after every epoch, the cost of
// every step's batch, and how many gradient evaluations (examples whose
// gradient was computed) each point took, so that the three methods can be
// compared per epoch and per unit of work. Training stops with a
// *DivergedError ("gd: diverged at step 37 (epoch 2): cost = +Inf with
// η = 2.5; try a smaller η") when the cost or a weight stops being finite or
// the cost exceeds BlowUp × max(C(w₀), 1).
//
// The gradient comes from backpropagation (BackpropGradient, pkg/backprop)
// unless Config.Gradient supplies another: any function returning the
// gradient of the mean loss on a batch fits.
//
// # Tuning the learning rate
//
// Near a minimum w* every smooth cost looks like a quadratic
//
//	C(w) = ½ (w − w*)ᵀ H (w − w*) + C(w*)
//
// whose gradient is H (w − w*). In one dimension (H = h) one step gives
// w_{t+1} − w* = (1 − ηh)(w_t − w*), so w_t − w* = (1 − ηh)ᵗ (w₀ − w*) and
// η_opt = 1/h reaches the minimum in one step. LeCun's four regimes (Regime):
//
//	η < η_opt           0 < 1 − ηh < 1     slow, monotone convergence
//	η = η_opt           1 − ηh = 0         the minimum in one step
//	η_opt < η < 2η_opt  −1 < 1 − ηh < 0    oscillates around w*, converges
//	η = 2η_opt          1 − ηh = −1        oscillates for ever, the distance constant
//	η > 2η_opt          1 − ηh < −1        diverges
//
// Regime counts η = 2η_opt with the oscillating regime: it does not diverge.
//
// With several weights the same holds along each eigenvector of H with its
// eigenvalue λᵢ: the steepest direction decides, η_opt = 1/λ_max(H) and
// η_max = 2/λ_max(H) (Quadratic, computed with gonum's mat.EigenSym). The
// shallow directions then converge slowly, at rate 1 − η λ_min.
//
// LeCun's "simple linear network" (LinearNetwork, LeCunExample) makes this
// concrete: one linear neuron y = w₁x₁ + w₂x₂, no bias, trained with the
// squared error on two Gaussian classes with targets ±1. Its cost
// (1/N) Σᵢ (wᵀxᵢ − yᵢ)² is exactly quadratic with H = (2/N) XᵀX. The data of
// LeCunExample give η_opt ≈ 1.19 and η_max ≈ 2.38, so, as in the lecture's
// figure, η = 1.5 zig-zags across the valley and converges while η = 2.5
// diverges. Run returns the weight trajectory and the error curve for any η.
//
// # Schedules
//
// η need not stay constant (the lecture's "gradient step setting"): a
// Schedule gives η_t for every step t, large at first to make progress, then
// smaller so that the weights settle instead of jumping around the minimum.
// InverseTime is η_t = η₀/(1 + t/τ), StepDecay is η_t = η₀·γ^⌊t/k⌋, and
// ScheduleFunc wraps any function of t. Train uses one when Config.Schedule is
// set (Config.Eta then stays 0); every η_t is checked before the first step.
//
// # Momentum and the condition number
//
// The slowest direction of a quadratic decides how fast gradient descent
// converges: at its fastest constant rate it shrinks by (κ − 1)/(κ + 1) per
// step, κ = λ_max/λ_min being H's condition number (Quadratic.Condition), so a
// long narrow valley takes about κ steps. Two tricks of LeCun's "Efficient
// BackProp" and Nielsen's book (ch. 3) attack κ. Centring and scaling the
// inputs (pkg/data's Scaling) makes H rounder, κ smaller. Momentum
// (StepMomentum, Config.Momentum, Quadratic.RunMomentum) keeps a velocity,
//
//	v ← μ v − η ∂C/∂w,    w ← w + v,    0 ≤ μ < 1
//
// so that steps in a direction where the gradient keeps its sign add up, and
// steps that alternate across the valley cancel. With the best η and μ
// (MomentumFastest) every direction shrinks by (√κ − 1)/(√κ + 1): √κ steps
// instead of κ. μ = 0 is plain gradient descent, and Step is StepMomentum
// with μ = 0: one update rule.
//
// # Bad input, divergence and the limits
//
// Every function taking a user's data returns an error rather than panic or
// return NaN: nil and typed-nil matrices, empty or ragged data, NaN and ±Inf
// in X, Y, w₀, H or a gradient, η ≤ 0 or not finite, λ < 0. Divergence is an
// error (*DivergedError) in Train and in Step (a step that would leave a
// weight at ±Inf is refused before it is taken, the network unchanged), and
// the flag Trajectory.Diverged in Quadratic.Run and LinearNetwork.Run. Sizes
// are checked before anything is allocated:
//
//	MaxSteps       10⁶ steps of a trajectory or a curve of rates
//	MaxTrainSteps  2²⁴ steps of one Train call (Epochs·⌈N/batch size⌉)
//	MaxExamples    2²⁸ examples in a Partition
//	FromRows       at most 2²⁸ values
//	Train, LayerGradients  X and Y of at most 2²⁸ values each (checked on
//	               their Dims before a value is read)
//	NewLinearNetwork  X of at most 2²⁸ values and 4096 inputs (the neuron:
//	               4095 and the bias); XᵀX or Xᵀy that overflows is an error
//	MinimumL2      λ with H + 2λI finite
//	NewQuadratic   H at most 4096×4096
package gd
