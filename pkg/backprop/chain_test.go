package backprop

import (
	"math"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/neuron"
)

var square = neuron.Activation{Name: "square", G: func(t float64) float64 { return t * t }, Deriv: func(t float64) float64 { return 2 * t }}

func TestChainRuleByHand(t *testing.T) {
	sig7 := 1 / (1 + math.Exp(-7))
	th5 := math.Tanh(5)
	cases := []struct {
		name       string
		f, g, h    neuron.Activation
		x, y       float64
		z          float64
		dzdx, dzdy float64
	}{
		{
			// f = t², g = h = identity, (x, y) = (1, 2):
			// u = 1 + 3·2 = 7, a = 49, v = 5, b = 5, c = 2, z = 2·49 + 6·5·2 = 158
			// ∂z/∂x = 2f′(7) + 30g′(5)h(2) = 2·14 + 30·1·2 = 88
			// ∂z/∂y = 6f′(7) + 6g(5)h′(2) = 6·14 + 6·5·1 = 114
			// (directly: z = 2(x + 3y)² + 30xy, ∂z/∂x = 4(x + 3y) + 30y = 88,
			// ∂z/∂y = 12(x + 3y) + 30x = 114)
			name: "polynomial", f: square, g: neuron.Identity, h: neuron.Identity, x: 1, y: 2,
			z: 158, dzdx: 88, dzdy: 114,
		},
		{
			// f = σ, g = tanh, h = identity, (x, y) = (1, 2): u = 7, v = 5, c = 2
			// z = 2σ(7) + 6·tanh(5)·2
			// ∂z/∂x = 2σ(7)(1 − σ(7)) + 30(1 − tanh²5)·2
			// ∂z/∂y = 6σ(7)(1 − σ(7)) + 6·tanh(5)·1
			name: "sigmoid tanh identity", f: neuron.Sigmoid, g: neuron.Tanh, h: neuron.Identity, x: 1, y: 2,
			z:    2*sig7 + 12*th5,
			dzdx: 2*sig7*(1-sig7) + 60*(1-th5*th5),
			dzdy: 6*sig7*(1-sig7) + 6*th5,
		},
		{
			// f = g = h = identity, (x, y) = (0, 0): z = 2(x + 3y) + 30xy
			// ∂z/∂x = 2 + 30y = 2, ∂z/∂y = 6 + 30x = 6, z = 0
			name: "linear at 0", f: neuron.Identity, g: neuron.Identity, h: neuron.Identity,
			z: 0, dzdx: 2, dzdy: 6,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			gr, err := ChainRule(tc.f, tc.g, tc.h, tc.x, tc.y)
			if err != nil {
				t.Fatal(err)
			}
			if !near(gr.Z, tc.z, 1e-14) || !near(gr.DzDx, tc.dzdx, 1e-14) || !near(gr.DzDy, tc.dzdy, 1e-14) {
				t.Errorf("z = %v, ∂z/∂x = %v, ∂z/∂y = %v; want %v, %v, %v", gr.Z, gr.DzDx, gr.DzDy, tc.z, tc.dzdx, tc.dzdy)
			}
			// The slide's intermediate derivatives: ∂z/∂a = 2, ∂z/∂b = 6h(y),
			// ∂z/∂c = 6g(5x), ∂z/∂u = 2f′(x + 3y), ∂z/∂v = 6h(y)g′(5x).
			u, v := tc.x+3*tc.y, 5*tc.x
			want := map[string]float64{
				"z": 1, "a": 2, "b": 6 * tc.h.G(tc.y), "c": 6 * tc.g.G(v),
				"u": 2 * tc.f.Deriv(u), "v": 6 * tc.h.G(tc.y) * tc.g.Deriv(v),
			}
			for name, w := range want {
				n, err := gr.Node(name)
				if err != nil {
					t.Fatal(err)
				}
				if !near(n.Grad, w, 1e-14) {
					t.Errorf("∂z/∂%s = %v, want %v", name, n.Grad, w)
				}
			}
			// Finite differences of z agree.
			z := func(x, y float64) float64 {
				return 2*tc.f.G(x+3*y) + 6*tc.g.G(5*x)*tc.h.G(y)
			}
			const e = 1e-6
			if nx := (z(tc.x+e, tc.y) - z(tc.x-e, tc.y)) / (2 * e); !near(gr.DzDx, nx, 1e-6) {
				t.Errorf("∂z/∂x = %v but central differences give %v", gr.DzDx, nx)
			}
			if ny := (z(tc.x, tc.y+e) - z(tc.x, tc.y-e)) / (2 * e); !near(gr.DzDy, ny, 1e-6) {
				t.Errorf("∂z/∂y = %v but central differences give %v", gr.DzDy, ny)
			}
			// ∂z/∂x and ∂z/∂y are the sums over paths of the products of local derivatives.
			for _, in := range []struct {
				name  string
				grad  float64
				paths int
			}{{"x", gr.DzDx, 2}, {"y", gr.DzDy, 2}} {
				ps, err := gr.Paths(in.name)
				if err != nil {
					t.Fatal(err)
				}
				if len(ps) != in.paths {
					t.Errorf("%d paths from %s to z, want %d: %v", len(ps), in.name, in.paths, ps)
				}
				sum := 0.0
				for _, p := range ps {
					sum += p.Product
					if p.Nodes[0] != in.name || p.Nodes[len(p.Nodes)-1] != "z" {
						t.Errorf("path %v does not go from %s to z", p.Nodes, in.name)
					}
				}
				if !near(sum, in.grad, 1e-14) {
					t.Errorf("sum over paths from %s = %v, want ∂z/∂%s = %v", in.name, sum, in.name, in.grad)
				}
			}
		})
	}
}

func TestChainRulePaths(t *testing.T) {
	// The two terms of ∂z/∂x = 2f′(x + 3y) + 30g′(5x)h(y) with f = t²,
	// g = h = identity at (1, 2): x→u→a→z gives 1·14·2 = 28 and x→v→b→z
	// gives 5·1·(6·2) = 60.
	gr, err := ChainRule(square, neuron.Identity, neuron.Identity, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	ps, _ := gr.Paths("x")
	got := map[string]float64{}
	for _, p := range ps {
		got[strings.Join(p.Nodes, "→")] = p.Product
	}
	if got["x→u→a→z"] != 28 || got["x→v→b→z"] != 60 || len(got) != 2 {
		t.Errorf("paths from x: %v, want x→u→a→z 28 and x→v→b→z 60", got)
	}
	if ps, _ := gr.Paths("z"); len(ps) != 1 || ps[0].Product != 1 {
		t.Errorf("paths from z: %v, want z alone with product 1", ps)
	}
}

func TestChainRuleErrors(t *testing.T) {
	if _, err := ChainRule(neuron.Activation{Name: "broken", G: math.Sin}, neuron.Tanh, neuron.Tanh, 0, 0); err == nil || !strings.Contains(err.Error(), "f: activation broken: g′ (Deriv) is nil") {
		t.Errorf("f without derivative: got %v", err)
	}
	if _, err := ChainRule(neuron.Tanh, neuron.Activation{}, neuron.Tanh, 0, 0); err == nil || !strings.Contains(err.Error(), "g:") {
		t.Errorf("empty g: got %v", err)
	}
	if _, err := ChainRule(neuron.Tanh, neuron.Tanh, neuron.Tanh, math.NaN(), 0); err == nil {
		t.Error("x = NaN: no error")
	}
	exp := neuron.Activation{Name: "exp", G: math.Exp, Deriv: math.Exp}
	if _, err := ChainRule(exp, neuron.Tanh, neuron.Tanh, 1000, 0); err == nil || !strings.Contains(err.Error(), "node a = f(u) is +Inf") {
		t.Errorf("exp(1000): got %v", err)
	}
	gr, _ := ChainRule(neuron.Tanh, neuron.Tanh, neuron.Tanh, 0, 0)
	if _, err := gr.Node("w"); err == nil {
		t.Error("Node(w): no error")
	}
	if _, err := gr.Paths("w"); err == nil {
		t.Error("Paths(w): no error")
	}
}
