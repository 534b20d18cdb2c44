// The playground page: it only draws. Every number comes from Go
// (cmd/playground, the window.stepnetPlayground object it installs).
(function () {
  "use strict";
  var api = null, info = null, playing = false, side = 48;
  var status = document.getElementById("status");
  var form = document.getElementById("controls");
  var regions = document.getElementById("regions");
  var playBtn = document.getElementById("play"), stepBtn = document.getElementById("step"), resetBtn = document.getElementById("reset");
  var frameBudget = 40; // ms of training per animation frame
  var perEpoch = 5;     // measured ms per epoch, adapted while playing
  var speedShown = 0, speedEpochs = 0, speedT0 = 0, lastDraw = 0;

  function say(msg, bad) {
    status.textContent = msg;
    status.className = bad ? "status bad" : "status";
  }

  // --- loading the WebAssembly program -----------------------------------
  function instantiate(go) {
    if (location.protocol === "file:") {
      // Browsers do not fetch file:// URLs: the program also comes as a script.
      return new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "playground.wasm.js";
        s.onload = function () {
          var bin = atob(window.stepnetPlaygroundWasm), bytes = new Uint8Array(bin.length);
          for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
          window.stepnetPlaygroundWasm = null;
          WebAssembly.instantiate(bytes, go.importObject).then(resolve, reject);
        };
        s.onerror = function () { reject(new Error("playground.wasm.js did not load")); };
        document.body.appendChild(s);
      });
    }
    return fetch("playground.wasm").then(function (r) {
      if (!r.ok) { throw new Error("playground.wasm: HTTP " + r.status); }
      return r.arrayBuffer();
    }).then(function (buf) { return WebAssembly.instantiate(buf, go.importObject); });
  }

  window.stepnetPlaygroundReady = function () {
    api = window.stepnetPlayground;
    fillChoices();
    configure(location.hash.slice(1));
  };

  function start() {
    if (typeof Go === "undefined" || typeof WebAssembly === "undefined") {
      say("This browser cannot run the playground (no WebAssembly).", true);
      return;
    }
    var go = new Go();
    instantiate(go).then(function (r) { go.run(r.instance); }, function (e) {
      say("Could not start the playground: " + e.message, true);
    });
  }

  // --- the configuration and the URL ------------------------------------
  function fillChoices() {
    var ch = JSON.parse(api.choices());
    Object.keys(ch).forEach(function (k) {
      var sel = form.elements[k];
      ch[k].forEach(function (v) {
        var o = document.createElement("option");
        o.value = o.textContent = v;
        sel.appendChild(o);
      });
    });
  }

  function formQuery() {
    var keys = ["data", "points", "noise", "hidden", "activation", "loss", "eta", "batch", "l2", "init", "seed"];
    return keys.map(function (k) { return k + "=" + encodeURIComponent(form.elements[k].value.trim()).replace(/%2C/g, ","); }).join("&");
  }

  function configure(query) {
    pause();
    var r = JSON.parse(api.configure(query));
    if (r.error) {
      say("This configuration does not work: " + r.error + ". Showing the default one.", true);
      r = JSON.parse(api.configure(""));
    } else {
      say("Ready: press Play, or Step for one epoch.");
    }
    info = r;
    var c = r.config;
    var vals = {data: c.Data, points: c.Points, noise: c.Noise, hidden: (c.Hidden || []).join(","), activation: c.Activation,
      loss: c.Loss, eta: c.Eta, batch: c.Batch, l2: c.L2, init: c.Init, seed: c.Seed};
    Object.keys(vals).forEach(function (k) { form.elements[k].value = vals[k]; });
    history.replaceState(null, "", "#" + r.query);
    buildUnits();
    readout(0, r.cost, r.testCost);
    document.getElementById("inspect").hidden = true;
    [playBtn, stepBtn, resetBtn].forEach(function (b) { b.disabled = false; });
    draw();
    if (!window.stepnetFirstPicture) {
      window.stepnetFirstPicture = performance.now(); // ms since the navigation started
    }
  }

  form.addEventListener("change", function () { configure(formQuery()); });
  form.addEventListener("submit", function (e) { e.preventDefault(); configure(formQuery()); });
  window.addEventListener("hashchange", function () {
    if (info && location.hash.slice(1) !== info.query) { configure(location.hash.slice(1)); }
  });

  // --- drawing ------------------------------------------------------------
  var scratch = document.createElement("canvas");
  function pixels(fill, canvas) {
    scratch.width = scratch.height = side;
    var sctx = scratch.getContext("2d"), img = sctx.createImageData(side, side);
    fill(img.data);
    sctx.putImageData(img, 0, 0);
    var ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(scratch, 0, 0, canvas.width, canvas.height);
    return ctx;
  }

  function toCanvas(x, canvas) {
    var b = info.box;
    return [(x[0] - b[0]) / (b[1] - b[0]) * canvas.width, (b[3] - x[1]) / (b[3] - b[2]) * canvas.height];
  }

  function drawPoints(ctx, set, filled) {
    for (var i = 0; i < set.x.length; i++) {
      var p = toCanvas(set.x[i], regions);
      ctx.beginPath();
      ctx.arc(p[0], p[1], filled ? 3.2 : 3.6, 0, 2 * Math.PI);
      ctx.fillStyle = info.colours[set.labels[i] % info.colours.length];
      ctx.strokeStyle = filled ? "#fff" : info.colours[set.labels[i] % info.colours.length];
      ctx.lineWidth = filled ? 0.8 : 1.6;
      if (filled) { ctx.fill(); }
      ctx.stroke();
    }
  }

  var marked = null;
  function draw() {
    var err = api.render(side);
    if (err) { say(err, true); return; }
    var ctx = pixels(function (d) { api.regions(d); }, regions);
    drawPoints(ctx, info.test, false);
    drawPoints(ctx, info.train, true);
    if (marked) {
      var p = toCanvas(marked, regions);
      ctx.strokeStyle = "#000";
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(p[0] - 8, p[1]); ctx.lineTo(p[0] + 8, p[1]);
      ctx.moveTo(p[0], p[1] - 8); ctx.lineTo(p[0], p[1] + 8);
      ctx.stroke();
    }
    var units = document.querySelectorAll("#units canvas");
    for (var k = 0; k < units.length; k++) {
      var c = units[k];
      pixels(function (d) { api.unit(+c.dataset.layer, +c.dataset.unit, d); }, c);
    }
    drawCurves();
  }

  function buildUnits() {
    var box = document.getElementById("units");
    box.textContent = "";
    if (!info.units.length) {
      box.textContent = "No hidden layer: the network is one layer of output neurons.";
    }
    info.units.forEach(function (n, l) {
      var row = document.createElement("div");
      row.className = "unit-row";
      var lab = document.createElement("span");
      lab.className = "unit-label";
      lab.textContent = "layer " + (l + 1);
      row.appendChild(lab);
      for (var i = 0; i < n; i++) {
        var c = document.createElement("canvas");
        c.width = c.height = 40;
        c.dataset.layer = l + 1;
        c.dataset.unit = i;
        c.title = "h" + (i + 1) + " of layer " + (l + 1);
        row.appendChild(c);
      }
      box.appendChild(row);
    });
  }

  var svgNS = "http://www.w3.org/2000/svg";
  function svgEl(name, attrs, parent) {
    var e = document.createElementNS(svgNS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    parent.appendChild(e);
    return e;
  }

  function drawCurves() {
    var svg = document.getElementById("curves"), cv = JSON.parse(api.curves());
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var W = 360, H = 220, l = 48, r = 10, t = 10, b = 30;
    var n = cv.train.length, top = 0;
    cv.train.concat(cv.test).forEach(function (v) { if (isFinite(v)) { top = Math.max(top, v); } });
    top = top > 0 ? top * 1.05 : 1;
    var xmax = Math.max(n - 1, 1);
    function X(e) { return l + e / xmax * (W - l - r); }
    function Y(v) { return t + (1 - v / top) * (H - t - b); }
    svgEl("rect", {x: l, y: t, width: W - l - r, height: H - t - b, fill: "#fff", stroke: "#888"}, svg);
    [0, top / 2, top].forEach(function (v) {
      svgEl("text", {x: l - 4, y: Y(v) + 4, "text-anchor": "end", "font-size": 11}, svg).textContent = v.toPrecision(2);
    });
    svgEl("text", {x: l, y: H - 8, "font-size": 11}, svg).textContent = "0";
    svgEl("text", {x: W - r, y: H - 8, "font-size": 11, "text-anchor": "end"}, svg).textContent = "epoch " + (n - 1);
    [[cv.train, ""], [cv.test, "5,4"]].forEach(function (c) {
      var step = Math.max(1, Math.floor(c[0].length / 400)), pts = [];
      for (var e = 0; e < c[0].length; e += step) { pts.push(X(e).toFixed(1) + "," + Y(c[0][e]).toFixed(1)); }
      var last = c[0].length - 1;
      pts.push(X(last).toFixed(1) + "," + Y(c[0][last]).toFixed(1));
      svgEl("polyline", {points: pts.join(" "), fill: "none", stroke: "#000", "stroke-width": 1.6, "stroke-dasharray": c[1]}, svg);
    });
  }

  function readout(epoch, cost, testCost) {
    var e = document.getElementById("epoch"), c = document.getElementById("cost"), tc = document.getElementById("test-cost");
    e.textContent = epoch; e.dataset.value = epoch;
    c.textContent = cost.toPrecision(4); c.dataset.value = cost;
    tc.textContent = testCost.toPrecision(4); tc.dataset.value = testCost;
  }

  // --- training -------------------------------------------------------------
  function trainEpochs(n) {
    var t0 = performance.now(), r = JSON.parse(api.train(n));
    var dt = performance.now() - t0;
    if (n > 0) { perEpoch = 0.7 * perEpoch + 0.3 * dt / n; }
    readout(r.epoch, r.cost, r.testCost);
    if (r.error) {
      pause();
      say("Training stopped: " + r.error, true);
    }
    return r;
  }

  function frame() {
    if (!playing) { return; }
    var n = Math.max(1, Math.floor(frameBudget / Math.max(perEpoch, 0.05)));
    var r = trainEpochs(n);
    speedEpochs += n;
    var now = performance.now();
    if (now - speedT0 > 1000) {
      speedShown = speedEpochs * 1000 / (now - speedT0);
      speedEpochs = 0; speedT0 = now;
      var s = document.getElementById("speed");
      s.textContent = speedShown.toFixed(0) + " epochs/s";
      s.dataset.value = speedShown;
    }
    // The pictures at most 10 times a second: the rest of the time trains.
    if (now - lastDraw > 100 || r.error) {
      draw();
      lastDraw = performance.now();
    }
    if (playing && !r.error) { requestAnimationFrame(frame); }
  }

  function play() {
    if (playing) { return; }
    playing = true;
    playBtn.textContent = "❚❚ Pause";
    document.getElementById("inspect").hidden = true;
    marked = null;
    speedEpochs = 0; speedT0 = performance.now();
    say("Training… press Pause, then click a point to inspect the network.");
    requestAnimationFrame(frame);
  }

  function pause() {
    if (!playing) { return; }
    playing = false;
    playBtn.textContent = "▶ Play";
    if (info) { draw(); }
    say("Paused: click a point of the plane to step through the network on it.");
  }

  playBtn.addEventListener("click", function () { if (playing) { pause(); } else { play(); } });
  stepBtn.addEventListener("click", function () { pause(); trainEpochs(1); draw(); });
  resetBtn.addEventListener("click", function () { configure(info.query); });

  // --- inspecting one point ---------------------------------------------------
  var inspected = null;
  regions.addEventListener("click", function (ev) {
    if (!info) { return; }
    pause();
    var rect = regions.getBoundingClientRect();
    var x = JSON.parse(api.point((ev.clientX - rect.left) / rect.width, (ev.clientY - rect.top) / rect.height));
    inspect(x, -1);
  });
  document.getElementById("iclass").addEventListener("change", function (ev) {
    if (inspected) { inspect(inspected, +ev.target.value); }
  });

  // setHTML puts a step-through widget in place and runs its script
  // (innerHTML alone does not run scripts).
  function setHTML(el, html) {
    el.innerHTML = html;
    Array.prototype.forEach.call(el.querySelectorAll("script"), function (old) {
      var s = document.createElement("script");
      s.textContent = old.textContent;
      old.parentNode.replaceChild(s, old);
    });
  }

  function inspect(x, cls) {
    var r = JSON.parse(api.inspect(x[0], x[1], cls));
    if (r.error) { say("Cannot inspect this point: " + r.error, true); return; }
    var ins = r.inspection;
    inspected = x;
    marked = x;
    draw();
    var box = document.getElementById("inspect");
    box.hidden = false;
    var ix = document.getElementById("ix");
    ix.textContent = "(" + x[0].toPrecision(4) + ", " + x[1].toPrecision(4) + ")";
    ix.dataset.x = JSON.stringify(ins.x);
    var sel = document.getElementById("iclass");
    sel.textContent = "";
    for (var k = 0; k < r.classes; k++) {
      var o = document.createElement("option");
      o.value = k; o.textContent = k;
      sel.appendChild(o);
    }
    sel.value = ins.class;
    document.getElementById("iepoch").textContent = r.epoch;
    setHTML(document.getElementById("iforward"), ins.forward);
    setHTML(document.getElementById("ibackward"), ins.backward);
    var tbl = document.getElementById("deltas");
    tbl.dataset.deltas = JSON.stringify(ins.deltas);
    tbl.dataset.epoch = r.epoch;
    tbl.textContent = "";
    ins.deltas.forEach(function (d, l) {
      var tr = document.createElement("tr"), th = document.createElement("th"), td = document.createElement("td");
      th.textContent = "δ" + sup(l + 1);
      td.textContent = "[" + d.map(function (v) { return String(v); }).join(", ") + "]";
      tr.appendChild(th); tr.appendChild(td);
      tbl.appendChild(tr);
    });
    var chk = document.getElementById("icheck");
    chk.textContent = (ins.checkOK ? "✓ backpropagation and central differences agree: " : "✗ they disagree: ") + ins.check;
    say("Inspecting the network at epoch " + r.epoch + " on the point marked ✚. Play resumes training.");
    box.scrollIntoView({block: "nearest"});
  }

  function sup(n) {
    var s = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    return String(n).split("").map(function (d) { return s[+d]; }).join("");
  }

  start();
})();
