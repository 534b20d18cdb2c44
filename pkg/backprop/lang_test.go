package backprop

import (
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestCheckResultInFrench: CheckResult.String, which lesson 08's cells
// print, is in the current language; in English it is the line it always
// was.
func TestCheckResultInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	r := CheckResult{MaxRelErr: 6.84e-12, Layer: 1, Param: "W", I: 1, J: 0, Analytic: 0.007557601566, Numeric: 0.007557601566, Params: 17}
	for _, c := range []struct{ tag, want string }{
		{"en", "largest relative error 6.84e-12 at W¹[1,0]: analytic 0.007557601566, numeric 0.007557601566 (17 parameters)"},
		{"fr", "plus grande erreur relative 6.84e-12 en W¹[1,0] : analytique 0.007557601566, numérique 0.007557601566 (17 paramètres)"},
		{"en", "largest relative error 6.84e-12 at W¹[1,0]: analytic 0.007557601566, numeric 0.007557601566 (17 parameters)"},
	} {
		lang.Set(c.tag)
		if got := r.String(); got != c.want {
			t.Errorf("in %s: %q, want %q", c.tag, got, c.want)
		}
	}
}
