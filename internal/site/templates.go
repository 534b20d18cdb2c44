package site

import (
	"bytes"
	"compress/gzip"
	"html/template"
)

// gzipSize is the size of b gzipped at the best compression (what a static
// host that compresses sends).
func gzipSize(b []byte) int64 {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return int64(buf.Len())
}

const head = `<!DOCTYPE html>
<html lang="{{.T.lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
`

// langSwitch is the link of every page to the same page in the other language (none when that
// page does not exist: a lesson not translated yet).
const langSwitch = `{{if .Other}} · <a class="lang-switch" hreflang="{{if eq .T.lang "fr"}}en{{else}}fr{{end}}" href="{{.Other}}" title="{{.T.otherHint}}">{{.T.other}}</a>{{end}}`

var indexTemplate = template.Must(template.New("index").Parse(head + `<title>{{.T.title}}</title>
<link rel="stylesheet" href="{{.Root}}style.css">
</head>
<body>
<nav class="top"><b>stepnet</b> · <a href="#lessons">{{.T.navLessons}}</a> · <a href="{{.Root}}playground/index.html">{{.T.navPlayground}}</a> · <a href="#run">{{.T.navRun}}</a>` + langSwitch + `</nav>
<main>
<h1>{{.T.title}}</h1>
<p class="lead">{{.T.lead}}</p>
<p>{{.T.playground}}</p>

<h2 id="lessons">{{.T.lessons}}</h2>
<table class="lessons">
<tr><th>#</th><th>{{.T.colLesson}}</th><th>{{.T.colFigures}}</th><th>{{.T.colExercises}}</th><th>{{.T.colSheet}}</th></tr>
{{$t := .T}}{{range .Pages}}<tr><td>{{.Number}}</td><td><a href="lessons/{{.Slug}}.html">{{.Title}}</a></td><td>{{.Figures}}</td><td>{{len .Exs}}</td><td>{{if .Sheet}}<a href="{{.Sheet}}">{{$t.sheet}}</a>{{else}}–{{end}}</td></tr>
{{end}}</table>
<p class="small">{{.T.kernels}}</p>

<h2 id="run">{{.T.run}}</h2>
<ul>
<li>{{.Binder}}</li>
<li>{{.T.runLocal}}</li>
<li>{{.T.runClass}}</li>
<li>{{.T.runExercises}}</li>
</ul>
<footer>{{.T.footer}}</footer>
</main>
</body>
</html>
`))

var lessonTemplate = template.Must(template.New("lesson").Parse(head + `<title>{{.P.Number}} · {{.P.Title}} · stepnet</title>
<link rel="stylesheet" href="{{.Root}}style.css">
{{.MathJax}}</head>
<body>
<nav class="top"><a href="../index.html">stepnet</a> · <a href="../index.html#lessons">{{.T.navLessons}}</a>
{{if .Prev}}· <a href="{{.Prev.Slug}}.html">← {{.Prev.Number}} {{.Prev.Title}}</a>{{end}}
{{if .Next}}· <a href="{{.Next.Slug}}.html">{{.Next.Number}} {{.Next.Title}} →</a>{{end}}
· <a href="{{.Root}}playground/index.html">{{.T.navPlayground}}</a>` + langSwitch + `</nav>
<main>
<p class="small">{{.About}}
(<a href="{{.Binder}}">{{.T.lessonBinder}}</a>{{if .P.Sheet}}; <a href="../{{.P.Sheet}}">{{.T.lessonSheet}}</a>{{end}}).</p>
<article class="notebook">
{{.Body}}
</article>
<section id="exercises">
<h2>{{.T.exercises}}</h2>
{{if .P.Exs}}
{{.ExIntro}}
<p>{{.ExLocal}}</p>
<pre><code>{{.T.exCommands}}</code></pre>
<p>{{.T.exCells}}</p>
{{$t := .T}}{{range .P.Exs}}<div class="exercise" id="ex-{{.Name}}">
<h3>{{.Name}}</h3>
<pre><code>{{.Signature}}</code></pre>
{{.TaskHTML}}
<p class="small">{{$t.exGrade}} <code>go run ./tests/exercises/grade -v -only {{.Name}}</code></p>
</div>
{{end}}
{{else}}
<p>{{.T.exNone}}</p>
{{end}}
</section>
<footer>{{if .Prev}}<a href="{{.Prev.Slug}}.html">← {{.Prev.Number}} {{.Prev.Title}}</a>{{end}}
{{if .Next}} · <a href="{{.Next.Slug}}.html">{{.Next.Number}} {{.Next.Title}} →</a>{{end}}
· <a href="../index.html">{{.T.navAll}}</a>` + langSwitch + `</footer>
</main>
</body>
</html>
`))
