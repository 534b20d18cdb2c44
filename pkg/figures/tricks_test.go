package figures

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestScheduleProblemMinimum checks C(w*) of the schedules' problem against
// the normal equations AᵀA w = Aᵀy, solved apart from the QR least squares.
func TestScheduleProblemMinimum(t *testing.T) {
	X, Y, cMin, err := scheduleProblem(50, 4)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := X.Dims()
	A := mat.NewDense(n, 3, nil)
	for i := 0; i < n; i++ {
		A.SetRow(i, []float64{X.At(i, 0), X.At(i, 1), 1})
	}
	var AtA mat.Dense
	var Aty, w, r mat.VecDense
	AtA.Mul(A.T(), A)
	Aty.MulVec(A.T(), Y.ColView(0))
	if err := w.SolveVec(&AtA, &Aty); err != nil {
		t.Fatal(err)
	}
	r.MulVec(A, &w)
	r.SubVec(&r, Y.ColView(0))
	if want := mat.Dot(&r, &r) / float64(n); math.Abs(cMin-want) > 1e-12 {
		t.Errorf("C(w*) = %v, the normal equations give %v", cMin, want)
	}
	// The noise is 0.5·N(0, 1): C(w*) ≈ 0.25 (within sampling error).
	if cMin < 0.12 || cMin > 0.45 {
		t.Errorf("C(w*) = %v, want about 0.25", cMin)
	}
}

// TestSchedulesTellTheStory checks what the caption of lesson 09's figure
// says, on the runs it draws: the large constant η stalls well above the
// minimum, the small one crawls, and both schedules end below both constants.
func TestSchedulesTellTheStory(t *testing.T) {
	_, costs, _, err := scheduleRuns(1)
	if err != nil {
		t.Fatal(err)
	}
	last := func(i int) float64 { return costs[i].Y[len(costs[i].Y)-1] }
	large, small, inverse, step := last(0), last(1), last(2), last(3)
	t.Logf("final excess: large %.2g, small %.2g, inverse time %.2g, step decay %.2g", large, small, inverse, step)
	// Stalls: over the last 10 epochs the large η never gets below 1e−3.
	for _, v := range costs[0].Y[len(costs[0].Y)-10:] {
		if v < 1e-3 {
			t.Errorf("the large constant η reached %.2g: it should stall", v)
		}
	}
	// Crawls: after 5 epochs the small η is still above 0.1, where the large
	// one got within its first epoch.
	if costs[1].Y[5] < 0.1 || costs[0].Y[1] > 0.1 {
		t.Errorf("after 5 epochs the small η is at %.2g (want > 0.1); the large one after 1 epoch at %.2g (want < 0.1)", costs[1].Y[5], costs[0].Y[1])
	}
	for _, s := range []float64{inverse, step} {
		if s > large/100 || s > small/100 {
			t.Errorf("a schedule ends at %.2g: want 100 times below both constants (%.2g, %.2g)", s, large, small)
		}
	}
}
