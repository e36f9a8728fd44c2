#!/usr/bin/env python3
"""Writes a synthetic liability-graph/1 file shaped like the Hugging Face
lineage graph: preferential-attachment parents, a finetune/quantize/adapter/
merge/distill mix, quantizations as leaves, publishers with heavy tails,
plus services, products and incidents. Deterministic for a given --seed.

Usage: gen-synthetic.py --models N [--seed S] [--json] > FILE
"""
import argparse
import json
import random
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--lineage-only", action="store_true",
                    help="models and their developers only (for diagram benchmarks)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n = args.models
    n_parties = max(10, n // 50)
    n_datasets = max(5, n // 50)
    n_services = max(2, n // 40)
    n_products = max(2, n // 50)

    parties = [
        {"id": f"org-{i}", "name": f"Organisation {i}", "kind": rng.choice(
            ["company", "company", "academic", "nonprofit", "individual", "community"]),
         "jurisdictions": [rng.choice(["US", "US-CA", "US-NY", "FR", "DE", "CN", "GB", "EU"])]}
        for i in range(n_parties)
    ]
    # Publishers by preferential attachment: a few accounts own many repos.
    owner_weights = [1.0] * n_parties

    def pick_owner():
        i = rng.choices(range(n_parties), weights=owner_weights)[0] if rng.random() < 0.3 \
            else rng.randrange(n_parties)
        owner_weights[i] += 1
        return f"org-{i}"

    datasets = [
        {"id": f"ds-{i}", "name": f"Dataset {i}", "publisher": f"org-{rng.randrange(n_parties)}",
         "license": rng.choice(["CC-BY-4.0", "ODC-By-1.0", "Apache-2.0", "unknown"])}
        for i in range(n_datasets)
    ]
    models = []
    licenses = ["Apache-2.0", "MIT", "llama-3.1-community", "gemma-terms", "openrail-m",
                "CC-BY-NC-4.0", "proprietary"]
    relations = ["finetune"] * 50 + ["quantize"] * 26 + ["adapter"] * 15 + ["merge"] * 7 + \
        ["distill"] * 2
    candidates = []  # models that may be parents (not quantized leaves)
    pool = []
    for i in range(n):
        m = {"id": f"m-{i}", "name": f"Model {i}", "developer": pick_owner(),
             "weights": rng.choice(["open", "open", "open", "gated", "closed"]),
             "license": rng.choice(licenses)}
        if i == 0 or rng.random() < 0.5:
            m["training_compute_flop"] = float(f"{rng.uniform(1, 9):.2f}e{rng.randint(20, 25)}")
            m["trained_on"] = [f"ds-{rng.randrange(n_datasets)}"]
            if rng.random() < 0.5:
                m["general_purpose"] = True
            is_leaf = False
        else:
            rel = rng.choice(relations)
            k = rng.randint(2, 4) if rel == "merge" else 1
            parents = set()
            while len(parents) < min(k, len(candidates)):
                if rng.random() < 0.7 and pool:
                    # preferential: a model appears in the pool once, plus
                    # once per child, so P is proportional to (children + 1)
                    parents.add(rng.choice(pool))
                else:
                    parents.add(rng.choice(candidates))
            if rel == "merge" and len(parents) < 2:
                rel = "finetune"
                parents = set(list(parents)[:1])
            m["derived_from"] = [{"model": f"m-{p}", "relation": rel} for p in sorted(parents)]
            pool.extend(sorted(parents))
            is_leaf = rel == "quantize" and rng.random() < 0.994
        models.append(m)
        if not is_leaf:
            candidates.append(i)
            pool.append(i)
    services = [
        {"id": f"svc-{i}", "name": f"Service {i}", "provider": f"org-{rng.randrange(n_parties)}",
         "model": f"m-{rng.randrange(n)}", "host": f"org-{rng.randrange(n_parties)}"}
        for i in range(n_services)
    ]
    products = [
        {"id": f"prod-{i}", "name": f"Product {i}", "vendor": f"org-{rng.randrange(n_parties)}",
         "uses": [f"svc-{rng.randrange(n_services)}"], "markets": ["US", "EU"],
         "users": rng.choice(["consumers", "businesses", "internal"])}
        for i in range(n_products)
    ]
    incidents = [
        {"id": f"inc-{i}", "date": "2026-03-14", "product": f"prod-{rng.randrange(n_products)}",
         "harm": "misinformation", "jurisdiction": "US-NY"}
        for i in range(max(1, n_products // 10))
    ]
    if args.lineage_only:
        datasets, services, products, incidents = [], [], [], []
        for m in models:
            m.pop("trained_on", None)
    doc = {"format": "liability-graph/1", "title": f"Synthetic chain, {n} models (seed {args.seed})",
           "parties": parties, "datasets": datasets, "models": models, "services": services,
           "products": products, "incidents": incidents}
    out = sys.stdout
    if args.json:
        json.dump(doc, out, separators=(",", ":"))
        out.write("\n")
        return
    # YAML in the block style people write, one item per block.
    out.write(f"format: liability-graph/1\ntitle: {doc['title']}\n")
    for section in ["parties", "datasets", "models", "services", "products", "incidents"]:
        out.write(f"{section}:\n")
        for item in doc[section]:
            first = True
            for key, value in item.items():
                prefix = "  - " if first else "    "
                first = False
                if key == "derived_from":
                    out.write(f"{prefix}derived_from:\n")
                    for link in value:
                        out.write(f"      - {{model: {link['model']}, relation: {link['relation']}}}\n")
                elif key == "general_purpose":
                    out.write(f"{prefix}{key}: true\n")
                elif isinstance(value, list):
                    out.write(f"{prefix}{key}: [{', '.join(value)}]\n")
                else:
                    out.write(f"{prefix}{key}: {value}\n")


if __name__ == "__main__":
    main()
