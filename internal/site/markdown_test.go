package site

import (
	"strings"
	"testing"
)

// TestMarkdownKeepsFormulas: TeX's _ and * are not emphasis, formulas keep
// their dollars (escaped for HTML), code keeps its dollars as text.
func TestMarkdownKeepsFormulas(t *testing.T) {
	src := "The error $\\delta_i^L = 2(o_i^L - y_i)\\, g'(a_i^L)$ and $a_j * b_j$ with *emphasis*.\n\n" +
		"$$\\frac{\\partial C}{\\partial w_{ij}} = \\delta_i h_j, \\quad x < y$$\n\n" +
		"A shell variable: `$STEPNET_CACHE`, a price \\$5, and a formula over two lines $a +\nb$.\n\n" +
		"```sh\necho $HOME $x$\n```\n"
	got, err := Markdown(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"$\\delta_i^L = 2(o_i^L - y_i)\\, g&#39;(a_i^L)$",
		"$a_j * b_j$ with <em>emphasis</em>",
		"$$\\frac{\\partial C}{\\partial w_{ij}} = \\delta_i h_j, \\quad x &lt; y$$",
		"<code>$STEPNET_CACHE</code>",
		"$a +\nb$",
		"a price \\$5",
		"echo $HOME $x$",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the HTML lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "MATHPLACEHOLDER") {
		t.Errorf("a placeholder is left:\n%s", got)
	}
	if strings.Contains(got, "<em>_") || strings.Contains(got, "<em>i") {
		t.Errorf("TeX read as emphasis:\n%s", got)
	}
}

func TestIntegrity(t *testing.T) {
	// echo -n abc | openssl dgst -sha512 -binary | base64
	if got, want := Integrity([]byte("abc")), "sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw=="; got != want {
		t.Fatalf("Integrity(abc) = %s, want %s", got, want)
	}
}
