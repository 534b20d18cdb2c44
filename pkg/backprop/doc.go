// Package backprop computes the gradient of the loss of a multi-layer
// perceptron (pkg/mlp) by backpropagation: the delta rule of the lecture.
//
// # Why the chain rule
//
// Gradient descent needs ∂C/∂wᵢⱼˡ for every weight. C depends on wᵢⱼˡ only
// through the activity aᵢˡ = Σⱼ wᵢⱼˡ hⱼˡ⁻¹ + bᵢˡ, so by the chain rule
//
//	∂C/∂wᵢⱼˡ = ∂C/∂aᵢˡ · ∂aᵢˡ/∂wᵢⱼˡ = δᵢˡ · hⱼˡ⁻¹,
//
// where δᵢˡ = ∂C/∂aᵢˡ is the error of neuron i of layer l. The whole
// algorithm is a cheap way to get every δˡ: one pass backwards through the
// network, reusing the aˡ and hˡ of the forward pass (an mlp.Trace).
//
// ChainRule shows the same idea on the slide's small example
// z = 2 f(x + 3y) + 6 g(5x) h(y): a computation graph whose nodes carry
// their value and their local derivatives, and a backward pass that
// multiplies local derivatives along every path from z down to x and y.
//
// # The delta rule, one example
//
// For one example (x, y), with o = hᴸ the output, Backward computes:
//
//	∂C/∂oᴸ = 2(oᴸ − y)                 for C = ‖oᴸ − y‖²
//	δᴸ = ∂C/∂oᴸ ⊙ g′(aᴸ)               the output error
//	δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ g′(aˡ)         for l = L−1 … 1, backwards
//	∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ                ∂C/∂wᵢⱼˡ = δᵢˡ hⱼˡ⁻¹
//	∂C/∂bˡ = δˡ
//
// ⊙ multiplies element by element. The middle line is the slide's
// δⱼˡ = Σᵢ δᵢˡ⁺¹ wᵢⱼˡ⁺¹ g′(aⱼˡ): the errors of the layer above flow back along
// the same weights that carried the signal forward, and are scaled by the
// slope of g at this layer. Everything it needs, aˡ and hˡ⁻¹, was computed
// by the forward pass. The backward Trace keeps every δˡ and every gradient
// so that a step-through can show them.
//
// For classification, the output layer has g = identity and the loss is
// softmax + cross-entropy, C = −Σⱼ yⱼ log pⱼ with p = softmax(oᴸ). Its
// derivative is remarkably simple: δᴸ = p − y, for a target y that sums to
// 1 (one-hot, mlp.OneHot). Backward uses it directly, and refuses an output
// layer whose g is not the identity (the softmax is already the output
// non-linearity) and a target that does not sum to 1.
//
// # A batch
//
// BackwardBatch does the same for N examples at once, with examples as the
// ROWS of matrices as in mlp.ForwardBatch, and returns the gradient of the
// mean loss C̄ = (1/N) Σᵢ Cᵢ (what gradient descent on a batch uses):
//
//	Δᴸ = (1/N) ∂C/∂O ⊙ g′(Aᴸ)          ((P − Y)/N for softmax + cross-entropy)
//	Δˡ = Δˡ⁺¹ Wˡ⁺¹ ⊙ g′(Aˡ)            for l = L−1 … 1, backwards
//	∂C̄/∂Wˡ = (Δˡ)ᵀ Hˡ⁻¹                = (1/N) Σᵢ δᵢˡ (hᵢˡ⁻¹)ᵀ
//	∂C̄/∂bˡ = Σᵢ Δᵢˡ                    the sum of Δˡ's rows
//
// Row i of Δˡ is the δˡ of example i divided by N; a transposed product
// replaces the sum over examples. The result equals the mean of the
// one-example gradients, which the tests check. MeanGradient wraps the
// forward and backward passes with the signature of gd.Gradient, and
// NewBatchTrace plus BackwardBatchInto reuse their matrices from batch to
// batch.
//
// # One delta rule, for every caller and every element type
//
// These four lines are written once, in BatchDeltaRule, and everything in
// stepnet that needs a gradient of a batch calls it: BackwardBatch (and so
// MeanGradient, pkg/gd and pkg/approx's fits), pkg/train's fast step, and the
// graders of pkg/check through Backward, the one-example form of the same
// lines. A test (TestOneDeltaRule) fails when a function elsewhere in the
// module looks like a copy.
//
// BatchDeltaRule is generic over its element type F (float64 or float32) and
// owns nothing:
//
//   - a Matrix[F] is a row-major view (Rows, Cols, Stride, Data []F) of
//     memory the caller owns; View gives the view of a *mat.Dense;
//   - the products go to a GEMM[F] function value, C ← α op(A) op(B) + β C:
//     Gemm64 is gonum's blas64 (the lessons), pkg/train passes its engine's;
//     a float32 trainer passes a float32 GEMM;
//   - g′ comes per layer as a slice function, d ← d ⊙ g′(a) (Pass.GPrime), so
//     the caller decides how g′ runs over a matrix (pkg/train's loops);
//   - a Pass holds every matrix it reads (Wˡ, Hˡ, Aˡ, ∂C/∂O) and writes (Δˡ,
//     the gradients), allocated once by the caller: the rule allocates
//     nothing and checks nothing, the callers validate at their entry.
//
// The gradient lines are written as G ← α ∂C̄/∂Wˡ + β G, and every Δˡ is
// computed before any G is written, so that with α = −η, β = 1 and G = Wˡ
// the rule ends with the gradient step itself, Wˡ ← Wˡ − η (Δˡ)ᵀ Hˡ⁻¹, in
// one GEMM per layer and with no gradient stored (pkg/train). The functions
// notebook cells call (Backward, BackwardBatch, MeanGradient, Check) stay
// plain float64 with gonum's types.
//
// # Checking a gradient
//
// A backward pass with a slip (a forgotten g′, a missing transpose) still
// returns numbers. Check compares them with central differences of the
// mean loss, (C̄(w + ε) − C̄(w − ε)) / 2ε, for every weight and bias, and
// reports the largest relative error |a − n| / max(|a| + |n|, Tiny) and
// where it is. How small it is for a correct backpropagation depends on the
// network, and the worst parameter is always one whose gradient is tiny, where
// the rounding of C̄ weighs most. Measured (2026-12-03):
//
//	the small networks of lesson 08, Check                  below 1e-9
//	784-30-10 sigmoid, 10 MNIST images, Xavier, Check       1.2e-7, 1.6e-7 (seeds 1, 2; at gradients ≈ 1.3e-6)
//	the same, CheckCentral, ε = 1e-3 (or 1e-5)              1.2e-5, 2.1e-5
//	issue 14's probe, 784-30-10 sigmoid, CheckCentral       2.1e-3 at a gradient of −2.6e-7
//
// A wrong backpropagation (a forgotten g′, a missing transpose) is off by
// 1e-2 to 1 at most parameters (0.76 in lesson 08). So the rule: below 1e-6
// with Check, backpropagation is right; above 1e-2, it is wrong; in between
// (CheckCentral on a large network), look at MaxAbsErr and at the size of
// the gradient where the worst error is before concluding.
//
// # Numbers that are not numbers
//
// No function here panics on a user's mistake or returns a silent NaN: a
// target of the wrong size is an error naming both sizes, and a gradient
// that overflows is an error naming its layer.
package backprop
