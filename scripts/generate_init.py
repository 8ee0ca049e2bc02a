"""Regenerates the import list and __all__ of bindings/python/govplan/__init__.py from the built
extension: every public name of govplan._core, plus __version__. Run after changing the bindings:
    PYTHONPATH=<build>/python /usr/bin/python3 scripts/generate_init.py bindings/python/govplan/__init__.py
"""
import re
import sys

import govplan._core as core


def main(path):
    text = open(path, encoding="utf-8").read()
    names = sorted(n for n in dir(core) if not n.startswith("_"))
    imports = "from ._core import (\n" + "".join(f"    {n},\n" for n in names + ["__version__"]) + ")\n"
    text = re.sub(r"from \._core import \(\n.*?\)\n", lambda _: imports, text, count=1, flags=re.S)
    alls = "__all__ = [\n" + "".join(f'    "{n}",\n' for n in sorted(names + ["__version__"])) + "]\n"
    text = re.sub(r"__all__ = \[\n.*?\]\n", lambda _: alls, text, count=1, flags=re.S)
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(sys.argv[1])
