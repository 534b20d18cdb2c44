package must

import (
	"github.com/stepnet/stepnet/pkg/figures"
	"github.com/stepnet/stepnet/pkg/viz"
)

// PNG renders a figure as PNG bytes for show.PNG: show.PNG(must.PNG(viz.HalfPlane(n, X, y))).
// A non-nil err, or a failed rendering, stops the cell.
func PNG(fig *viz.Figure, err error) []byte {
	Fail(err)
	b, err := fig.PNG()
	Fail(err)
	return b
}

// Figure returns a figure to change before it is shown (a title, an axis); a non-nil err stops the
// cell. Render it with must.Bytes(fig.PNG()).
func Figure(fig *viz.Figure, err error) *viz.Figure {
	Fail(err)
	return fig
}

// Bytes returns bytes: a rendered figure, show.PNG(must.Bytes(fig.PNG())); a non-nil err stops the cell.
func Bytes(b []byte, err error) []byte {
	Fail(err)
	return b
}

// LessonFigure returns, as PNG bytes, the figure of a lesson's catalogue (pkg/figures) built from
// figures.DefaultSeed, the figure the printed sheets show: show.PNG(must.LessonFigure("05", "regimes")).
func LessonFigure(lesson, name string) []byte {
	return PNG(figures.Build(lesson, name))
}
