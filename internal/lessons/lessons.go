// Package lessons is the one list of the kit's lessons: their numbers, folder
// slugs and titles. The figures (pkg/viz), the notebooks and the CLI all name
// lessons from here, so that "05-learning-rate" is spelt the same everywhere.
package lessons

import (
	"strconv"
	"strings"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Lesson is one lesson of the kit.
type Lesson struct {
	Number int    // 0…14
	Slug   string // "05-learning-rate": the folder name under lessons/, notebooks/ and the plots
	Title  string // "Tuning the learning rate": the English title (LocalTitle gives it in the current language)
}

// english returns a title of the catalogue in English.
func english(s string, err error) string {
	if err != nil {
		panic(err) // a key missing from pkg/lang: TestTitles and pkg/lang's tests catch it
	}
	return s
}

// LocalTitle returns the lesson's title in the current language of pkg/lang:
// "Tuning the learning rate", "Régler le pas d'apprentissage".
func (l Lesson) LocalTitle() string {
	switch l.Number {
	case 0:
		return lang.T("lesson.00.title")
	case 1:
		return lang.T("lesson.01.title")
	case 2:
		return lang.T("lesson.02.title")
	case 3:
		return lang.T("lesson.03.title")
	case 4:
		return lang.T("lesson.04.title")
	case 5:
		return lang.T("lesson.05.title")
	case 6:
		return lang.T("lesson.06.title")
	case 7:
		return lang.T("lesson.07.title")
	case 8:
		return lang.T("lesson.08.title")
	case 9:
		return lang.T("lesson.09.title")
	case 10:
		return lang.T("lesson.10.title")
	case 11:
		return lang.T("lesson.11.title")
	case 12:
		return lang.T("lesson.12.title")
	case 13:
		return lang.T("lesson.13.title")
	case 14:
		return lang.T("lesson.14.title")
	}
	return l.Title
}

// All lists the lessons in order.
var All = []Lesson{
	{0, "00-deep-learning-today", english(lang.In("en", "lesson.00.title"))},
	{1, "01-single-neuron", english(lang.In("en", "lesson.01.title"))},
	{2, "02-forward-propagation", english(lang.In("en", "lesson.02.title"))},
	{3, "03-regression-classification", english(lang.In("en", "lesson.03.title"))},
	{4, "04-learning-as-optimisation", english(lang.In("en", "lesson.04.title"))},
	{5, "05-learning-rate", english(lang.In("en", "lesson.05.title"))},
	{6, "06-batch-stochastic-minibatch", english(lang.In("en", "lesson.06.title"))},
	{7, "07-chain-rule", english(lang.In("en", "lesson.07.title"))},
	{8, "08-backpropagation", english(lang.In("en", "lesson.08.title"))},
	{9, "09-tricks", english(lang.In("en", "lesson.09.title"))},
	{10, "10-hidden-neurons", english(lang.In("en", "lesson.10.title"))},
	{11, "11-universal-approximation", english(lang.In("en", "lesson.11.title"))},
	{12, "12-deep-models", english(lang.In("en", "lesson.12.title"))},
	{13, "13-mnist", english(lang.In("en", "lesson.13.title"))},
	{14, "14-convolutional-networks", english(lang.In("en", "lesson.14.title"))},
}

// Find returns the lesson named by s: its number ("5" or "05") or its slug
// ("05-learning-rate"); any other s is an error in the current language of
// pkg/lang.
func Find(s string) (Lesson, error) {
	s = strings.TrimSpace(s)
	for _, l := range All {
		if s == l.Slug {
			return l, nil
		}
	}
	if n, err := strconv.Atoi(s); err == nil {
		for _, l := range All {
			if n == l.Number {
				return l, nil
			}
		}
	}
	return Lesson{}, lang.Errorf("lessons.unknown", s, All[0].Number, All[len(All)-1].Number, All[1].Slug)
}

// ByNumber returns lesson n (0…14).
func ByNumber(n int) (Lesson, error) {
	for _, l := range All {
		if l.Number == n {
			return l, nil
		}
	}
	return Lesson{}, lang.Errorf("lessons.unknown.number", n, All[0].Number, All[len(All)-1].Number)
}
