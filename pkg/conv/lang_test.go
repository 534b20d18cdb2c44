package conv

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestTableInFrench: Counts.Table's headings, its note on the layers set by
// hand and its total are in the current language, and the English table is
// the one it always was (LeNet-5 has a layer set by hand).
func TestTableInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	c, err := Count(LeNet5())
	if err != nil {
		t.Fatal(err)
	}
	lang.Set("en")
	en := c.Table()
	lang.Set("fr")
	fr := c.Table()
	lang.Set("en")
	if again := c.Table(); again != en {
		t.Errorf("the English table after the French one differs:\n%s\nfirst:\n%s", again, en)
	}
	lines := strings.Split(en, "\n")
	if want := "layer      output           parameters  multiply-adds"; len(lines) < 2 || lines[1] != want {
		t.Errorf("the English heading is %q, want %q", lines[1], want)
	}
	if !strings.Contains(en, "  (set by hand)\n") || !strings.HasPrefix(lines[len(lines)-2], "total ") {
		t.Errorf("the English table:\n%s", en)
	}
	if got := LeNet5Modern().Name; got != "LeNet-5, modern form" {
		t.Errorf("LeNet5Modern in English is %q", got)
	}
	lang.Set("fr")
	if got := LeNet5Modern().Name; got != "LeNet-5, forme moderne" {
		t.Errorf("LeNet5Modern in French is %q", got)
	}
	lang.Set("en")
	frLines := strings.Split(fr, "\n")
	if want := "couche     sortie           paramètres     mult.-add."; frLines[1] != want {
		t.Errorf("the French heading is %q, want %q", frLines[1], want)
	}
	if !strings.Contains(fr, "  (fixés à la main)\n") || strings.Contains(fr, "set by hand") {
		t.Errorf("the French table:\n%s", fr)
	}
	// the numbers are the same, in the same places
	digits := regexp.MustCompile(`[0-9][0-9,×]*`)
	if en, fr := digits.FindAllStringIndex(en, -1), digits.FindAllStringIndex(fr, -1); len(en) != len(fr) {
		t.Errorf("%d numbers in English, %d in French", len(en), len(fr))
	}
	for i := 2; i < len(lines) && i < len(frLines); i++ {
		if e, f := digits.FindAllString(lines[i], -1), digits.FindAllString(frLines[i], -1); strings.Join(e, " ") != strings.Join(f, " ") {
			t.Errorf("line %d: %v in English, %v in French", i, e, f)
		}
	}
}
