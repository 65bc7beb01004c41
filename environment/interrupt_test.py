"""Kernel -> Interrupt on the project's kernel, driven through a real kernel as Jupyter drives it (jupyter_client).

Run by environment/test.sh with Debian's /usr/bin/python3, after setup.sh has installed the kernelspec:

    interrupt_test.py [--kernel segmenta]

It starts the kernel, defines a variable and a 200,000-customer feature matrix, starts a long k-means fit (k = 8,
1,000 restarts, with progress on stderr), sends interrupt_request as soon as the fit reports progress, and then checks
  1. the interrupted cell ends with the library's CancellationException ("k-means (k = 8) stopped after N of 1,000
     restarts: the calling thread was interrupted"), N < 1,000, and not with the kernel's generic "interrupted" error;
  2. the next cell runs in the same kernel and prints the variable defined before the fit, and a new fit on the same
     features completes (the cell executor is still alive);
  3. shutdown_request is answered on the control channel.
Exits 1 with a message naming the step that failed; the kernel is always shut down.
"""

import argparse
import os
import queue
import re
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

SETUP = """
import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Progress;
String before = "defined before the fit";
Random random = new Random(42);
int customers = 200_000;
double[] income = new double[customers];
double[] spending = new double[customers];
for (int i = 0; i < customers; i++) {
    income[i] = 15 + 120 * random.nextDouble();
    spending[i] = 1 + 98 * random.nextDouble();
}
Table many = Table.create("customers", DoubleColumn.create("income", income),
        DoubleColumn.create("spending", spending));
FeatureMatrix x = FeatureMatrix.of(many, "income", "spending");
System.out.println(x.rows() + " customers");
"""
RESTARTS = 1000
LONG_FIT = f"Segmentation segments = KMeans.withK(8).restarts({RESTARTS}).seed(42)" \
           ".progress(Progress.toStandardError()).fit(x);"
AFTER = """
System.out.println(before);
System.out.println(KMeans.withK(2).restarts(1).seed(42).fit(x).k() + " segments after the interrupt");
"""
EXPECTED_ERROR = "java.util.concurrent.CancellationException"
EXPECTED_MESSAGE = "the calling thread was interrupted"
ANSI_CODE = re.compile(r"\x1b\[[0-9;]*m")
STOPPED_AFTER = re.compile(r"k-means \(k = 8\) stopped after ([0-9,]+) of 1,000 restarts: " + EXPECTED_MESSAGE)


class Failure(Exception):
    """A check failed; the message says which."""


def fail(message):
    raise Failure(message)


class Cell:
    """One execute_request: its iopub outputs and its execute_reply."""

    def __init__(self, client, code):
        self.client = client
        self.msg_id = client.execute(code, store_history=True, allow_stdin=False)
        self.stdout = ""
        self.stderr = ""
        self.errors = []
        self.idle = False

    def read_iopub(self, timeout):
        """Reads one iopub message of this cell (others are skipped); False when none came within timeout."""
        try:
            msg = self.client.get_iopub_msg(timeout=timeout)
        except queue.Empty:
            return False
        if msg.get("parent_header", {}).get("msg_id") != self.msg_id:
            return True
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream":
            if content["name"] == "stdout":
                self.stdout += content["text"]
            else:
                self.stderr += content["text"]
        elif kind == "error":
            self.errors.append(content)
        elif kind == "status" and content["execution_state"] == "idle":
            self.idle = True
        return True

    def wait_for(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            if left <= 0:
                fail(f"{what} within {timeout} s (stdout so far: {self.stdout[-300:]!r}, "
                     f"stderr so far: {self.stderr[-300:]!r})")
            self.read_iopub(min(left, 1.0))

    def reply(self, timeout, what):
        """The execute_reply's content, after the cell's iopub outputs up to its idle status."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                fail(f"no execute_reply {what} within {timeout} s: the kernel stopped answering")
            try:
                msg = self.client.get_shell_msg(timeout=min(left, 1.0))
            except queue.Empty:
                continue
            if msg.get("parent_header", {}).get("msg_id") == self.msg_id and msg["msg_type"] == "execute_reply":
                self.wait_for(lambda: self.idle, 30, f"no idle status {what}")
                return msg["content"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="segmenta", help="kernelspec name (default: segmenta)")
    args = parser.parse_args()

    began = time.monotonic()
    manager = KernelManager(kernel_name=args.kernel)
    if manager.kernel_spec.interrupt_mode != "message":
        print(f"[segmenta] interrupt test FAILED: kernelspec {args.kernel} has interrupt_mode "
              f"{manager.kernel_spec.interrupt_mode!r}; Jupyter would send SIGINT, which the Java kernel does not "
              "handle. Run environment/setup.sh again.", file=sys.stderr)
        return 1
    # The kernel's own console (class path, connection, log lines) goes to a file, shown only when the test fails.
    kernel_log = tempfile.NamedTemporaryFile(prefix="segmenta-interrupt-kernel-", suffix=".log", delete=False)
    manager.start_kernel(stdout=kernel_log, stderr=kernel_log)
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)

        setup = Cell(client, SETUP)
        content = setup.reply(120, "for the cell that defines the 200,000 customers")
        if content["status"] != "ok" or "200000 customers" not in setup.stdout:
            fail(f"the set-up cell did not run: {content.get('ename')} {content.get('evalue')} {setup.stdout!r}")

        fit = Cell(client, LONG_FIT)
        fit.wait_for(lambda: "restarts" in fit.stderr, 120, "the long fit reported no progress")
        interrupted_at = time.monotonic()
        manager.interrupt_kernel()
        content = fit.reply(120, "for the interrupted fit")
        stopped_in = time.monotonic() - interrupted_at
        if content["status"] != "error":
            fail(f"the interrupted fit ended with status {content['status']!r}, not with an error")
        shown = "\n".join(f"{e.get('ename')}: {e.get('evalue')} {' '.join(e.get('traceback', []))}" for e in fit.errors)
        shown = ANSI_CODE.sub("", shown)
        if EXPECTED_ERROR not in shown or EXPECTED_MESSAGE not in shown:
            fail(f"the interrupted fit did not stop with the library's {EXPECTED_ERROR} ('... {EXPECTED_MESSAGE}'); "
                 f"the cell showed: {shown[:500]!r}")
        stopped = STOPPED_AFTER.search(shown)
        if stopped is None or int(stopped.group(1).replace(",", "")) >= RESTARTS:
            fail(f"the fit did not stop before its last restart: {shown[:300]!r}")

        after = Cell(client, AFTER)
        content = after.reply(120, "for the cell after the interrupt")
        if content["status"] != "ok":
            fail(f"the cell after the interrupt failed: {content.get('ename')}: {content.get('evalue')}")
        if "defined before the fit" not in after.stdout or "2 segments after the interrupt" not in after.stdout:
            fail(f"the cell after the interrupt did not print the earlier variable and a new fit: {after.stdout!r}")

        # Control requests are answered on the control socket (rapaio 3.0.1 sent the replies to the shell socket).
        client.shutdown()
        try:
            reply = client.get_control_msg(timeout=30)
        except queue.Empty:
            fail("no shutdown_reply on the control channel within 30 s")
        if reply["msg_type"] != "shutdown_reply":
            fail(f"the control channel answered shutdown_request with {reply['msg_type']}")
        print(f"[segmenta] interrupt test passed: the fit stopped {stopped_in:.1f} s after interrupt_request with "
              f"{EXPECTED_ERROR}: {stopped.group(0)}; the next cell printed '{after.stdout.splitlines()[0]}' "
              "and ran a new fit; shutdown_reply came on the control channel "
              f"(test time {time.monotonic() - began:.0f} s)",
              file=sys.stderr)
        return 0
    except (Failure, RuntimeError) as failure:  # RuntimeError: the kernel did not start (wait_for_ready)
        kernel_log.flush()
        with open(kernel_log.name, encoding="utf-8", errors="replace") as log:
            console = log.read()[-3000:]
        print(f"[segmenta] interrupt test FAILED: {failure}\n[segmenta] the kernel's console (last lines):\n{console}",
              file=sys.stderr)
        return 1
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
        kernel_log.close()
        os.unlink(kernel_log.name)


if __name__ == "__main__":
    sys.exit(main())
