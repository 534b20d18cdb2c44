package explore

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWritePage writes every explorable into one page, $EXPLORE_PAGE/all.html,
// and each into a page of its own, NAME.html, to look at in a browser;
// skipped without it.
func TestWritePage(t *testing.T) {
	out := os.Getenv("EXPLORE_PAGE")
	if out == "" {
		t.Skip("EXPLORE_PAGE not set")
	}
	html := "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>explorables</title></head><body>\n"
	for _, b := range Builders() {
		x, err := b.Build()
		if err != nil {
			t.Fatalf("%s: %v", b.Name, err)
		}
		h := x.HTMLWithID(b.Name)
		t.Logf("%-12s %3d frames %7d bytes", b.Name, len(x.Frames), len(h))
		html += "<h3>" + b.Name + "</h3>\n" + h
		one := "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/></head><body>\n" + h + "</body></html>\n"
		if err := os.WriteFile(filepath.Join(out, b.Name+".html"), []byte(one), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	html += "</body></html>\n"
	if err := os.WriteFile(filepath.Join(out, "all.html"), []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
}
