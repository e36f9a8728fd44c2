#!/usr/bin/env python3
"""Writes a synthetic Hugging Face-shaped supply chain as two CSV files,
nodes.csv (id,kind,subtype,jurisdiction) and edges.csv (src,dst,type), for
`lgraph db import --edges edges.csv --nodes nodes.csv` and Scripts/bench-store.

The shape follows the lineage-graph measurements the project starts from:
models choose lineage parents by preferential attachment mixed 70/30 with
uniform choice; derivations are 50% finetune, 26% quantized, 15% adapter, 7%
merge (2-4 parents) and 2% distill; quantized models are leaves with
probability 0.994; depth is capped at 10; half the models are roots.
Publishers are chosen by preferential attachment too. Edges point upstream
to downstream. With the defaults: 1,120,019 nodes and about 3.04 million
edges. Deterministic for a seed.
"""

import argparse
import csv
import os
import random


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--models", type=int, default=1_000_000)
    p.add_argument("--orgs", type=int, default=50_000)
    p.add_argument("--datasets", type=int, default=20_000)
    p.add_argument("--deployments", type=int, default=30_000)
    p.add_argument("--products", type=int, default=20_000)
    p.add_argument("--licenses", type=int, default=19)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", default="out/supply")
    a = p.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    places = ["US", "US-CA", "US-NY", "CN", "FR", "DE", "GB", "IN", "KR", "JP"]
    licenses = ["apache-2.0", "mit", "llama3.1", "gemma", "openrail", "cc-by-4.0",
                "cc-by-nc-4.0", "gpl-3.0", "bsd-3-clause", "afl-3.0", "other",
                "llama2", "llama3", "qwen", "deepseek", "bigscience-openrail-m",
                "creativeml-openrail-m", "unknown", "proprietary"][: a.licenses]

    nodes = open(os.path.join(a.out, "nodes.csv"), "w", newline="")
    edges = open(os.path.join(a.out, "edges.csv"), "w", newline="")
    nw = csv.writer(nodes)
    ew = csv.writer(edges)
    nw.writerow(["id", "kind", "subtype", "jurisdiction"])
    ew.writerow(["src", "dst", "type"])

    for i in range(a.orgs):
        nw.writerow([f"org{i}", "org", "", rng.choice(places)])
    for lic in licenses:
        nw.writerow([lic, "license", "", ""])
    org_weight = []  # preferential attachment over publishers
    for i in range(a.datasets):
        org = f"org{rng.randrange(a.orgs)}"
        nw.writerow([f"ds{i}", "dataset", "", ""])
        ew.writerow([org, f"ds{i}", "publishes"])
        ew.writerow([rng.choice(licenses), f"ds{i}", "licensed_under"])

    depth = []
    children = []  # preferential attachment: each model listed once per child + 1
    pool = []
    relations = (["finetune"] * 50 + ["quantized"] * 26 + ["adapter"] * 15
                 + ["merge"] * 7 + ["distill"] * 2)
    for m in range(a.models):
        mid = f"m{m}"
        nw.writerow([mid, "model", "", ""])
        if org_weight and rng.random() < 0.7:
            org = rng.choice(org_weight)
        else:
            org = f"org{rng.randrange(a.orgs)}"
        org_weight.append(org)
        ew.writerow([org, mid, "publishes"])
        ew.writerow([rng.choice(licenses), mid, "licensed_under"])
        d = 0
        if m > 0 and rng.random() >= 0.5:
            relation = rng.choice(relations)
            count = rng.randint(2, 4) if relation == "merge" else 1
            parents = set()
            for _ in range(count * 3):
                if len(parents) == count:
                    break
                if pool and rng.random() < 0.7:
                    parent = rng.choice(pool)
                else:
                    parent = rng.randrange(m)
                if depth[parent] < 9:
                    parents.add(parent)
            if len(parents) == count:
                for parent in parents:
                    ew.writerow([f"m{parent}", mid, relation])
                    pool.append(parent)
                d = 1 + max(depth[x] for x in parents)
            if relation == "quantized" and rng.random() < 0.994:
                d = 10  # a leaf: never chosen as a parent
        depth.append(d)
        pool.append(m) if d < 10 else None
        if rng.random() < 0.36:
            ew.writerow([f"ds{rng.randrange(a.datasets)}", mid, "trained_on"])
    for i in range(a.deployments):
        dep = f"dep{i}"
        nw.writerow([dep, "deployment", "", rng.choice(places)])
        ew.writerow([f"m{rng.randrange(a.models)}", dep, "served_via"])
        ew.writerow([f"org{rng.randrange(a.orgs)}", dep, "operates"])
    for i in range(a.products):
        prod = f"prod{i}"
        nw.writerow([prod, "product", "", rng.choice(places)])
        ew.writerow([f"org{rng.randrange(a.orgs)}", prod, "ships"])
        if rng.random() < 0.7:
            ew.writerow([f"dep{rng.randrange(a.deployments)}", prod, "integrated_into"])
        else:
            ew.writerow([f"m{rng.randrange(a.models)}", prod, "integrated_into"])
        ew.writerow([prod, f"org{rng.randrange(a.orgs)}", "used_by"])
    nodes.close()
    edges.close()


if __name__ == "__main__":
    main()
