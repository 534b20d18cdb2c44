package conv

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/internal/langtest"
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

// TestErrorsInFrench: the errors a student hits when changing lesson 14's
// run, counting an architecture of their own or building a layer by hand
// (a bad η, too many filters, a filter larger than its maps, an unknown
// layer kind) are in the current language; in English they are the lines
// they always were.
func TestErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	run := func(change func(*MNISTRun)) func() error {
		return func() error {
			r := MNISTRun{Filters: []int{4, 8}, K: 5, Epochs: 1, Batch: 32, Eta: 0.05, Seed: 1}
			change(&r)
			return r.validate()
		}
	}
	count := func(l LayerSpec) func() error {
		return func() error {
			_, err := Count(Spec{Name: "mine", In: Shape{C: 1, H: 8, W: 8}, Layers: []LayerSpec{l}})
			return err
		}
	}
	in := Shape{C: 1, H: 5, W: 5}
	cases := []langtest.ErrorCase{
		{run(func(r *MNISTRun) { r.Eta = 0 }),
			"conv: η must be positive and finite, got 0",
			"conv : η doit être positif et fini, pas 0"},
		{run(func(r *MNISTRun) { r.Epochs = 0 }),
			"conv: epochs must be in 1…50, got 0",
			"conv : le nombre d'époques doit être dans 1…50, pas 0"},
		{run(func(r *MNISTRun) { r.Filters = nil }),
			"conv: a run needs 1 to 4 stages, got 0",
			"conv : une exécution demande de 1 à 4 étages, pas 0"},
		{run(func(r *MNISTRun) { r.Filters = []int{4, 1000} }),
			"conv: stage 2: filters must be in 1…512, got 1000",
			"conv : étage 2 : le nombre de filtres doit être dans 1…512, pas 1000"},
		{run(func(r *MNISTRun) { r.K = 30 }),
			"conv: stage 1: 30×30 filters do not fit its 28×28 maps",
			"conv : étage 1 : des filtres 30×30 ne tiennent pas dans ses cartes 28×28"},
		{func() error { _, err := NewConv(in, 0, 3, 1, 0); return err },
			"conv: the number of filters must be positive, got 0",
			"conv : le nombre de filtres doit être positif, pas 0"},
		{func() error { _, err := NewConv(in, 2, 3, 0, 0); return err },
			"conv: the stride must be positive, got 0",
			"conv : le pas de décalage (stride) doit être positif, pas 0"},
		{func() error { _, err := NewConv(in, 2, 3, 1, 3); return err },
			"conv: the padding must be in 0…k−1 = 0…2, got 3",
			"conv : le remplissage (padding) doit être dans 0…k−1 = 0…2, pas 3"},
		{func() error { _, err := NewConv(in, 2, 7, 1, 0); return err },
			"conv: a 7×7 filter does not fit in the 5×5 input padded by 0",
			"conv : un filtre 7×7 ne tient pas dans l'entrée 5×5 remplie de 0"},
		{count(LayerSpec{Name: "c1", Kind: "conv", Out: 0, K: 3}),
			"conv: mine, layer 1 (c1): a convolution needs Out > 0 filters of K > 0, got 0 of 3",
			"conv : mine, couche 1 (c1) : une convolution demande Out > 0 filtres de K > 0, pas 0 de 3"},
		{count(LayerSpec{Name: "fc", Kind: "fc", Out: 10}),
			`conv: mine, layer 1 (fc): unknown kind "fc" (want conv, pool, adapt, gap or dense)`,
			`conv : mine, couche 1 (fc) : type inconnu "fc" (choisissez conv, pool, adapt, gap ou dense)`},
	}
	langtest.Errors(t, cases)
}
