"""Tests of check_claims.py, run by environment/test.sh with Debian's /usr/bin/python3 after the notebooks were executed:

    test_check_claims.py            # the checker on small hand-made notebooks (no kernel)
    test_check_claims.py --data     # also: chapter 0 executed on a changed copy of the mall data must fail its claims

The --data case is the issue's acceptance test: one customer's income raised from 137 to 337 (thousand dollars) moves
the mean income from 60.56 to 61.56, above the median 61.50, so chapter 0's sentence "Income's mean 60.56 lies
slightly below its median 61.50" is false, and the claims check must fail and say so.
"""

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import check_claims  # noqa: E402

HEADER = "\t".join(check_claims.HEADER) + "\n"


def notebook(prose, output_html=None, stream=None):
    """A two-cell executed notebook: markdown cell-00 with the prose, code cell-01 with the given outputs."""
    outputs = []
    if stream is not None:
        outputs.append({"output_type": "stream", "name": "stdout", "text": stream})
    if output_html is not None:
        outputs.append({"output_type": "display_data", "metadata": {}, "data": {"text/html": output_html}})
    return {"cells": [
        {"cell_type": "markdown", "id": "cell-00", "metadata": {}, "source": prose},
        {"cell_type": "code", "id": "cell-01", "metadata": {}, "execution_count": 1, "source": "", "outputs": outputs},
    ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


class CheckerTest(unittest.TestCase):

    def setUp(self):
        self.folder = tempfile.mkdtemp()
        self.executed = os.path.join(self.folder, "executed")
        self.claims = os.path.join(self.folder, "claims")
        os.makedirs(self.executed)
        os.makedirs(self.claims)

    def tearDown(self):
        shutil.rmtree(self.folder)

    def check(self, nb, *claim_lines):
        with open(os.path.join(self.executed, "ch.ipynb"), "w", encoding="utf-8") as f:
            json.dump(nb, f)
        with open(os.path.join(self.claims, "ch.tsv"), "w", encoding="utf-8") as f:
            f.write(HEADER + "".join(line + "\n" for line in claim_lines))
        return check_claims.check(self.claims, [self.executed], out=io.StringIO())

    TABLE = "<table><tr><th>k</th><th>WCSS</th></tr><tr><td>5</td><td>44,448.46</td></tr></table>"

    def test_a_number_rounded_to_the_claimed_places_passes(self):
        nb = notebook("The WCSS at k = 5 is\n44,448 here.", self.TABLE)
        self.assertEqual([], self.check(nb, "cell-00\tThe WCSS at k = 5 is 44,448 here.\t44,448\tcell-01\t5 ([\\d,.]+)\t0"))

    def test_a_number_that_rounds_differently_fails_naming_both_values(self):
        nb = notebook("The WCSS is 44,449.", self.TABLE)
        [failure] = self.check(nb, "cell-00\tThe WCSS is 44,449.\t44,449\tcell-01\t5 ([\\d,.]+)\t0")
        self.assertIn("ch, claims line 2, cell cell-00", failure)
        self.assertIn('"The WCSS is 44,449."', failure)
        self.assertIn("claims 44,449, the output of cell cell-01 shows 44,448.46", failure)

    def test_rounding_is_half_up_and_the_unicode_minus_reads_as_minus(self):
        nb = notebook("r = −0.33 and s = 0.13", stream="r -0.325\ns 0.125\n")
        self.assertEqual([], self.check(nb, "cell-00\tr = −0.33\t−0.33\tcell-01\tr (\\S+)\t0",
                                         "cell-00\ts = 0.13\t0.13\tcell-01\ts (\\S+)\t0"))

    def test_a_tolerance_allows_that_much_difference_and_no_more(self):
        nb = notebook("about 0.30", stream="mean 0.295\n")
        self.assertEqual([], self.check(nb, "cell-00\tabout 0.30\t0.30\tcell-01\tmean (\\S+)\t0.005"))
        [failure] = self.check(nb, "cell-00\tabout 0.30\t0.30\tcell-01\tmean (\\S+)\t0.001")
        self.assertIn("more than the tolerance 0.001", failure)

    def test_words_must_match_exactly(self):
        nb = notebook("The curve is falling.", stream="trend: falling\n")
        self.assertEqual([], self.check(nb, "cell-00\tThe curve is falling.\tfalling\tcell-01\ttrend: (\\w+)\t-"))
        [failure] = self.check(notebook("The curve is rising.", stream="trend: falling\n"),
                               "cell-00\tThe curve is rising.\trising\tcell-01\ttrend: (\\w+)\t-")
        self.assertIn("claims rising, the output of cell cell-01 shows falling", failure)

    def test_html_outputs_are_read_without_tags_scripts_or_entities(self):
        nb = notebook("Income (k$) is 60.56.", "<script>var x = '1.00';</script><td>Income (k&#36;)</td> <td>60.56</td>")
        self.assertEqual([], self.check(nb, "cell-00\tIncome (k$) is 60.56.\t60.56\tcell-01\tIncome \\(k\\$\\) (\\S+)\t0"))

    def test_what_cannot_be_checked_fails_with_the_reason(self):
        nb = notebook("The mean is 0.5.", stream="mean 0.5\n")
        cases = {
            "cell-09\tThe mean is 0.5.\t0.5\tcell-01\tmean (\\S+)\t0": "no markdown cell with id cell-09",
            "cell-00\tThe median is 0.5.\t0.5\tcell-01\tmean (\\S+)\t0": "this text is not in the cell",
            "cell-00\tThe mean is 0.5.\t0.7\tcell-01\tmean (\\S+)\t0": "does not occur in the prose text",
            "cell-00\tThe mean is 0.5.\t0.5\tcell-07\tmean (\\S+)\t0": "no code cell with id cell-07",
            "cell-00\tThe mean is 0.5.\t0.5\tcell-01\tmedian (\\S+)\t0": "is not found in the output of cell cell-01",
            "cell-00\tThe mean is 0.5.\t0.5\tcell-01\t(mean) (\\S+)\t0": "has 2 groups, expected exactly one",
        }
        for line, reason in cases.items():
            failures = self.check(nb, line)
            self.assertEqual(1, len(failures), line)
            self.assertIn(reason, failures[0])

    def test_a_cell_id_that_occurs_twice_fails(self):
        nb = notebook("The mean is 0.5.", stream="mean 0.5\n")
        nb["cells"].append(dict(nb["cells"][1]))
        [failure] = self.check(nb, "cell-00\tThe mean is 0.5.\t0.5\tcell-01\tmean (\\S+)\t0")
        self.assertIn("cell id cell-01 occurs more than once", failure)

    def test_a_malformed_file_and_a_missing_notebook_fail(self):
        with open(os.path.join(self.claims, "other.tsv"), "w", encoding="utf-8") as f:
            f.write("prose\ttext\n")
        failures = check_claims.check(self.claims, [self.executed], out=io.StringIO())
        self.assertTrue(any("the first line must be the header" in f for f in failures), failures)
        with open(os.path.join(self.claims, "other.tsv"), "w", encoding="utf-8") as f:
            f.write(HEADER)
        failures = check_claims.check(self.claims, [self.executed], out=io.StringIO())
        self.assertTrue(any("no executed notebook other.ipynb" in f for f in failures), failures)


class ChangedDataTest(unittest.TestCase):
    """Chapter 0 executed on the mall data with one income changed: its claims must fail (the issue's acceptance)."""

    def test_a_changed_income_falsifies_chapter_0s_sentence_on_mean_and_median(self):
        work = tempfile.mkdtemp()
        try:
            os.makedirs(os.path.join(work, "notebooks"))
            os.makedirs(os.path.join(work, "data"))
            os.makedirs(os.path.join(work, "claims"))
            shutil.copy(os.path.join(ROOT, "notebooks", "00-mall-eda.ipynb"), os.path.join(work, "notebooks"))
            shutil.copy(os.path.join(ROOT, "notebooks", "claims", "00-mall-eda.tsv"), os.path.join(work, "claims"))
            with open(os.path.join(ROOT, "data", "mall_customers.csv"), encoding="utf-8") as f:
                lines = f.read().splitlines()
            self.assertEqual("200,Male,30,137,83", lines[-1], "the test expects the mall data's last customer")
            lines[-1] = "200,Male,30,337,83"
            with open(os.path.join(work, "data", "mall_customers.csv"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            executed = os.path.join(work, "executed")
            subprocess.run([sys.executable, os.path.join(HERE, "run_notebooks.py"), "--out", executed,
                            os.path.join(work, "notebooks", "00-mall-eda.ipynb")], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

            result = subprocess.run([sys.executable, os.path.join(HERE, "check_claims.py"), "--claims",
                                     os.path.join(work, "claims"), executed], capture_output=True, text=True)

            self.assertEqual(1, result.returncode, result.stdout + result.stderr)
            self.assertIn('cell cell-05: "Income\'s mean 60.56": claims 60.56, the output of cell cell-04 shows 61.56',
                          result.stderr)
        finally:
            shutil.rmtree(work)


if __name__ == "__main__":
    with_data = "--data" in sys.argv
    argv = [arg for arg in sys.argv if arg != "--data"]
    tests = unittest.TestLoader().loadTestsFromTestCase(CheckerTest)
    if with_data:
        tests.addTests(unittest.TestLoader().loadTestsFromTestCase(ChangedDataTest))
    result = unittest.TextTestRunner(verbosity=1).run(tests)
    sys.exit(0 if result.wasSuccessful() else 1)
