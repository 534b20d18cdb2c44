package viz

import (
	"strings"
	"testing"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// headingWidth is the width Figure.Draw gives a heading on a figure of TextWidth.
const headingWidth = TextWidth - 12

// TestWrapHeadingBreaksBetweenClauses: the French keys of lessons 08 and 09, too long for one line,
// break after their "; ", not inside a clause (a lone "0" from "w < 0", a formula cut in two).
func TestWrapHeadingBreaksBetweenClauses(t *testing.T) {
	for _, c := range []struct{ s, second string }{
		{"cercles : sorties hˡ (bleu < 0 < orange, valeur à l'intérieur) ; traits : poids, plus épais pour |w| plus grand, en tirets si w < 0",
			"traits : poids, plus épais pour |w| plus grand, en tirets si w < 0"},
		{"chacune avec ses meilleures constantes : simple η = 2/(λmin + λmax) ; Polyak η = 4/(√λmax + √λmin)², μ = ((√κ − 1)/(√κ + 1))²",
			"Polyak η = 4/(√λmax + √λmin)², μ = ((√κ − 1)/(√κ + 1))²"},
	} {
		lines := strings.Split(wrapHeading(c.s, subtitleStyle, headingWidth), "\n")
		if len(lines) != 2 || lines[1] != c.second {
			t.Errorf("%q wraps as %q, want two lines, the second %q", c.s, lines, c.second)
		}
	}
	// a headline whose first clause is short is not left on a line of its own when breaking
	// between words takes fewer lines
	s := "Vérification du gradient : la rétropropagation s'accorde avec D(ε) à 4.79e−10 près en ε = 1e−05, avec Richardson à 6.84e−12 près en ε = 0.001"
	if lines := strings.Split(wrapHeading(s, headlineStyle, headingWidth), "\n"); len(lines) != 2 {
		t.Errorf("%q wraps in %d lines, want 2: %q", s, len(lines), lines)
	}
}

// TestWrapHeadingKeepsFormulas: at every width, no line starts or ends next to an operator, and no
// line starts with French punctuation or a percent sign; each line fits unless it is one word.
func TestWrapHeadingKeepsFormulas(t *testing.T) {
	s := "les poids en tirets si w < 0, plus épais pour |w| plus grand ; le pas η = 0.1 / (1 + t/100) " +
		"donne 1794 justes sur 2000 (89.7 %) : « vrai, lu comme » ; pourquoi ? parce que C(w) − C(w*) décroît"
	for w := vg.Points(40); w < headingWidth; w += vg.Points(7) {
		lines := strings.Split(wrapHeading(s, subtitleStyle, w), "\n")
		if got := strings.Join(lines, " "); got != s {
			t.Fatalf("width %v: the lines %q do not give the text back", w, lines)
		}
		for _, l := range lines {
			words := strings.Fields(l)
			first, last := words[0], words[len(words)-1]
			if operators[first] || operators[last] || closers[first] || openers[last] || strings.HasPrefix(first, "%") {
				t.Errorf("width %v: line %q starts or ends where a heading must not break", w, l)
			}
			if subtitleStyle.Width(l) > w && len(unbreakable(l)) > 1 {
				t.Errorf("width %v: line %q is %v wide", w, l, subtitleStyle.Width(l))
			}
		}
	}
}

// TestWrapHeadingEvenLines: a sentence a little too long for one line breaks into two lines of
// about the same width, not a full line and a lone last word.
func TestWrapHeadingEvenLines(t *testing.T) {
	s := "each shade is the sign of that one unit over the plane, the black line is where it is 0"
	w := subtitleStyle.Width(s) - vg.Points(2) // greedy breaking would leave "0" alone
	lines := strings.Split(wrapHeading(s, subtitleStyle, w), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines: %q", len(lines), lines)
	}
	a, b := subtitleStyle.Width(lines[0]), subtitleStyle.Width(lines[1])
	if min(a, b) < max(a, b)*2/3 {
		t.Errorf("uneven lines %q (%v) and %q (%v)", lines[0], a, lines[1], b)
	}
}

// TestFitText: the pipeline's boxes keep 8-point text when it fits, and make it smaller when the
// widest line would touch a frame (lesson 00's French "caract. conçues").
func TestFitText(t *testing.T) {
	sty := text.Style{Font: font.From(sansFont, vg.Points(8)), Handler: Subscripts}
	short := [][]string{{"input x", "output"}}
	if got := fitText(sty, short, vg.Points(60)).Font.Size; got != vg.Points(8) {
		t.Errorf("short labels: %v points, want 8", got.Points())
	}
	long := [][]string{{"entrée x"}, {"caract. conçues\nà la main", "sortie"}}
	room := sty.Width("caract. conçues") * 0.85
	fit := fitText(sty, long, room)
	if fit.Font.Size >= vg.Points(8) || fit.Width("caract. conçues\nà la main") > room*1.001 {
		t.Errorf("long labels: %v points, %v wide in a room of %v", fit.Font.Size.Points(), fit.Width("caract. conçues"), room)
	}
	if got := fitText(sty, long, vg.Points(10)).Font.Size; got != vg.Points(6) {
		t.Errorf("no room: %v points, want the smallest, 6", got.Points())
	}
}
