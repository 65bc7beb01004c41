"""Executes the project's notebooks with the Java kernel and writes the executed notebooks and HTML reports.

Run by environment/report.sh and environment/test.sh with Debian's /usr/bin/python3 (which has nbclient and nbconvert):

    run_notebooks.py --out reports notebooks/*.ipynb            # reports + index.html
    run_notebooks.py --out build/notebook-tests --strict ...    # as a test: any stderr output is a failure too
    run_notebooks.py --kernel segmenta-ijava --out build/ijava ...  # the segmenta chapters on another kernelspec
    run_notebooks.py --index --skip notebooks/09-at-scale.ipynb "it needs Apache Spark" ...  # listed, not run
    run_notebooks.py --jobs 1 --out reports notebooks/*.ipynb   # one notebook at a time, in the order given

Each notebook runs on the Jupyter kernelspec its metadata names (kernelspec.name): the rapaio kernel "segmenta" for
most chapters, "segmenta-spark" (the same kernel with Spark's class path, from setup.sh --spark) for chapter 09.
--kernel replaces only the default "segmenta", so chapter 09 keeps its Spark kernel when the others run on IJava.

Each notebook runs on a fresh kernel with the notebook's own folder as working directory, as `jupyter notebook` does.
--jobs N (default: the number of cores) runs up to N notebooks at once, each still on its own fresh kernel, the
longest first (by the length of its code); notebooks on another kernelspec than the default one (the Spark chapter)
run afterwards, one at a time, so that Spark has the machine to itself. The reports and the index are the same as
with --jobs 1. If a cell fails, the run stops (notebooks already running finish; those not started are not run) with a
message naming the notebook, the cell and the error, and exits 1; the partly executed notebook is still written next
to the reports so the failure can be read in context.

Every notebook gives two reports: NAME.html with code, outputs and exercises for students and data scientists, and
NAME-business.html for a marketing reader: no code, no prompts, no exercises (a markdown cell is cut at its
"Exercises" heading), and no cell tagged `code-reader`. Tag a cell `code-reader` (Jupyter: View > Cell toolbar >
Tags; in the file: "metadata": {"tags": ["code-reader"]}) when it exists only for the reader of the code: a markdown
cell that names classes, methods, files or commands, or a code cell whose output is an object dump or a course
mechanic. The business variant leaves out the whole cell, its output included. environment/browser-check fails a
business report that still contains code-like text.
"""

import argparse
import concurrent.futures
import copy
import html
import multiprocessing
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError
from jupyter_client.kernelspec import NoSuchKernel
from nbconvert import HTMLExporter

DEFAULT_KERNEL = "segmenta"
# Output that means a library complained (SLF4J without a provider, JDK restricted-method or headless warnings, ...).
NOISE = re.compile(r"SLF4J|WARNING:")
# A cell whose last expression is an object without a useful text form (e.g. the PrintStream that printf returns).
OBJECT_REFERENCE = re.compile(r"^\W*[\w.$]+@[0-9a-f]{4,}\W*$")


def title_of(nb, fallback):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return fallback


def first_line(source):
    lines = [line for line in source.splitlines() if line.strip()]
    return lines[0].strip() if lines else "(empty cell)"


def failing_cell(nb):
    """Returns (index, cell) of the first code cell with an error output, or (None, None)."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and any(out.get("output_type") == "error" for out in cell.get("outputs", [])):
            return index, cell
    return None, None


def noise_in(nb):
    """Lists (cell index, text) of stderr output, warning-like text, or echoed object references."""
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                text = out.get("text", "")
                if out.get("name") == "stderr" or NOISE.search(text):
                    found.append((index, text.strip()[:300]))
            elif out.get("output_type") == "execute_result":
                for value in out.get("data", {}).values():
                    text = value if isinstance(value, str) else "".join(value)
                    if OBJECT_REFERENCE.match(text.strip()):
                        found.append((index, "the cell's last expression echoed " + text.strip()
                                      + " (end the cell with a statement such as println)"))
    return found


# Debian's nbconvert points pages at its own copies of require.js and MathJax (file:///usr/share/javascript/...),
# which the reader's machine does not have. Reports use neither (no widgets; formulas are written in Unicode), so
# they are removed and the page stays self-contained.
LOCAL_SCRIPTS = [
    re.compile(r'<script src="[^"]*require(\.min)?\.js"></script>'),
    re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL),
]


BUSINESS_SUFFIX = "-business"
# A cell with this tag exists only for the reader of the code; the business variant leaves it out (see the docstring).
CODE_READER_TAG = "code-reader"
EXERCISES = re.compile(r"^#+\s*Exercises\b.*", re.MULTILINE | re.DOTALL)


def to_html(nb, title, business=False):
    """The report page; the business variant has no code, no prompts, no exercises and no cell tagged code-reader."""
    exporter = HTMLExporter(exclude_input=business, exclude_input_prompt=business, exclude_output_prompt=business)
    if business:
        nb = copy.deepcopy(nb)
        nb.cells = [cell for cell in nb.cells if not for_code_readers(cell)]
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                cell.source = without_exercises(cell.source)
        title = title + " (results)"
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    for pattern in LOCAL_SCRIPTS:
        body = pattern.sub("", body)
    return body


def for_code_readers(cell):
    """Whether the cell is tagged code-reader: it exists only for the reader of the code."""
    return CODE_READER_TAG in cell.get("metadata", {}).get("tags", [])


def without_exercises(markdown):
    """Cuts a markdown cell at its "Exercises" heading: exercises are for students, not for the business reader."""
    return EXERCISES.sub("", markdown)


def write_outputs(nb, out_dir, name):
    """Writes the executed notebook, its full HTML report and the business-reader variant without code."""
    nbformat.write(nb, os.path.join(out_dir, name + ".ipynb"))
    title = title_of(nb, name)
    with open(os.path.join(out_dir, name + ".html"), "w", encoding="utf-8") as f:
        f.write(to_html(nb, title))
    with open(os.path.join(out_dir, name + BUSINESS_SUFFIX + ".html"), "w", encoding="utf-8") as f:
        f.write(to_html(nb, title, business=True))


def kernel_of(path, requested=None):
    """The kernelspec a notebook runs on: the one its metadata names (default segmenta); `requested` replaces segmenta."""
    nb = nbformat.read(path, as_version=4)
    named = nb.metadata.get("kernelspec", {}).get("name") or DEFAULT_KERNEL
    return requested if requested and named == DEFAULT_KERNEL else named


def new_client(path, timeout, kernel):
    """Reads a notebook and prepares a client that runs it in its own folder on a fresh kernel of kernelspec `kernel`."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    return nb, client


def execute(path, out_dir, timeout, kernel=DEFAULT_KERNEL):
    """Executes one notebook; returns (title, seconds, error message or None, executed notebook)."""
    name = os.path.splitext(os.path.basename(path))[0]
    nb, client = new_client(path, timeout, kernel)
    started = time.monotonic()
    error = None
    # The kernel's own log (start-up, channel messages) goes to a file, not the terminal.
    os.makedirs(os.path.join(out_dir, "logs"), exist_ok=True)
    kernel_log = open(os.path.join(out_dir, "logs", name + ".kernel.log"), "w", encoding="utf-8")
    try:
        client.execute(stdout=kernel_log, stderr=kernel_log)
    except CellTimeoutError as e:
        error = f"a cell ran longer than {timeout} s: {e}"
    except NoSuchKernel as e:
        error = f"there is no Jupyter kernelspec named {kernel!r} ({e}); 'jupyter kernelspec list' shows those installed"
    except RuntimeError as e:
        error = f"the Java kernel could not be started or stopped responding: {e} (see {kernel_log.name})"
    except CellExecutionError as e:
        index, cell = failing_cell(nb)
        if cell is None:
            error = str(e)
        else:
            err = next(o for o in cell.outputs if o.get("output_type") == "error")
            error = (f"cell {index + 1} of {len(nb.cells)} failed (it starts with: {first_line(cell.source)})\n"
                     f"  {err.get('ename', '')}: {err.get('evalue', '')}")
    finally:
        kernel_log.close()
    seconds = time.monotonic() - started
    write_outputs(nb, out_dir, name)
    return title_of(nb, name), seconds, error, nb


def write_index(out_dir, entries, skipped=()):
    """The index page: a link per executed chapter (entries: name, title, seconds), and for each skipped chapter
    (name, title, reason) its title with the reason it was not run, in notebook order."""
    listed = sorted([(name, title, seconds, None) for name, title, seconds in entries]
                    + [(name, title, None, reason) for name, title, reason in skipped])
    rows = "\n".join(
        f'    <li><a href="{html.escape(name)}.html">{html.escape(title)}</a>'
        f' <span class="meta">({html.escape(name)}.ipynb, executed in {seconds:.1f} s)</span></li>'
        if reason is None else
        f'    <li>{html.escape(title)} <span class="meta">({html.escape(name)}.ipynb, not executed: '
        f'{html.escape(reason)})</span></li>'
        for name, title, seconds, reason in listed
    )
    business_rows = "\n".join(
        f'    <li><a href="{html.escape(name + BUSINESS_SUFFIX)}.html">{html.escape(title)}</a></li>'
        if reason is None else
        f'    <li>{html.escape(title)} <span class="meta">(not executed: {html.escape(reason)})</span></li>'
        for name, title, seconds, reason in listed
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Segmenta reports</title>
  <style>
    body {{ font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; line-height: 1.5; }}
    .meta {{ color: #666; font-size: 0.9em; }}
  </style>
</head>
<body>
  <h1>Segmenta: customer segmentation reports</h1>
  <p>Generated {time.strftime('%Y-%m-%d %H:%M')}. Every page works offline and can be passed on as a single file.</p>
  <h2>Full reports</h2>
  <p>For data scientists and students: each chapter as an executed notebook, with its code, output and charts.</p>
  <ol>
{rows}
  </ol>
  <h2>Results for business readers</h2>
  <p>The same chapters without code and exercises: explanations, tables and charts only, ready to hand to marketing.</p>
  <ol>
{business_rows}
  </ol>
</body>
</html>
"""
    with open(os.path.join(out_dir, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)


def run_one(path, out_dir, timeout, kernel, strict):
    """Executes one notebook and writes its reports; returns (name, title, seconds, error message or None)."""
    name = os.path.splitext(os.path.basename(path))[0]
    print(f"[segmenta] executing {path} on kernel {kernel}", file=sys.stderr, flush=True)
    title, seconds, error, nb = execute(path, out_dir, timeout, kernel)
    if error is None and strict:
        noise = noise_in(nb)
        if noise:
            error = "output the reader should not see (stderr, warnings, echoed objects):\n" + "\n".join(
                f"  cell {index + 1}: {text}" for index, text in noise)
    return name, title, seconds, error


def code_length(path):
    """The number of characters of code in a notebook: how the parallel run guesses which notebooks take longest."""
    return sum(len(cell.source) for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code")


def run_all(paths, args):
    """Runs the notebooks, up to args.jobs at once (see the module's docstring); returns (entries, failures), entries
    as (name, title, seconds) and failures as "path: message", in the order the notebooks were given."""
    kernels = {path: kernel_of(path, args.kernel) for path in paths}
    default = args.kernel or DEFAULT_KERNEL
    together = [path for path in paths if kernels[path] == default]
    alone = [path for path in paths if kernels[path] != default]
    results = {}

    def record(path, result):
        results[path] = result
        seconds, error = result[2], result[3]
        if error is None:
            print(f"[segmenta]   done {path} in {seconds:.1f} s", file=sys.stderr, flush=True)
        else:
            print(f"[segmenta] FAILED {path}: {error}", file=sys.stderr, flush=True)
        return error is None

    if args.jobs > 1 and len(together) > 1:
        # Separate processes: nbclient and nbconvert run side by side, each notebook still on a fresh kernel.
        ordered = sorted(together, key=code_length, reverse=True)
        with concurrent.futures.ProcessPoolExecutor(max_workers=min(args.jobs, len(ordered)),
                                                    mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {pool.submit(run_one, path, args.out, args.timeout, kernels[path], args.strict): path
                       for path in ordered}
            for future in concurrent.futures.as_completed(futures):
                if not record(futures[future], future.result()):
                    for other in futures:
                        other.cancel()
        sequential = alone if all(results[path][3] is None for path in results) else []
    else:
        sequential = together + alone
    for path in sequential:
        if not record(path, run_one(path, args.out, args.timeout, kernels[path], args.strict)):
            break
    done = [path for path in paths if path in results]
    entries = [results[path][:3] for path in done if results[path][3] is None]
    failures = [f"{path}: {results[path][3]}" for path in done if results[path][3] is not None]
    return entries, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="folder for executed notebooks and HTML reports")
    parser.add_argument("--strict", action="store_true", help="also fail on stderr output or warnings in a notebook")
    parser.add_argument("--index", action="store_true", help="write index.html linking the reports")
    parser.add_argument("--timeout", type=int, default=600, help="seconds a single cell may take")
    parser.add_argument("--kernel", default=None,
                        help=f"the Jupyter kernelspec to run the notebooks written for {DEFAULT_KERNEL} (the rapaio "
                             f"kernel setup.sh installs) on instead, e.g. segmenta-ijava (IJava); notebooks whose "
                             f"metadata names another kernelspec (segmenta-spark) keep theirs")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="how many notebooks run at once, each on its own kernel (default: the number of cores)")
    parser.add_argument("--skip", nargs=2, action="append", default=[], metavar=("NOTEBOOK", "REASON"),
                        help="list NOTEBOOK in the index with REASON instead of executing it (repeatable)")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()

    if args.jobs < 1:
        parser.error(f"--jobs must be at least 1, not {args.jobs}")
    os.makedirs(args.out, exist_ok=True)
    skipped = [(os.path.splitext(os.path.basename(path))[0], title_of(nbformat.read(path, as_version=4), path), reason)
               for path, reason in args.skip]
    entries, failures = run_all(args.notebooks, args)
    if args.index and (entries or skipped):
        write_index(args.out, entries, skipped)
    if failures:
        if len(failures) > 1:
            print("[segmenta] failed:\n" + "\n".join(f"  {failure}" for failure in failures), file=sys.stderr)
        print(f"[segmenta] the executed notebook is in {args.out}/ for inspection", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
