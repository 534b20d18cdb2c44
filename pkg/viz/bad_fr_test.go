package viz

import (
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestBadInputFrench runs TestBadInput's table with the French catalogue:
// every error must still read (no format verb without its argument, no
// missing message) and nothing may change but the words.
func TestBadInputFrench(t *testing.T) {
	if err := lang.Set("fr"); err != nil {
		t.Fatal(err)
	}
	defer lang.Set("en")
	TestBadInput(t)
}
