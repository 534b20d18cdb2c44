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
// # Reading the hidden layers
//
// A hidden layer is a new representation of the input (lessons 10 and 12).
// Network.Codes reads layer l as bits, hᵢˡ > θ, one code per input: a
// distributed code, where a region of the input is named by the pattern of
// all the units. MaxRegions(k, d) = C(k, 0) + … + C(k, d) is the most
// regions k units can name in d dimensions (7 for 3 lines in the plane, 2ᵏ
// when d ≥ k), and CodeTable counts the examples of each class per code.
// UnitAccuracy reads one unit as a classifier (its best threshold, a
// decision stump) and UnitAccuracies does it for every unit of every hidden
// layer: low layers hold features shared by the classes, high layers units
// that answer the question alone, the feature hierarchy.
//
// # Matrix products
//
// Every product goes through gonum's mat, on the engine the program has
// installed: gonum's own code unless the program asks for a faster one
// (train.UseFastEngine, as `stepnet train` does). Importing mlp installs
// nothing, so a notebook cell computes the same numbers on every CPU.
//
// # Files
//
// Save writes a network as one JSON object in FileFormat ("stepnet-mlp-2"):
// the sizes n⁰…nᴸ, per layer Wˡ row by row, bˡ and the name of g, and the
// SHA-256 of those numbers' bits. Load refuses a file that is not exactly
// that: another format (the older "stepnet-mlp-1" included), unknown
// fields, bytes after the object, sizes that disagree with the layers, a
// checksum that does not match (a changed digit), non-finite numbers.
// LoadShape also checks the sizes the caller expects. SaveFile writes
// atomically (a temporary file, flushed, renamed) with mode 0600.
//
// # Bad input, and the limits
//
// A function that takes a user's data returns an error, never panics, and
// never returns NaN with a nil error: nil and typed-nil matrices, empty ones,
// ragged slices, NaN and ±Inf, unknown losses and activations, and sizes
// beyond these limits, checked before anything is allocated:
//
//	MaxParams      2²⁸ weights and biases in a network (2 GiB of float64)
//	MaxLayers      1000 layers
//	MaxBatchValues 2²⁹ values N·(n⁰+…+nᴸ) in a batch trace (8 GiB with Aˡ)
//	OneHot         N·k at most 2²⁸ values
//	MaxClasses     4096 classes in Confusion and CodeTable
//	CodeTable      distinct codes × classes at most 2²⁸ counts
//	MaxFileBytes   1 GiB of JSON read by Load
//
// A machine with 24 GB holds a network at the limit while it trains. The
// methods that return no error (Sizes, String, Clone, L2, NumParams, In,
// Out) accept a nil or broken network too: nil, "invalid network: …", nil, 0.
// Softmax has no error either: infinite outputs are limits ((+Inf, +Inf)
// gives (½, ½)), and a NaN output gives NaN (Loss.Value and Loss.Grad refuse
// it with an error).
package mlp
