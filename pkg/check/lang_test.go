package check

import (
	"math"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestFrench: a report graded after lang.Set("fr") is framed in French (the
// counts, got/want, the first thing to fix, the HTML's headings), its
// structural diagnosis is in French, and the same grading in English is
// what it was.
func TestFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	twice := func(o []float64) []float64 { // a softmax ×2: the diagnosis names the factor
		p := make([]float64, len(o))
		m := math.Inf(-1)
		for _, v := range o {
			m = math.Max(m, v)
		}
		s := 0.0
		for i, v := range o {
			p[i] = math.Exp(v - m)
			s += p[i]
		}
		for i := range p {
			p[i] = 2 * p[i] / s
		}
		return p
	}
	grade := func(tag string) (string, string) {
		lang.Set(tag)
		r := Softmax(twice)
		if r.Passed() {
			t.Fatal("a softmax ×2 passed")
		}
		return r.Text() + Reports{r}.Summary(), r.HTML()
	}
	en, enHTML := grade("en")
	fr, frHTML := grade("fr")
	en2, _ := grade("en")
	if en != en2 {
		t.Error("the English report changed after a French one")
	}
	for _, want := range []string{"(leçon 03-regression-classification)", "à faire : ", "cas réussis sur", "obtenu  ", "attendu ", "indice : ",
		"votre réponse vaut deux fois la bonne (×2)", "à corriger d'abord : ", "exercices réussis"} {
		if !strings.Contains(fr, want) {
			t.Errorf("the French report has no %q:\n%s", want, fr)
		}
	}
	for _, want := range []string{"(lesson 03-regression-classification)", "cases pass", "your answer is twice the right one", "what to fix first: "} {
		if !strings.Contains(en, want) {
			t.Errorf("the English report has no %q", want)
		}
	}
	for _, want := range []string{"À faire :", "À corriger d&#39;abord :", ">entrée</th>", ">obtenu</th>", ">attendu</th>", ">indice</th>", "✗ ÉCHEC"} {
		if !strings.Contains(frHTML, want) {
			t.Errorf("the French HTML has no %q", want)
		}
	}
	if !strings.Contains(enHTML, ">input</th>") || !strings.Contains(enHTML, "✗ FAIL") {
		t.Error("the English HTML lost its headings")
	}
	lang.Set("fr")
	wrongSign := func(a float64) float64 { return 1 / (1 + math.Exp(a)) }
	if hs := Sigmoid(wrongSign).Hints(); len(hs) == 0 || hs[0] != "le signe de l'exposant : g(a) = 1 / (1 + e⁻ᵃ), pas 1 / (1 + eᵃ)" {
		t.Errorf("a sigmoid with the wrong sign in French: hints %q", hs)
	}
	lang.Set("en")
	if hs := Sigmoid(wrongSign).Hints(); len(hs) == 0 || hs[0] != "the sign of the exponent: g(a) = 1 / (1 + e⁻ᵃ), not 1 / (1 + eᵃ)" {
		t.Errorf("a sigmoid with the wrong sign in English: hints %q", hs)
	}
	lang.Set("fr")
	if got := compare([]float64{1, 2}, []float64{1, 3}, 1e-9); got != "valeur fausse" {
		t.Errorf("compare in French = %q", got)
	}
	if got := withWhy(lang.T("check.wrong"), "h"); got != "h" {
		t.Errorf("withWhy drops the French \"wrong value\": %q", got)
	}
	if got := withWhy("obtenu NaN", "soustrayez max(o)"); got != "obtenu NaN : soustrayez max(o)" {
		t.Errorf("withWhy in French = %q", got)
	}
	lang.Set("en")
	if got := withWhy("got NaN", "subtract max(o)"); got != "got NaN: subtract max(o)" {
		t.Errorf("withWhy in English = %q", got)
	}
}
