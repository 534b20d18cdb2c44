package neuron

import (
	"math"
	"testing"

	"github.com/stepnet/stepnet/internal/badinput"
)

func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	n := Neuron{W: []float64{1, -1}, W0: 0.5, G: Sigmoid}
	nanG := Activation{Name: "nan", G: func(float64) float64 { return nan }, Deriv: one}
	cases := []badinput.Case{
		E("Activity ragged", func() ([]any, error) { a, err := n.Activity([]float64{1}); return v(a), err }),
		E("Activity nil x", func() ([]any, error) { a, err := n.Activity(nil); return v(a), err }),
		E("Activity NaN x", func() ([]any, error) { a, err := n.Activity([]float64{nan, 1}); return v(a), err }),
		E("Activity Inf x", func() ([]any, error) { a, err := n.Activity([]float64{inf, 1}); return v(a), err }),
		E("Activity overflow", func() ([]any, error) { a, err := n.Activity([]float64{1.7e308, -1.7e308}); return v(a), err }),
		E("Activity NaN w₀", func() ([]any, error) { m := n; m.W0 = nan; a, err := m.Activity([]float64{1, 1}); return v(a), err }),
		E("Output zero g", func() ([]any, error) {
			m := n
			m.G = Activation{}
			o, err := m.Output([]float64{1, 1})
			return v(o), err
		}),
		E("Output g without g′", func() ([]any, error) {
			m := n
			m.G = Activation{Name: "x", G: identity}
			o, err := m.Output([]float64{1, 1})
			return v(o), err
		}),
		E("Output g gives NaN", func() ([]any, error) { m := n; m.G = nanG; o, err := m.Output([]float64{1, 1}); return v(o), err }),
		E("Output NaN weight", func() ([]any, error) {
			m := Neuron{W: []float64{nan, 1}, G: Tanh}
			o, err := m.Output([]float64{1, 1})
			return v(o), err
		}),
		OK("Output sigmoid(±1e308)", func() ([]any, error) {
			o1, err := Neuron{W: []float64{1}, G: Sigmoid}.Output([]float64{1e308})
			o2, err2 := Neuron{W: []float64{1}, G: Sigmoid}.Output([]float64{-1e308})
			if err == nil {
				err = err2
			}
			return v(o1, o2), err
		}),
		E("Boundary NaN weight (issue 14)", func() ([]any, error) { l, err := Neuron{W: []float64{nan, 1}, G: Tanh}.Boundary(); return v(l), err }),
		E("Boundary Inf bias", func() ([]any, error) {
			l, err := Neuron{W: []float64{1, 1}, W0: inf, G: Tanh}.Boundary()
			return v(l), err
		}),
		E("Boundary 3-D", func() ([]any, error) { l, err := Neuron{W: []float64{1, 1, 1}, G: Tanh}.Boundary(); return v(l), err }),
		E("Boundary w = 0", func() ([]any, error) {
			l, err := Neuron{W: []float64{0, 0}, W0: 1, G: Tanh}.Boundary()
			return v(l), err
		}),
		E("Boundary nil w", func() ([]any, error) { l, err := Neuron{}.Boundary(); return v(l), err }),
		E("SlopeIntercept vertical", func() ([]any, error) { a, b, err := Line{A: 1, B: 0, C: 2}.SlopeIntercept(); return v(a, b), err }),
		E("SlopeIntercept NaN", func() ([]any, error) { a, b, err := Line{A: nan, B: 1}.SlopeIntercept(); return v(a, b), err }),
		E("SlopeIntercept A = B = 0", func() ([]any, error) { a, b, err := Line{C: 1}.SlopeIntercept(); return v(a, b), err }),
		E("SlopeIntercept 1e308/1e-308", func() ([]any, error) { a, b, err := Line{A: 1e308, B: 1e-308}.SlopeIntercept(); return v(a, b), err }),
		OK("Points NaN line", func() ([]any, error) {
			a, b, c, d, ok := Line{A: nan, B: 1}.Points(-1, 1)
			return v(a, b, c, d, ok), nil
		}),
		OK("Points NaN box", func() ([]any, error) {
			a, b, c, d, ok := Line{A: 1, B: 1}.Points(nan, 1)
			return v(a, b, c, d, ok), nil
		}),
		OK("Points empty box", func() ([]any, error) { a, b, c, d, ok := Line{A: 1, B: 1}.Points(1, -1); return v(a, b, c, d, ok), nil }),
		OK("Points A = B = 0", func() ([]any, error) { a, b, c, d, ok := Line{C: 1}.Points(-1, 1); return v(a, b, c, d, ok), nil }),
		OK("Points steep", func() ([]any, error) {
			a, b, c, d, ok := Line{A: 1e308, B: 1e-308}.Points(-1, 1)
			return v(a, b, c, d, ok), nil
		}),
		OK("Side NaN", func() ([]any, error) { return v(Line{A: 1, B: 1}.Side(nan, 0)), nil }),
		E("ByName unknown", func() ([]any, error) { a, err := ByName("softplus"); return v(a.Name), err }),
		E("ByName empty", func() ([]any, error) { a, err := ByName(""); return v(a.Name), err }),
		E("Valid zero", func() ([]any, error) { return nil, Activation{}.Valid() }),
		OK("g and g′ at ±Inf and NaN inputs stay defined where they are", func() ([]any, error) {
			var out []float64
			for _, g := range Activations {
				for _, a := range []float64{inf, -inf, 1e308, -1e308} {
					out = append(out, g.Deriv(a))
					if g.Name != "identity" && g.Name != "relu" {
						out = append(out, g.G(a))
					}
				}
			}
			return v(out), nil
		}),
	}
	badinput.Run(t, cases)
}
