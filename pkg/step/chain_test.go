package step

import (
	"math"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestChainRuleByHand(t *testing.T) {
	// f = g = h = identity: z = 2(x + 3y) + 6(5x)y = 2x + 6y + 30xy.
	// At (1, 2): u = 7, a = 7, v = 5, b = 5, c = 2, z = 14 + 60 = 74;
	// ∂z/∂u = 2, ∂z/∂v = ∂z/∂b = 6c = 12, ∂z/∂c = 6b = 30;
	// ∂z/∂x = 2 + 30y = 62, ∂z/∂y = 6 + 30x = 36.
	gr, err := backprop.ChainRule(neuron.Identity, neuron.Identity, neuron.Identity, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	w, err := ChainRule(gr)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"(x, y) = [1, 2]",
		"u = x + 3y = 1 + 3·2 = 7",
		"a = f(u) = identity(7) = 7",
		"z = 2a + 6·b·c = 2·7 + 6·5·2 = 74",
		"∂z/∂z = 1",
		"∂z/∂c = 6b = 6·5 = 30",
		"∂z/∂v = ∂z/∂b · ∂b/∂v = 12 · 1 = 12",
		"∂z/∂y = ∂z/∂u · ∂u/∂y + ∂z/∂c · ∂c/∂y = 2 · 3 + 30 · 1 = 36",
		"∂z/∂x = ∂z/∂u · ∂u/∂x + ∂z/∂v · ∂v/∂x = 2 · 1 + 12 · 5 = 62",
		"∂z/∂x = 2 f′(x + 3y) + 30 g′(5x) h(y) = 2 · 1 + 30 · 1 · 2 = 62",
		"∂z/∂y = 6 f′(x + 3y) + 6 g(5x) h′(y) = 6 · 1 + 6 · 5 · 1 = 36",
	} {
		if !hasEquation(w, want) {
			t.Errorf("no step %q", want)
		}
	}
	// 1 (inputs) + 6 nodes forward, 1 + 7 nodes backward, 2 slide formulas.
	if len(w.Steps) != 17 {
		t.Errorf("%d steps, want 17", len(w.Steps))
	}
	// The diagram: x, y | u, v, c | a, b | z.
	var cols []string
	for _, c := range w.Diagram.Columns {
		cols = append(cols, strings.Join(c.Nodes, ","))
	}
	if got := strings.Join(cols, " | "); got != "x,y | u,v,c | a,b | z" {
		t.Errorf("columns %s", got)
	}
}

func hasEquation(w *Walk, eq string) bool {
	for _, s := range w.Steps {
		if s.Equation == eq {
			return true
		}
	}
	return false
}

// TestChainRuleNumbersAreTheGraph: every node's value forward and gradient
// backward is the graph's, and the slide's formulas give backprop's ∂z/∂x, ∂z/∂y.
func TestChainRuleNumbersAreTheGraph(t *testing.T) {
	gr, err := backprop.ChainRule(neuron.Tanh, neuron.Sigmoid, neuron.Identity, 0.2, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	w, err := ChainRule(gr)
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]Step{}
	for k, s := range w.Steps {
		byTitle[s.Title] = s
		if s.Value != nil {
			r, c := s.Value.Dims()
			if r == 1 && c == 1 {
				checkWritten(t, k+1, s.Equation, []float64{s.Value.At(0, 0)})
			}
		}
	}
	for _, n := range gr.Nodes {
		if len(n.Inputs) > 0 {
			s, ok := byTitle["Forward: node "+n.Name]
			if !ok || s.Value.At(0, 0) != n.Value {
				t.Errorf("node %s: forward step %+v, want the value %v", n.Name, s, n.Value)
			}
		}
		s, ok := byTitle["Backward: ∂z/∂"+n.Name]
		if !ok || s.Value.At(0, 0) != n.Grad {
			t.Errorf("node %s: backward step %+v, want the gradient %v", n.Name, s, n.Grad)
		}
	}
	for name, want := range map[string]float64{"x": gr.DzDx, "y": gr.DzDy} {
		s := byTitle["The slide's formula for ∂z/∂"+name]
		if got := s.Value.At(0, 0); math.Abs(got-want) > 1e-12 {
			t.Errorf("slide's ∂z/∂%s = %v, backprop %v", name, got, want)
		}
	}
}

func TestChainRuleErrors(t *testing.T) {
	if _, err := ChainRule(nil); err == nil {
		t.Error("nil graph: no error")
	}
	gr, _ := backprop.ChainRule(neuron.Identity, neuron.Identity, neuron.Identity, 1, 2)
	gr.Nodes[2].Inputs = []int{5}
	if _, err := ChainRule(gr); err == nil || !strings.Contains(err.Error(), "node u uses node 5") {
		t.Errorf("a node using a later node: %v", err)
	}
}
