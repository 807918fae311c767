#!/usr/bin/env bash
# The Dask example (examples/dask/tag_on_dask.py) on a LocalCluster of two worker processes: the
# seed articles tagged in three partitions, merged by build --from-tagged, compared byte for byte
# with a direct build (the example's own output, and md/html/--top built again from its shards).
# Skipped (exit 77) only when no Python has Dask distributed (Debian python3-distributed, installed
# by scripts/install-deps.sh --test).
set -euo pipefail
dateline=$1
source_dir=$2

python=
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import dask.bag, distributed' 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [[ -z $python ]]; then
  echo "SKIPPED: no python3 with Dask distributed (apt-get install python3-distributed, or scripts/install-deps.sh --test)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"

"$python" examples/dask/tag_on_dask.py --dateline "$dateline" --partitions 3 --shards "$work/shards" \
  -- fixtures/seeds -- -f json -o "$work/from-dask.json"
"$dateline" build fixtures/seeds -f json -o "$work/direct.json"
cmp "$work/direct.json" "$work/from-dask.json"

shards=("$work"/shards/part-*.shard)
if [[ ${#shards[@]} -ne 3 ]]; then
  echo "expected 3 shards, found ${#shards[@]}"
  exit 1
fi
for options in "-f md" "-f html --explain" "--top 3" "-f timelinejs"; do
  # shellcheck disable=SC2086 # options are words
  cmp <("$dateline" build fixtures/seeds $options) <("$dateline" build --from-tagged "${shards[@]}" $options)
done
echo "dask example: 3 shards from 2 workers, json/md/html/--top/timelinejs identical to the direct build"
