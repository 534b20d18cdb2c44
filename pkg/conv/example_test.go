package conv_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/conv"
)

// A 2×2 filter slid over a 3×3 image: each output is the filter's weights
// times the window under it, plus the bias.
func ExampleConv_Forward() {
	l, _ := conv.NewConv(conv.Shape{C: 1, H: 3, W: 3}, 1, 2, 1, 0)
	l.W.SetRow(0, []float64{1, 2, 0, -1})
	l.B[0] = 0.5
	x := mat.NewDense(1, 9, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	a, _ := l.Forward(x)
	fmt.Println(l.Out(), a.RawRowView(0))
	// a00 = 1·1 + 2·2 + 0·4 − 1·5 + 0.5
	// Output:
	// 1×2×2 [0.5 2.5 6.5 8.5]
}

// Parameters against operations: AlexNet's convolutions hold 4% of its
// weights but do most of its work.
func ExampleCount() {
	for _, s := range []conv.Spec{conv.LeNet5(), conv.AlexNet(), conv.NiN(), conv.VGG16(), conv.MLP("lesson 13's MLP", 784, 100, 10)} {
		c, _ := conv.Count(s)
		fmt.Printf("%-30s %12d parameters %14d multiply-adds\n", s.Name, c.Trainable(), c.MACs())
	}
	// Output:
	// LeNet-5 (LeCun et al., 1998)          60000 parameters         328096 multiply-adds
	// AlexNet (torchvision)              61100840 parameters      714188480 multiply-adds
	// Network in Network (ImageNet)       7595176 parameters      969460864 multiply-adds
	// VGG-16                            138357544 parameters    15470264320 multiply-adds
	// lesson 13's MLP                       79510 parameters          79400 multiply-adds
}
