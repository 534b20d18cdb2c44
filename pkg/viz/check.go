package viz

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
)

// Checks of written files, used by the tests of this package and of the CLI.

// ValidSVG reports an error unless b is well-formed XML whose root is <svg>.
func ValidSVG(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("SVG is not well-formed XML: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		return fmt.Errorf("SVG root element is %q, want svg", root)
	}
	return nil
}

var pdfPage = regexp.MustCompile(`/Type /Page\b[^s]`)

// PDFPages returns the number of pages of a PDF written by this package, or an
// error if b does not look like a complete PDF (%PDF- at the start, %%EOF at
// the end).
func PDFPages(b []byte) (int, error) {
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		return 0, errors.New("not a PDF: does not start with %PDF-")
	}
	if !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
		return 0, errors.New("PDF is truncated: no %%EOF at the end")
	}
	return len(pdfPage.FindAll(b, -1)), nil
}
