package blas

import (
	"runtime"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// pureGo is gonum's implementation with a Dgemm and an Sgemm that allocate
// nothing.
//
// gonum's own Dgemm splits a large product into 64×64 blocks of C and starts
// a goroutine per block: about 50 small allocations for one training step,
// and some garbage collection. pureGo cuts C instead into tiles that gonum
// multiplies serially and hands them to GOMAXPROCS workers started once. The
// arithmetic is gonum's, to the bit: each element of C is the same sum over k
// in the same order. Two of gonum's rules make that so:
//
//   - A product of 4 blocks or more gonum sums over k in chunks of 64, block
//     after block; for C = A Bᵀ (its dot products, whose partial sums are
//     rounded per chunk) a tile of such a product is summed in the same
//     chunks (kChunk). The other transposes add one product a·b at a time
//     into C, in k's order: chunks change nothing.
//   - A product of fewer than 4 blocks gonum multiplies serially with no
//     chunks: any tiles multiplied serially give its bits, so a product that
//     is worth the two cores but fits in one 64×64 block (a 8×25 ∂C/∂W over
//     18432 positions) is cut into two tiles of rows.
type pureGo struct {
	gonum.Implementation
}

// tile is a part of C to compute, m×n, as a product of its own: a, b and c
// start at its first row of op(A), its first column of op(B) and its first
// element of C (see cutTile), with the strides of the whole matrices.
type tile[T float] struct {
	tA, tB        blas.Transpose
	m, n, k       int
	alpha, beta   T
	a, b, c       []T
	lda, ldb, ldc int
	kChunk        int // sum over k in chunks of kChunk (0: all of k at once)
	done          *sync.WaitGroup
}

// A tile is one 64×64 block of gonum's, which it multiplies serially.
// Products under minParallel flops run on the caller's goroutine. gonum goes
// parallel at gonumParallel blocks, summing k in chunks of gonumChunk.
const (
	tileRows, tileCols = 64, 64
	minParallel        = 1 << 16
	gonumParallel      = 4
	gonumChunk         = 64
)

// waitGroups recycles the WaitGroup of each call, so that none is allocated.
var waitGroups = sync.Pool{New: func() any { return new(sync.WaitGroup) }}

// pool is the gonum engine's workers of one precision, started on first
// use: GOMAXPROCS goroutines taking tiles from jobs.
type pool[T float] struct {
	once sync.Once
	jobs chan tile[T]
}

var (
	pool64 pool[float64]
	pool32 pool[float32]
)

func (w *pool[T]) start() {
	w.jobs = make(chan tile[T], 64)
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for t := range w.jobs {
				t.runTile()
			}
		}()
	}
}

// Dgemm computes C ← α op(A) op(B) + β C as gonum's Dgemm does. A large
// product is cut into 64×64 tiles of C computed by the workers; a small one
// runs on the caller's goroutine, tile by tile if gonum would otherwise start
// goroutines for it.
func (impl pureGo) Dgemm(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if !gemmOK(tA, tB, m, n, k, a, lda, b, ldb, c, ldc) || !gonumTiles(&pool64, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc) {
		impl.Implementation.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	}
}

// Sgemm is Dgemm in float32, with gonum's Sgemm on each tile.
func (impl pureGo) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if !gemmOK(tA, tB, m, n, k, a, lda, b, ldb, c, ldc) || !gonumTiles(&pool32, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc) {
		impl.Implementation.Sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	}
}

// gonumTiles computes a valid product in tiles of gonum's code, on the
// workers when it is worth it, with gonum's bits (see pureGo); it returns
// false, having done nothing, for a product gonum itself multiplies serially
// on the caller's goroutine without allocating.
func gonumTiles[T float](workers *pool[T], tA, tB blas.Transpose, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) bool {
	blocks := ceilDiv(m, tileRows) * ceilDiv(n, tileCols)
	parallel := 2*m*n*k >= minParallel && runtime.GOMAXPROCS(0) > 1 && (blocks > 1 || m > 1)
	if blocks < gonumParallel && !parallel {
		return false
	}
	rows, chunk := tileRows, 0
	if blocks >= gonumParallel && tA == blas.NoTrans && tB != blas.NoTrans {
		chunk = gonumChunk
	}
	if blocks == 1 {
		rows = ceilDiv(m, 2) // serial in gonum: two tiles of rows give the same bits
	}
	runTiles(workers, parallel, rows, tileCols, chunk, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	return true
}

// runTiles computes C ← α op(A) op(B) + β C in tiles of at most rows×cols
// with gonum's code. When parallel, the workers take the tiles from the
// queue; otherwise the caller computes them one after the other.
func runTiles[T float](workers *pool[T], parallel bool, rows, cols, kChunk int, tA, tB blas.Transpose, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) {
	var done *sync.WaitGroup
	if parallel {
		workers.once.Do(workers.start)
		done = waitGroups.Get().(*sync.WaitGroup)
		defer waitGroups.Put(done)
	}
	for i := 0; i < m; i += rows {
		for j := 0; j < n; j += cols {
			t := cutTile(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, i, j, rows, cols)
			t.kChunk = kChunk
			if parallel {
				t.done = done
				done.Add(1)
				workers.jobs <- t
			} else {
				t.compute()
			}
		}
	}
	if parallel {
		done.Wait()
	}
}

// runTile computes a tile of the queue and tells its product it is done.
func (t *tile[T]) runTile() {
	t.compute()
	t.done.Done()
}

// compute computes the tile with gonum's code, over all of k at once or in
// chunks of kChunk (C = A Bᵀ only: a chunk is a range of the columns of
// both), β applied with the first.
func (t *tile[T]) compute() {
	chunk := t.k
	if t.kChunk > 0 {
		chunk = t.kChunk
	}
	beta := t.beta
	for p := 0; p < t.k; p += chunk {
		lenk := min(chunk, t.k-p)
		switch t := any(t).(type) {
		case *tile[float64]:
			gonum.Implementation{}.Dgemm(t.tA, t.tB, t.m, t.n, lenk, t.alpha, t.a[p:], t.lda, t.b[p:], t.ldb, float64(beta), t.c, t.ldc)
		case *tile[float32]:
			gonum.Implementation{}.Sgemm(t.tA, t.tB, t.m, t.n, lenk, t.alpha, t.a[p:], t.lda, t.b[p:], t.ldb, float32(beta), t.c, t.ldc)
		}
		beta = 1
	}
}

// cutTile returns the tile of C at row i, column j, at most rows×cols: its
// rows of op(A), its columns of op(B) and its part of C.
func cutTile[T float](tA, tB blas.Transpose, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int, i, j, rows, cols int) tile[T] {
	t := tile[T]{tA: tA, tB: tB, m: min(rows, m-i), n: min(cols, n-j), k: k, alpha: alpha, beta: beta,
		c: c[i*ldc+j:], lda: lda, ldb: ldb, ldc: ldc}
	if tA == blas.NoTrans {
		t.a = a[i*lda:]
	} else {
		t.a = a[i:]
	}
	if tB == blas.NoTrans {
		t.b = b[j:]
	} else {
		t.b = b[j*ldb:]
	}
	return t
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// gemmOK reports whether the arguments are valid and every dimension is
// positive, so that the slices may be cut into tiles (or handed to C).
func gemmOK[T float](tA, tB blas.Transpose, m, n, k int, a []T, lda int, b []T, ldb int, c []T, ldc int) bool {
	if m <= 0 || n <= 0 || k <= 0 || !isTrans(tA) || !isTrans(tB) {
		return false
	}
	const maxInt32 = 1<<31 - 1
	if m > maxInt32 || n > maxInt32 || k > maxInt32 || lda > maxInt32 || ldb > maxInt32 || ldc > maxInt32 {
		return false
	}
	rowsA, colsA := m, k // op(A) is m×k
	if tA != blas.NoTrans {
		rowsA, colsA = k, m
	}
	rowsB, colsB := k, n // op(B) is k×n
	if tB != blas.NoTrans {
		rowsB, colsB = n, k
	}
	return lda >= colsA && len(a) >= (rowsA-1)*lda+colsA &&
		ldb >= colsB && len(b) >= (rowsB-1)*ldb+colsB &&
		ldc >= n && len(c) >= (m-1)*ldc+n
}

func isTrans(t blas.Transpose) bool {
	return t == blas.NoTrans || t == blas.Trans || t == blas.ConjTrans
}
