package check

import (
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestFrenchCaseNames: a report names its cases in the language set when
// grading (lessons 10's Regions, 11's UniversalFit, 14's ConvParams), and
// the English report is the same before and after a French one.
func TestFrenchCaseNames(t *testing.T) {
	defer lang.Set(lang.Get())
	grade := func(tag string) string {
		if err := lang.Set(tag); err != nil {
			t.Fatal(err)
		}
		rs := []*Report{
			Regions(func(k, d int) int { return k }),
			UniversalFit(func(f func(float64) float64, n int) (v, w, b []float64) {
				return make([]float64, n), make([]float64, n), make([]float64, n)
			}),
			ConvParams(func(c, f, k int) int { return f * c * k * k }),
		}
		var b strings.Builder
		for _, r := range rs {
			if r.Passed() {
				t.Fatalf("a wrong function passed:\n%s", r.Text())
			}
			b.WriteString(r.Text())
		}
		return b.String()
	}
	en := grade("en")
	fr := grade("fr")
	if en2 := grade("en"); en2 != en {
		t.Error("the English reports changed after French ones")
	}
	for _, c := range []struct{ en, fr string }{
		{"k = 3 units, inputs of d = 2 dimensions", "neurones k = 3, dimension des entrées d = 2"},
		{"f(x) = x, N = 10 units, ε = 0.1", "f(x) = x, N = 10 neurones, ε = 0.1"},
		{"C = 1 input channels, F = 6 filters of 5×5", "canaux d'entrée C = 1, filtres F = 6 de 5×5"},
	} {
		if !strings.Contains(en, c.en) {
			t.Errorf("the English reports have no %q:\n%s", c.en, en)
		}
		if !strings.Contains(fr, c.fr) || strings.Contains(fr, c.en) {
			t.Errorf("the French reports have no %q, or still %q:\n%s", c.fr, c.en, fr)
		}
	}
}
