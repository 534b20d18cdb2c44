package viz

import (
	"os"
	"testing"
)

func TestTimelineAndPipeline(t *testing.T) {
	events := []Event{{1985, "1980s", "Back-propagation\nRumelhart, Hinton"}, {1995, "1990s", "Convolutional networks\nLeCun et al."}, {2012, "2012", "ImageNet win"}}
	f, err := Timeline("Key dates", "", events)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.PNG(); err != nil {
		t.Fatal(err)
	}
	if _, err := Timeline("x", "", []Event{{2012, "2012", "b"}, {1990, "1990", "a"}}); err == nil {
		t.Error("events out of order: no error")
	}
	if _, err := Timeline("x", "", nil); err == nil {
		t.Error("no events: no error")
	}
	p, err := Pipeline("ML vs DL", "", []string{"machine learning", "deep learning"},
		[][]string{{"input", "hand-designed\nfeatures", "classifier", "output"}, {"input", "learnt\nfeatures", "learnt\nfeatures", "classifier", "output"}},
		[][]bool{{false, false, true, false}, {false, true, true, true, false}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := p.PNG()
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("STEPNET_FIGURE_DIR"); dir != "" {
		a, _ := f.PNG()
		os.WriteFile(dir+"/timeline.png", a, 0o644)
		os.WriteFile(dir+"/pipeline.png", b, 0o644)
	}
	if _, err := Pipeline("x", "", []string{"a"}, [][]string{{"a", "b"}}, [][]bool{{true}}); err == nil {
		t.Error("shadings missing: no error")
	}
}

func TestFeatureMaps(t *testing.T) {
	img := func(side int, v float64) MapImage {
		m := MapImage{Side: side, Values: make([]float64, side*side)}
		for k := range m.Values {
			m.Values[k] = v * float64(k%side)
		}
		return m
	}
	rows := []FeatureMapRow{{Caption: "a 7", Input: img(28, 1), Stages: [][]MapImage{{img(12, 1), img(12, 2)}, {img(4, 1), img(4, 0), img(4, 3)}}}}
	f, err := FeatureMaps("maps", "", rows)
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.PNG()
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("STEPNET_FIGURE_DIR"); dir != "" {
		os.WriteFile(dir+"/maps.png", b, 0o644)
	}
	rows[0].Stages[1][0].Values = rows[0].Stages[1][0].Values[:3]
	if _, err := FeatureMaps("maps", "", rows); err == nil {
		t.Error("a map of 3 values for 4×4: no error")
	}
}
