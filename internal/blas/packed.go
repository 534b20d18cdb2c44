package blas

import (
	"runtime"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// packed is gonum's implementation with a Dgemm and an Sgemm built the way
// tuned BLAS libraries build theirs (Goto's algorithm, as in BLIS and
// OpenBLAS), in Go around one small assembly kernel per precision:
//
//  1. C is cut into tiles of at most tileM×tileN; the workers and the
//     caller take tiles from a queue, so a busy core simply takes fewer.
//  2. For each block of kc steps of the inner dimension, the kernel
//     broadcasts elements of one operand, read in place (by columns or by
//     rows, whichever it is stored in), and loads rows of the other: those
//     are read in place when contiguous, and otherwise copied ("packed")
//     into a buffer laid out in the order the kernel reads it, the
//     transposes dealt with here, once. A tile that would pack op(B)
//     computes Cᵀ = op(B)ᵀ op(A)ᵀ instead when packing op(A) costs less
//     (see runPacked): a training step's forward product H Wᵀ packs the
//     batch's rows of H, never W.
//  3. The kernel adds α·A B for a block of C of mr×nr (6×8 or 6×16 in
//     float64, 6×16 or 6×32 in float32: package microkernel) from a 6×kc
//     and a kc×nr strip, keeping the sums in registers. A block at the edge
//     of C is copied into a scratch block, computed there and its valid part
//     copied back, so that every element gets the same arithmetic.
//
// β C is applied to each tile before its first block, so each element of C
// is β·C + α·(the kc-blocks' sums, in order of p): the same numbers whatever
// the number of workers, the tiles, or the kernel's width (AVX2 or AVX-512).
type packed struct {
	gonum.Implementation
	k64 *kernel[float64] // nil: the fastest this CPU runs
	k32 *kernel[float32]
}

// float is the element type of a product.
type float interface{ float32 | float64 }

// kernel is a micro-kernel of one precision: C[mr×nr] ← α A B + C.
type kernel[T float] struct {
	name string // "AVX2+FMA", "AVX-512"
	nr   int
	add  func(k int, a []T, strideA int, b []T, strideB int, c []T, ldc int, alpha T) // A by columns
	rows func(k int, a []T, lda int, b []T, strideB int, c []T, ldc int, alpha T)     // A by rows
}

// The kernels of package microkernel.
var (
	kernel64AVX2   = &kernel[float64]{"AVX2+FMA", microkernel.Cols, microkernel.Add, microkernel.AddRows}
	kernel64AVX512 = &kernel[float64]{"AVX-512", microkernel.Cols512, microkernel.Add512, microkernel.Add512Rows}
	kernel32AVX2   = &kernel[float32]{"AVX2+FMA", microkernel.SCols, microkernel.SAdd, microkernel.SAddRows}
	kernel32AVX512 = &kernel[float32]{"AVX-512", microkernel.SCols512, microkernel.SAdd512, microkernel.SAdd512Rows}
)

// kernels returns the engine's kernels: its own, or the fastest the CPU runs.
func (impl packed) kernels() (*kernel[float64], *kernel[float32]) {
	k64, k32 := impl.k64, impl.k32
	if k64 == nil {
		k64, k32 = kernel64AVX2, kernel32AVX2
		if microkernel.HasAVX512 {
			k64, k32 = kernel64AVX512, kernel32AVX512
		}
	}
	return k64, k32
}

// The micro-kernels' block of C has mr rows, and at most maxNR columns.
const mr, maxNR = microkernel.Rows, microkernel.SCols512

const (
	tileM = 16 * mr // rows of C per tile: A's pack is 96×kc
	tileN = 64      // columns of C per tile (a multiple of every kernel's nr): B's pack is kc×64
	kc    = 256     // inner-dimension block: a 6×kc and a kc×nr strip fit in L1 together
	// Products under minPackedParallel flops run on the caller's goroutine:
	// below about half a million, waking another core costs more than it
	// saves (Nielsen's 784-30-10, whose products are 470 000 flops, takes
	// 52 µs a step on one goroutine against 74 µs on two, measured).
	minPackedParallel = 1 << 19
)

// packBuffers are one goroutine's packs of op(A) and op(B).
type packBuffers[T float] struct {
	a, b    []T
	ct      []T // a swapped tile's Cᵀ, in whole blocks
	scratch [mr * maxNR]T
}

func newPackBuffers[T float]() *packBuffers[T] {
	return &packBuffers[T]{
		a:  make([]T, mr*kc),                                             // P's edge strip
		b:  make([]T, kc*max(tileM, tileN)),                              // Q: n ≤ tileN or (swapped) m ≤ tileM columns
		ct: make([]T, ceilDiv(tileN, mr)*mr*ceilDiv(tileM, maxNR)*maxNR), // Cᵀ of a swapped tile: n×m, padded
	}
}

// callerBuffers are the packs of products run on the caller's goroutine.
var (
	callerBuffers64 = sync.Pool{New: func() any { return newPackBuffers[float64]() }}
	callerBuffers32 = sync.Pool{New: func() any { return newPackBuffers[float32]() }}
)

// Dgemm computes C ← α op(A) op(B) + β C as gonum's Dgemm does, with the
// packed kernel. Calls with bad arguments, an empty dimension or α = 0 go to
// gonum's Dgemm, which panics with its message or scales C.
func (impl packed) Dgemm(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if !gemmOK(tA, tB, m, n, k, a, lda, b, ldb, c, ldc) || alpha == 0 {
		impl.Implementation.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	k64, _ := impl.kernels()
	bufs := callerBuffers64.Get().(*packBuffers[float64])
	defer callerBuffers64.Put(bufs)
	runTiles(&pool64, k64, bufs, packedParallel(m, n, k), tileM, tileN, 0, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// Sgemm computes the float32 C ← α op(A) op(B) + β C as gonum's Sgemm does,
// with the packed float32 kernel, under the same rules as Dgemm.
func (impl packed) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if !gemmOK(tA, tB, m, n, k, a, lda, b, ldb, c, ldc) || alpha == 0 {
		impl.Implementation.Sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	_, k32 := impl.kernels()
	bufs := callerBuffers32.Get().(*packBuffers[float32])
	defer callerBuffers32.Put(bufs)
	runTiles(&pool32, k32, bufs, packedParallel(m, n, k), tileM, tileN, 0, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// packedParallel reports whether an m×n×k product is worth the workers.
func packedParallel(m, n, k int) bool {
	tiles := ceilDiv(m, tileM) * ceilDiv(n, tileN)
	return tiles > 1 && 2*m*n*k >= minPackedParallel && runtime.GOMAXPROCS(0) > 1
}

// runPacked computes the tile with its micro-kernel, using bufs.
//
// The kernel broadcasts elements of one operand, P, and loads rows of the
// other, Q, nr at a time: it computes blocks of P Q. Here P = op(A) and
// Q = op(B); or, "swapped", P = op(B)ᵀ and Q = op(A)ᵀ, whose product is Cᵀ
// (the same sums, multiplied in the other order: the same bits, as
// x·y = y·x). P is always read in place: by columns (P[i][p] = x[i + p·cs],
// the kernels of Add) or by rows (P[i][p] = x[i·rs + p], the kernels of
// AddRows), one of which every operand is. Q is read in place when its rows
// are contiguous, and otherwise packed, strip by strip of nr columns. So
// the tile packs at most one operand, and swaps to pack the smaller one:
// the forward product of a training step, Hˡ⁻¹ (Wˡ)ᵀ, packs the batch's
// rows of Hˡ⁻¹ rather than all of Wˡ. The strips at the edges (fewer than
// 6 rows of P, fewer than nr columns of Q) are packed with zeros past the
// edge, and the blocks of C there are computed in a scratch block with C's
// values copied in and back; a swapped tile computes Cᵀ in a buffer of
// whole blocks, copied from C at the start and back at the end.
func (t *tile[T]) runPacked(bufs *packBuffers[T]) {
	scaleC(t.m, t.n, t.beta, t.c, t.ldc)
	kern := t.kern
	nr := kern.nr
	swap := t.tB != blas.NoTrans && (t.tA != blas.NoTrans || swapCheaper(t.m, t.n, nr))
	// P is R×k with P[i][p] = p0[i*rs + p*cs], Q is k×S with Q[p][j] = q0[p*ps + j*js].
	var (
		R, S           int
		pm, qm         []T
		rs, cs, ps, js int
	)
	if !swap {
		R, S, pm, qm = t.m, t.n, t.a, t.b
		rs, cs = t.lda, 1 // op(A)[i][p] = a[i*lda+p]
		if t.tA != blas.NoTrans {
			rs, cs = 1, t.lda
		}
		ps, js = t.ldb, 1 // op(B)[p][j] = b[p*ldb+j]
		if t.tB != blas.NoTrans {
			ps, js = 1, t.ldb
		}
	} else {
		R, S, pm, qm = t.n, t.m, t.b, t.a
		rs, cs = 1, t.ldb // op(B)ᵀ[r][p] = op(B)[p][r] = b[p*ldb+r]
		if t.tB != blas.NoTrans {
			rs, cs = t.ldb, 1
		}
		ps, js = 1, t.lda // op(A)ᵀ[p][s] = op(A)[s][p] = a[s*lda+p]
		if t.tA != blas.NoTrans {
			ps, js = t.lda, 1
		}
	}
	fullR, fullS := R-R%mr, S-S%nr // the rows of P and columns of Q of whole strips
	// The kernel's C: the tile's own, or for a swapped tile Cᵀ copied into
	// bufs.ct, padded to whole blocks so that every block is computed in
	// place there, and copied back at the end.
	c, ldc := t.c, t.ldc
	if swap {
		ldc = ceilDiv(S, nr) * nr
		c = bufs.ct[:ceilDiv(R, mr)*mr*ldc]
		for jj := 0; jj < S; jj++ { // Cᵀ[r][jj] = C[jj][r]
			for r, v := range t.c[jj*t.ldc:][:R] {
				c[r*ldc+jj] = v
			}
		}
		fullR, fullS = R, S // every block is whole in bufs.ct
	}
	for p0 := 0; p0 < t.k; p0 += kc {
		kb := min(kc, t.k-p0)
		// Pack what cannot be read in place: Q's strips if its rows are not
		// contiguous, and the edge strips.
		if js != 1 {
			packQ(nr, S, kb, qm[p0*ps:], ps, js, bufs.b)
		} else if fullS < S || (swap && S%nr != 0) {
			e := S - S%nr
			packQ(nr, S-e, kb, qm[p0*ps+e:], ps, js, bufs.b[e*kb:])
		}
		if R%mr != 0 {
			e := R - R%mr
			packP(R-e, kb, pm[e*rs+p0*cs:], rs, cs, bufs.a)
		}
		for j := 0; j < S; j += nr {
			qs, strideQ := bufs.b[j*kb:(j+nr)*kb], nr // the kb×nr strip of columns j…j+nr−1
			if js == 1 && j+nr <= S {
				qs, strideQ = qm[p0*ps+j:], ps
			}
			for i := 0; i < R; i += mr {
				add, ps0, strideP := kern.add, bufs.a, mr // the 6×kb strip of rows i…i+5
				switch {
				case i+mr > R: // packed
				case rs == 1:
					ps0, strideP = pm[i+p0*cs:], cs
				default:
					add, ps0, strideP = kern.rows, pm[i*rs+p0:], rs
				}
				if i < fullR && j < fullS {
					add(kb, ps0, strideP, qs, strideQ, c[i*ldc+j:], ldc, t.alpha)
					continue
				}
				// An edge block of C: its part into the scratch block, the
				// kernel there, and back.
				sc := bufs.scratch[:mr*nr]
				rows, cols := min(mr, R-i), min(nr, S-j)
				clear(sc)
				for ii := 0; ii < rows; ii++ {
					copy(sc[ii*nr:ii*nr+cols], c[(i+ii)*ldc+j:])
				}
				add(kb, ps0, strideP, qs, strideQ, sc, nr, t.alpha)
				for ii := 0; ii < rows; ii++ {
					copy(c[(i+ii)*ldc+j:(i+ii)*ldc+j+cols], sc[ii*nr:])
				}
			}
		}
	}
	if swap {
		for jj := 0; jj < S; jj++ {
			row := t.c[jj*t.ldc:][:R]
			for r := range row {
				row[r] = c[r*ldc+jj]
			}
		}
	}
}

// swapCheaper reports whether a tile of m×n that must pack one operand
// either way costs less swapped. Per step p of the inner dimension the
// unswapped tile packs n values of op(B) and computes C padded to whole
// blocks of 6×nr; swapped, it packs m values of op(A) and computes Cᵀ
// padded. A value packed costs about 2 cycles (a load and a store with
// strided addresses), and a padded element of C about 1/nr of a cycle (two
// fused multiply-adds of nr/2 lanes per cycle), so the cost per p is
// 2·(values packed) + (padded elements)/nr. On a tie the smaller operand is
// packed.
func swapCheaper(m, n, nr int) bool {
	padded := func(rows, cols int) int { return ceilDiv(rows, mr) * mr * ceilDiv(cols, nr) * nr }
	unswapped, swapped := 2*n*nr+padded(m, n), 2*m*nr+padded(n, m) // nr times the cost per p
	if unswapped != swapped {
		return swapped < unswapped
	}
	return m < n
}

// scaleC sets the m×n matrix C to β C (to 0 for β = 0, whatever C held, as
// BLAS requires).
func scaleC[T float](m, n int, beta T, c []T, ldc int) {
	if beta == 1 {
		return
	}
	for i := 0; i < m; i++ {
		row := c[i*ldc : i*ldc+n]
		if beta == 0 {
			clear(row)
			continue
		}
		for j := range row {
			row[j] *= beta
		}
	}
}

// packP copies the kb columns of the m rows of P (P[i][p] = x[i*rs+p*cs])
// into dst as strips of mr rows, each kb columns of mr values
// (dst[s*kb + p*mr + i] = P[s+i][p]), with zeros for the rows past m.
func packP[T float](m, kb int, x []T, rs, cs int, dst []T) {
	for s := 0; s < m; s += mr {
		strip := dst[s*kb : (s+mr)*kb]
		rows := min(mr, m-s)
		if rows < mr {
			clear(strip)
		}
		for i := 0; i < rows; i++ {
			base := (s + i) * rs
			for p := 0; p < kb; p++ {
				strip[p*mr+i] = x[base+p*cs]
			}
		}
	}
}

// packQ copies the kb rows of the n columns of Q (Q[p][j] = x[p*ps+j*js])
// into dst as strips of nr columns, each kb rows of nr values
// (dst[s*kb + p*nr + j] = Q[p][s+j]), with zeros for the columns past n.
func packQ[T float](nr, n, kb int, x []T, ps, js int, dst []T) {
	for s := 0; s < n; s += nr {
		strip := dst[s*kb : (s+nr)*kb]
		cols := min(nr, n-s)
		if cols < nr {
			clear(strip)
		}
		if js == 1 { // a row of the strip is contiguous
			for p := 0; p < kb; p++ {
				copy(strip[p*nr:p*nr+cols], x[p*ps+s:])
			}
			continue
		}
		if ps == 1 { // a column of the strip is contiguous: eight columns read side by side
			j := 0
			for ; j+8 <= cols; j += 8 {
				x0 := x[(s+j)*js:]
				c0, c1, c2, c3 := x0[:kb], x0[js:][:kb], x0[2*js:][:kb], x0[3*js:][:kb]
				c4, c5, c6, c7 := x0[4*js:][:kb], x0[5*js:][:kb], x0[6*js:][:kb], x0[7*js:][:kb]
				out := strip[j:]
				for p := 0; p < kb; p++ {
					row := out[p*nr:][:8]
					row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] = c0[p], c1[p], c2[p], c3[p], c4[p], c5[p], c6[p], c7[p]
				}
			}
			for ; j < cols; j++ {
				for p, v := range x[(s+j)*js:][:kb] {
					strip[p*nr+j] = v
				}
			}
			continue
		}
		for p := 0; p < kb; p++ {
			for j := 0; j < cols; j++ {
				strip[p*nr+j] = x[p*ps+(s+j)*js]
			}
		}
	}
}
