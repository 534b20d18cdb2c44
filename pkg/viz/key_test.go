package viz

import (
	"testing"

	"gonum.org/v1/plot/plotter"
)

func TestKeyAddOncePerName(t *testing.T) {
	var k Key
	l := &plotter.Line{LineStyle: LineStyle(0)}
	k.Add("class 0", l)
	k.Add("class 1", l)
	k.Add("class 0", l) // a second panel drawing class 0: named once
	if len(k) != 2 || k[0].Name != "class 0" || k[1].Name != "class 1" {
		t.Errorf("key %v, want class 0 then class 1", k)
	}
}
