package viz

import (
	"strings"
	"testing"
)

func TestScheduleCurvesErrors(t *testing.T) {
	one := []Series{{Name: "a", X: []float64{0, 1}, Y: []float64{1, 0.5}}}
	if _, err := ScheduleCurves("t", "c", one, nil); err == nil || !strings.Contains(err.Error(), "1 schedules and 0 cost curves") {
		t.Errorf("mismatched: %v", err)
	}
	bad := []Series{{Name: "b", X: []float64{0, 1}, Y: []float64{1, 0}}}
	if _, err := ScheduleCurves("t", "c", one, bad); err == nil || !strings.Contains(err.Error(), "log scale") {
		t.Errorf("a zero cost on a log scale: %v", err)
	}
	if _, err := ScheduleCurves("t", "c", one, one); err != nil {
		t.Error(err)
	}
}
