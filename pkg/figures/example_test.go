package figures_test

import (
	"fmt"

	"github.com/stepnet/stepnet/pkg/figures"
)

// The catalogue lists every figure of every lesson.
func ExampleCatalogue() {
	for _, e := range figures.Catalogue()[:2] {
		fmt.Printf("%s/%s\n", e.Lesson.Slug, e.Name)
	}
	// Output:
	// 00-deep-learning-today/timeline
	// 00-deep-learning-today/pipeline
}
