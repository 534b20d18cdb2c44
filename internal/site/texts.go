package site

import (
	"html/template"

	"github.com/stepnet/stepnet/pkg/lang"
)

// texts are the words of the site's templates in the current language (pkg/lang), by the short
// name the templates use ({{.T.lessons}}). They are written by the kit, not by a user: HTML as
// they are. root is the path from the page to the site's root ("", "../", "../../").
func texts(root string) map[string]template.HTML {
	h := func(s string) template.HTML { return template.HTML(s) }
	return map[string]template.HTML{
		"lang":          h(lang.Get()),
		"other":         h(lang.T("site.lang.other")),
		"otherHint":     h(lang.T("site.lang.otherhint")),
		"title":         h(lang.T("site.title")),
		"navLessons":    h(lang.T("site.nav.lessons")),
		"navPlayground": h(lang.T("site.nav.playground")),
		"navRun":        h(lang.T("site.nav.run")),
		"navAll":        h(lang.T("site.nav.all")),
		"lead":          h(lang.T("site.lead")),
		"playground":    h(lang.F("site.playground", root+"playground/index.html")),
		"lessons":       h(lang.T("site.lessons")),
		"colLesson":     h(lang.T("site.col.lesson")),
		"colFigures":    h(lang.T("site.col.figures")),
		"colExercises":  h(lang.T("site.col.exercises")),
		"colSheet":      h(lang.T("site.col.sheet")),
		"sheet":         h(lang.T("site.sheet")),
		"kernels":       h(lang.T("site.lessons.kernels")),
		"run":           h(lang.T("site.run")),
		"runLocal":      h(lang.F("site.run.local", RepoURL)),
		"runClass":      h(lang.F("site.run.class", RepoURL)),
		"runExercises":  h(lang.T("site.run.exercises")),
		"footer":        h(lang.F("site.footer", MathJaxVersion, RepoURL)),
		"lessonBinder":  h(lang.T("site.lesson.binder")),
		"lessonSheet":   h(lang.T("site.lesson.sheet")),
		"exercises":     h(lang.T("site.exercises")),
		"exCommands":    h(lang.T("site.exercises.commands")),
		"exCells":       h(lang.T("site.exercises.cells")),
		"exGrade":       h(lang.T("site.exercises.grade")),
		"exNone":        h(lang.T("site.exercises.none")),
	}
}

// runBinder, lessonAbout and exercisesLocal are the texts with a part that changes from page to page.
func runBinder(url string) template.HTML { return template.HTML(lang.F("site.run.binder", url)) }

func lessonAbout(number, notebook string) template.HTML {
	return template.HTML(lang.F("site.lesson.about", number, notebook))
}

func exercisesLocal(slug string) template.HTML {
	return template.HTML(lang.F("site.exercises.local", slug))
}
