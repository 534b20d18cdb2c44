package check

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestFrenchHints: the catalogued hints of lesson 02's and 05's graders (and
// 05's regime names, which were a table filled at start-up) come in the
// language set when grading, and the English report is the same before and
// after a French one.
func TestFrenchHints(t *testing.T) {
	defer lang.Set(lang.Get())
	noBias := func(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
		r, _ := W.Dims()
		out := make([]float64, r)
		for i := 0; i < r; i++ {
			s := 0.0
			for j, v := range h {
				s += W.At(i, j) * v
			}
			out[i] = g(s)
		}
		return out
	}
	always1 := func(eta, h float64) int { return 1 }
	grade := func(tag string) string {
		if err := lang.Set(tag); err != nil {
			t.Fatal(err)
		}
		a, b := Layer(noBias), LearningRateRegime(always1)
		if a.Passed() || b.Passed() {
			t.Fatal("a layer without its bias or a constant regime passed")
		}
		return a.Text() + b.Text()
	}
	en := grade("en")
	fr := grade("fr")
	if en2 := grade("en"); en2 != en {
		t.Error("the English reports changed after French ones")
	}
	for _, c := range []struct{ en, fr string }{
		{"the bias is missing: aˡ = Wˡ hˡ⁻¹ + bˡ", "le biais manque : aˡ = Wˡ hˡ⁻¹ + bˡ"},
		{"1 (η < η_opt: slow, monotone)", "1 (η < η_opt : lent, monotone)"},
	} {
		if !strings.Contains(en, c.en) {
			t.Errorf("the English reports have no %q:\n%s", c.en, en)
		}
		if !strings.Contains(fr, c.fr) || strings.Contains(fr, c.en) {
			t.Errorf("the French reports have no %q, or still %q:\n%s", c.fr, c.en, fr)
		}
	}
}
