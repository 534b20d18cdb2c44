// Package blas holds the matrix-multiply engines a program can put behind
// every mat.Dense.Mul of stepnet.
//
// Training an MLP is almost all matrix products: the forward pass
// Aˡ = Hˡ⁻¹ (Wˡ)ᵀ, the backward pass Δˡ = Δˡ⁺¹ Wˡ⁺¹ and the weight update
// Wˡ ← Wˡ − η (Δˡ)ᵀ Hˡ⁻¹ are three GEMMs per layer (GEneral Matrix
// Multiply, C ← α op(A) op(B) + β C in BLAS terms). gonum routes each of
// them through one function, blas64.Implementation().Dgemm, which by default
// is gonum's own pure-Go code: portable, no C compiler needed, about
// 10–20 GFLOP/s on the lecture machines.
//
// A tuned BLAS reaches several times that, by the way it is built rather
// than by any trick of mathematics (Goto's algorithm: copy blocks of the
// operands into the order a small assembly kernel reads them, keep a block
// of C in registers). The package has three engines:
//
//   - "gonum": gonum's own code, portable, about 10–20 GFLOP/s here. Its
//     Dgemm starts a goroutine per 64×64 block of a large product (about 50
//     allocations per training step); the package hands the same blocks,
//     computed by the same gonum code, to workers started once, and
//     allocates nothing.
//
//   - "asm": the same algorithm as the tuned libraries, written in Go
//     (packed.go: tiles, packing, edges, β; team.go: the cores) around one small kernel
//     per precision in Go assembly (package microkernel), on amd64 CPUs with
//     AVX2 and FMA: 6×8 in float64 and 6×16 in float32 with AVX2, 6×16 and
//     6×32 with AVX-512 where the CPU has AVX-512F (chosen at run time; on
//     such a CPU "asm-avx2" is the same engine with the AVX2 kernels, for
//     comparison, and gives the same bits). No cgo and no C library, and 2–5
//     times gonum's speed on a training step's products.
//
//   - "openblas": OpenBLAS through cgo, when stepnet is built with the build
//     tag openblas (and Debian's libopenblas-dev):
//
//     go build -tags openblas ./cmd/stepnet
//
// The plug is gonum's own mechanism, blas64.Use: a type that embeds gonum's
// implementation (so every routine is still there) and replaces Dgemm.
// Nothing else changes: the same mat.Dense.Mul calls run faster, and give
// the same numbers up to floating-point rounding (the sums are done in a
// different order; the package's tests check the difference). The "asm"
// engine's numbers do not depend on the number of cores.
//
// # The program chooses
//
// Importing the package installs nothing: like gonum, which never swaps its
// BLAS behind a program's back, stepnet leaves the choice to the program. A
// program that imports pkg/mlp (or any package of stepnet) multiplies with
// gonum's own code, whose numbers are the same on every CPU: the notebooks,
// the figures and their goldens are computed that way. A program that wants
// the speed says so, once, at its start:
//
//	blas.UseFastest()      // or train.UseFastEngine(), outside internal/
//
// as `stepnet train` and `stepnet bench` do. Gemm is the product pkg/train's
// steps call: the installed engine's Dgemm, or pureGo's (gonum's arithmetic
// without allocations) where gonum's own code is installed.
//
// Every engine has both precisions: Use installs its float64 routines for
// gonum's blas64 and its float32 ones (Sgemm) for blas32. Gemm and Gemm32 are
// the products pkg/train's steps call.
//
// Backend describes the engine in use, for benchmark reports, and Engine
// names it. Available lists the engines of the build and Use switches between
// them at run time, so one run of a benchmark can measure the engines side by
// side.
//
// # The cores
//
// A training step is a few products of tens of microseconds each, a few
// microseconds apart. The "asm" engine shares a product with a team (team.go):
// the calling goroutine and GOMAXPROCS−1 helpers started once, which spin
// between products instead of sleeping (waking a sleeping thread costs as much
// as a product), each owning the same rows of the weights in every product so
// that they stay in its cache. The team also copies a step's batch from the
// training set (GatherRows) and copies the next batch ahead (GatherAhead) while
// the step's serial parts run on the caller (a product stops that copy and
// starts it again when it is done); pkg/train calls both.
//
// All of this shares data between the cores, and a step on two cores is as
// fast as a cache line crosses between them: CoreRoundTrip measures it
// (about 60 ns, or 350 ns when a virtual machine's two CPUs are placed far
// apart on its host, and the steps take up to twice as long).
//
// OpenBLAS picks its kernels from the CPU it detects. Debian's 0.3.21 does
// not know every recent CPU and then falls back to slow generic code; the
// environment variable OPENBLAS_CORETYPE (e.g. Haswell, SkylakeX) tells it
// which kernels to use. Backend reports the core OpenBLAS chose.
package blas
