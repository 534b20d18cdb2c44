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
//  2. For each block of kc steps of the inner dimension, a tile copies
//     ("packs") its rows of op(A) and its columns of op(B) into buffers laid
//     out in the order the kernel reads them: the transposes are dealt with
//     here, once, and the kernel reads memory contiguously from caches the
//     buffers fit in. An operand already in that order (a transposed A, a
//     B that is not) is read in place.
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
	add  func(k int, a []T, strideA int, b []T, strideB int, c []T, ldc int, alpha T)
}

// The kernels of package microkernel.
var (
	kernel64AVX2   = &kernel[float64]{"AVX2+FMA", microkernel.Cols, microkernel.Add}
	kernel64AVX512 = &kernel[float64]{"AVX-512", microkernel.Cols512, microkernel.Add512}
	kernel32AVX2   = &kernel[float32]{"AVX2+FMA", microkernel.SCols, microkernel.SAdd}
	kernel32AVX512 = &kernel[float32]{"AVX-512", microkernel.SCols512, microkernel.SAdd512}
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
	scratch [mr * maxNR]T
}

func newPackBuffers[T float]() *packBuffers[T] {
	return &packBuffers[T]{a: make([]T, tileM*kc), b: make([]T, kc*tileN)}
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
	runTiles(&pool64, k64, bufs, packedParallel(m, n, k), tileM, tileN, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
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
	runTiles(&pool32, k32, bufs, packedParallel(m, n, k), tileM, tileN, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// packedParallel reports whether an m×n×k product is worth the workers.
func packedParallel(m, n, k int) bool {
	tiles := ceilDiv(m, tileM) * ceilDiv(n, tileN)
	return tiles > 1 && 2*m*n*k >= minPackedParallel && runtime.GOMAXPROCS(0) > 1
}

// runPacked computes the tile with its micro-kernel, using bufs.
//
// A strip of op(A) needs packing only when A is not transposed: a
// transposed A (op(A)[i][p] = a[p*lda+i]) already holds each column of a
// 6-row strip contiguously, so the kernel reads it in place with stride
// lda. Likewise a strip of op(B) is read in place when B is not transposed
// (each row of an nr-column strip is contiguous, stride ldb). Only the strips
// at the edges of C, fewer than 6 rows or nr columns, are then packed, with
// zeros for what is past the edge.
func (t *tile[T]) runPacked(bufs *packBuffers[T]) {
	scaleC(t.m, t.n, t.beta, t.c, t.ldc)
	nr, add := t.kern.nr, t.kern.add
	inPlaceA, inPlaceB := t.tA != blas.NoTrans, t.tB == blas.NoTrans
	fullM, fullN := t.m-t.m%mr, t.n-t.n%nr // the rows and columns of whole strips
	for p0 := 0; p0 < t.k; p0 += kc {
		kb := min(kc, t.k-p0)
		// Pack what cannot be read in place: every strip, or the edge strip.
		if !inPlaceA {
			packA(t.tA, t.m, kb, t.a, t.lda, p0, bufs.a)
		} else if fullM < t.m {
			packA(t.tA, t.m-fullM, kb, t.a[fullM:], t.lda, p0, bufs.a[fullM*kb:])
		}
		if !inPlaceB {
			packB(t.tB, nr, t.n, kb, t.b, t.ldb, p0, bufs.b)
		} else if fullN < t.n {
			packB(t.tB, nr, t.n-fullN, kb, t.b[fullN:], t.ldb, p0, bufs.b[fullN*kb:])
		}
		for j := 0; j < t.n; j += nr {
			bs, strideB := bufs.b[j*kb:(j+nr)*kb], nr // the kb×nr strip of columns j…j+nr−1
			if inPlaceB && j < fullN {
				bs, strideB = t.b[p0*t.ldb+j:], t.ldb
			}
			for i := 0; i < t.m; i += mr {
				as, strideA := bufs.a[i*kb:(i+mr)*kb], mr // the 6×kb strip of rows i…i+5
				if inPlaceA && i < fullM {
					as, strideA = t.a[p0*t.lda+i:], t.lda
				}
				if i < fullM && j < fullN {
					add(kb, as, strideA, bs, strideB, t.c[i*t.ldc+j:], t.ldc, t.alpha)
					continue
				}
				// An edge block: C's valid part into the scratch block, the
				// kernel there, and the valid part back.
				s := bufs.scratch[:mr*nr]
				clear(s)
				rows, cols := min(mr, t.m-i), min(nr, t.n-j)
				for ii := 0; ii < rows; ii++ {
					copy(s[ii*nr:ii*nr+cols], t.c[(i+ii)*t.ldc+j:])
				}
				add(kb, as, strideA, bs, strideB, s, nr, t.alpha)
				for ii := 0; ii < rows; ii++ {
					copy(t.c[(i+ii)*t.ldc+j:(i+ii)*t.ldc+j+cols], s[ii*nr:])
				}
			}
		}
	}
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

// packA copies columns p0…p0+kb−1 of the m rows of op(A) into dst as strips
// of mr rows, each strip kb columns of mr values (dst[s*kb + p*mr + i] =
// op(A)[s+i][p0+p]), with zeros for the rows past m.
func packA[T float](tA blas.Transpose, m, kb int, a []T, lda, p0 int, dst []T) {
	for s := 0; s < m; s += mr {
		strip := dst[s*kb : (s+mr)*kb]
		rows := min(mr, m-s)
		switch {
		case tA != blas.NoTrans && rows == mr: // op(A)[i][q] = a[q*lda+i]: a column of the strip is contiguous
			for p := 0; p < kb; p++ {
				col, src := strip[p*mr:][:mr], a[(p0+p)*lda+s:][:mr]
				col[0], col[1], col[2], col[3], col[4], col[5] = src[0], src[1], src[2], src[3], src[4], src[5]
			}
		case rows == mr: // op(A)[i][q] = a[i*lda+q]: the strip's six rows read side by side
			r0 := a[s*lda+p0:][:kb]
			r1, r2 := a[(s+1)*lda+p0:][:len(r0)], a[(s+2)*lda+p0:][:len(r0)] // [:len(r0)]: no bounds checks below
			r3, r4, r5 := a[(s+3)*lda+p0:][:len(r0)], a[(s+4)*lda+p0:][:len(r0)], a[(s+5)*lda+p0:][:len(r0)]
			for p := range r0 {
				col := strip[p*mr:][:mr]
				col[0], col[1], col[2], col[3], col[4], col[5] = r0[p], r1[p], r2[p], r3[p], r4[p], r5[p]
			}
		case tA != blas.NoTrans: // the last rows, padded with zeros
			clear(strip)
			for p := 0; p < kb; p++ {
				copy(strip[p*mr:p*mr+rows], a[(p0+p)*lda+s:])
			}
		default:
			clear(strip)
			for i := 0; i < rows; i++ {
				for p, v := range a[(s+i)*lda+p0:][:kb] {
					strip[p*mr+i] = v
				}
			}
		}
	}
}

// packB copies rows p0…p0+kb−1 of the n columns of op(B) into dst as strips
// of nr columns, each strip kb rows of nr values (dst[s*kb + p*nr + j] =
// op(B)[p0+p][s+j]), with zeros for the columns past n.
func packB[T float](tB blas.Transpose, nr, n, kb int, b []T, ldb, p0 int, dst []T) {
	for s := 0; s < n; s += nr {
		strip := dst[s*kb : (s+nr)*kb]
		cols := min(nr, n-s)
		if cols < nr {
			clear(strip)
		}
		if tB == blas.NoTrans { // op(B)[q][j] = b[q*ldb+j]: a row of the strip is contiguous
			for p := 0; p < kb; p++ {
				copy(strip[p*nr:p*nr+cols], b[(p0+p)*ldb+s:])
			}
			continue
		}
		// op(B)[q][j] = b[j*ldb+q]: the strip's columns read side by side, four at a time
		j := 0
		for ; j+4 <= cols; j += 4 {
			c0 := b[(s+j)*ldb+p0:][:kb]
			c1, c2, c3 := b[(s+j+1)*ldb+p0:][:len(c0)], b[(s+j+2)*ldb+p0:][:len(c0)], b[(s+j+3)*ldb+p0:][:len(c0)]
			for p := range c0 {
				row := strip[p*nr+j:][:4]
				row[0], row[1], row[2], row[3] = c0[p], c1[p], c2[p], c3[p]
			}
		}
		for ; j < cols; j++ {
			for p, v := range b[(s+j)*ldb+p0:][:kb] {
				strip[p*nr+j] = v
			}
		}
	}
}
