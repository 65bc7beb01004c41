"""Compares the outputs of notebooks executed on two Java kernels, cell by cell; exits 1 if any differ.

Run by environment/test.sh with Debian's /usr/bin/python3 after the same notebooks ran on rapaio and on IJava:

    compare_kernels.py --labels rapaio,IJava reports/01-mall-kmeans.ipynb build/ijava/01-mall-kmeans.ipynb [A B ...]

Arguments come in pairs: a notebook executed on the first kernel, then the same notebook executed on the second. Two
cells agree when they have the same outputs in the same order: the same kind (stream name, or display/result/error
with the same MIME types) and the same text (stdout/stderr, text/plain, text/html, the error's name and message).
Images are compared by presence and pixel size only: two kernels may encode the same picture into different bytes.
Consecutive stream outputs are joined first, as a reader sees them (kernels flush stdout in different pieces).
"""

import argparse
import base64
import struct
import sys

import nbformat

TEXT_TYPES = ("text/plain", "text/html", "text/markdown", "text/latex", "application/json", "image/svg+xml")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def first_line(source):
    lines = [line for line in source.splitlines() if line.strip()]
    return lines[0].strip() if lines else "(empty cell)"


def as_text(value):
    return value if isinstance(value, str) else "".join(value)


def image_size(mime, data):
    """(width, height) of a PNG from its header, or a note that it is not one; other image types by length."""
    raw = base64.b64decode(as_text(data))
    if mime == "image/png":
        if raw[:8] != PNG_SIGNATURE or raw[12:16] != b"IHDR":
            return "not a PNG"
        width, height = struct.unpack(">II", raw[16:24])
        return f"{width}×{height} px"
    return f"{len(raw)} bytes"


def normalised(outputs):
    """The outputs as (kind, {part: comparable value}) pairs, consecutive streams of one name joined."""
    result = []
    for out in outputs:
        kind = out.get("output_type")
        if kind == "stream":
            name, text = out.get("name"), as_text(out.get("text", ""))
            if result and result[-1][0] == f"stream {name}":
                result[-1][1]["text"] += text
            else:
                result.append((f"stream {name}", {"text": text}))
        elif kind in ("display_data", "execute_result"):
            data = out.get("data", {})
            parts = {}
            for mime, value in data.items():
                if mime.startswith("image/") and mime != "image/svg+xml":
                    parts[mime] = image_size(mime, value)
                elif mime in TEXT_TYPES or mime.startswith("text/"):
                    parts[mime] = as_text(value)
                else:
                    parts[mime] = "(present)"
            result.append((f"{kind} [{', '.join(sorted(data))}]", parts))
        elif kind == "error":
            result.append(("error", {"error": f"{out.get('ename', '')}: {out.get('evalue', '')}"}))
        else:
            result.append((str(kind), {}))
    return result


def first_difference(a, b):
    """Where two texts part: the first differing line of each, with its number."""
    lines_a, lines_b = a.splitlines(), b.splitlines()
    for number, (line_a, line_b) in enumerate(zip(lines_a, lines_b), start=1):
        if line_a != line_b:
            return number, line_a, line_b
    number = min(len(lines_a), len(lines_b)) + 1
    return (number, lines_a[number - 1] if number <= len(lines_a) else "(end of text)",
            lines_b[number - 1] if number <= len(lines_b) else "(end of text)")


def short(text, limit=160):
    text = repr(text)
    return text if len(text) <= limit else text[:limit] + "…'"


def compare_cell(outs_a, outs_b, labels):
    """Lists the differences between two cells' normalised outputs (empty when they agree)."""
    la, lb = labels
    if [kind for kind, _ in outs_a] != [kind for kind, _ in outs_b]:
        return [f"the outputs differ in kind:\n      {la}: {[kind for kind, _ in outs_a]}\n"
                f"      {lb}: {[kind for kind, _ in outs_b]}"]
    problems = []
    for position, ((kind, parts_a), (_, parts_b)) in enumerate(zip(outs_a, outs_b), start=1):
        for part in sorted(set(parts_a) | set(parts_b)):
            value_a, value_b = parts_a.get(part, "(absent)"), parts_b.get(part, "(absent)")
            if value_a == value_b:
                continue
            if part.startswith("image/"):
                problems.append(f"output {position} ({kind}): the {part} images differ in size: {la} {value_a}, "
                                f"{lb} {value_b}")
            else:
                number, line_a, line_b = first_difference(value_a, value_b)
                problems.append(f"output {position} ({kind}): the {part} differs at line {number}:\n"
                                f"      {la}: {short(line_a)}\n      {lb}: {short(line_b)}")
    return problems


def compare_notebooks(path_a, path_b, labels):
    """Lists the differences between two executions of one notebook, each naming the cell."""
    nb_a, nb_b = nbformat.read(path_a, as_version=4), nbformat.read(path_b, as_version=4)
    if len(nb_a.cells) != len(nb_b.cells):
        return [f"{path_a} has {len(nb_a.cells)} cells, {path_b} has {len(nb_b.cells)}: not the same notebook"]
    problems = []
    for index, (cell_a, cell_b) in enumerate(zip(nb_a.cells, nb_b.cells)):
        if cell_a.cell_type != "code":
            continue
        if cell_a.source != cell_b.source:
            problems.append(f"cell {index + 1}: the sources differ: not the same notebook")
            continue
        for problem in compare_cell(normalised(cell_a.get("outputs", [])), normalised(cell_b.get("outputs", [])),
                                    labels):
            problems.append(f"cell {index + 1} of {len(nb_a.cells)} (it starts with: {first_line(cell_a.source)}): "
                            f"{problem}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", default="first,second", help="names of the two kernels, comma-separated")
    parser.add_argument("notebooks", nargs="+", help="pairs: notebook on the first kernel, same on the second")
    args = parser.parse_args()
    labels = tuple(args.labels.split(",", 1)) if "," in args.labels else (args.labels, "second")
    if len(args.notebooks) % 2:
        parser.error("give the notebooks in pairs (first kernel, second kernel); got an odd number")

    failed = 0
    pairs = list(zip(args.notebooks[0::2], args.notebooks[1::2]))
    for path_a, path_b in pairs:
        problems = compare_notebooks(path_a, path_b, labels)
        if problems:
            failed += 1
            print(f"[segmenta] {path_b} differs from {path_a} ({labels[1]} vs {labels[0]}):", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
    if failed:
        print(f"[segmenta] {failed} of {len(pairs)} notebook(s) give different outputs on {labels[0]} and "
              f"{labels[1]}", file=sys.stderr)
        return 1
    print(f"[segmenta] {len(pairs)} notebook(s) give the same outputs on {labels[0]} and {labels[1]}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
