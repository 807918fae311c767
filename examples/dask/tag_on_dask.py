#!/usr/bin/env python3
"""Map/merge with dateline on a Dask distributed cluster.

The map: the corpus's article files, split into partitions, are tagged by
`dateline tag -f shard` on the cluster's workers (one process per partition).
The merge: `dateline build --from-tagged` reads the shards and writes the
chronology, the same bytes as `dateline build CORPUS` would.

    python3 examples/dask/tag_on_dask.py --dateline build/release/cli/dateline \\
        --partitions 4 --shards out/shards -- fixtures/seeds -- -f html -o out/kyiv.html

Arguments before the second `--` are the articles (files or folders); after it, options for
`dateline build`. By default a LocalCluster of two worker processes is started; give
--scheduler tcp://HOST:8786 to use a running cluster (every worker must see the same paths and
run the same dateline version: build refuses shards of another version).
"""

import argparse
import os
import subprocess
import sys

import dask.bag
from dask.distributed import Client, LocalCluster

ARTICLE_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".rss", ".atom", ".xml")


def article_files(paths):
    """The article files under `paths`, as `dateline build PATH...` finds them (hidden ones skipped)."""
    found = []
    for path in paths:
        if not os.path.isdir(path):
            found.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = [s for s in subfolders if not s.startswith(".")]
            for name in names:
                if not name.startswith(".") and name.endswith(ARTICLE_EXTENSIONS):
                    found.append(os.path.join(folder, name))
    return sorted(set(found))


def tag_partition(files, dateline, tag_options):
    """The map step, run on a worker: one shard for the partition's files."""
    if not files:
        return []
    run = subprocess.run([dateline, "tag", "-f", "shard", "-j", "1", *tag_options, *files],
                         capture_output=True, text=True, check=False)
    return [(run.stdout, run.stderr, run.returncode)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dateline", default="dateline", help="the dateline executable (same version everywhere)")
    parser.add_argument("--partitions", type=int, default=4, help="how many shards to tag")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    parser.add_argument("--shards", required=True, help="folder the shards are written to (part-00000.shard, ...)")
    parser.add_argument("--tag-option", action="append", default=[],
                        help="an option for `dateline tag` (e.g. --tag-option=--published=2025-04-24)")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="-- ARTICLES... [-- BUILD OPTIONS...]")
    args = parser.parse_args()

    rest = args.rest[1:] if args.rest[:1] == ["--"] else args.rest
    articles, build_options = (rest[:rest.index("--")], rest[rest.index("--") + 1:]) if "--" in rest else (rest, [])
    files = article_files(articles)
    if not files:
        sys.exit(f"tag_on_dask: no article files in {' '.join(articles)}")
    dateline = os.path.abspath(args.dateline) if os.sep in args.dateline else args.dateline

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    with client:
        partitions = dask.bag.from_sequence(files, npartitions=min(args.partitions, len(files)))
        results = partitions.map_partitions(tag_partition, dateline, args.tag_option).compute()

    os.makedirs(args.shards, exist_ok=True)
    shards = []
    failed = False
    for number, (shard, errors, code) in enumerate(results):
        sys.stderr.write(errors)
        failed = failed or code != 0
        path = os.path.join(args.shards, f"part-{number:05d}.shard")
        with open(path, "w", encoding="utf-8") as out:
            out.write(shard)
        shards.append(path)

    build = subprocess.run([dateline, "build", "--from-tagged", *shards, *build_options], check=False)
    sys.exit(1 if failed and build.returncode == 0 else build.returncode)


if __name__ == "__main__":
    main()
