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
//  1. For each block of kc steps of the inner dimension, the kernel
//     broadcasts elements of one operand, P, read in place (by columns or
//     by rows, whichever it is stored in), and loads rows of the other, Q:
//     those are read in place when contiguous, and otherwise copied
//     ("packed") once into a buffer laid out in the order the kernel reads
//     it, the transposes dealt with there. A product that would pack op(B)
//     computes Cᵀ = op(B)ᵀ op(A)ᵀ instead when packing op(A) costs less
//     (see product): a training step's forward product H Wᵀ packs the
//     batch's rows of H, never W.
//  2. The product is cut into tiles, bands of P's rows by chunks of Q's
//     columns, computed by the caller and, for a large enough product, by
//     helpers that spin between products (team): each takes its own bands
//     first, then what is left of the others'.
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
	bandRows = 16 * mr // rows of P per tile, at most
	tileN    = 64      // columns of Q per tile (a multiple of every kernel's nr): Q's pack is kc×64
	kc       = 256     // inner-dimension block: a 6×kc and a kc×nr strip fit in L1 together
	// Products under minPackedParallel flops run on the caller's goroutine:
	// below about half a million, waking another core costs more than it
	// saves (Nielsen's 784-30-10, whose products are 470 000 flops, takes
	// 52 µs a step on one goroutine against 74 µs on two, measured).
	minPackedParallel = 1 << 19
)

// packBuffers are one goroutine's packs: P's edge strip, Q's strips when
// they are packed tile by tile, a swapped tile's Cᵀ, and the whole of Q when
// it is packed once for the product (qpack, grown to the largest product's
// need, at most maxSharedPack values).
type packBuffers[T float] struct {
	a, b    []T
	ct      []T // a swapped tile's Cᵀ, in whole blocks
	qpack   []T
	scratch [mr * maxNR]T
}

func newPackBuffers[T float]() *packBuffers[T] {
	return &packBuffers[T]{
		a:  make([]T, mr*kc),                                                // P's edge strip
		b:  make([]T, kc*tileN),                                             // Q: a tile's columns of one kc block
		ct: make([]T, ceilDiv(tileN, maxNR)*maxNR*ceilDiv(bandRows, mr)*mr), // Cᵀ of a swapped tile: bandRows×tileN, padded
	}
}

// callerBuffers are the packs of the goroutines that call Dgemm and Sgemm.
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
	pr := newProduct(k64, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	if impl.k64 == nil && k64 != kernel64AVX2 {
		pr = narrower(pr, kernel64AVX2, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	}
	pr.run(&team64, bufs)
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
	pr := newProduct(k32, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	if impl.k32 == nil && k32 != kernel32AVX2 {
		pr = narrower(pr, kernel32AVX2, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	}
	pr.run(&team32, bufs)
}

// narrower returns the product with the narrower kernel k when its blocks
// of C pad Q's columns less: a product whose Q has 10 columns (the output
// layer of MNIST, A² = H¹ (W²)ᵀ) computes 16 columns a row with the AVX2
// float32 kernel and 32 with the AVX-512 one. The two kernels give the same
// bits, so the choice changes only the time.
func narrower[T float](pr product[T], k *kernel[T], tA, tB blas.Transpose, m, n, kk int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) product[T] {
	if pr.S >= pr.kern.nr {
		return pr
	}
	alt := newProduct(k, tA, tB, m, n, kk, alpha, a, lda, b, ldb, beta, c, ldc)
	if ceilDiv(alt.R, mr)*alt.sp < ceilDiv(pr.R, mr)*pr.sp {
		return alt
	}
	return pr
}

// product is one packed product C ← α op(A) op(B) + β C as the kernel sees
// it: blocks of P Q, P R×K and Q K×S, with P[i][p] = pm[i*rs + p*cs] and
// Q[p][j] = qm[p*ps + j*js].
//
// The kernel broadcasts elements of P and loads rows of Q, nr at a time.
// P = op(A) and Q = op(B); or, "swapped", P = op(B)ᵀ and Q = op(A)ᵀ, whose
// product is Cᵀ (the same sums, multiplied in the other order: the same
// bits, as x·y = y·x). P is always read in place: by columns (rs = 1, the
// kernels of Add) or by rows (cs = 1, the kernels of AddRows), one of which
// every operand is. Q is read in place when its rows are contiguous
// (js = 1), and otherwise packed, once for the whole product (qpack) when it
// is small enough, so the product packs at most one operand, and swaps to
// pack the smaller one: the forward product of a training step,
// Hˡ⁻¹ (Wˡ)ᵀ, packs the batch's rows of Hˡ⁻¹ rather than all of Wˡ.
//
// The product is cut into tiles: bands of rows of P (whole strips of mr
// rows) by chunks of at most tileN columns of Q. Each participant of a
// parallel product owns a run of bands (see team), the same rows for every
// product of the same shape: in a training step the hidden units of Wˡ are
// the rows of P both in the forward product (swapped: P = Wˡ) and in the
// update (P = (Δˡ)ᵀ), so each core reads and writes the same rows of Wˡ,
// which stay in its own cache.
type product[T float] struct {
	kern           *kernel[T]
	swap           bool
	R, S, K        int
	pm, qm         []T
	rs, cs, ps, js int
	alpha, beta    T
	c              []T
	ldc            int
	sp             int // S padded to whole strips of nr: the width of qpack's blocks
	qpack          []T // Q packed whole, kc rows at a time (block bi at bi·kc·sp: the block of rows p0… at p0·sp); nil: packed tile by tile, if at all
	parts          int // participants the bands are shared by
	bandsPer       int // bands per participant
	chunks         int // chunks of Q's columns per band
}

// newProduct sees the product as P Q (swapped or not), for one participant.
func newProduct[T float](kern *kernel[T], tA, tB blas.Transpose, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) product[T] {
	pr := product[T]{kern: kern, K: k, alpha: alpha, beta: beta, c: c, ldc: ldc}
	pr.swap = tB != blas.NoTrans && (tA != blas.NoTrans || swapCheaper(m, n, kern.nr))
	if !pr.swap {
		pr.R, pr.S, pr.pm, pr.qm = m, n, a, b
		pr.rs, pr.cs = lda, 1 // op(A)[i][p] = a[i*lda+p]
		if tA != blas.NoTrans {
			pr.rs, pr.cs = 1, lda
		}
		pr.ps, pr.js = ldb, 1 // op(B)[p][j] = b[p*ldb+j]
		if tB != blas.NoTrans {
			pr.ps, pr.js = 1, ldb
		}
	} else {
		pr.R, pr.S, pr.pm, pr.qm = n, m, b, a
		pr.rs, pr.cs = 1, ldb // op(B)ᵀ[r][p] = op(B)[p][r] = b[p*ldb+r]
		if tB != blas.NoTrans {
			pr.rs, pr.cs = ldb, 1
		}
		pr.ps, pr.js = 1, lda // op(A)ᵀ[p][s] = op(A)[s][p] = a[s*lda+p]
		if tA != blas.NoTrans {
			pr.ps, pr.js = lda, 1
		}
	}
	pr.sp = ceilDiv(pr.S, kern.nr) * kern.nr
	pr.share(1)
	return pr
}

// share cuts the bands for parts participants: each gets an equal run of
// P's strips (to one strip), cut into bands of at most bandRows rows, and at
// least two when it has two strips, so that a participant that finishes
// first can take a band of another's.
func (pr *product[T]) share(parts int) {
	pr.parts = parts
	strips := ceilDiv(ceilDiv(pr.R, mr), parts) // a participant's strips, at most
	pr.bandsPer = ceilDiv(strips, bandRows/mr)
	if parts > 1 && strips >= 2 {
		pr.bandsPer = max(pr.bandsPer, 2)
	}
	pr.chunks = ceilDiv(pr.S, tileN)
}

// tiles returns the number of tiles: bands × chunks.
func (pr *product[T]) tiles() int { return pr.parts * pr.bandsPer * pr.chunks }

// band returns the rows r0…r1−1 of P of band b (r0 = r1 for an empty band):
// participant b / bandsPer's strips, cut in bandsPer equal parts.
func (pr *product[T]) band(b int) (r0, r1 int) {
	strips := ceilDiv(pr.R, mr)
	p, q := b/pr.bandsPer, b%pr.bandsPer
	s0, s1 := p*strips/pr.parts, (p+1)*strips/pr.parts
	b0, b1 := s0+q*(s1-s0)/pr.bandsPer, s0+(q+1)*(s1-s0)/pr.bandsPer
	return min(b0*mr, pr.R), min(b1*mr, pr.R)
}

// runTileIndex computes tile t: band t / chunks, chunk t % chunks.
func (pr *product[T]) runTileIndex(t int, bufs *packBuffers[T]) {
	r0, r1 := pr.band(t / pr.chunks)
	s0 := t % pr.chunks * tileN
	if r0 < r1 {
		pr.runTile(r0, r1, s0, min(s0+tileN, pr.S), bufs)
	}
}

// maxSharedPack is the most values of Q packed once for a whole product.
const maxSharedPack = 1 << 20

// packsQ reports whether Q is packed once for the whole product.
func (pr *product[T]) packsQ() bool { return pr.js != 1 && pr.K*pr.sp <= maxSharedPack }

// packTask packs task t of tasks into pr.qpack: an equal share of Q's
// columns (to 16), in every block. A task's columns are the rows of the
// batch that the same participant copied from the training set (GatherRows
// shares the rows the same way), so it reads them from its own cache.
func (pr *product[T]) packTask(t, tasks int) {
	c0, c1 := t*pr.S/tasks/16*16, (t+1)*pr.S/tasks/16*16
	if t == tasks-1 {
		c1 = pr.S
	}
	for p0 := 0; p0 < pr.K; p0 += kc {
		kb := min(kc, pr.K-p0)
		packQ(pr.kern.nr, pr.S, kb, c0, c1, pr.qm[p0*pr.ps:], pr.ps, pr.js, pr.qpack[p0*pr.sp:])
	}
}

// run computes the product: with the team when it is worth it, on the
// caller's goroutine otherwise (then with bufs, the caller's packs).
func (pr *product[T]) run(tm *team[T], bufs *packBuffers[T]) {
	if packedParallel(pr.R, pr.S, pr.K) && tm.run(pr, bufs) {
		return
	}
	pr.runAlone(bufs)
}

// runAlone computes the product on the caller's goroutine, with bufs.
func (pr *product[T]) runAlone(bufs *packBuffers[T]) {
	if pr.packsQ() {
		pr.qpack = grow(&bufs.qpack, pr.K*pr.sp)
		pr.packTask(0, 1)
	}
	for t := range pr.tiles() {
		pr.runTileIndex(t, bufs)
	}
}

// grow returns (*buf)[:n], reallocating *buf if it is shorter.
func grow[T float](buf *[]T, n int) []T {
	if len(*buf) < n {
		*buf = make([]T, n)
	}
	return (*buf)[:n]
}

// packedParallel reports whether a product of P R×K by Q K×S is worth the
// team: at least two strips of P to share and minPackedParallel flops.
func packedParallel(R, S, K int) bool {
	return R > mr && 2*R*S*K >= minPackedParallel && runtime.GOMAXPROCS(0) > 1
}

// runTile computes the tile of rows r0…r1−1 of P and columns s0…s1−1 of Q
// with bufs, kc steps of the inner dimension at a time. The strips at the
// edges (fewer than 6 rows of P, fewer than nr columns of Q) are packed
// with zeros past the edge, and the blocks of C there are computed in a
// scratch block with C's values copied in and back; a swapped tile computes
// Cᵀ in a buffer of whole blocks, copied from C at the start and back at the
// end. β C is applied to the tile first, so each element of C is
// β·C + α·(the kc-blocks' sums, in order of p): the same numbers whatever
// the tiles, the participants or the kernel's width.
func (pr *product[T]) runTile(r0, r1, s0, s1 int, bufs *packBuffers[T]) {
	kern := pr.kern
	nr := kern.nr
	R, S := r1-r0, s1-s0
	fullR, fullS := R-R%mr, S-S%nr // the rows of P and columns of Q of whole strips
	// The kernel's C: the tile's own, or for a swapped tile Cᵀ copied into
	// bufs.ct, padded to whole blocks so that every block is computed in
	// place there, and copied back at the end.
	var c []T
	ldc := pr.ldc
	if !pr.swap {
		c = pr.c[r0*pr.ldc+s0:]
		scaleC(R, S, pr.beta, c, ldc)
	} else {
		ldc = ceilDiv(S, nr) * nr
		c = bufs.ct[:ceilDiv(R, mr)*mr*ldc]
		if pr.beta == 0 { // β C = 0, whatever C holds: nothing to copy in
			clear(c)
		} else {
			scaleC(S, R, pr.beta, pr.c[s0*pr.ldc+r0:], pr.ldc)
			for jj := 0; jj < S; jj++ { // Cᵀ[r][jj] = C[s0+jj][r0+r]
				for r, v := range pr.c[(s0+jj)*pr.ldc+r0:][:R] {
					c[r*ldc+jj] = v
				}
			}
		}
		fullR, fullS = R, S // every block is whole in bufs.ct
	}
	for p0 := 0; p0 < pr.K; p0 += kc {
		kb := min(kc, pr.K-p0)
		// The packed strips of the tile's columns in this block, qb[j*kb:]
		// for column s0+j: from qpack, or packed here what cannot be read
		// in place (Q's strips if its rows are not contiguous, the edge
		// strip otherwise).
		qb := bufs.b
		switch {
		case pr.qpack != nil:
			qb = pr.qpack[p0*pr.sp+s0*kb:]
		case pr.js != 1:
			packQ(nr, S, kb, 0, S, pr.qm[p0*pr.ps+s0*pr.js:], pr.ps, pr.js, bufs.b)
		case S%nr != 0:
			e := S - S%nr
			packQ(nr, S-e, kb, 0, S-e, pr.qm[p0*pr.ps+(s0+e)*pr.js:], pr.ps, pr.js, bufs.b[e*kb:])
		}
		if R%mr != 0 {
			e := R - R%mr
			packP(R-e, kb, pr.pm[(r0+e)*pr.rs+p0*pr.cs:], pr.rs, pr.cs, bufs.a)
		}
		for j := 0; j < S; j += nr {
			qs, strideQ := qb[j*kb:(j+nr)*kb], nr // the kb×nr strip of columns s0+j…
			if pr.js == 1 && j+nr <= S {
				qs, strideQ = pr.qm[p0*pr.ps+s0+j:], pr.ps
			}
			for i := 0; i < R; i += mr {
				add, ps0, strideP := kern.add, bufs.a, mr // the 6×kb strip of rows r0+i…r0+i+5
				switch {
				case i+mr > R: // packed
				case pr.rs == 1:
					ps0, strideP = pr.pm[r0+i+p0*pr.cs:], pr.cs
				default:
					add, ps0, strideP = kern.rows, pr.pm[(r0+i)*pr.rs+p0:], pr.rs
				}
				if i < fullR && j < fullS {
					add(kb, ps0, strideP, qs, strideQ, c[i*ldc+j:], ldc, pr.alpha)
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
				add(kb, ps0, strideP, qs, strideQ, sc, nr, pr.alpha)
				for ii := 0; ii < rows; ii++ {
					copy(c[(i+ii)*ldc+j:(i+ii)*ldc+j+cols], sc[ii*nr:])
				}
			}
		}
	}
	if pr.swap {
		for jj := 0; jj < S; jj++ {
			row := pr.c[(s0+jj)*pr.ldc+r0:][:R]
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

// packQ copies columns c0…c1−1 of a block of kb rows of Q (Q[p][j] =
// x[p*ps+j*js]) into dst as strips of nr columns, each kb rows of nr values
// (dst[s*kb + p*nr + j] = Q[p][s+j]); the call with the last column (c1 =
// n) also writes the zeros past it, to the end of its strip. Calls for
// columns a multiple of 16 apart write different cache lines, so two
// participants can pack one block at once.
func packQ[T float](nr, n, kb, c0, c1 int, x []T, ps, js int, dst []T) {
	for s := c0 / nr * nr; s < c1; s += nr {
		strip := dst[s*kb : (s+nr)*kb]
		j0, j1 := max(c0-s, 0), min(c1-s, nr)
		if c1 == n && s+nr > n { // the zeros past the last column
			for p := 0; p < kb; p++ {
				clear(strip[p*nr+n-s : (p+1)*nr])
			}
		}
		j := j0
		switch {
		case js == 1: // a row of the strip is contiguous
			for p := 0; p < kb; p++ {
				copy(strip[p*nr+j0:p*nr+j1], x[p*ps+s+j0:])
			}
			continue
		case ps == 1: // a column of Q is contiguous: eight at a time become eight columns of the strip
			for ; j+8 <= j1; j += 8 {
				transpose8(kb, x[(s+j)*js:], js, strip[j:], nr)
			}
		}
		for ; j < j1; j++ {
			for p := 0; p < kb; p++ {
				strip[p*nr+j] = x[p*ps+(s+j)*js]
			}
		}
	}
}

// transpose8 sets dst[p*dstStride + j] = src[j*srcStride + p] for j < 8 and
// p < n, with the vector registers of microkernel.Transpose32 and
// Transpose64.
func transpose8[T float](n int, src []T, srcStride int, dst []T, dstStride int) {
	switch src := any(src).(type) {
	case []float32:
		microkernel.Transpose32(n, src, srcStride, any(dst).([]float32), dstStride)
	case []float64:
		microkernel.Transpose64(n, src, srcStride, any(dst).([]float64), dstStride)
	}
}
