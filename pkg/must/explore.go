package must

// The wrapper of the explorables (pkg/explore), the figures with a parameter you can move.

import "github.com/stepnet/stepnet/pkg/explore"

// Explorable returns an explorable figure to show as HTML:
// show.HTML(must.Explorable(explore.LeCun(1)).HTML()); a non-nil err stops the cell.
func Explorable(x *explore.Explorable, err error) *explore.Explorable {
	Fail(err)
	return x
}
