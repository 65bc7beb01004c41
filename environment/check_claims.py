"""Checks that every number, ranking and verdict the chapters state in prose agrees with their executed outputs.

Run by environment/test.sh with Debian's /usr/bin/python3 after the notebooks were executed:

    check_claims.py --claims notebooks/claims reports build/solutions

Each notebook with claims has one file NOTEBOOK-STEM.tsv in the claims folder (e.g. notebooks/claims/01-mall-kmeans.tsv),
UTF-8, tab-separated, no quoting, with the header line

    prose_cell  prose_text  claimed  output_cell  output_pattern  tolerance

and one claim per line:
- prose_cell: the id of the markdown cell that makes the claim (e.g. cell-05);
- prose_text: the sentence or phrase of that cell that makes the claim, an exact substring of its source (runs of
  whitespace, line breaks included, count as one space on both sides, so a sentence wrapped over two lines is written
  on one line here);
- claimed: the value as written inside prose_text (e.g. 0.295, 44,448, −0.33 or a word such as falling);
- output_cell: the id of the code cell whose executed output holds the value;
- output_pattern: a Python regular expression with exactly one group, searched (first match) in that cell's output
  text: its stream text, text/plain results and text/html results with scripts and styles removed, tags replaced by
  a space, entities decoded and runs of whitespace collapsed to one space, joined by line breaks;
- tolerance: for numbers the largest allowed absolute difference between output value and claimed value, or 0: the
  output value rounded (half up) to the claimed number's decimal places must equal it. Thousands separators are
  removed and − (U+2212) reads as a minus sign. For words, -: the group must equal the claimed text exactly.

Lines that are empty or start with # are ignored. The check prints how many claims passed per notebook and exits 1,
naming notebook, cell, prose text, claimed value and the value found, if any claim fails or cannot be checked (a cell
id, a prose text or a pattern that is not found). A claims file without its executed notebook is a failure too.
"""

import argparse
import csv
import html
import json
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

HEADER = ["prose_cell", "prose_text", "claimed", "output_cell", "output_pattern", "tolerance"]
NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
WHITESPACE = re.compile(r"\s+")


class Claim:
    """One line of a claims file, with its line number for messages."""

    def __init__(self, line, fields):
        self.line = line
        (self.prose_cell, self.prose_text, self.claimed, self.output_cell, self.output_pattern,
         self.tolerance) = fields


class Cells(dict):
    """A notebook's cells by id, remembering the ids that occur more than once."""

    def __init__(self, cells):
        super().__init__()
        self.duplicates = set()
        for cell in cells:
            if cell.get("id") in self:
                self.duplicates.add(cell.get("id"))
            self[cell.get("id")] = cell


def squeeze(text):
    """Runs of whitespace (line breaks included) as one space."""
    return WHITESPACE.sub(" ", text).strip()


def source_of(cell):
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(source)


def text_of(value):
    return value if isinstance(value, str) else "".join(value)


def html_text(markup):
    """The text a reader sees in an HTML output: no scripts or styles, tags as spaces, entities decoded."""
    return squeeze(html.unescape(TAG.sub(" ", SCRIPT_OR_STYLE.sub(" ", markup))))


def output_text(cell):
    """Stream text, text/plain and text/html (as html_text) of a code cell's outputs, joined by line breaks."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(text_of(out.get("text", "")))
        elif out.get("output_type") in ("execute_result", "display_data"):
            data = out.get("data", {})
            if "text/plain" in data:
                parts.append(text_of(data["text/plain"]))
            if "text/html" in data:
                parts.append(html_text(text_of(data["text/html"])))
    return "\n".join(parts)


def parse_number(text):
    """A Decimal from '44,448.46', '−0.33' or '+1.5'; None if the text is not a number."""
    cleaned = text.strip().replace("\u2212", "-")
    if not NUMBER.match(cleaned):
        return None
    try:
        return Decimal(cleaned.replace(",", ""))
    except InvalidOperation:
        return None


def decimals_of(number_text):
    cleaned = number_text.strip()
    return len(cleaned.split(".", 1)[1]) if "." in cleaned else 0


def compare(claim, found):
    """None if the found text supports the claim, else the reason it does not."""
    if claim.tolerance == "-":
        return None if found == claim.claimed else "the output shows a different text"
    claimed = parse_number(claim.claimed)
    if claimed is None:
        return f"claimed value '{claim.claimed}' is not a number (use tolerance - for words)"
    value = parse_number(found)
    if value is None:
        return "the output value is not a number"
    try:
        tolerance = Decimal(claim.tolerance)
    except InvalidOperation:
        return f"tolerance '{claim.tolerance}' is neither a number nor -"
    if tolerance < 0:
        return f"tolerance '{claim.tolerance}' is negative"
    if tolerance == 0:
        places = decimals_of(claim.claimed.replace("\u2212", "-"))
        rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return None if rounded == claimed else f"rounded to {places} decimal place(s) it is {rounded}"
    difference = abs(value - claimed)
    return None if difference <= tolerance else f"it differs by {difference}, more than the tolerance {tolerance}"


def read_claims(path):
    """The claims of one file; raises ValueError naming the file and line when the file is malformed."""
    claims = []
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != HEADER:
        raise ValueError(f"{path}: the first line must be the header {chr(9).join(HEADER)!r}, got "
                         f"{chr(9).join(rows[0]) if rows else '(an empty file)'!r}")
    for number, row in enumerate(rows[1:], start=2):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if len(row) != len(HEADER):
            raise ValueError(f"{path}, line {number}: {len(row)} tab-separated fields, expected {len(HEADER)} "
                             f"({', '.join(HEADER)})")
        claims.append(Claim(number, row))
    return claims


def check_claim(nb_name, cells, claim):
    """None if the claim (cells: a Cells) holds, else one message naming notebook, cell, prose text, claimed and found value."""
    where = f"{nb_name}, claims line {claim.line}, cell {claim.prose_cell}: \"{claim.prose_text}\""
    for cell_id in (claim.prose_cell, claim.output_cell):
        if cell_id in cells.duplicates:
            return f"{where}: cell id {cell_id} occurs more than once in the notebook (cell ids must be unique)"
    prose = cells.get(claim.prose_cell)
    if prose is None or prose.get("cell_type") != "markdown":
        return f"{where}: there is no markdown cell with id {claim.prose_cell}"
    if squeeze(claim.prose_text) not in squeeze(source_of(prose)):
        return f"{where}: this text is not in the cell (was the sentence edited?)"
    if claim.claimed not in claim.prose_text:
        return f"{where}: the claimed value '{claim.claimed}' does not occur in the prose text"
    output = cells.get(claim.output_cell)
    if output is None or output.get("cell_type") != "code":
        return f"{where}: there is no code cell with id {claim.output_cell}"
    try:
        pattern = re.compile(claim.output_pattern)
    except re.error as e:
        return f"{where}: the pattern {claim.output_pattern!r} is not a regular expression ({e})"
    if pattern.groups != 1:
        return f"{where}: the pattern {claim.output_pattern!r} has {pattern.groups} groups, expected exactly one"
    match = pattern.search(output_text(output))
    if match is None:
        return (f"{where}: claims {claim.claimed}, but the pattern {claim.output_pattern!r} is not found in the "
                f"output of cell {claim.output_cell}")
    found = match.group(1)
    reason = compare(claim, found)
    if reason is not None:
        return f"{where}: claims {claim.claimed}, the output of cell {claim.output_cell} shows {found} ({reason})"
    return None


def find_notebook(name, folders):
    for folder in folders:
        path = os.path.join(folder, name + ".ipynb")
        if os.path.isfile(path):
            return path
    return None


def check(claims_dir, folders, out=sys.stdout):
    """Checks every claims file against its executed notebook; returns the list of failure messages."""
    failures = []
    files = sorted(f for f in os.listdir(claims_dir) if f.endswith(".tsv"))
    if not files:
        return [f"no claims files (*.tsv) in {claims_dir}"]
    for file in files:
        name = file[:-len(".tsv")]
        try:
            claims = read_claims(os.path.join(claims_dir, file))
        except ValueError as e:
            failures.append(str(e))
            continue
        path = find_notebook(name, folders)
        if path is None:
            failures.append(f"{file}: no executed notebook {name}.ipynb in {', '.join(folders)}")
            continue
        with open(path, encoding="utf-8") as f:
            cells = Cells(json.load(f)["cells"])
        problems = [p for p in (check_claim(name, cells, c) for c in claims) if p is not None]
        failures.extend(problems)
        print(f"[segmenta]   {name}: {len(claims) - len(problems)} of {len(claims)} claims agree with the output",
              file=out)
    checked = {f[:-len(".tsv")] for f in files}
    for folder in folders:
        for executed in sorted(os.listdir(folder)):
            if executed.endswith(".ipynb") and executed[:-len(".ipynb")] not in checked:
                print(f"[segmenta]   {executed[:-len('.ipynb')]}: no claims file in {claims_dir}", file=out)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", default=os.path.relpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         "..", "notebooks", "claims")),
                        help="folder of NOTEBOOK-STEM.tsv claims files (default: notebooks/claims)")
    parser.add_argument("executed", nargs="+", help="folder(s) holding the executed notebooks (.ipynb)")
    args = parser.parse_args()
    failures = check(args.claims, args.executed)
    if failures:
        print(f"[segmenta] {len(failures)} claim(s) in the prose disagree with the executed notebooks:",
              file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
