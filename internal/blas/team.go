package blas

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// A team is the goroutine that calls a product and GOMAXPROCS−1 helpers,
// started once, that share its tiles: one product at a time, the packed
// engine's parallel products (the gonum engine has its workers, pool).
//
// A training step is a handful of products a few microseconds apart, each
// of some tens of microseconds. Handing tiles to parked goroutines through a
// channel, as pool does, costs a wake-up of a sleeping thread for every
// product, which on the lecture machines takes as long as the tiles it
// hands out. So between products the helpers spin, watching for the next
// one, for spinFor, and only then sleep, a little longer each time (idle);
// nobody wakes them: a caller's wake-up would make the helper runnable on
// the caller's own P, where Go's scheduler can leave both for a whole
// training run, one core doing the work of two (measured: epochs 1.8 times
// slower, at random). Nothing waits for a helper: the caller takes tiles
// too, its own first and then the others', so a helper that is late
// (asleep, or descheduled on a busy machine) costs nothing but its share of
// the speed-up.
//
// Each participant owns a run of the product's bands (product.share): its
// own tiles first, the others' when it has none left. A product of the same
// shape gives the same rows of P to the same participant every time, and in
// a training step the rows of P are the hidden units of Wˡ both in the
// forward product and in the update, so each core keeps its rows of Wˡ in
// its own cache from one product to the next.
type team[T float] struct {
	once    sync.Once
	busy    atomic.Bool   // a caller owns the team (one product at a time)
	state   atomic.Uint64 // odd while a product is open to the helpers
	active  atomic.Int64  // helpers inside the open product
	helpers int           // GOMAXPROCS−1 at the start

	// The open job, written by its caller before state turns odd: a product,
	// or rows to gather (gather.rows ≠ nil).
	gather    gatherJob[T]
	pr        product[T]
	packs     int          // tasks of Q's shared pack, done before any tile: one per participant, or none
	packTaken []counter    // packTaken[p] > 0: participant p's pack task is taken
	packsLeft atomic.Int64 // pack tasks not yet done
	next      []counter    // next[p]: the next of participant p's tiles to take
	per       int          // tiles per participant
	left      atomic.Int64 // tiles not yet done
	qpack     []T          // Q's shared pack

	// A gather ahead (GatherAhead) runs detached: its caller does not wait
	// for it, and the next caller to own the team stops it (cancel) and
	// closes it, and starts it again after its product (release). ahead
	// describes it, and the rows it copied, until a GatherRows of the same
	// rows uses them.
	detached  atomic.Bool
	cancel    atomic.Bool
	ahead     gatherJob[T]
	aheadRows []int
	aheadDone []bool

	helped      atomic.Int64 // tasks done by the helpers, ever (for the tests)
	copiedAhead atomic.Int64 // rows copied ahead, ever (for the tests)
}

// counter is an atomic counter alone on its cache line, so that two cores
// taking tiles from their own runs do not fight over one line.
type counter struct {
	atomic.Int64
	_ [56]byte
}

var (
	team64 team[float64]
	team32 team[float32]
)

// spinFor is how long a helper watches for the next product before it
// sleeps: longer than the gaps between the products of a training step.
// Then it sleeps a quarter of the time it has been idle, between minSleep
// and maxSleep, and looks again.
const (
	spinFor  = 200 * time.Microsecond
	minSleep = 50 * time.Microsecond
	maxSleep = 4 * time.Millisecond
)

func (tm *team[T]) start() {
	n := runtime.GOMAXPROCS(0) - 1
	tm.helpers = n
	tm.next = make([]counter, n+1)
	tm.packTaken = make([]counter, n+1)
	for i := range n {
		go tm.help(i)
	}
}

// run computes pr with the team and returns true, or returns false at once
// if the team is busy with another caller's job or has no helpers.
func (tm *team[T]) run(pr *product[T], bufs *packBuffers[T]) bool {
	if !tm.own() {
		return false
	}
	defer tm.release()

	tm.gather = gatherJob[T]{}
	tm.pr = *pr
	tm.pr.share(len(tm.next))
	tm.packs = 0
	if tm.pr.packsQ() {
		tm.pr.qpack = grow(&tm.qpack, tm.pr.K*tm.pr.sp)
		tm.packs = len(tm.next)
	}
	tm.open(tm.pr.bandsPer*tm.pr.chunks, bufs)
	tm.pr = product[T]{} // the team keeps no slices of the caller's
	return true
}

// own starts the team if it is not yet, and makes the caller its owner if
// it has helpers and no other caller owns it.
func (tm *team[T]) own() bool {
	tm.once.Do(tm.start)
	if tm.helpers == 0 {
		return false
	}
	if tm.busy.CompareAndSwap(false, true) {
		return true
	}
	if !tm.detached.CompareAndSwap(true, false) {
		return false
	}
	// A gather ahead left running: stop it and take the team over. A
	// product resumes it when it is done (release).
	tm.cancel.Store(true)
	tm.close()
	tm.cancel.Store(false)
	tm.gather = gatherJob[T]{}
	return true
}

// release ends the owner's job: it gives the team back, or, after a
// product that stopped a gather ahead, starts that gather again where it
// stopped (the rows it has copied are marked done), so that the helpers go
// on copying the next batch while the caller finishes its step. A gather of
// any rows (GatherRows, GatherAhead) consumes or replaces the gather ahead
// first, and resumes nothing.
func (tm *team[T]) release() {
	if tm.ahead.rows != nil && slices.Contains(tm.ahead.done, false) { // stopped before its end by own
		tm.detach()
		return
	}
	tm.busy.Store(false)
}

// detach opens tm.ahead to the helpers, and returns with the team still
// owned: the next caller to own it stops it (own).
func (tm *team[T]) detach() {
	tm.gather = tm.ahead
	tm.gather.ahead = true
	tm.packs = 0
	tm.publish(4)
	tm.detached.Store(true)
}

// open runs the job its owner has written, with per tasks per participant
// (and tm.packs pack tasks first): it opens it to the helpers, takes part,
// waits until every task is done, and closes it.
func (tm *team[T]) open(per int, bufs *packBuffers[T]) {
	tm.publish(per)
	tm.work(0, bufs)
	for spins := 0; tm.left.Load() > 0; spins++ {
		pause(spins)
	}
	tm.close()
}

// publish opens the job its owner has written to the helpers, with per
// tasks per participant.
func (tm *team[T]) publish(per int) {
	for p := range tm.packTaken {
		tm.packTaken[p].Store(0)
	}
	tm.packsLeft.Store(int64(tm.packs))
	tm.per = per
	for p := range tm.next {
		tm.next[p].Store(0)
	}
	tm.left.Store(int64(per * len(tm.next)))
	tm.state.Add(1) // open
}

// close closes the open job: a helper that comes now leaves without reading
// it, and close returns when the helpers inside have left.
func (tm *team[T]) close() {
	tm.state.Add(1)
	for spins := 0; tm.active.Load() > 0; spins++ {
		pause(spins)
	}
}

// work is participant p's part of the open product: pack tasks while there
// are any, then, once Q is packed, its own tiles and then the others'.
func (tm *team[T]) work(p int, bufs *packBuffers[T]) {
	parts := len(tm.next)
	for o := range tm.packs { // its own pack task first, then any not yet taken
		q := (p + o) % parts
		if tm.packTaken[q].Add(1) == 1 {
			tm.pr.packTask(q, tm.packs)
			tm.packsLeft.Add(-1)
		}
	}
	for spins := 0; tm.packsLeft.Load() > 0; spins++ {
		pause(spins)
	}
	for o := range parts {
		q := (p + o) % parts
		for {
			t := int(tm.next[q].Add(1) - 1)
			if t >= tm.per {
				break
			}
			switch {
			case tm.gather.rows != nil:
				tm.copy(&tm.gather, q*tm.per+t, tm.per*parts)
			default:
				tm.pr.runTileIndex(q*tm.per+t, bufs)
			}
			if p > 0 {
				tm.helped.Add(1)
			}
			tm.left.Add(-1)
		}
	}
}

// help is helper i's loop: join every product opened while it watches,
// and after spinFor without one, sleep between looks.
func (tm *team[T]) help(i int) {
	bufs := newPackBuffers[T]()
	var seen uint64
	idle := time.Now()
	for spins := 0; ; spins++ {
		if s := tm.state.Load(); s%2 == 1 && s != seen {
			seen = s
			tm.active.Add(1)
			if tm.state.Load() == s { // still open: its fields are the product's
				tm.work(i+1, bufs)
			}
			tm.active.Add(-1)
			idle, spins = time.Now(), 0
			continue
		}
		microkernel.Pause()
		if spins%1024 != 1023 {
			continue
		}
		if d := time.Since(idle); d >= spinFor {
			time.Sleep(min(max(d/4, minSleep), maxSleep))
		}
	}
}

// pause is one turn of a wait for the other participants: a PAUSE (the
// spin-wait hint: it leaves the core to a sibling hardware thread, which
// may be running the helper), and every 128 a yield to the goroutines
// waiting for this core.
func pause(spins int) {
	microkernel.Pause()
	if spins%128 == 127 {
		runtime.Gosched()
	}
}

// gatherJob copies rows[i] of src into row i of dst, for every i: a
// training step's batch, taken from the training set. With done, it skips
// the rows already copied (done[i]); ahead, it runs detached and marks each
// row it copies in done, until it is cancelled (GatherAhead).
type gatherJob[T float] struct {
	dst, src             []T
	dstStride, srcStride int
	width                int
	rows                 []int
	done                 []bool
	ahead                bool
}

// copy does task t of tasks: an equal share of the rows.
func (tm *team[T]) copy(g *gatherJob[T], t, tasks int) {
	n := len(g.rows)
	for i := t * n / tasks; i < (t+1)*n/tasks; i++ {
		if g.ahead && tm.cancel.Load() {
			return
		}
		if g.done != nil && g.done[i] { // copied ahead (by an earlier run of the same gather ahead)
			continue
		}
		r := g.rows[i]
		copy(g.dst[i*g.dstStride:][:g.width], g.src[r*g.srcStride:][:g.width])
		if g.ahead {
			g.done[i] = true
			tm.copiedAhead.Add(1)
		}
	}
}

// same reports whether g and h copy the same rows of the same matrix into
// the same place.
func (g *gatherJob[T]) same(h *gatherJob[T]) bool {
	if len(g.dst) == 0 || len(h.dst) == 0 || &g.dst[0] != &h.dst[0] || len(g.src) == 0 || len(h.src) == 0 || &g.src[0] != &h.src[0] ||
		g.dstStride != h.dstStride || g.srcStride != h.srcStride || g.width != h.width || len(g.rows) != len(h.rows) {
		return false
	}
	for i, r := range g.rows {
		if h.rows[i] != r {
			return false
		}
	}
	return true
}

// minParallelGather is the fewest values a gather shares with the team:
// copying rows from all over a large training set waits on the memory, and
// two cores wait on two rows at once.
const minParallelGather = 1 << 13

// GatherRows copies row rows[i] of src into row i of dst, for every i:
// width values from a matrix of stride srcStride into one of stride
// dstStride (the rows must be in range: the caller checks them). A large
// gather (a training step's batch of MNIST images) is shared with the
// packed engine's team, each core copying its share of the rows, and skips
// the rows a GatherAhead of the same rows into the same dst has copied; any
// other runs on the caller's goroutine. It allocates nothing.
func GatherRows[T float](dst []T, dstStride int, src []T, srcStride, width int, rows []int) {
	g := gatherJob[T]{dst: dst, src: src, dstStride: dstStride, srcStride: srcStride, width: width, rows: rows}
	tm := teamOf[T]()
	if len(rows) < 2 || width*len(rows) < minParallelGather || runtime.GOMAXPROCS(0) < 2 || !tm.own() {
		tm.copy(&g, 0, 1)
		return
	}
	defer tm.release()
	if g.same(&tm.ahead) {
		g.done = tm.ahead.done
		left := 0
		for _, d := range g.done {
			if !d {
				left++
			}
		}
		if left*width < minParallelGather { // few rows left (or none): not worth the team
			tm.ahead = gatherJob[T]{}
			tm.copy(&g, 0, 1)
			return
		}
	}
	tm.ahead = gatherJob[T]{} // used, or of other rows
	tm.gather = g
	tm.packs = 0
	per := 2 // tasks per participant: a participant that is late leaves one to the others
	tm.open(per, nil)
	tm.gather = gatherJob[T]{} // the team keeps no slices of the caller's
}

// teamOf returns the team of the precision T.
func teamOf[T float]() *team[T] {
	if tm, ok := any(&team64).(*team[T]); ok {
		return tm
	}
	return any(&team32).(*team[T])
}

// GatherAhead starts GatherRows(dst, …, rows) on a helper of the team that
// is awake, and returns at once: the next batch of a training step, copied
// into a second buffer while the step's serial parts run on the caller. A
// product stops it where it is and starts it again when it is done, and the
// GatherRows of the same rows into the same dst copies only the rows it did
// not (a gather of other rows drops it). It does
// nothing for a small gather, or when no helper is free. The caller must
// not use dst until that GatherRows.
func GatherAhead[T float](dst []T, dstStride int, src []T, srcStride, width int, rows []int) {
	if len(rows) < 2 || width*len(rows) < minParallelGather || runtime.GOMAXPROCS(0) < 2 {
		return
	}
	tm := teamOf[T]()
	if !tm.own() {
		return
	}
	tm.aheadRows = append(tm.aheadRows[:0], rows...) // the caller may change its slice; the team keeps the rows
	if cap(tm.aheadDone) < len(rows) {
		tm.aheadDone = make([]bool, len(rows))
	}
	tm.aheadDone = tm.aheadDone[:len(rows)]
	clear(tm.aheadDone)
	tm.ahead = gatherJob[T]{dst: dst, src: src, dstStride: dstStride, srcStride: srcStride, width: width, rows: tm.aheadRows, done: tm.aheadDone}
	tm.detach()
}

// CopiedAhead returns the rows GatherAhead has copied on the helpers since
// the program started, in both precisions: for the tests of its callers.
func CopiedAhead() int64 { return team64.copiedAhead.Load() + team32.copiedAhead.Load() }
