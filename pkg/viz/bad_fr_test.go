package viz

import (
	"testing"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/lang"
)

// TestBadInputFrench runs TestBadInput's table with the French catalogue.
func TestBadInputFrench(t *testing.T) { badinput.InLanguage(t, lang.Set, "fr", TestBadInput) }
