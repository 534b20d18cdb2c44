// Package browser tests the step-through widget of pkg/step in a real
// browser: headless Chromium loads a page with the widget, clicks Next
// through it and checks, step by step, that the equation shown changes and
// carries the numbers of the trace.
//
// By default the page is written by the test itself (the lessons' backward
// pass, step.Demo). STEPNET_WIDGET_HTML=<file> points the test at another
// page, for example the HTML export of the backprop notebook
// (jupyter nbconvert --to html); STEPNET_WIDGET_PASS and
// STEPNET_WIDGET_SEED say which step.Demo walk that page shows.
//
// The test is skipped when Chromium is missing, unless
// STEPNET_REQUIRE_BROWSER=1 (make test sets it); STEPNET_CHROMIUM names
// the browser when it is not /usr/bin/chromium or on the PATH.
package browser
