#!/usr/bin/env python3
"""Lists the public symbols declared in the package's library modules that
have no documentation comment, from the symbol graphs of
`swift package dump-symbol-graph`. Exits 1 when there is any."""
import glob
import json
import os
import sys

MODULES = ["LiabilityGraph", "LiabilityRules", "LiabilityStore", "LiabilityInterop", "LiabilityReports",
           "LiabilityRender"]


def main(folder: str) -> int:
    root = os.getcwd() + "/"
    missing = []
    for module in MODULES:
        path = os.path.join(folder, module + ".symbols.json")
        if not os.path.exists(path):
            print(f"no symbol graph for {module} in {folder}", file=sys.stderr)
            return 2
        for symbol in json.load(open(path))["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            if "location" not in symbol or symbol.get("docComment"):
                continue
            if "::SYNTHESIZED::" in symbol["identifier"]["precise"]:
                continue
            where = symbol["location"]
            file = where["uri"].removeprefix("file://").removeprefix(root)
            name = ".".join(symbol["pathComponents"])
            missing.append(f"{file}:{where['position']['line'] + 1}: "
                           f"public {symbol['kind']['displayName'].lower()} {name} "
                           "has no documentation comment")
    for line in sorted(missing):
        print(line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
