"""Training run for the notebook kernel's start-up cache (JDK 25 ahead-of-time cache, JEP 483/514); run by setup.sh.

    train_kernel_cache.py KERNEL_JSON NOTEBOOK...

Starts ONE kernel from KERNEL_JSON (the kernelspec setup.sh writes, with -XX:AOTCacheOutput=FILE among its JVM
options) and executes the code cells of every NOTEBOOK in it, one notebook after another, in the notebooks' folder (as
`jupyter notebook` would), so that the JVM loads and links what the chapters use: the kernel, JShell and javac, the
library, Tablesaw, Smile, XChart, DuckDB. Then it asks the kernel to shut down and waits for the JVM to exit: at exit
the JVM writes the cache, which takes several seconds (Jupyter's own shutdown kills a kernel after 5 s). Exits 1, with
the kernel's output, if a cell fails or the kernel does not start; the cache is then not written, and setup.sh
installs the kernelspec without one.
"""

import json
import os
import sys
import tempfile

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

# The JVM writes the cache at exit: a few seconds on an idle machine, longer on a busy one.
EXIT_WAIT_SECONDS = 300
CELL_TIMEOUT_SECONDS = 600


def main():
    spec_path, *notebooks = sys.argv[1:]
    if not notebooks:
        sys.exit("usage: train_kernel_cache.py KERNEL_JSON NOTEBOOK...")
    with tempfile.TemporaryDirectory() as kernels, tempfile.TemporaryFile("w+") as log:
        os.makedirs(os.path.join(kernels, "training"))
        with open(spec_path, encoding="utf-8") as source, \
                open(os.path.join(kernels, "training", "kernel.json"), "w", encoding="utf-8") as target:
            json.dump(json.load(source), target)
        manager = KernelManager(kernel_name="training", shutdown_wait_time=EXIT_WAIT_SECONDS,
                                kernel_spec_manager=KernelSpecManager(kernel_dirs=[kernels]))
        manager.start_kernel(stdout=log, stderr=log, cwd=os.path.dirname(os.path.abspath(notebooks[0])))
        failure = None
        try:
            client = manager.client()
            client.start_channels()
            client.wait_for_ready(timeout=CELL_TIMEOUT_SECONDS)
            for path in notebooks:
                for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
                    if cell.cell_type != "code" or not cell.source.strip():
                        continue
                    reply = client.execute_interactive(cell.source, timeout=CELL_TIMEOUT_SECONDS,
                                                       output_hook=lambda message: None)
                    if reply["content"]["status"] != "ok":
                        failure = (f"cell {index + 1} of {path} failed: {reply['content'].get('ename', '')}: "
                                   f"{reply['content'].get('evalue', '')}")
                        break
                if failure:
                    break
            client.stop_channels()
        except Exception as e:  # the kernel did not start or stopped answering
            failure = f"the training kernel failed: {e}"
        finally:
            # Graceful: the kernel exits by itself and the JVM writes the cache on its way out.
            manager.shutdown_kernel(now=False)
        if failure:
            log.seek(0)
            sys.stderr.write(log.read()[-4000:])
            sys.exit(failure)


if __name__ == "__main__":
    main()
