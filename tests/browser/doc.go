// Package browser tests the step-through widget of pkg/step and the
// explorables of pkg/explore in a real browser: headless Chromium loads a
// page, clicks Next through each widget and checks, step by step, that the
// equation shown changes, is the equation of the trace with its numbers,
// and that the counter and the buttons follow.
//
// TestExplorablesInChromium does the same for the explorables, on a page
// with every one of explore.Builders and on the HTML export of every lesson
// that has explorables (explorableNotebooks): each slider moved to its first,
// middle and last value, the keys (Home, →, End, ←, → on a focused slider)
// and Play / Pause; the frame shown must change and the numbers beside it
// must be those of the Go builder, and for neuron, quadratic, lecun, minibatch,
// backward, init, approximation and bumps those the lecture packages give
// when called here afresh. The lessons' pages are exported from both
// kernels' notebooks (notebooks/ and notebooks/gophernotes/) and, for the
// translated lessons, the French ones (notebooks/fr/). Every request
// besides the page itself is intercepted (the DevTools Fetch domain), failed
// and reported: there must be none.
//
// The pages, by default:
//
//   - notebooks/08-backpropagation.ipynb exported with
//     `jupyter nbconvert --to html` into a temporary folder: the lesson's
//     step.Demo("backward", 1) cell, as a teacher would publish it;
//   - notebooks/07-chain-rule.ipynb exported the same way: its
//     step.Demo("chain", 0) cell;
//   - a page the test writes itself with the widget of every demo walk
//     (several widgets in one page).
//
// STEPNET_WIDGET_HTML=<file> replaces them with another page, which must show
// the step.Demo walk named by STEPNET_WIDGET_PASS (default backward) for
// STEPNET_WIDGET_SEED (default 1).
//
// Chromium runs offline (every host name resolves to nothing): the widget
// must work with nothing fetched. The test is skipped when Chromium or
// jupyter nbconvert is missing, unless STEPNET_REQUIRE_BROWSER=1 (make test
// sets it); STEPNET_CHROMIUM names the browser when it is not
// /usr/bin/chromium or on the PATH. scripts/setup.sh --browser installs both.
package browser
