package viz_test

import (
	"bytes"
	"fmt"
	"image/png"

	"github.com/stepnet/stepnet/pkg/viz"
)

// A figure is built, then rendered: here as PNG bytes, as a notebook would
// show it.
func ExampleActivations() {
	fig, err := viz.Activations()
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := fig.PNG()
	if err != nil {
		fmt.Println(err)
		return
	}
	img, _ := png.Decode(bytes.NewReader(b))
	fmt.Println(len(fig.Panels), "rows of", len(fig.Panels[0]), "panels,", img.Bounds().Dx(), "pixels wide")
	// Output: 2 rows of 2 panels, 669 pixels wide
}
