package figures

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/conv"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Lessons 00 and 14: the lecture's introduction and its convolutional
// architectures.

// KeyDates are the lecture's key dates (its slide "History"), in order;
// decades are placed at their middle.
var KeyDates = []viz.Event{
	{Year: 1986, When: "1980s", Label: "Back-propagation\nRumelhart, Hinton"},
	{Year: 1993, When: "1990s", Label: "Convolutional networks\nLeCun et al."},
	{Year: 1997, When: "1990s", Label: "LSTM\nHochreiter, Schmidhuber"},
	{Year: 2006, When: "2006", Label: "Deep learning paper\nHinton et al."},
	{Year: 2012, When: "2012", Label: "ImageNet win\nKrizhevsky, Sutskever, Hinton"},
	{Year: 2013, When: "2013", Label: "First ICLR"},
	{Year: 2013.4, When: "2013", Label: "Memory networks\nWeston et al."},
	{Year: 2014, When: "2014", Label: "Adversarial networks\nGoodfellow et al."},
	{Year: 2014.4, When: "2014", Label: "GoogLeNet\nSzegedy et al."},
	{Year: 2015, When: "2015", Label: "Residual networks\nHe et al."},
}

func lectureEntries(add func(lesson int, name, caption string, build func(seed uint64) (*viz.Figure, error))) {
	add(0, "timeline",
		"The lecture's key dates. Backpropagation (lessons 07–08) and convolutional networks (lesson 14) come "+
			"first; the 2012 ImageNet win of a deep convolutional network made deep learning the default for vision.",
		func(uint64) (*viz.Figure, error) {
			return viz.Timeline("Deep learning: the key dates", "from the lecture's slide \"History\"", KeyDates)
		})
	add(0, "pipeline",
		"Machine learning against deep learning. Grey stages are designed by hand, blue ones learnt from data. "+
			"In deep learning every stage between the input and the output is learnt, jointly, by gradient descent "+
			"on one cost, each computing a new representation of the one before (h¹, h², h³).",
		func(uint64) (*viz.Figure, error) {
			return viz.Pipeline("Machine learning vs deep learning: who designs the features?",
				"grey: designed by hand; blue, framed thick: learnt from the data",
				[]string{"machine learning", "deep learning"},
				[][]string{
					{"input x", "hand-designed\nfeatures", "trainable\nclassifier", "output"},
					{"input x", "low-level\nfeatures h¹", "mid-level\nfeatures h²", "high-level\nfeatures h³", "trainable\nclassifier", "output"},
				},
				[][]bool{{false, false, true, false}, {false, true, true, true, true, false}})
		})
	add(14, "filters",
		"The 8 filters of the first layer of lesson 14's convolutional network, trained on MNIST, as 5×5 images "+
			"(white: positive weights, black: negative, grey: 0). Each is an edge or stroke detector at some "+
			"orientation, used at every position of every digit: low-level features shared among the categories.",
		cnnFilters)
	add(14, "feature-maps",
		"Three test digits through lesson 14's network: the input, the 8 maps of the first stage (convolution, "+
			"ReLU, 2×2 max-pooling: 12×12) and the 16 of the second (4×4), each map shaded to its own maximum "+
			"(dark: large). The first stage still draws the digit, each map lit where its stroke is; the second is "+
			"coarse and abstract: which strokes meet where.",
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
	f.Title = "What the first convolution looks for: its 8 filters"
	f.Subtitle = fmt.Sprintf("each %d×%d filter, trained on MNIST; white > 0, black < 0, grey 0", c.K, c.K)
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
			Caption: fmt.Sprintf("a %d: the input; the 8 maps of stage 1; the 16 maps of stage 2", digit),
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
	return viz.FeatureMaps("The feature hierarchy on images: the maps of each stage",
		"shaded to each map's maximum (dark: large); stage 1 after ReLU and pooling is 12×12, stage 2 is 4×4", rows)
}

func indexOf(v []int, x int) int {
	for i, y := range v {
		if y == x {
			return i
		}
	}
	return -1
}
