// Package mlp is the multi-layer perceptron of the lecture: layers, forward
// propagation, the losses used for regression and classification, and weight
// initialisation.
//
// # Layers and notation
//
// A network has L layers numbered 1…L (the input x is h⁰, it is not a layer).
// Layer l holds a weight matrix Wˡ, a bias vector bˡ and a non-linearity g:
//
//	aˡ = Wˡ hˡ⁻¹ + bˡ    (the activities of layer l)
//	hˡ = g(aˡ)           (its outputs)
//
// Wˡ has one row per neuron of layer l and one column per neuron of layer l−1,
// so Wˡ.At(i, j) is wᵢⱼˡ, the weight from neuron j of layer l−1 to neuron i of
// layer l, exactly as on the slides. In Go, Network.Layers[l-1] is layer l.
// The slides fold the bias into w as w₀; here it is kept apart as bˡ so that
// Wˡ is the plain matrix of the formulas.
//
// The whole network computes, for two layers, o = g(W² g(W¹ x + b¹) + b²):
// the slide's g(Wᵒ·g(Wʰx)) with biases.
//
// # One example, or a batch
//
// Forward takes one example x ([]float64) and returns a Trace holding every
// aˡ and hˡ (with H[0] = x), which is what backpropagation and the
// step-through need. ForwardBatch takes a batch as a matrix whose ROWS are
// examples (N×n⁰, the lecture's index i of yᵢⱼ runs down the rows) and
// computes all of them at once: Aˡ = Hˡ⁻¹ (Wˡ)ᵀ + 1 (bˡ)ᵀ, row i of Hˡ being
// the hˡ of example i.
//
// # Losses
//
// For regression, the squared error of one example C = ‖o − y‖² = Σⱼ (oⱼ − yⱼ)²
// and, over N examples, the mean squared error (1/N) Σᵢ Σⱼ (yᵢⱼ − oᵢⱼ)².
//
// For classification the targets are one-hot vectors (OneHot), the outputs
// are turned into probabilities by the softmax pⱼ = exp(oⱼ) / Σₖ exp(oₖ) and
// compared with the cross-entropy −Σⱼ yⱼ log pⱼ. (The slide writes exp(−o):
// a slip; every library, and this one, uses exp(o), so that a larger output
// means a more likely class.) The decision is c = argmaxⱼ pⱼ (Argmax).
// Softmax subtracts max(o) before exponentiating so that o = 1000 does not
// overflow; cross-entropy is computed from log-sum-exp for the same reason.
// With SoftmaxCrossEntropy the output layer's g must be Identity: the softmax
// plays the part of the output non-linearity.
//
// # Initialisation
//
// Initialize draws every Wˡ from a seeded generator: zeros, uniform or normal
// of a given scale, Xavier/Glorot (uniform in ±√(6/(nˡ⁻¹+nˡ))) or He (normal
// with variance 2/nˡ⁻¹). Biases start at 0. The same seed gives the same
// weights on every run.
//
// # Matrix products
//
// Every product goes through gonum's mat, on the engine the program has
// installed: gonum's own code unless the program asks for a faster one
// (train.UseFastEngine, as `stepnet train` does). Importing mlp installs
// nothing, so a notebook cell computes the same numbers on every CPU.
package mlp
