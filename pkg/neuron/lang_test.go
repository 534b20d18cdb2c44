package neuron

import (
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestShapeErrorInFrench: the error lesson 01 shows on purpose, a neuron
// given the wrong number of inputs, is in the current language; in English
// it is the line it always was.
func TestShapeErrorInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	n := Neuron{W: []float64{1, 2}, W0: 0.5, G: Sigmoid}
	for _, c := range []struct{ tag, want string }{
		{"en", "neuron: w has 2 weights but x has 3 values"},
		{"fr", "neurone : w a 2 poids mais x a 3 valeurs"},
		{"en", "neuron: w has 2 weights but x has 3 values"},
	} {
		lang.Set(c.tag)
		if _, err := n.Output([]float64{1, 2, 3}); err == nil || err.Error() != c.want {
			t.Errorf("in %s: %v, want %q", c.tag, err, c.want)
		}
	}
}
