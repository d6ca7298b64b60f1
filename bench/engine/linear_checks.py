"""`cfp ...` with `check_outputs` made linear (monkeypatched; the same refusals).

At git HEAD `output.check_outputs` compares every planned output with every input by
`same_file` (two `os.path.realpath` when the output does not exist yet): for a batch of
1,000 BOMs that is ~1,000,000 comparisons, ~60 s of the ~85 s of `cfp calc DIR --jobs 2`
measured here (cProfile: 40,400 calls, 12 s for 200 BOMs). This version asks the
filesystem once per path: existing outputs by (st_dev, st_ino), the others by their
resolved, case-normalised spelling; it is used only to measure today's engine without
that cost.

    python bench/engine/linear_checks.py calc DIR --out OUT --jobs 2 ...
"""

import os
import sys
from pathlib import Path


def check_outputs(outputs, inputs) -> None:  # noqa: ANN001
    from cfp.lca import output
    from cfp.lca.errors import InputError, Problem

    sources = [Path(p) for p in inputs if p is not None and Path(p).exists()]
    output.protect(sources)
    by_inode, by_name = {}, {}
    for src in sources:
        st = os.stat(src)
        by_inode.setdefault((st.st_dev, st.st_ino), src)
        by_name.setdefault(os.path.normcase(os.path.realpath(src)), src)
    clashes = []
    for out in dict.fromkeys(Path(o) for o in outputs if o is not None):
        try:
            st = os.stat(out)
            src = by_inode.get((st.st_dev, st.st_ino))
        except OSError:
            src = by_name.get(os.path.normcase(os.path.realpath(out)))
        if src is not None:
            clashes.append(Problem("output.is_input", str(out), params={"input": str(src)}))
    if clashes:
        raise InputError(clashes)


if __name__ == "__main__":
    import cfp.lca.batch
    import cfp.lca.output

    cfp.lca.output.check_outputs = check_outputs
    cfp.lca.batch.check_outputs = check_outputs
    from cfp.cli.main import run

    sys.argv = ["cfp", *sys.argv[1:]]
    run()
