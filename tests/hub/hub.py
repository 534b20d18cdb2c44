#!/usr/bin/python3
"""tests/hub/hub.py: stepnet on a real JupyterHub, on this machine's loopback.

    tests/hub/hub.py check [--lesson 01]             one user: log in, start the server, run a lesson
    tests/hub/hub.py load  [--lesson 13] [--ramp 1,2,4,8] [--out FILE]
                                                      every user runs the lesson at once; measured

Both start Debian's JupyterHub (3.0) with its configurable-http-proxy on 127.0.0.1 (random free
ports), SimpleLocalProcessSpawner (each user a home of their own under a temporary folder; every
server runs as the user running this script), and stepnet's setup: scripts/setup.sh installs the
GoNB kernel (its kernelspec into the run's own Jupyter data folder), and docker/stepnet-start, the
image's entrypoint, copies the kit into each user's home before it runs jupyterhub-singleuser.

A test user is created and logged in through the hub's REST API: a service token (given to the hub in
its environment, never on a command line) creates the user and a token for that user; with the user's
token the script starts the user's server, opens the lesson's notebook as a session (kernel: gonb,
working folder: the notebook's) and executes every code cell over the kernel's websocket, all through
the hub's proxy (http://127.0.0.1:PORT/user/NAME/...). A cell fails on an error reply, a traceback, or
GoNB's "exit status" on stderr (a panic in a cell).

`load` samples /proc every 0.5 s while the users work: per user, the single-user server's process tree
(server, kernel, go build, the cell's program): peak PSS (shared pages divided among the processes
that share them) and peak RSS (shared pages counted in each process: an upper bound), CPU seconds
(user + system, reaped children included), and the lesson's wall time. Machine: the lowest
MemAvailable, the load average. It prints one Markdown table (and writes it to --out).
Needs root or the same user for /proc of the servers (they run as this script's user).
"""

import argparse
import asyncio
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from urllib.parse import quote

from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def log(*a):
    print("hub:", *a, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def go_env(*names):
    go = shutil.which("go") or "/usr/local/go/bin/go"
    out = subprocess.run([go, "env", *names], check=True, capture_output=True, text=True).stdout
    return dict(zip(names, out.strip().split("\n"))), go


class Hub:
    """A JupyterHub on 127.0.0.1 in its own temporary folder, with stepnet's setup."""

    def __init__(self, keep=False):
        self.work = tempfile.mkdtemp(prefix="stepnet-hub-")
        os.chmod(self.work, 0o755)
        self.keep = keep
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(24)  # the test service's API token
        self.proc = None

    def setup(self):
        t0 = time.time()
        jdata = os.path.join(self.work, "jupyter")
        # stepnet's setup: the same script as `make notebook`, CI and the image (the kernelspec goes
        # into this run's own data folder, which every user's server reads through JUPYTER_PATH).
        env = dict(os.environ, JUPYTER_DATA_DIR=jdata)
        env["PATH"] = env.get("PATH", "") + ":/usr/local/go/bin"
        r = subprocess.run([os.path.join(REPO, "scripts/setup.sh"), "gonb"], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"scripts/setup.sh gonb failed:\n{r.stdout}{r.stderr}")
        log("setup:", r.stdout.strip().replace("\n", "; "))
        # The kit as the image holds it: the checkout's files (tracked and new, not ignored).
        kit = os.path.join(self.work, "kit")
        os.mkdir(kit)
        files = subprocess.run(["git", "-C", REPO, "ls-files", "-z", "-co", "--exclude-standard"],
                               check=True, capture_output=True).stdout
        subprocess.run(["tar", "-C", REPO, "--null", "-T", "-", "-cf", "-"], input=files, check=True,
                       stdout=open(os.path.join(self.work, "kit.tar"), "wb"))
        subprocess.run(["tar", "-C", kit, "-xf", os.path.join(self.work, "kit.tar")], check=True)
        os.remove(os.path.join(self.work, "kit.tar"))
        e, go = go_env("GOPATH", "GOMODCACHE", "GOCACHE", "GOPROXY")
        self.spawn_env = {
            "JUPYTER_PATH": jdata,
            "STEPNET_KIT": kit,
            # One warm Go module and build cache for every user, as every container of the image has
            # its own copy of the image's warm /go (Go's caches are safe for concurrent use).
            "GOPATH": e["GOPATH"], "GOMODCACHE": e["GOMODCACHE"], "GOCACHE": e["GOCACHE"],
            "GOPROXY": e["GOPROXY"], "GOTOOLCHAIN": "local", "GOFLAGS": "-buildvcs=false",
            "PATH": f"{os.path.dirname(go)}:{e['GOPATH'].split(':')[0]}/bin:/usr/local/bin:/usr/bin:/bin",
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        }
        log(f"setup done in {time.time() - t0:.1f} s (kit: {kit})")

    def start(self):
        cfg = os.path.join(self.work, "jupyterhub_config.py")
        args = ["--allow-root"] if os.geteuid() == 0 else []
        with open(cfg, "w") as f:
            f.write(f"""import os
c = get_config()
c.JupyterHub.ip = '127.0.0.1'
c.JupyterHub.port = {self.port}
c.JupyterHub.hub_ip = '127.0.0.1'
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:{free_port()}'
c.ConfigurableHTTPProxy.pid_file = {os.path.join(self.work, 'proxy.pid')!r}
c.JupyterHub.db_url = 'sqlite:///' + {os.path.join(self.work, 'hub.sqlite')!r}
c.JupyterHub.cookie_secret_file = {os.path.join(self.work, 'cookie_secret')!r}
c.JupyterHub.authenticator_class = 'jupyterhub.auth.DummyAuthenticator'
c.JupyterHub.spawner_class = 'jupyterhub.spawner.SimpleLocalProcessSpawner'
c.SimpleLocalProcessSpawner.home_dir_template = {os.path.join(self.work, 'home', '{username}')!r}
c.Spawner.ip = '127.0.0.1'
c.Spawner.cmd = [{os.path.join(REPO, 'docker/stepnet-start')!r}, 'jupyterhub-singleuser']
c.Spawner.args = {args!r}
c.Spawner.default_url = '/tree/stepnet/notebooks'
c.Spawner.environment = {self.spawn_env!r}
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 300
c.JupyterHub.services = [{{'name': 'stepnet-test', 'api_token': os.environ['STEPNET_HUB_SERVICE_TOKEN']}}]
c.JupyterHub.load_roles = [{{'name': 'stepnet-test', 'services': ['stepnet-test'],
    'scopes': ['admin:users', 'admin:servers', 'tokens', 'list:users']}}]
""")
        env = dict(os.environ, STEPNET_HUB_SERVICE_TOKEN=self.token, JUPYTERHUB_SINGLEUSER_APP="notebook.notebookapp.NotebookApp")
        if os.path.isdir("/usr/share/nodejs"):
            # Debian's configurable-http-proxy keeps its modules in /usr/share/nodejs, on Debian's
            # node's search path but not on that of a Node.js from elsewhere (NodeSource's).
            env["NODE_PATH"] = ":".join(p for p in ("/usr/share/nodejs", env.get("NODE_PATH")) if p)
        self.logf = open(os.path.join(self.work, "hub.log"), "w")
        self.proc = subprocess.Popen(["jupyterhub", "-f", cfg], cwd=self.work, env=env, stdout=self.logf,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        log(f"jupyterhub pid {self.proc.pid} on {self.url} (log: {self.logf.name})")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the hub stops the proxy and the servers it spawned
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        if not self.keep:
            shutil.rmtree(self.work, ignore_errors=True)


class API:
    def __init__(self, base):
        self.base = base
        self.http = AsyncHTTPClient(force_instance=True, defaults=dict(request_timeout=600, connect_timeout=10))

    async def call(self, method, path, token, body=None, ok=(200, 201, 202, 204)):
        req = HTTPRequest(self.base + path, method=method, headers={"Authorization": f"token {token}"},
                          body=None if method in ("GET", "DELETE") else json.dumps(body or {}),
                          follow_redirects=False)
        try:
            r = await self.http.fetch(req, raise_error=False)
        except Exception as e:
            raise RuntimeError(f"{method} {path}: {e}") from e
        if r.code not in ok:
            raise RuntimeError(f"{method} {path}: HTTP {r.code}: {r.body[:300]!r}")
        return json.loads(r.body) if r.body else None, r.code


async def wait_hub(api, token, timeout=60):
    t0 = time.time()
    while True:
        try:
            await api.call("GET", "/hub/api/", token)
            return
        except RuntimeError:
            if time.time() - t0 > timeout:
                raise
            await asyncio.sleep(0.3)


async def login(api, service_token, name):
    """Create NAME and log them in through the REST API: a token of their own."""
    await api.call("POST", f"/hub/api/users/{name}", service_token, ok=(201, 409))
    tok, _ = await api.call("POST", f"/hub/api/users/{name}/tokens", service_token,
                            {"note": "stepnet hub test", "expires_in": 7200})
    return tok["token"]


async def start_server(api, name, token, timeout=300):
    t0 = time.time()
    await api.call("POST", f"/hub/api/users/{name}/server", token, ok=(201, 202, 400))
    while True:
        u, _ = await api.call("GET", f"/hub/api/users/{name}", token)
        s = (u.get("servers") or {}).get("")
        if s and s.get("ready"):
            break
        if time.time() - t0 > timeout:
            raise RuntimeError(f"{name}'s server not ready after {timeout} s: {u}")
        await asyncio.sleep(0.5)
    # The server answers through the proxy, with the user's token.
    st, _ = await api.call("GET", f"/user/{name}/api/status", token)
    return time.time() - t0


def code_cells(nb_path):
    nb = json.load(open(nb_path))
    return [("".join(c["source"]), i) for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"]


async def run_notebook(api, name, token, rel_path, on_cell=None):
    """Open rel_path (relative to the user's home) as a session and execute its code cells over the
    kernel's websocket, through the proxy. Returns (seconds, per-cell seconds, errors)."""
    home_nb = os.path.join(REPO, rel_path.split("/", 1)[1])  # the kit is the checkout's files
    cells = code_cells(home_nb)
    t0 = time.time()
    sess, _ = await api.call("POST", f"/user/{name}/api/sessions", token,
                             {"path": rel_path, "type": "notebook", "name": os.path.basename(rel_path),
                              "kernel": {"name": "gonb"}})
    kid = sess["kernel"]["id"]
    ws_url = api.base.replace("http://", "ws://") + f"/user/{name}/api/kernels/{kid}/channels?session_id={uuid.uuid4().hex}"
    ws = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": f"token {token}"}),
                                 max_message_size=256 << 20)
    session = uuid.uuid4().hex
    errors, times = [], []
    try:
        for code, idx in cells:
            msg_id = uuid.uuid4().hex
            ws.write_message(json.dumps({
                "header": {"msg_id": msg_id, "username": name, "session": session, "msg_type": "execute_request",
                           "version": "5.3", "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True}}))
            c0 = time.time()
            idle = replied = False
            while not (idle and replied):
                raw = await asyncio.wait_for(ws.read_message(), timeout=900)
                if raw is None:
                    raise RuntimeError(f"{name}: the kernel's websocket closed during cell {idx}")
                m = json.loads(raw)
                if m.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                t, ct = m["msg_type"], m["content"]
                if t == "status" and ct.get("execution_state") == "idle":
                    idle = True
                elif t == "execute_reply":
                    replied = True
                    if ct.get("status") != "ok":
                        errors.append(f"cell {idx}: execute_reply {ct.get('status')}: {ct.get('ename')} {ct.get('evalue')}")
                elif t == "error":
                    errors.append(f"cell {idx}: {ct.get('ename')}: {ct.get('evalue')}")
                elif t == "stream" and ct.get("name") == "stderr" and "exit status" in ct.get("text", ""):
                    errors.append(f"cell {idx}: stderr: {ct['text'][-300:]}")
            times.append(time.time() - c0)
            if on_cell:
                on_cell(idx, times[-1])
    finally:
        ws.close()
        await api.call("DELETE", f"/user/{name}/api/sessions/{sess['id']}", token, ok=(204, 404))
        await api.call("DELETE", f"/user/{name}/api/kernels/{kid}", token, ok=(204, 404))
    return time.time() - t0, times, errors


# --- measurement ---------------------------------------------------------------------------------

CLK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def read_procs():
    """pid -> (ppid, cpu seconds incl. reaped children, rss bytes)."""
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                s = f.read()
        except OSError:
            continue
        rest = s[s.rindex(")") + 2:].split()
        ppid = int(rest[1])
        cpu = sum(int(x) for x in rest[11:15]) / CLK  # utime stime cutime cstime
        rss = int(rest[21]) * PAGE
        out[int(d)] = (ppid, cpu, rss)
    return out


def pss(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def server_pids():
    """JUPYTERHUB_USER -> pid of that user's jupyterhub-singleuser."""
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            cmd = open(f"/proc/{d}/cmdline", "rb").read().split(b"\0")
            if not any(b"jupyterhub-singleuser" in a for a in cmd[:2]):
                continue
            env = open(f"/proc/{d}/environ", "rb").read().split(b"\0")
        except OSError:
            continue
        for kv in env:
            if kv.startswith(b"JUPYTERHUB_USER="):
                out[kv.split(b"=", 1)[1].decode()] = int(d)
    return out


def mem_available():
    for line in open("/proc/meminfo"):
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) * 1024


class Sampler(threading.Thread):
    def __init__(self, roots, interval=0.5):
        super().__init__(daemon=True)
        self.roots, self.interval = roots, interval
        self.stop_ev = threading.Event()
        self.peak_pss = {u: 0 for u in roots}
        self.peak_rss = {u: 0 for u in roots}
        self.cpu0, self.cpu = {}, {u: 0.0 for u in roots}
        self.min_avail = mem_available()
        self.peak_total_pss = 0
        self.samples = 0

    def tree(self, procs, root):
        kids = {}
        for pid, (pp, _, _) in procs.items():
            kids.setdefault(pp, []).append(pid)
        out, todo = [], [root]
        while todo:
            p = todo.pop()
            if p in procs:
                out.append(p)
                todo.extend(kids.get(p, []))
        return out

    def sample(self):
        procs = read_procs()
        total = 0
        for u, root in self.roots.items():
            pids = self.tree(procs, root)
            cpu = sum(procs[p][1] for p in pids)
            rss = sum(procs[p][2] for p in pids)
            ps = sum(pss(p) for p in pids)
            total += ps
            self.cpu0.setdefault(u, cpu)
            self.cpu[u] = max(self.cpu[u], cpu - self.cpu0[u])
            self.peak_rss[u] = max(self.peak_rss[u], rss)
            self.peak_pss[u] = max(self.peak_pss[u], ps)
        self.peak_total_pss = max(self.peak_total_pss, total)
        self.min_avail = min(self.min_avail, mem_available())
        self.samples += 1

    def run(self):
        while not self.stop_ev.is_set():
            self.sample()
            self.stop_ev.wait(self.interval)

    def stop(self):
        self.stop_ev.set()
        self.join()
        self.sample()


def host_cpu():
    f = open("/proc/stat").readline().split()[1:]
    v = [int(x) for x in f]
    return sum(v[:8]) / CLK, (v[3] + v[4]) / CLK  # total, idle+iowait


def lesson_path(lesson):
    nbdir = os.path.join(REPO, "notebooks")
    for f in sorted(os.listdir(nbdir)):
        if f.startswith(lesson + "-") and f.endswith(".ipynb"):
            return "stepnet/notebooks/" + f
    raise SystemExit(f"no notebooks/{lesson}-*.ipynb")


async def check(hub, lesson):
    api = API(hub.url)
    await wait_hub(api, hub.token)
    t0 = time.time()
    tok = await login(api, hub.token, "student1")
    log(f"student1 logged in through the REST API (a token of their own) in {time.time() - t0:.1f} s")
    # Without the user's token the proxy's route refuses: the hub redirects to its login page.
    r = await api.http.fetch(hub.url + "/user/student1/api/status", raise_error=False, follow_redirects=False)
    log(f"without a token: HTTP {r.code} (the hub's login, {r.headers.get('Location', '')})")
    if r.code not in (302, 403):
        raise SystemExit(f"FAIL: /user/student1/api/status answered {r.code} without a token")
    dt = await start_server(api, "student1", tok)
    log(f"student1's server ready through the proxy in {dt:.1f} s")
    path = lesson_path(lesson)
    secs, times, errs = await run_notebook(api, "student1", tok, path,
                                           on_cell=lambda i, t: log(f"  cell {i}: {t:.1f} s"))
    log(f"{path}: {len(times)} code cells in {secs:.1f} s through the proxy, errors: {len(errs)}")
    for e in errs:
        log("  ", e)
    return 1 if errs else 0


async def load(hub, lesson, ramp, out):
    api = API(hub.url)
    await wait_hub(api, hub.token)
    path = lesson_path(lesson)
    users = [f"student{i}" for i in range(1, max(ramp) + 1)]
    toks = {u: await login(api, hub.token, u) for u in users}
    started = set()
    rows = []
    failed = 0
    for n in ramp:
        group = users[:n]
        for u in group:
            if u not in started:
                await start_server(api, u, toks[u])
                started.add(u)
        await asyncio.sleep(2)
        pids = server_pids()
        roots = {u: pids[u] for u in group}
        idle = {u: pss(p) for u, p in roots.items()}
        la0 = os.getloadavg()
        h0 = host_cpu()
        smp = Sampler(roots)
        smp.start()
        t0 = time.time()
        res = await asyncio.gather(*(run_notebook(api, u, toks[u], path) for u in group), return_exceptions=True)
        wall = time.time() - t0
        smp.stop()
        h1 = host_cpu()
        la1 = os.getloadavg()
        host_busy = (h1[0] - h0[0]) - (h1[1] - h0[1])
        per = []
        for u, r in zip(group, res):
            if isinstance(r, Exception):
                failed += 1
                log(f"n={n} {u}: {r}")
                per.append((u, None, [], [str(r)]))
            else:
                per.append((u, *r))
                if r[2]:
                    failed += 1
                    log(f"n={n} {u}: errors: {r[2]}")
        secs = [p[1] for p in per if p[1] is not None]
        ours = sum(smp.cpu.values())
        row = {
            "users": n, "wall_max": max(secs) if secs else float("nan"), "wall_mean": sum(secs) / len(secs) if secs else float("nan"),
            "cpu_user_mean": ours / n, "cpu_users": ours, "host_busy": host_busy, "wall": wall,
            "pss_peak_user": max(smp.peak_pss.values()) / 2**20, "rss_peak_user": max(smp.peak_rss.values()) / 2**20,
            "pss_idle_user": max(idle.values()) / 2**20,
            "pss_peak_total": smp.peak_total_pss / 2**20, "min_avail": smp.min_avail / 2**30,
            "load_before": la0, "load_after": la1, "errors": sum(len(p[3]) for p in per),
        }
        rows.append(row)
        log(f"n={n}: lesson wall max {row['wall_max']:.0f} s, CPU per user {row['cpu_user_mean']:.0f} s, "
            f"peak PSS per user {row['pss_peak_user']:.0f} MiB (RSS {row['rss_peak_user']:.0f}), all users {row['pss_peak_total']:.0f} MiB, "
            f"MemAvailable ≥ {row['min_avail']:.1f} GiB, load {la0[0]:.1f} → {la1[0]:.1f}, "
            f"host CPU busy {host_busy:.0f} s of {2 * wall:.0f} (ours {ours:.0f} s), errors {row['errors']}")
    lines = [
        f"lesson {lesson} ({path}), {os.cpu_count()} cores, {os.sysconf('SC_PHYS_PAGES') * PAGE / 2**30:.1f} GiB, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        "| users | lesson wall time (mean / slowest) | CPU per user | host CPU busy (all processes) / available | peak PSS per user (RSS) | idle server PSS | peak PSS, all users | lowest MemAvailable | load average (1 min) before → after | errors |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['users']} | {r['wall_mean']:.0f} s / {r['wall_max']:.0f} s | {r['cpu_user_mean']:.0f} s | "
            f"{r['host_busy']:.0f} s / {2 * r['wall']:.0f} s | {r['pss_peak_user']:.0f} MiB ({r['rss_peak_user']:.0f} MiB) | "
            f"{r['pss_idle_user']:.0f} MiB | {r['pss_peak_total']:.0f} MiB | {r['min_avail']:.1f} GiB | "
            f"{r['load_before'][0]:.1f} → {r['load_after'][0]:.1f} | {r['errors']} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if out:
        with open(out, "w") as f:
            f.write(text)
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["check", "load"])
    ap.add_argument("--lesson", default=None, help="two digits (check: 01, load: 13)")
    ap.add_argument("--ramp", default="1,2,4,8")
    ap.add_argument("--out", default="")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (hub.log, homes)")
    a = ap.parse_args()
    for tool in ("jupyterhub", "configurable-http-proxy", "jupyterhub-singleuser"):
        if not shutil.which(tool):
            raise SystemExit(f"hub: {tool} is not installed (Debian: apt-get install jupyterhub; `make hub-test` does it)")
    hub = Hub(keep=a.keep)
    t0 = time.time()
    try:
        hub.setup()
        hub.start()
        if a.mode == "check":
            rc = asyncio.run(check(hub, a.lesson or "01"))
        else:
            rc = asyncio.run(load(hub, a.lesson or "13", [int(x) for x in a.ramp.split(",")], a.out))
    except BaseException:
        log(f"hub log: {os.path.join(hub.work, 'hub.log')} (kept)")
        hub.keep = True
        raise
    finally:
        hub.stop()
    import resource
    me = resource.getrusage(resource.RUSAGE_SELF)
    log(f"{'PASS' if rc == 0 else 'FAIL'} ({a.mode}) in {time.time() - t0:.1f} s (this script's own CPU: {me.ru_utime + me.ru_stime:.0f} s)")
    sys.exit(rc)


if __name__ == "__main__":
    main()
