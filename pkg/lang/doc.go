// Package lang is the language of the kit: English or French, and the one
// catalogue of every text a user reads — figure titles, axis labels, legends
// and captions, the lesson sheets, the step-throughs, the graders' messages
// and hints, the commands' reports.
//
// # The setting
//
// A program starts in the language of the environment variable STEPNET_LANG
// ("en" or "fr"; unset means English), so that a command or a kernel started
// with STEPNET_LANG=fr speaks French from its first line. Set changes it:
//
//	must.OK(lang.Set("fr"))  // from now on: French figures, step-throughs, hints
//	lang.Get()               // "fr"
//
// Any other tag is an error that names it ("lang.Set: unknown language "de":
// want one of en, fr"). The commands take -lang en|fr (stepnet plots, grade,
// step), which calls Set.
//
// On gophernotes a notebook's cells run in one interpreter, so the setup
// cell's lang.Set("fr") holds for every cell after it. On GoNB each cell is a
// program of its own, started by the kernel: the setting reaches every cell
// through the kernel's environment, `%env STEPNET_LANG=fr` in the setup cell
// (GoNB's special command), and a lang.Set("fr") there holds for that cell
// only. The child processes of `stepnet grade` inherit the environment
// likewise; the command sets STEPNET_LANG for them from its -lang flag.
//
// # The catalogue
//
// Every text is a message with a key ("fig.05.regimes.caption",
// "check.softmax.overflow") and two texts, English and French, that may hold
// fmt verbs:
//
//	lang.T("fig.01.activations.title")                // the text in the current language
//	lang.F("step.forward.layer", l, rows, cols)       // the same, formatted as fmt.Sprintf
//	lang.Errorf("check.shape", name, got, want)       // an error, %w wraps as fmt.Errorf
//
// Why one catalogue, in this package, rather than strings beside the code
// that prints them:
//
//   - One place to translate and to check. A translator reads the msg_*.go
//     tables (one per part of the kit: msg_viz.go, msg_figures.go,
//     msg_step.go, msg_check.go, msg_hints.go, msg_gd.go, msg_cli.go…) with
//     each English text beside its French one; nothing else in the kit
//     holds a sentence a user reads, so no English text is left behind in a
//     corner of the code and none is written twice.
//   - Checked by tests, not by care: every key has both texts, non-empty
//     (TestBothLanguages); both have the same fmt verbs in the same order, so
//     that lang.F never prints %!d(MISSING) in one language only
//     (TestSameVerbs); every key the code names with lang.T, lang.F or
//     lang.Errorf is in the catalogue and every key of the catalogue is named
//     somewhere in the code (TestKeysInCode parses the module's Go files):
//     keys are written out whole, never assembled, so that this holds.
//   - Plain Go, no generator, no file to load: a notebook cell, the
//     WebAssembly playground and a sandboxed grader child get the catalogue by
//     importing the package, on both kernels (no generics in what cells call).
//   - It imports only the standard library, so any package of the kit can use
//     it without changing the direction data flows (pkg/viz still imports
//     nothing that trains).
//
// # What goes through the catalogue
//
// The figures of pkg/viz and pkg/figures (titles, axis labels, legends, keys,
// captions: stepnet plots -lang fr, French goldens in
// pkg/figures/testdata/golden/fr), the A4 sheets' headings and the lessons'
// titles (lessons.Lesson.LocalTitle), pkg/step's walks in text, table and
// HTML, the widget's counter and Play button, pkg/check's report frame, the
// sandbox's messages, the comparison and the structural diagnosis, the tasks
// of the exercises and the catalogued hints of every grader (stepnet grade
// -lang fr; msg_check.go and msg_hints.go) and the words in their cases'
// inputs (msg_cases.go: "k = 3 neurones, entrées de d = 2 dimensions"),
// pkg/gd's learning-rate regimes, divergence error and schedules (msg_gd.go),
// pkg/explore's explorables (msg_explore.go), what the lecture packages'
// String and Table methods return for cells to print (backprop's gradient
// check, conv's counts: msg_packages.go), the errors internal/lessons shows a
// user, the shape errors lessons 01 and 02 show on purpose (msg_errors.go),
// and what stepnet plots, step and grade print. Not yet: the teacher's class
// pages of internal/grade and the library's other error messages, which stay
// English; the formulas of a grader's cases stay as they are written.
//
// To add a message: write its key and both texts in the msg_*.go table of
// its part of the kit, and call lang.T or lang.F with the key written out
// whole; the tests say what is missing.
//
// The notation does not change with the language: hˡ, aˡ, Wˡ, δˡ, g, g′, η,
// C(w) are the same symbols in both texts, and so are numbers (a decimal
// point, as in the lessons' code).
//
// # The glossary
//
// Glossary lists the course's terms in English and French (réseau de
// neurones, couche cachée, rétropropagation du gradient, descente de gradient
// stochastique, mini-lots, pas / taux d'apprentissage, entropie croisée,
// erreur quadratique moyenne, sur-apprentissage…). The French texts of the
// catalogue use these words, and the glossary of lessons/README.md is the
// same list for the French lessons.
package lang
