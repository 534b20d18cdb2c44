package step

import (
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestFrench: after lang.Set("fr") every walk's titles, explanations, the
// text, the table and the HTML (buttons, counter, the widget's script) are in
// French; back in English they are as before.
func TestFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	// The HTML's ids count the blocks of the program, so only the text and
	// the table are compared between the two English renderings.
	render := func(tag string) map[string]string {
		lang.Set(tag)
		out := map[string]string{}
		for _, pass := range DemoPasses {
			w, err := Demo(pass, 1)
			if err != nil {
				t.Fatal(err)
			}
			out[pass] = w.Text() + w.Table()
			out[pass+" html"] = w.HTML() + w.TableHTML()
		}
		return out
	}
	en, fr, en2 := render("en"), render("fr"), render("en")
	for _, pass := range DemoPasses {
		if en[pass] != en2[pass] {
			t.Errorf("%s: the English walk changed after a French one", pass)
		}
		for _, want := range []string{"Étape 1 sur ", "avec ", "Précédent", "Suivant", "étape 1 sur ", `" sur "`, "<th", ">étape</th>", ">équation</th>"} {
			if !strings.Contains(fr[pass]+fr[pass+" html"], want) {
				t.Errorf("%s in French: no %q", pass, want)
			}
		}
		for _, bad := range []string{"Step ", " with ", "Previous", "Next", " of ", "layer ", "neuron ", "neurons", "Gradient descent", "Backward", "Forward"} {
			if s := fr[pass] + fr[pass+" html"]; strings.Contains(s, bad) {
				i := strings.Index(s, bad)
				t.Errorf("%s in French still says %q: …%s…", pass, bad, s[max(0, i-60):min(len(s), i+60)])
			}
		}
	}
}
