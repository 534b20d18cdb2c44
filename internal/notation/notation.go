// Package notation writes the lecture's symbols (hˡ, Wˡ, δˡ, 3×4) in error
// messages and step-through texts.
package notation

import (
	"fmt"
	"strconv"
	"strings"
)

var superscripts = map[rune]rune{
	'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴',
	'5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '⁺',
}

// Sup returns n in superscript digits: Sup(12) = "¹²".
func Sup(n int) string {
	var b strings.Builder
	for _, r := range strconv.Itoa(n) {
		b.WriteRune(superscripts[r])
	}
	return b.String()
}

// Sym returns a symbol with a layer index: Sym("W", 2) = "W²".
func Sym(name string, l int) string { return name + Sup(l) }

// Shape returns "r×c".
func Shape(r, c int) string { return fmt.Sprintf("%d×%d", r, c) }

// Count writes n with its noun, singular for 1: "1 value", "3 values".
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
