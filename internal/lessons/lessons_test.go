package lessons

import (
	"fmt"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

func TestSlugsAreNumbered(t *testing.T) {
	for i, l := range All {
		if l.Number != i {
			t.Errorf("All[%d].Number = %d", i, l.Number)
		}
		if want := fmt.Sprintf("%02d-", l.Number); l.Slug[:3] != want {
			t.Errorf("slug %q does not start with %q", l.Slug, want)
		}
	}
}

func TestFind(t *testing.T) {
	for _, s := range []string{"5", "05", "05-learning-rate"} {
		l, err := Find(s)
		if err != nil || l.Slug != "05-learning-rate" {
			t.Errorf("Find(%q) = %v, %v", s, l, err)
		}
	}
	for _, s := range []string{"0", "00", "14", "14-convolutional-networks"} {
		if _, err := Find(s); err != nil {
			t.Errorf("Find(%q): %v", s, err)
		}
	}
	for _, s := range []string{"15", "-1", "learning-rate", ""} {
		if _, err := Find(s); err == nil {
			t.Errorf("Find(%q): no error", s)
		}
	}
	if l, err := ByNumber(0); err != nil || l.Slug != "00-deep-learning-today" {
		t.Errorf("ByNumber(0) = %v, %v", l, err)
	}
	if _, err := ByNumber(15); err == nil {
		t.Error("ByNumber(15): no error")
	}
}

func TestTitles(t *testing.T) {
	defer lang.Set(lang.Get())
	for _, l := range All {
		lang.Set("en")
		if l.Title == "" || l.LocalTitle() != l.Title {
			t.Errorf("lesson %d: Title %q, English LocalTitle %q", l.Number, l.Title, l.LocalTitle())
		}
		lang.Set("fr")
		if fr := l.LocalTitle(); fr == "" || (fr == l.Title && l.Title != "MNIST") {
			t.Errorf("lesson %d: French title %q (English %q)", l.Number, fr, l.Title)
		}
	}
	lang.Set("fr")
	if got := All[5].LocalTitle(); got != "Régler le pas d'apprentissage" {
		t.Errorf("lesson 05 in French: %q", got)
	}
}

// TestErrorsInFrench: the errors of Find and ByNumber are in the current
// language, and the English ones are the texts they always were.
func TestErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	for _, c := range []struct{ tag, find, number string }{
		{"en", `unknown lesson "15": want a number 0…14 or a slug such as "01-single-neuron"`, "unknown lesson 15: lessons are numbered 0…14"},
		{"fr", `leçon inconnue "15" : donnez un numéro de 0 à 14 ou un nom de dossier comme "01-single-neuron"`, "leçon inconnue 15 : les leçons sont numérotées de 0 à 14"},
		{"en", `unknown lesson "15": want a number 0…14 or a slug such as "01-single-neuron"`, "unknown lesson 15: lessons are numbered 0…14"},
	} {
		lang.Set(c.tag)
		if _, err := Find("15"); err == nil || err.Error() != c.find {
			t.Errorf("in %s: Find(\"15\") = %v, want %q", c.tag, err, c.find)
		}
		if _, err := ByNumber(15); err == nil || err.Error() != c.number {
			t.Errorf("in %s: ByNumber(15) = %v, want %q", c.tag, err, c.number)
		}
	}
}
