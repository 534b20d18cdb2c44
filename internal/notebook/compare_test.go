package notebook

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

// pngOf makes a 4×3 grey PNG with one pixel set to v, as base64.
func pngOf(t *testing.T, v uint8) string {
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	for y := 0; y < 3; y++ {
		for x := 0; x < 4; x++ {
			img.Set(x, y, color.RGBA{100, 100, 100, 255})
		}
	}
	img.Set(2, 1, color.RGBA{v, 100, 100, 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes())
}

// nbWith makes a notebook: a setup cell, then one code cell per list of outputs.
func nbWith(cells ...[]map[string]any) *Notebook {
	nb := &Notebook{Cells: []NBCell{{Kind: Code, ID: SetupID, Outputs: []map[string]any{
		{"output_type": "stream", "name": "stdout", "text": "anything"}}}}}
	for i, outs := range cells {
		nb.Cells = append(nb.Cells, NBCell{Kind: Code, ID: "c", Outputs: outs, Where: "lesson.md:" + string(rune('1'+i))})
	}
	return nb
}

func display(mime, data string) map[string]any {
	return map[string]any{"output_type": "display_data", "data": map[string]any{mime: data, "text/plain": "x"}}
}

func TestCompareOutputs(t *testing.T) {
	p100, p101, p110 := pngOf(t, 100), pngOf(t, 101), pngOf(t, 110)
	html1 := `<div id="stepnet-0a1b2c3d-1">x</div><div id="stepnet-0a1b2c3d-1-nav">`
	html7 := `<div id="stepnet-0a1b2c3d-7">x</div><div id="stepnet-0a1b2c3d-7-nav">`
	gonb := nbWith(
		[]map[string]any{display("image/png", p100), {"output_type": "stream", "name": "stdout", "text": "a"}},
		[]map[string]any{display("text/html", html1)},
		[]map[string]any{display("image/svg+xml", "<svg/>")},
	)
	// The same figures (one pixel off by 1/255, within the tolerance), the widget made 7th in the
	// session, other text and no text/plain around: no problem.
	same := nbWith(
		[]map[string]any{display("image/png", p101)},
		[]map[string]any{display("text/html", html7)},
		[]map[string]any{display("image/svg+xml", "<svg/>")},
	)
	if p := CompareOutputs(gonb, same); len(p) != 0 {
		t.Errorf("same outputs: %v", p)
	}
	// One pixel off by 10/255, a missing figure, a different SVG, a different widget.
	other := nbWith(
		[]map[string]any{display("image/png", p110)},
		[]map[string]any{display("text/html", strings.Replace(html7, ">x<", ">y<", 1))},
		nil,
	)
	got := strings.Join(CompareOutputs(gonb, other), "\n")
	for _, want := range []string{
		"cell 2 (lesson.md:1): image/png 1: 1 of 12 pixels differ by more than 2/255 (the first at (2,1), the most by 10/255)",
		"cell 3 (lesson.md:2): text/html 1: the HTML differs",
		"cell 4 (lesson.md:3): 1 outputs (image/svg+xml) against 0 outputs ()",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("CompareOutputs lacks %q; got:\n%s", want, got)
		}
	}
	if p := CompareOutputs(gonb, nbWith()); len(p) != 1 || !strings.Contains(p[0], "4 cells against 1") {
		t.Errorf("different cell counts: %v", p)
	}
}

// TestTakeOutputsDropsPlainCopies: a figure keeps its PNG and loses the text/plain copy gophernotes
// adds; a plain text result keeps its text.
func TestTakeOutputsDropsPlainCopies(t *testing.T) {
	src := "x := 1"
	want := &Notebook{Cells: []NBCell{{Kind: Code, Source: src}}, Metadata: map[string]any{}}
	ex := &Notebook{Cells: []NBCell{{Kind: Code, Source: src, Outputs: []map[string]any{
		{"output_type": "display_data", "data": map[string]any{"image/png": "iVBOR", "text/plain": "[137 80 78 71]"}},
		{"output_type": "execute_result", "data": map[string]any{"text/plain": "1"}},
	}}}}
	if err := want.TakeOutputs(ex); err != nil {
		t.Fatal(err)
	}
	fig := want.Cells[0].Outputs[0]["data"].(map[string]any)
	if _, ok := fig["text/plain"]; ok || fig["image/png"] != "iVBOR" {
		t.Errorf("figure output %v: want the PNG only", fig)
	}
	if res := want.Cells[0].Outputs[1]["data"].(map[string]any); res["text/plain"] != "1" {
		t.Errorf("text result %v: want its text/plain kept", res)
	}
}

func stream(text string) map[string]any {
	return map[string]any{"output_type": "stream", "name": "stdout", "text": text}
}

// TestCompareText: the same printed text with other durations and paths is the same; another
// number, or the same text after the figure instead of before it, is a problem naming the cell.
func TestCompareText(t *testing.T) {
	p := pngOf(t, 100)
	gonb := nbWith(
		[]map[string]any{stream("trained in 1.25 s, cached in /root/.cache/stepnet/a1.json\n"), display("image/png", p)},
		[]map[string]any{stream("accuracy 64%\n")},
		[]map[string]any{stream("caption\n"), display("image/png", p)},
	)
	same := nbWith(
		[]map[string]any{stream("trained in 980 ms, cached in /tmp/x/b2.json\n"), display("image/png", p)},
		[]map[string]any{stream("accuracy 64%\n")},
		[]map[string]any{stream("caption\n"), display("image/png", p)},
	)
	if p := CompareText(gonb, same); len(p) != 0 {
		t.Errorf("same text: %v", p)
	}
	other := nbWith(
		[]map[string]any{stream("trained in 1.25 s, cached in /root/.cache/stepnet/a1.json\n"), display("image/png", p)},
		[]map[string]any{stream("accuracy 80%\n")},
		[]map[string]any{display("image/png", p), stream("caption\n")},
	)
	got := strings.Join(CompareText(gonb, other), "\n")
	for _, want := range []string{
		`cell 3 (lesson.md:2): the printed text differs: line 1 is "accuracy 64%" in the first, "accuracy 80%" in the second`,
		"cell 4 (lesson.md:3): outputs in the order text, display against display, text",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("CompareText lacks %q; got:\n%s", want, got)
		}
	}
	if strings.Contains(got, "cell 2") {
		t.Errorf("cell 2 differs only in a duration and a path: %s", got)
	}
}
