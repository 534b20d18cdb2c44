package conv

import (
	"fmt"
	"strings"

	"github.com/stepnet/stepnet/pkg/lang"
)

// LayerSpec describes one layer of an architecture for counting: what it is
// and its sizes, not its weights. Kind is one of
//
//	"conv"   a convolution: Out filters of K×K, Stride, Pad (Groups > 1 splits
//	         the channels into groups, as AlexNet's two towers; SeesChannels,
//	         when set, lists the input channels each filter sees, as LeNet-5's C3)
//	"pool"   max (or average) pooling of K×K windows moved by Stride, with Pad;
//	         Trainable: LeNet-5's subsampling, one coefficient and one bias per map
//	"adapt"  adaptive average pooling to an Out×Out grid (torchvision's AlexNet)
//	"gap"    global average pooling: one mean per map
//	"dense"  a dense layer of Out units on the flattened input (NoBias: none);
//	         Fixed: parameters set by hand, not trained (LeNet-5's RBF output)
type LayerSpec struct {
	Name         string
	Kind         string
	Out          int
	K, Stride    int
	Pad          int
	Groups       int
	SeesChannels []int
	Trainable    bool
	NoBias       bool
	Fixed        bool
}

// Spec is an architecture: its input volume and its layers in order.
type Spec struct {
	Name   string
	In     Shape
	Layers []LayerSpec
}

// LayerCount is what Count finds for one layer.
type LayerCount struct {
	Name    string
	Out     Shape // the volume the layer outputs (dense: Out×1×1)
	Weights int   // weights, shared ones counted once
	Biases  int
	MACs    int // multiply-adds for one input
	Fixed   bool
}

// Params returns Weights + Biases.
func (c LayerCount) Params() int { return c.Weights + c.Biases }

// Counts is the layer-by-layer count of a Spec.
type Counts struct {
	Spec   string
	Layers []LayerCount
}

// Params returns the total of weights and biases, trained or not.
func (c Counts) Params() int {
	n := 0
	for _, l := range c.Layers {
		n += l.Params()
	}
	return n
}

// Trainable returns the parameters that training changes (all but the
// layers marked Fixed).
func (c Counts) Trainable() int {
	n := 0
	for _, l := range c.Layers {
		if !l.Fixed {
			n += l.Params()
		}
	}
	return n
}

// MACs returns the multiply-adds of one forward pass of one input.
func (c Counts) MACs() int {
	n := 0
	for _, l := range c.Layers {
		n += l.MACs
	}
	return n
}

// maxCount bounds every count (weights, MACs): 2⁶² is far above any real
// network and keeps the arithmetic from overflowing.
const maxCount = 1 << 62

func mul(a, b int) (int, error) {
	if a < 0 || b < 0 || (a != 0 && b > maxCount/a) {
		return 0, fmt.Errorf("a count of %d × %d overflows", a, b)
	}
	return a * b, nil
}

// Count walks the layers of s from its input volume and counts, for each,
// its output shape, its weights and biases and its multiply-adds. A shared
// filter's weights count once however many positions use it: that is what
// makes a convolution cheap in parameters and expensive in operations.
func Count(s Spec) (Counts, error) {
	res := Counts{Spec: s.Name}
	v := s.In
	if v.C <= 0 || v.H <= 0 || v.W <= 0 {
		return res, lang.Errorf("conv.spec.input", s.Name, v)
	}
	for i, l := range s.Layers {
		c, err := countLayer(v, l)
		if err != nil {
			return res, lang.Errorf("conv.spec.layer", s.Name, i+1, l.Name, err)
		}
		res.Layers = append(res.Layers, c)
		v = c.Out
	}
	return res, nil
}

func countLayer(in Shape, l LayerSpec) (LayerCount, error) {
	c := LayerCount{Name: l.Name, Fixed: l.Fixed}
	switch l.Kind {
	case "conv":
		if l.Out <= 0 || l.K <= 0 {
			return c, lang.Errorf("conv.spec.conv", l.Out, l.K)
		}
		stride, groups := max(l.Stride, 1), max(l.Groups, 1)
		if in.C%groups != 0 || l.Out%groups != 0 {
			return c, fmt.Errorf("%d groups do not divide %d input channels and %d filters", groups, in.C, l.Out)
		}
		if in.H+2*l.Pad < l.K || in.W+2*l.Pad < l.K {
			return c, lang.Errorf("conv.spec.fit", l.K, l.K, in, l.Pad)
		}
		c.Out = Shape{C: l.Out, H: (in.H+2*l.Pad-l.K)/stride + 1, W: (in.W+2*l.Pad-l.K)/stride + 1}
		seen := l.Out * (in.C / groups) // Σ over filters of the channels each sees
		if l.SeesChannels != nil {
			if len(l.SeesChannels) != l.Out {
				return c, fmt.Errorf("SeesChannels lists %d filters, want %d", len(l.SeesChannels), l.Out)
			}
			seen = 0
			for _, k := range l.SeesChannels {
				if k <= 0 || k > in.C {
					return c, fmt.Errorf("a filter cannot see %d of %d channels", k, in.C)
				}
				seen += k
			}
		}
		w, err := mul(seen, l.K*l.K)
		if err != nil {
			return c, err
		}
		c.Weights, c.Biases = w, l.Out
		if c.MACs, err = mul(w, c.Out.H*c.Out.W); err != nil {
			return c, err
		}
	case "pool":
		if l.K <= 0 {
			return c, lang.Errorf("conv.spec.poolk", l.K)
		}
		stride := max(l.Stride, 1)
		if in.H+2*l.Pad < l.K || in.W+2*l.Pad < l.K {
			return c, lang.Errorf("conv.spec.poolfit", l.K, l.K, in)
		}
		c.Out = Shape{C: in.C, H: (in.H+2*l.Pad-l.K)/stride + 1, W: (in.W+2*l.Pad-l.K)/stride + 1}
		if l.Trainable {
			c.Weights, c.Biases = in.C, in.C
			c.MACs = c.Out.Size()
		}
	case "adapt":
		if l.Out <= 0 {
			return c, fmt.Errorf("adaptive pooling needs an Out×Out grid, got %d", l.Out)
		}
		c.Out = Shape{C: in.C, H: l.Out, W: l.Out}
	case "gap":
		c.Out = Shape{C: in.C, H: 1, W: 1}
	case "dense":
		if l.Out <= 0 {
			return c, lang.Errorf("conv.spec.dense", l.Out)
		}
		w, err := mul(in.Size(), l.Out)
		if err != nil {
			return c, err
		}
		c.Out = Shape{C: l.Out, H: 1, W: 1}
		c.Weights, c.MACs = w, w
		if !l.NoBias {
			c.Biases = l.Out
		}
	default:
		return c, lang.Errorf("conv.spec.kind", l.Kind)
	}
	return c, nil
}

// Table writes the counts as a text table, one line per layer, then the
// totals, its headings in the current language of pkg/lang.
func (c Counts) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%-10s %-14s %12s %14s\n", c.Spec, lang.T("conv.table.layer"), lang.T("conv.table.output"), lang.T("conv.table.params"), lang.T("conv.table.macs"))
	for _, l := range c.Layers {
		note := ""
		if l.Fixed {
			note = "  " + lang.T("conv.table.fixed")
		}
		fmt.Fprintf(&b, "%-10s %-14v %12s %14s%s\n", l.Name, l.Out, thousands(l.Params()), thousands(l.MACs), note)
	}
	fmt.Fprintf(&b, "%-10s %-14s %12s %14s\n", lang.T("conv.table.total"), "", thousands(c.Params()), thousands(c.MACs()))
	return b.String()
}

// thousands writes n with a comma every three digits: 61,100,840.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func conv(name string, out, k, stride, pad int) LayerSpec {
	return LayerSpec{Name: name, Kind: "conv", Out: out, K: k, Stride: stride, Pad: pad}
}

func pool(name string, k, stride int) LayerSpec {
	return LayerSpec{Name: name, Kind: "pool", K: k, Stride: stride}
}

func dense(name string, out int) LayerSpec { return LayerSpec{Name: name, Kind: "dense", Out: out} }

// LeNet5 is LeNet-5 as LeCun et al. (1998) describe it: 32×32 inputs; C3's
// 16 maps see 3, 4 or 6 of S2's 6 maps (their table I: 6 maps see 3, 9 see
// 4, 1 sees all 6); the subsampling layers S2 and S4 have a coefficient and
// a bias per map; the output is 10 RBF units on F6's 84 values whose
// parameters were set by hand. The trained parameters add up to the
// paper's 60,000.
func LeNet5() Spec {
	c3 := make([]int, 16)
	for i := range c3 {
		switch {
		case i < 6:
			c3[i] = 3
		case i < 15:
			c3[i] = 4
		default:
			c3[i] = 6
		}
	}
	s2 := pool("S2", 2, 2)
	s2.Trainable = true
	s4 := pool("S4", 2, 2)
	s4.Trainable = true
	return Spec{Name: "LeNet-5 (LeCun et al., 1998)", In: Shape{1, 32, 32}, Layers: []LayerSpec{
		conv("C1", 6, 5, 1, 0), s2,
		{Name: "C3", Kind: "conv", Out: 16, K: 5, SeesChannels: c3}, s4,
		conv("C5", 120, 5, 1, 0), dense("F6", 84),
		{Name: "RBF", Kind: "dense", Out: 10, NoBias: true, Fixed: true},
	}}
}

// LeNet5Modern is LeNet-5 as today's tutorials write it: every C3 filter
// sees all 6 maps, plain max-pooling, a dense output with biases. Its name
// is in the current language of pkg/lang.
func LeNet5Modern() Spec {
	return Spec{Name: lang.T("conv.lenet5modern"), In: Shape{1, 32, 32}, Layers: []LayerSpec{
		conv("C1", 6, 5, 1, 0), pool("S2", 2, 2),
		conv("C3", 16, 5, 1, 0), pool("S4", 2, 2),
		conv("C5", 120, 5, 1, 0), dense("F6", 84), dense("output", 10),
	}}
}

// AlexNet is torchvision's single-tower AlexNet (the lecture's figure shows
// Krizhevsky et al.'s two towers, which split conv2, conv4 and conv5 in two
// groups): 224×224 colour images, five convolutions, three dense layers.
func AlexNet() Spec {
	return Spec{Name: "AlexNet (torchvision)", In: Shape{3, 224, 224}, Layers: []LayerSpec{
		conv("conv1", 64, 11, 4, 2), pool("pool1", 3, 2),
		conv("conv2", 192, 5, 1, 2), pool("pool2", 3, 2),
		conv("conv3", 384, 3, 1, 1), conv("conv4", 256, 3, 1, 1), conv("conv5", 256, 3, 1, 1), pool("pool5", 3, 2),
		{Name: "avgpool", Kind: "adapt", Out: 6},
		dense("fc6", 4096), dense("fc7", 4096), dense("fc8", 1000),
	}}
}

// VGG16 is Simonyan and Zisserman's configuration D: thirteen 3×3
// convolutions in five blocks, each closed by a 2×2 max-pooling, then three
// dense layers: the "VGGNet" of the lecture's table.
func VGG16() Spec {
	s := Spec{Name: "VGG-16", In: Shape{3, 224, 224}}
	for b, blk := range []struct{ n, width int }{{2, 64}, {2, 128}, {3, 256}, {3, 512}, {3, 512}} {
		for i := 1; i <= blk.n; i++ {
			s.Layers = append(s.Layers, conv(fmt.Sprintf("conv%d_%d", b+1, i), blk.width, 3, 1, 1))
		}
		s.Layers = append(s.Layers, pool(fmt.Sprintf("pool%d", b+1), 2, 2))
	}
	s.Layers = append(s.Layers, dense("fc6", 4096), dense("fc7", 4096), dense("fc8", 1000))
	return s
}

// NiN is Network in Network (Lin et al., 2013) for ImageNet, as in its
// authors' released model: four "mlpconv" blocks, each a convolution followed
// by two 1×1 convolutions (the MLP at every position), max-pooling between
// blocks, and global average pooling of the last block's 1000 maps instead
// of dense layers. (The released model rounds its pooled sizes up; floors
// here change the multiply-adds a little, not the parameters.)
func NiN() Spec {
	return Spec{Name: "Network in Network (ImageNet)", In: Shape{3, 224, 224}, Layers: []LayerSpec{
		conv("conv1", 96, 11, 4, 0), conv("cccp1", 96, 1, 1, 0), conv("cccp2", 96, 1, 1, 0), pool("pool1", 3, 2),
		conv("conv2", 256, 5, 1, 2), conv("cccp3", 256, 1, 1, 0), conv("cccp4", 256, 1, 1, 0), pool("pool2", 3, 2),
		conv("conv3", 384, 3, 1, 1), conv("cccp5", 384, 1, 1, 0), conv("cccp6", 384, 1, 1, 0), pool("pool3", 3, 2),
		conv("conv4", 1024, 3, 1, 1), conv("cccp7", 1024, 1, 1, 0), conv("cccp8", 1000, 1, 1, 0),
		{Name: "gap", Kind: "gap"},
	}}
}

// MLP is a dense network on flattened inputs of the given sizes n⁰…nᴸ, such
// as lesson 13's 784-100-10 (79,510 parameters), for comparison.
func MLP(name string, sizes ...int) Spec {
	s := Spec{Name: name}
	if len(sizes) > 0 {
		s.In = Shape{C: sizes[0], H: 1, W: 1}
	}
	for l, n := range sizes[min(1, len(sizes)):] {
		s.Layers = append(s.Layers, dense(fmt.Sprintf("layer %d", l+1), n))
	}
	return s
}
