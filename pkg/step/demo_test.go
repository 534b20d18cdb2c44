package step

import "testing"

// TestDemoEquationsEndWithTheirValue checks the promise of Step.Value on
// every demo walk: the numbers after the last " = " of each equation are
// the step's Value, row by row.
func TestDemoEquationsEndWithTheirValue(t *testing.T) {
	for _, pass := range DemoPasses {
		w, err := Demo(pass, 1)
		if err != nil {
			t.Fatalf("%s: %v", pass, err)
		}
		if len(w.Steps) == 0 {
			t.Fatalf("%s: no steps", pass)
		}
		for k, s := range w.Steps {
			if s.Value == nil {
				continue
			}
			r, _ := s.Value.Dims()
			var nums []float64
			for i := 0; i < r; i++ {
				nums = append(nums, row(s.Value, i)...)
			}
			checkWritten(t, k+1, pass+": "+s.Equation, nums)
		}
	}
	if _, err := Demo("sideways", 1); err == nil {
		t.Error("unknown pass: no error")
	}
}
