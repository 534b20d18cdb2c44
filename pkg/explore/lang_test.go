package explore

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/train"
)

// visibleText is what a reader of the block sees or hears: the text between
// tags and the aria-label and data-live attributes, without the style sheet,
// the script and the images' data.
func visibleText(block string) string {
	block = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>`).ReplaceAllString(block, " ")
	var b strings.Builder
	for _, m := range regexp.MustCompile(`(?:aria-label|data-live)="([^"]*)"`).FindAllStringSubmatch(block, -1) {
		b.WriteString(html.UnescapeString(m[1]) + "\n")
	}
	for _, m := range regexp.MustCompile(`>([^<>]+)<`).FindAllStringSubmatch(block, -1) {
		b.WriteString(html.UnescapeString(m[1]) + "\n")
	}
	return b.String()
}

// english are words that no French text of the explorables holds (the
// notation, the activations' names and "batch" stay as they are).
var english = regexp.MustCompile(`\b(the|of|and|with|after|before|from|steps?|epochs?|units?|layer|error|frames?|Play|Press|previous|next|weights?|loss|training|accuracy|regime|boundary|size|path|grey|bumps?|fit|spread|method|evaluations|input|output|hidden|decision|Without)\b`)

// TestFrench builds every explorable of the lessons in French: its title is
// the French one, and no English word is left in what a reader sees or
// hears; the same explorable built in English again is the one built in
// English first (the language is read when a block is built, nothing
// sticks).
func TestFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	for _, b := range Builders() {
		lang.Set("en")
		en, err := b.Build()
		if err != nil {
			t.Fatalf("%s: %v", b.Name, err)
		}
		lang.Set("fr")
		fr, err := b.Build()
		if err != nil {
			t.Fatalf("%s in French: %v", b.Name, err)
		}
		frHTML := fr.HTMLWithID("x")
		lang.Set("en")
		again, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		if again.HTMLWithID("x") != en.HTMLWithID("x") {
			t.Errorf("%s: built in English after French, the block differs from the first English one", b.Name)
		}
		if fr.Title == en.Title {
			t.Errorf("%s: the French title is the English one, %q", b.Name, en.Title)
		}
		if fr.Note == en.Note {
			t.Errorf("%s: the French note is the English one", b.Name)
		}
		seen := map[string]bool{}
		for _, line := range strings.Split(visibleText(frHTML), "\n") {
			if w := english.FindString(line); w != "" && !seen[line] {
				seen[line] = true
				if len(seen) <= 5 {
					t.Errorf("%s in French: %q still says %q", b.Name, line, w)
				}
			}
		}
		for k, f := range fr.Frames {
			if f.Caption != "" && f.Caption == en.Frames[k].Caption {
				t.Errorf("%s, frame %d: the French caption is the English one, %q", b.Name, k, f.Caption)
				break
			}
		}
	}
}

// TestErrorsInFrench: an unknown toy set, epochs out of order and a
// training that diverges (η too large) are reported in the current
// language; in English they are the lines they always were.
func TestErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	diverge := func() error {
		net, cfg, err := TrainingNetwork(1)
		if err != nil {
			return err
		}
		set, err := ToySet("moons", 1)
		if err != nil {
			return err
		}
		cfg.Eta = 1e6
		_, err = TrainRun(net, set, cfg, []int{0, 1, 2, 3})
		return err
	}
	cases := []struct {
		got    func() error
		en, fr *regexp.Regexp
	}{
		{func() error { _, err := ToySet("blobs", 1); return err },
			regexp.MustCompile(`^explore: no toy set "blobs": want moons, circles, xor or spirals$`),
			regexp.MustCompile(`^explore : pas de jeu de données "blobs" : choisissez moons, circles, xor ou spirals$`)},
		{func() error { _, err := ToySet(strings.Repeat("x", 50), 1); return err },
			regexp.MustCompile(`^explore: no toy set "x{40}"… \(50 bytes\): want moons, circles, xor or spirals$`),
			regexp.MustCompile(`^explore : pas de jeu de données "x{40}"… \(50 octets\) : choisissez moons, circles, xor ou spirals$`)},
		{func() error {
			set, err := ToySet("xor", 1)
			if err != nil {
				return err
			}
			_, err = TrainRun(nil, set, train.Config{}, []int{3, 1})
			return err
		},
			regexp.MustCompile(`^explore: epochs must rise from 0 to at most \d+, got \[3 1\]$`),
			regexp.MustCompile(`^explore : les époques doivent croître de 0 à au plus \d+, pas \[3 1\]$`)},
		{diverge,
			regexp.MustCompile(`^explore: training diverged at epoch \d: the loss is \S+, from \S+ before training, with η = 1e\+06; try a smaller η$`),
			regexp.MustCompile(`^explore : l'apprentissage a divergé à l'époque \d : la perte vaut \S+, contre \S+ avant l'apprentissage, avec η = 1e\+06 ; essayez un η plus petit$`)},
	}
	for _, tag := range []string{"en", "fr", "en"} {
		lang.Set(tag)
		for i, c := range cases {
			want := c.en
			if tag == "fr" {
				want = c.fr
			}
			if err := c.got(); err == nil || !want.MatchString(err.Error()) {
				t.Errorf("in %s: case %d: %v, want %v", tag, i, err, want)
			}
		}
	}
}
