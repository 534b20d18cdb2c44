package conv

import "testing"

// The published counts: torchvision's AlexNet 61,100,840 and VGG-16
// 138,357,544; LeNet-5's 60,000 trainable parameters (LeCun et al. 1998,
// layer by layer: C1 156, S2 12, C3 1,516, S4 32, C5 48,120, F6 10,164);
// the modern LeNet-5 61,706; lesson 13's MLP 79,510.
func TestCountsReproducePublishedNumbers(t *testing.T) {
	for _, c := range []struct {
		spec      Spec
		params    int
		trainable int
	}{
		{AlexNet(), 61100840, 61100840},
		{VGG16(), 138357544, 138357544},
		{LeNet5(), 60840, 60000},
		{LeNet5Modern(), 61706, 61706},
		{MLP("lesson 13", 784, 100, 10), 79510, 79510},
	} {
		n, err := Count(c.spec)
		if err != nil {
			t.Fatal(err)
		}
		if n.Params() != c.params || n.Trainable() != c.trainable {
			t.Errorf("%s: %d parameters, %d trainable; want %d, %d\n%s", c.spec.Name, n.Params(), n.Trainable(), c.params, c.trainable, n.Table())
		}
	}
	n, _ := Count(LeNet5())
	want := map[string]int{"C1": 156, "S2": 12, "C3": 1516, "S4": 32, "C5": 48120, "F6": 10164, "RBF": 840}
	for _, l := range n.Layers {
		if l.Params() != want[l.Name] {
			t.Errorf("LeNet-5 %s: %d parameters, want %d", l.Name, l.Params(), want[l.Name])
		}
	}
}

// Shapes and multiply-adds by hand for AlexNet's first layer: 64 filters of
// 3×11×11 on 224×224 padded by 2, stride 4: ⌊(224 + 4 − 11)/4⌋ + 1 = 55, so
// 55·55·64·363 = 70,276,800 multiply-adds and 64·363 + 64 = 23,296
// parameters; and NiN's output is 1000 means after global average pooling.
func TestCountsByHand(t *testing.T) {
	a, err := Count(AlexNet())
	if err != nil {
		t.Fatal(err)
	}
	c1 := a.Layers[0]
	if c1.Out != (Shape{64, 55, 55}) || c1.MACs != 70276800 || c1.Params() != 23296 {
		t.Errorf("AlexNet conv1: %v, %d MACs, %d parameters", c1.Out, c1.MACs, c1.Params())
	}
	if out := a.Layers[len(a.Layers)-4].Out; out != (Shape{256, 6, 6}) {
		t.Errorf("AlexNet before fc6: %v, want 256×6×6", out)
	}
	n, err := Count(NiN())
	if err != nil {
		t.Fatal(err)
	}
	if out := n.Layers[len(n.Layers)-1].Out; out != (Shape{1000, 1, 1}) {
		t.Errorf("NiN output %v", out)
	}
	// cccp1, a 1×1 convolution of 96 filters on 96 maps: 96·96 + 96.
	if p := n.Layers[1].Params(); p != 9312 {
		t.Errorf("NiN cccp1: %d parameters, want 9312", p)
	}
	if n.Params() >= a.Params()/5 {
		t.Errorf("NiN has %d parameters, AlexNet %d: NiN should be several times smaller", n.Params(), a.Params())
	}
}

func TestCountBadSpecs(t *testing.T) {
	for _, s := range []Spec{
		{Name: "no input", Layers: []LayerSpec{dense("d", 3)}},
		{Name: "filter too big", In: Shape{1, 4, 4}, Layers: []LayerSpec{conv("c", 2, 5, 1, 0)}},
		{Name: "zero filters", In: Shape{1, 4, 4}, Layers: []LayerSpec{conv("c", 0, 3, 1, 0)}},
		{Name: "groups", In: Shape{3, 8, 8}, Layers: []LayerSpec{{Name: "c", Kind: "conv", Out: 4, K: 3, Groups: 2}}},
		{Name: "kind", In: Shape{1, 4, 4}, Layers: []LayerSpec{{Name: "x", Kind: "lstm"}}},
		{Name: "overflow", In: Shape{1 << 30, 1, 1}, Layers: []LayerSpec{dense("a", 1<<30), dense("b", 1<<30), dense("c", 1<<40)}},
		{Name: "sees", In: Shape{2, 4, 4}, Layers: []LayerSpec{{Name: "c", Kind: "conv", Out: 2, K: 3, SeesChannels: []int{1, 3}}}},
	} {
		if _, err := Count(s); err == nil {
			t.Errorf("%s: no error", s.Name)
		}
	}
}
