// Package train is stepnet's fast minibatch trainer for an mlp.Network: the
// maths of pkg/gd with pkg/backprop's own delta rule (it calls
// backprop.BatchDeltaRule), arranged so that real MNIST trains in about a
// second per epoch.
//
// # Why a second trainer
//
// pkg/gd and pkg/backprop are written to be read: each step builds its
// traces and gradients as new matrices, checks everything, and records a
// history. That is right for the lessons and for toy data, and slow for
// 60000 images: the step spends its time allocating and copying, not
// computing. This package does only the arithmetic, in place, in a workspace
// allocated once, and is tested to give the same weights as gd.Train
// (TestSameWeightsAsReference). It has no delta rule of its own.
//
// # One step: three matrix products per layer
//
// For a batch of n examples (the ROWS of H⁰ = X) the step is the forward
// pass, then pkg/backprop's delta rule (backprop.BatchDeltaRule, the very
// function BackwardBatch calls) with the gradient step folded into its last
// lines:
//
//	forward,  l = 1…L:     Aˡ = Hˡ⁻¹ (Wˡ)ᵀ + 1 (bˡ)ᵀ,   Hˡ = g(Aˡ)
//	output error:          Δᴸ = (1/n) ∂C/∂O ⊙ g′(Aᴸ)      (∂C/∂o = 2(o − y), or softmax(o) − y)
//	backward, l = L−1…1:   Δˡ = Δˡ⁺¹ Wˡ⁺¹ ⊙ g′(Aˡ)
//	step,     l = 1…L:     Wˡ ← Wˡ − η (Δˡ)ᵀ Hˡ⁻¹
//	                       bˡ ← bˡ − η Σᵢ Δᵢˡ
//
// Δˡ = ∂F/∂Aˡ is the lecture's δˡ for every example at once, and carries the
// 1/n of the mean loss F, so (Δˡ)ᵀ Hˡ⁻¹ is the gradient ∂F/∂Wˡ: the sum over
// the batch of the slide's ∂C/∂wᵢⱼ = δᵢ hⱼ. Every Δˡ is computed with the
// weights of the forward pass before any Wˡ moves. The three products per
// layer are GEMMs (C ← α op(A) op(B) + β C); the update is a single one with
// α = −η and β = 1, so the gradient is never stored. Everything else is
// O(n·nˡ): g and g′ run over whole matrices with the trainer's own loops
// (ReLU's and the identity's without a function call per element).
//
// # No allocation per step
//
// A Trainer allocates, once, a workspace per batch size: Aˡ, Hˡ, Δˡ for the
// full batch and for the smaller last batch of an epoch. Steps write into it
// (TestStepAllocatesNothing checks 0 allocations per step and per epoch), so
// the garbage collector has nothing to do while training.
//
// # Speed, and who chooses the engine
//
// The products go to whichever BLAS gonum's blas64 uses, and the program
// chooses it: importing this package (or any of stepnet's) changes nothing,
// so a notebook, a figure or a test multiplies with gonum's own code and
// prints the same numbers on every CPU. A program that wants the speed calls
//
//	train.UseFastEngine()
//
// once at its start, as `stepnet train` and `stepnet bench` do: it installs
// the build's fastest engine of internal/blas ("asm" where the CPU has AVX2
// and FMA: a packed GEMM in Go around a small Go-assembly kernel, no cgo,
// about 1.7 times faster per epoch than gonum's own code here; OpenBLAS in
// a build with the tag openblas and cgo) for every gonum product of the
// program. Every engine trains to the same weights up to rounding
// (TestEnginesTrainAlike), and a step allocates nothing on any of them.
// StepGEMMs and StepFlops count the floating-point operations of a step
// honestly, and MeasureGEMMs times the same products alone, so a benchmark
// can say how close to the BLAS's own throughput the whole step runs.
//
// Nielsen's η: his quadratic cost is ½‖o − y‖², ours (mlp.SquaredError) is
// ‖o − y‖², whose gradient is twice as large; his η = 3.0 is our η = 1.5.
//
// # Float32
//
// Config.Precision = Float32 trains in float32, as every peer library does
// by default: half the bytes to move, and twice the numbers per vector
// instruction (the engines' Sgemm, with float32 kernels of their own). It is
// the same code, not a copy: the step, the forward pass, the output
// gradient, g and g′ and Evaluate are generic functions over the element
// type, and the backward pass is backprop.BatchDeltaRule instantiated for
// float32. The weights and the training set are copied into float32 once,
// in New; the loss and ∂C/∂o are computed in float64 from the few outputs of
// each example; the network's float64 weights are set from the float32 ones
// after every Epoch (and by Sync). TestFloat32TrainsAsFloat64 trains the
// same small problem both ways: the same classes for every example, losses
// within 10⁻⁴ of each other. On MNIST three epochs of configuration B reach
// the float64 accuracy within a few hundredths of a point.
//
// # A trained MNIST network, once
//
// GoNB runs every notebook cell as a new program, so a network trained in
// one cell is gone in the next. MNIST(run, report) trains the run (an
// MNISTRun: layers, g, loss, initialisation, η, batch, epochs, seed, data
// sizes) the first time and keeps the network and its per-epoch history in a
// cache folder ($STEPNET_CACHE, or stepnet/ in the user cache directory);
// later calls, from any cell, read it back. The file name holds a hash of the
// whole run and of this package's arithmetic, so a changed setting never
// loads a stale network; the file is written atomically and checked on load,
// and a bad one is trained again. The same run gives the same weights to the
// last bit, from the cache or not. MNISTIn chooses the folder ("" for none).
package train
