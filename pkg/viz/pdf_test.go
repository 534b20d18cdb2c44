package viz

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPDFText: a figure's PDF embeds its fonts (a TrueType font file, Unicode
// encoded) and carries its words as text, invisible over the glyph outlines
// (text rendering mode 3); with poppler's pdffonts and pdftotext installed,
// they list the fonts and return the words, Greek letters included.
func TestPDFText(t *testing.T) {
	fig, err := Activations()
	if err != nil {
		t.Fatal(err)
	}
	b, err := fig.Bytes("pdf")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/FontFile2", "/Identity-H"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the PDF has no %q: no embedded Unicode font or no text layer", want)
		}
	}
	file := filepath.Join(t.TempDir(), "activations.pdf")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Log("pdftotext not installed (Debian's poppler-utils): the text itself is not read back")
		return
	}
	fonts, err := exec.Command("pdffonts", file).CombinedOutput()
	if err != nil || !strings.Contains(string(fonts), "liberationsans") {
		t.Errorf("pdffonts lists no Liberation Sans: %v\n%s", err, fonts)
	}
	txt, err := exec.Command("pdftotext", file, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, txt)
	}
	for _, want := range []string{fig.Title, "g′"} {
		if !strings.Contains(strings.Join(strings.Fields(string(txt)), " "), want) {
			t.Errorf("pdftotext does not return %q; it returns:\n%.400s", want, txt)
		}
	}
}
