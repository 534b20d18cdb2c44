package figures

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/conv"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Lessons 00 and 14: the lecture's introduction and its convolutional
// architectures.

// KeyDates returns the lecture's key dates (its slide "History"), in order,
// in the current language of pkg/lang; decades are placed at their middle.
func KeyDates() []viz.Event {
	return []viz.Event{
		{Year: 1986, When: lang.F("fig.00.decade", 1980), Label: lang.T("fig.00.date.backprop") + "\nRumelhart, Hinton"},
		{Year: 1993, When: lang.F("fig.00.decade", 1990), Label: lang.T("fig.00.date.conv") + "\nLeCun et al."},
		{Year: 1997, When: lang.F("fig.00.decade", 1990), Label: "LSTM\nHochreiter, Schmidhuber"},
		{Year: 2006, When: "2006", Label: lang.T("fig.00.date.paper") + "\nHinton et al."},
		{Year: 2012, When: "2012", Label: lang.T("fig.00.date.imagenet") + "\nKrizhevsky, Sutskever, Hinton"},
		{Year: 2013, When: "2013", Label: lang.T("fig.00.date.iclr")},
		{Year: 2013.4, When: "2013", Label: lang.T("fig.00.date.memory") + "\nWeston et al."},
		{Year: 2014, When: "2014", Label: lang.T("fig.00.date.adversarial") + "\nGoodfellow et al."},
		{Year: 2014.4, When: "2014", Label: "GoogLeNet\nSzegedy et al."},
		{Year: 2015, When: "2015", Label: lang.T("fig.00.date.residual") + "\nHe et al."},
	}
}

func lectureEntries(add func(lesson int, name, caption string, build func(seed uint64) (*viz.Figure, error))) {
	add(0, "timeline", lang.T("fig.00.timeline"),
		func(uint64) (*viz.Figure, error) {
			return viz.Timeline(lang.T("fig.00.timeline.title"), lang.T("fig.00.timeline.subtitle"), KeyDates())
		})
	add(0, "pipeline", lang.T("fig.00.pipeline"),
		func(uint64) (*viz.Figure, error) {
			return viz.Pipeline(lang.T("fig.00.pipeline.title"),
				lang.T("fig.00.pipeline.subtitle"),
				[]string{lang.T("fig.00.pipeline.ml"), lang.T("fig.00.pipeline.dl")},
				[][]string{
					{lang.T("viz.diagram.input"), lang.T("fig.00.pipeline.hand"), lang.T("fig.00.pipeline.classifier"), lang.T("fig.00.pipeline.output")},
					{lang.T("viz.diagram.input"), lang.T("fig.00.pipeline.low"), lang.T("fig.00.pipeline.mid"), lang.T("fig.00.pipeline.high"), lang.T("fig.00.pipeline.classifier"), lang.T("fig.00.pipeline.output")},
				},
				[][]bool{{false, false, true, false}, {false, true, true, true, true, false}})
		})
	add(14, "filters", lang.T("fig.14.filters"),
		cnnFilters)
	add(14, "feature-maps", lang.T("fig.14.feature-maps"),
		cnnFeatureMaps)
}

// lessonCNN is lesson 14's trained network (conv.MNIST caches it on disk,
// so the notebook and the printed figures share one training).
func lessonCNN() (*conv.Net, error) {
	m, err := conv.MNIST(conv.LessonMNISTRun, nil)
	if err != nil {
		return nil, err
	}
	return m.Net, nil
}

func cnnFilters(uint64) (*viz.Figure, error) {
	net, err := lessonCNN()
	if err != nil {
		return nil, err
	}
	c := net.Stages[0].Conv
	f, err := viz.FirstLayerWeights(c.W, c.K, c.Filters())
	if err != nil {
		return nil, err
	}
	f.Title = lang.T("fig.14.filters.title")
	f.Subtitle = lang.F("fig.14.filters.subtitle", c.K, c.K)
	return f, nil
}

// cnnFeatureMaps draws the first test images of three digits through the
// lesson's network.
func cnnFeatureMaps(uint64) (*viz.Figure, error) {
	net, err := lessonCNN()
	if err != nil {
		return nil, err
	}
	dir, err := data.MNISTDir()
	if err != nil {
		return nil, err
	}
	_, test, err := data.LoadMNISTFirst(dir, 1, 100)
	if err != nil {
		return nil, err
	}
	var rows []viz.FeatureMapRow
	for _, digit := range []int{7, 2, 0} {
		i := indexOf(test.Labels, digit)
		if i < 0 {
			return nil, fmt.Errorf("feature maps: no %d among the first test images", digit)
		}
		x := mat.NewDense(1, test.Rows*test.Cols, test.Images.RawRowView(i))
		t, err := net.Forward(x)
		if err != nil {
			return nil, err
		}
		row := viz.FeatureMapRow{
			Caption: lang.F("fig.14.maps.row", digit),
			Input:   viz.MapImage{Side: test.Rows, Values: x.RawRowView(0)},
		}
		for s, st := range net.Stages {
			out := st.Out()
			h := t.Pooled[s].H.RawRowView(0)
			var maps []viz.MapImage
			for f := 0; f < out.C; f++ {
				maps = append(maps, viz.MapImage{Side: out.H, Values: h[f*out.H*out.W : (f+1)*out.H*out.W]})
			}
			row.Stages = append(row.Stages, maps)
		}
		rows = append(rows, row)
	}
	return viz.FeatureMaps(lang.T("fig.14.maps.title"), lang.T("fig.14.maps.subtitle"), rows)
}

func indexOf(v []int, x int) int {
	for i, y := range v {
		if y == x {
			return i
		}
	}
	return -1
}
