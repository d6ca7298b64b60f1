"""`cfp calc BOM --format json -o OUT` without typer: today's calculation and JSON writer,
called the way `cli/calc.py::_single` calls them (prefetch thread first, cyclic GC off).
Measures what a lean entry point (argv parsed by hand for the common single-BOM case,
typer only for --help, errors and the rest) would save.

    python bench/engine/lean_calc.py BOM.xlsx OUT.json
"""

import gc
import sys
from pathlib import Path

gc.disable()
bom, out = Path(sys.argv[1]), Path(sys.argv[2])
from cfp.lca.read import prefetch  # noqa: E402

early = prefetch.start(bom)
from cfp.lca.api import Options, calculate  # noqa: E402
from cfp.lca.output import atomic_write, check_outputs  # noqa: E402
from cfp.lca.render import formats  # noqa: E402

options = Options(prefetched=early)
check_outputs([out], [bom, *options.input_files()])
result = calculate(bom, options)


def write(tmp: Path) -> None:
    with tmp.open("wb") as handle:
        formats.write_json(result, "en", handle)


atomic_write(out, write)
