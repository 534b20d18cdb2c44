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
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
`

var indexTemplate = template.Must(template.New("index").Parse(head + `<title>stepnet: deep learning, one equation at a time</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<nav class="top"><b>stepnet</b> · <a href="#lessons">lessons</a> · <a href="playground/index.html">playground</a> · <a href="#run">run it yourself</a></nav>
<main>
<h1>stepnet: deep learning, one equation at a time</h1>
<p class="lead">A Go teaching kit for an introductory deep-learning lecture ("Réseaux de Neurones Profonds, Apprentissage de
Représentations"): a single neuron, forward propagation, gradient descent and its variants, delta-rule backpropagation,
universal approximation and deep models. Each lesson below is an executed notebook: its formulas, its Go cells with their
outputs, figures, and step-throughs of a network's passes (Previous / Next, one equation at a time with its numbers).</p>
<p><a href="playground/index.html"><b>▶ The playground</b></a>: train a small network in your browser (stepnet's own Go
packages compiled to WebAssembly), watch its decision regions and hidden units, and step through its backward pass on
any point.</p>

<h2 id="lessons">Lessons</h2>
<table class="lessons">
<tr><th>#</th><th>lesson</th><th>figures</th><th>exercises</th><th>printed sheet</th></tr>
{{range .Pages}}<tr><td>{{.Number}}</td><td><a href="lessons/{{.Slug}}.html">{{.Title}}</a></td><td>{{.Figures}}</td><td>{{len .Exs}}</td><td>{{if .Sheet}}<a href="plots/{{.Slug}}.pdf">A4 PDF</a>{{else}}–{{end}}</td></tr>
{{end}}</table>
<p class="small">The lessons are the same text on both Go kernels, GoNB and gophernotes (<code>notebooks/</code> and
<code>notebooks/gophernotes/</code>); these pages show the GoNB notebooks as executed. The printed sheets are
<code>stepnet plots</code>'s A4 PDFs, one figure per page, readable in black and white.</p>

<h2 id="run">Run it yourself</h2>
<ul>
<li><b>In the browser, nothing to install</b>: <a href="{{.Binder}}">launch the notebooks on Binder</a> (GoNB kernel;
the first launch builds the image and takes a few minutes).</li>
<li><b>On your machine</b> (Debian or Ubuntu with Go 1.26): <code>git clone {{.Repo}} &amp;&amp; cd stepnet &amp;&amp; make notebook</code>
installs Jupyter and the GoNB kernel and opens the lessons.</li>
<li><b>For a class</b>: the classroom image in <a href="{{.Repo}}/tree/main/docker">docker/</a> (Jupyter, Go, GoNB and the
notebooks; also as JupyterHub's single-user image).</li>
<li><b>Exercises</b> grade themselves: write the function in <code>lessons/NN-slug/exercises/exercises.go</code>, then
<code>make exercises</code>. Each lesson page lists its exercises with their task.</li>
</ul>
<footer>Made by <code>stepnet site</code> from the executed notebooks. Formulas typeset by MathJax {{.MathJax}}, carried by
the site (nothing is fetched from elsewhere). <a href="{{.Repo}}">Source</a>.</footer>
</main>
</body>
</html>
`))

var lessonTemplate = template.Must(template.New("lesson").Parse(head + `<title>{{.P.Number}} · {{.P.Title}} · stepnet</title>
<link rel="stylesheet" href="../style.css">
{{.MathJax}}</head>
<body>
<nav class="top"><a href="../index.html">stepnet</a> · <a href="../index.html#lessons">lessons</a>
{{if .Prev}}· <a href="{{.Prev.Slug}}.html">← {{.Prev.Number}} {{.Prev.Title}}</a>{{end}}
{{if .Next}}· <a href="{{.Next.Slug}}.html">{{.Next.Number}} {{.Next.Title}} →</a>{{end}}
· <a href="../playground/index.html">playground</a></nav>
<main>
<p class="small">Lesson {{.P.Number}}, the executed notebook <code>notebooks/{{.P.Slug}}.ipynb</code>
(<a href="{{.Binder}}">run it on Binder</a>{{if .P.Sheet}}; <a href="{{.P.Sheet}}">its figures as a printed A4 sheet</a>{{end}}).</p>
<article class="notebook">
{{.Body}}
</article>
<section id="exercises">
<h2>Exercises</h2>
{{if .P.Exs}}
{{.ExIntro}}
<p><b>To solve them locally</b>: in a checkout of stepnet, open <code>lessons/{{.P.Slug}}/exercises/exercises.go</code>,
replace the line <code>panic(check.TODO)</code> of a function with your code, then run</p>
<pre><code>make exercises                                   # every exercise: passes or not, and N/M exercises pass
go run ./tests/exercises/grade -v -only NAME      # every case of one exercise, with a hint in the lecture's words</code></pre>
<p>In the notebook, the lesson's exercise cells grade a function written in the cell instead.</p>
{{range .P.Exs}}<div class="exercise" id="ex-{{.Name}}">
<h3>{{.Name}}</h3>
<pre><code>{{.Signature}}</code></pre>
{{.TaskHTML}}
<p class="small">Grade it: <code>go run ./tests/exercises/grade -v -only {{.Name}}</code></p>
</div>
{{end}}
{{else}}
<p>This lesson has no exercise file of its own: its "Try it" section above is the practice
(lessons 12 and 13 point back to the exercises of earlier lessons).</p>
{{end}}
</section>
<footer>{{if .Prev}}<a href="{{.Prev.Slug}}.html">← {{.Prev.Number}} {{.Prev.Title}}</a>{{end}}
{{if .Next}} · <a href="{{.Next.Slug}}.html">{{.Next.Number}} {{.Next.Title}} →</a>{{end}}
· <a href="../index.html">all lessons</a></footer>
</main>
</body>
</html>
`))
